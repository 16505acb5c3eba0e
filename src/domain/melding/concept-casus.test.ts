import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Gebeurtenis } from "../dossier/gebeurtenis.ts";
import { bouwToestand, type DossierToestand } from "../dossier/toestand.ts";
import { beoordeelGebeurtenis } from "../dossier/toevoegen.ts";
import { datumInNederland } from "../tijd/nederlandse-tijd.ts";
import { maakMeldingConcept } from "./concept.ts";
import { meldingInhoudSchema, type MeldingInhoud } from "./melding.ts";
import { MEDEWERKER, EINDVERANTWOORDELIJKE_ID } from "../../../tests/helpers/gebeurtenissen.ts";

/**
 * The golden test of the draft report: one full fictional case, entered as a school would enter it
 * (signals typed in days after they were seen, one after midnight), and the draft it must give,
 * written out by hand section by section. When the draft changes on purpose, change the text here
 * by hand too: it is the specification, not a snapshot.
 */

type Invoer = { readonly op: string; readonly type: string; readonly gegevens: unknown };

/** Judges and "stores" each entry at its own instant, with "today" the Dutch date of that instant. */
function dossierMet(invoer: readonly Invoer[]): DossierToestand {
  const opgeslagen: Gebeurtenis[] = [];
  for (const [i, { op, ...rest }] of invoer.entries()) {
    const context = { vandaag: datumInNederland(op), eindverantwoordelijken: [EINDVERANTWOORDELIJKE_ID], bewaarjaren: 5 };
    const beoordeeld = beoordeelGebeurtenis(bouwToestand(opgeslagen), rest, context);
    const id = `00000000-0000-4000-9000-${String(i + 1).padStart(12, "0")}`;
    opgeslagen.push({ ...beoordeeld, id, volgnummer: i + 1, actor: MEDEWERKER, opgetredenOp: op });
  }
  return bouwToestand(opgeslagen);
}

const SANNE = "Sanne de Wit, leerkracht";
const CASUS: readonly Invoer[] = [
  { op: "2026-11-24T08:10:00.000Z", type: "dossier_geopend", gegevens: { werknaam: "D. (groep 6)", geboortedatum: "2016-05-14", aanleiding: "zorg_om_kind", omschrijving: "Blauwe plek en spanning thuis." } },
  { op: "2026-11-24T08:20:00.000Z", type: "signaal_vastgelegd", gegevens: { soort: "signaal", datumWaarneming: "2026-11-20", plaats: "klaslokaal", waargenomenDoor: SANNE, bron: "eigen_waarneming", waarneming: "D. had bij binnenkomst een blauwe plek op de linkerwang, zo groot als een duim.", interpretatie: "Past bij een klap in het gezicht." } },
  { op: "2026-11-24T08:30:00.000Z", type: "signaal_vastgelegd", gegevens: { soort: "vroeg_risico", datumWaarneming: "2026-11-18", plaats: "bij het hek", waargenomenDoor: SANNE, bron: "eigen_waarneming", waarneming: "Moeder vertelde dat vader sinds oktober geen werk heeft en veel drinkt.", interpretatie: "Spanning thuis door geldzorgen." } },
  { op: "2026-11-25T14:00:00.000Z", type: "signaal_vastgelegd", gegevens: { soort: "tegenindicatie", datumWaarneming: "2026-11-25", waargenomenDoor: SANNE, bron: "eigen_waarneming", waarneming: "Oma haalt D. drie middagen per week op; D. gaat daar graag heen." } },
  { op: "2026-11-27T10:00:00.000Z", type: "consultatie_gehouden", gegevens: { met: "aandachtsfunctionaris", naam: "Fatima El Amrani", datum: "2026-11-26", uitkomst: "Zorgen gedeeld; samen reden genoeg voor een gesprek met de ouders.", vervolgstap: "Gesprek met de ouders." } },
  { op: "2026-12-01T15:00:00.000Z", type: "gesprek_gevoerd", gegevens: { met: "ouders", datum: "2026-12-01", deelnemers: "moeder, vader, Sanne de Wit, Fatima El Amrani", plaats: "school", gedeeld: "De blauwe plek en wat moeder bij het hek vertelde.", visie: "Vader: 'Die plek komt van voetballen.' Moeder zegt niets." } },
  { op: "2026-12-02T13:00:00.000Z", type: "consultatie_gehouden", gegevens: { met: "veilig_thuis", datum: "2026-12-02", uitkomst: "Veilig Thuis adviseert te melden als D. zelf over geweld vertelt.", vervolgstap: "Afwegen.", geanonimiseerd: true } },
  // Questions 1 and 2 after midnight in the Netherlands, while it is still 3 December in UTC.
  { op: "2026-12-03T23:00:00.000Z", type: "afweging_beantwoord", gegevens: { vraag: 1, antwoord: "ja", toelichting: "Letsel in het gezicht, en vader drinkt." } },
  { op: "2026-12-03T23:05:00.000Z", type: "afweging_beantwoord", gegevens: { vraag: 2, antwoord: "ja", toelichting: "Structureel onveilig: D. is bang om naar huis te gaan als vader gedronken heeft." } },
  // Seen on 30 November, typed in on 4 December.
  { op: "2026-12-04T08:00:00.000Z", type: "signaal_vastgelegd", gegevens: { soort: "signaal", datumWaarneming: "2026-11-30", plaats: "kring in groep 6", waargenomenDoor: SANNE, bron: "kind_zelf", disclosure: true, waarneming: "D. vertelde: 'Papa gaf mij een klap omdat ik mijn bord liet vallen.'" } },
  { op: "2026-12-04T08:15:00.000Z", type: "gesprek_gevoerd", gegevens: { met: "kind", datum: "2026-12-03", deelnemers: "D. en Sanne de Wit", plaats: "kamer van de intern begeleider", gedeeld: "Dat juf zich zorgen maakt.", visie: "D. zegt dat papa boos wordt als hij drinkt en dat hij dan bang is.", kindGeinformeerd: "ja", hoeGeinformeerd: "Juf vertelde dat zij hulp vraagt aan mensen die gezinnen helpen." } },
  { op: "2026-12-04T10:30:00.000Z", type: "besluit_genomen", gegevens: { besluit: "melden", genomenDoor: EINDVERANTWOORDELIJKE_ID, toelichting: "Sanne meldt vandaag telefonisch bij Veilig Thuis; Fatima is erbij." } },
];

const VERWACHT: MeldingInhoud = {
  melder: "Sanne de Wit, Basisschool De Regenboog. Bereikbaar via: [telefoonnummer en tijden].",
  betrokkenen: [
    "Kind: D. (groep 6), 10 jaar (geboren 14-05-2016).",
    "Ouders of verzorgers: [namen, adres, gezag].",
    "Andere kinderen of huisgenoten: [indien bekend].",
  ].join("\n"),
  onveiligNu: [
    "Disclosure op 30-11-2026 (het kind vertelde het zelf; Sanne de Wit, leerkracht): D. vertelde: 'Papa gaf mij een klap omdat ik mijn bord liet vallen.'",
    "Inschatting bij de afweging (vraag 2, acute of structurele onveiligheid): Structureel onveilig: D. is bang om naar huis te gaan als vader gedronken heeft.",
  ].join("\n"),
  feiten: [
    "18-11-2026, bij het hek (eigen waarneming; Sanne de Wit, leerkracht): Moeder vertelde dat vader sinds oktober geen werk heeft en veel drinkt.",
    "20-11-2026, klaslokaal (eigen waarneming; Sanne de Wit, leerkracht): D. had bij binnenkomst een blauwe plek op de linkerwang, zo groot als een duim.",
    "30-11-2026, kring in groep 6 (het kind vertelde het zelf; Sanne de Wit, leerkracht): D. vertelde: 'Papa gaf mij een klap omdat ik mijn bord liet vallen.'",
    "03-12-2026, kamer van de intern begeleider (gesprek met het kind; D. en Sanne de Wit): D. zegt dat papa boos wordt als hij drinkt en dat hij dan bang is.",
  ].join("\n"),
  duiding: "Bij 18-11-2026: Spanning thuis door geldzorgen.\nBij 20-11-2026: Past bij een klap in het gezicht.",
  risicofactoren: "Moeder vertelde dat vader sinds oktober geen werk heeft en veel drinkt. Dit leidt tot onveiligheid doordat: [beschrijf hoe].",
  beschermend: "25-11-2026: Oma haalt D. drie middagen per week op; D. gaat daar graag heen.",
  stappen: [
    "18-11-2026: eerste signaal waargenomen (stap 1).",
    "26-11-2026: overleg met de aandachtsfunctionaris (stap 2).",
    "30-11-2026: meest recente signaal waargenomen (stap 1); in totaal 3 signalen in kaart gebracht.",
    "01-12-2026: gesprek met de ouders (stap 3).",
    "02-12-2026: overleg met Veilig Thuis (anoniem advies) (stap 2).",
    "03-12-2026: gesprek met het kind (stap 3).",
    "04-12-2026 (datum van vastleggen): afwegingskader doorlopen (stap 4); meldnorm 1.",
    "04-12-2026 (datum van vastleggen): besluit (stap 5): melden bij Veilig Thuis, genomen door Peter Visser.",
  ].join("\n"),
  gezinGeinformeerd: "ja",
  grondNietGeinformeerd: undefined,
  toelichtingGeinformeerd: [
    "Gesprek met de ouders op 01-12-2026 (moeder, vader, Sanne de Wit, Fatima El Amrani). Reactie van de ouders: Vader: 'Die plek komt van voetballen.' Moeder zegt niets.",
    "Gesprek met het kind op 03-12-2026. Aan het kind is verteld wat er nu gaat gebeuren: Juf vertelde dat zij hulp vraagt aan mensen die gezinnen helpen.",
  ].join("\n"),
  geraadpleegd: [
    "De aandachtsfunctionaris (Fatima El Amrani) op 26-11-2026: Zorgen gedeeld; samen reden genoeg voor een gesprek met de ouders.",
    "Veilig Thuis (anoniem advies) op 02-12-2026: Veilig Thuis adviseert te melden als D. zelf over geweld vertelt.",
  ].join("\n"),
  urgentie: "spoed",
  verwachtingen: "Wij verwachten van Veilig Thuis: [wat]. Onze eigen rol hierna: [wat]. Graag horen wij binnen vijf werkdagen wat Veilig Thuis met de melding doet.",
};

const CONTEXT = {
  melder: { naam: "Sanne de Wit", organisatie: "Basisschool De Regenboog", sector: "onderwijs" },
  vandaag: "2026-12-04",
  namen: new Map([[EINDVERANTWOORDELIJKE_ID, "Peter Visser"]]),
};

describe("the draft report of a full case (golden test)", () => {
  const concept = maakMeldingConcept(dossierMet(CASUS), CONTEXT);

  for (const veld of Object.keys(VERWACHT) as (keyof MeldingInhoud)[]) {
    it(`section ${veld}`, () => {
      assert.equal(concept[veld], VERWACHT[veld], veld);
    });
  }
  it("has no section the expected text does not know", () => {
    assert.deepEqual(Object.keys(concept).sort(), Object.keys(VERWACHT).sort(), "sections");
  });
  it("is a valid report as it stands", () => {
    assert.equal(meldingInhoudSchema.safeParse(concept).success, true, "valid");
  });
  it("never copies the decision's text: it says what the organisation does, not what makes the child unsafe", () => {
    for (const [veld, tekst] of Object.entries(concept)) assert.doesNotMatch(String(tekst), /meldt vandaag telefonisch/, veld);
  });
  it("does not depend on the machine's time zone", () => {
    assert.match(concept.stappen, /^04-12-2026 \(datum van vastleggen\): afwegingskader/m, "the weighing, entered at 00:05 Dutch time on 4 December");
  });
});
