import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maakMeldingConcept } from "./concept.ts";
import { meldingInhoudSchema, type MeldingInhoud } from "./melding.ts";
import { CASUS, CASUS_CONTEXT, dossierMet } from "../../../tests/helpers/melding-casus.ts";

/**
 * The golden test of the draft report: one full fictional case, entered as a school would enter it
 * (signals typed in days after they were seen, one after midnight), and the draft it must give,
 * written out by hand section by section. When the draft changes on purpose, change the text here
 * by hand too: it is the specification, not a snapshot.
 */

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
  risicofactoren:
    "Moeder vertelde dat vader sinds oktober geen werk heeft en veel drinkt. Dit leidt tot onveiligheid doordat: [beschrijf hoe].",
  beschermend: "25-11-2026: Oma haalt D. drie middagen per week op; D. gaat daar graag heen.",
  stappen: [
    "18-11-2026: eerste signaal waargenomen (stap 1).",
    "26-11-2026: overleg met de aandachtsfunctionaris (stap 2).",
    "30-11-2026: meest recente signaal waargenomen (stap 1); in totaal 3 signalen in kaart gebracht.",
    "01-12-2026: gesprek met de ouders (stap 3).",
    "02-12-2026: overleg met Veilig Thuis (anoniem advies) (stap 2).",
    "03-12-2026: gesprek met het kind (stap 3).",
    "04-12-2026 (datum van vastleggen): afwegingskader doorlopen (stap 4); meldnorm 1.",
    "04-12-2026 (datum van vastleggen): besluit (stap 5): melden bij Veilig Thuis, genomen door Peter Visser op voorstel van Sanne de Wit.",
  ].join("\n"),
  gezinGeinformeerd: "ja",
  grondNietGeinformeerd: undefined,
  zienswijze: undefined,
  toelichtingGeinformeerd: [
    "Gesprek met de ouders op 01-12-2026 (moeder, vader, Sanne de Wit, Fatima El Amrani). Reactie van de ouders: Vader: 'Die plek komt van voetballen.' Moeder zegt niets.",
    "Gesprek met het kind op 03-12-2026. Aan het kind is verteld wat er nu gaat gebeuren: Juf vertelde dat zij hulp vraagt aan mensen die gezinnen helpen.",
  ].join("\n"),
  geraadpleegd: [
    "De aandachtsfunctionaris (Fatima El Amrani) op 26-11-2026: Zorgen gedeeld; samen reden genoeg voor een gesprek met de ouders.",
    "Veilig Thuis (anoniem advies) op 02-12-2026: Veilig Thuis adviseert te melden als D. zelf over geweld vertelt.",
  ].join("\n"),
  urgentie: "spoed",
  verwachtingen:
    "Wij verwachten van Veilig Thuis: [wat]. Onze eigen rol hierna: [wat]. Graag horen wij binnen vijf werkdagen wat Veilig Thuis met de melding doet.",
};

describe("the draft report of a full case (golden test)", () => {
  const concept = maakMeldingConcept(dossierMet(CASUS), CASUS_CONTEXT);

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
    for (const [veld, tekst] of Object.entries(concept))
      assert.doesNotMatch(String(tekst), /meldt vandaag telefonisch/, veld);
  });
  it("does not depend on the machine's time zone", () => {
    assert.match(
      concept.stappen,
      /^04-12-2026 \(datum van vastleggen\): afwegingskader/m,
      "the weighing, entered at 00:05 Dutch time on 4 December",
    );
  });
});
