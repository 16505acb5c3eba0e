import type { Gebeurtenis } from "../../src/domain/dossier/gebeurtenis.ts";
import { bouwToestand, type DossierToestand } from "../../src/domain/dossier/toestand.ts";
import { beoordeelGebeurtenis } from "../../src/domain/dossier/toevoegen.ts";
import { datumInNederland } from "../../src/domain/tijd/nederlandse-tijd.ts";
import type { Actor } from "../../src/domain/dossier/gebeurtenis.ts";
import { besluitRollen } from "../../src/domain/dossier/besluit.ts";
import { EINDVERANTWOORDELIJKE, MEDEWERKER } from "./gebeurtenissen.ts";

/**
 * One full fictional case, entered as a school would enter it: signals typed in days after they were
 * seen, the weighing after midnight (still the day before in UTC), a disclosure, conversations with
 * the parents and the child, and the decision. The golden test of the draft report and the test of
 * its PDF use it. All names are invented.
 */

export type Invoer = { readonly op: string; readonly type: string; readonly gegevens: unknown; readonly door?: Actor };

/** The teacher who enters the case; the decision is the eindverantwoordelijke's (decision 0020). */
export const SANNE_ACTOR: Actor = { ...MEDEWERKER, naam: "Sanne de Wit" };

/** Judges and "stores" each entry at its own instant, with "today" the Dutch date of that instant. */
export function dossierMet(invoer: readonly Invoer[]): DossierToestand {
  const opgeslagen: Gebeurtenis[] = [];
  for (const [i, { op, door = SANNE_ACTOR, ...rest }] of invoer.entries()) {
    const context = {
      vandaag: datumInNederland(op),
      rollen: [door.rol],
      beslissers: besluitRollen("eindverantwoordelijke"),
      bewaarjaren: 5,
    };
    const beoordeeld = beoordeelGebeurtenis(bouwToestand(opgeslagen), rest, context);
    const id = `00000000-0000-4000-9000-${String(i + 1).padStart(12, "0")}`;
    opgeslagen.push({ ...beoordeeld, id, volgnummer: i + 1, actor: door, opgetredenOp: op });
  }
  return bouwToestand(opgeslagen);
}

const SANNE = "Sanne de Wit, leerkracht";
export const CASUS: readonly Invoer[] = [
  {
    op: "2026-11-24T08:10:00.000Z",
    type: "dossier_geopend",
    gegevens: {
      werknaam: "D. (groep 6)",
      geboortedatum: "2016-05-14",
      aanleiding: "zorg_om_kind",
      omschrijving: "Blauwe plek en spanning thuis.",
    },
  },
  {
    op: "2026-11-24T08:20:00.000Z",
    type: "signaal_vastgelegd",
    gegevens: {
      soort: "signaal",
      datumWaarneming: "2026-11-20",
      plaats: "klaslokaal",
      waargenomenDoor: SANNE,
      bron: "eigen_waarneming",
      waarneming: "D. had bij binnenkomst een blauwe plek op de linkerwang, zo groot als een duim.",
      interpretatie: "Past bij een klap in het gezicht.",
    },
  },
  {
    op: "2026-11-24T08:30:00.000Z",
    type: "signaal_vastgelegd",
    gegevens: {
      soort: "vroeg_risico",
      datumWaarneming: "2026-11-18",
      plaats: "bij het hek",
      waargenomenDoor: SANNE,
      bron: "eigen_waarneming",
      waarneming: "Moeder vertelde dat vader sinds oktober geen werk heeft en veel drinkt.",
      interpretatie: "Spanning thuis door geldzorgen.",
    },
  },
  {
    op: "2026-11-25T14:00:00.000Z",
    type: "signaal_vastgelegd",
    gegevens: {
      soort: "tegenindicatie",
      datumWaarneming: "2026-11-25",
      waargenomenDoor: SANNE,
      bron: "eigen_waarneming",
      waarneming: "Oma haalt D. drie middagen per week op; D. gaat daar graag heen.",
    },
  },
  {
    op: "2026-11-27T10:00:00.000Z",
    type: "consultatie_gehouden",
    gegevens: {
      met: "aandachtsfunctionaris",
      naam: "Fatima El Amrani",
      datum: "2026-11-26",
      uitkomst: "Zorgen gedeeld; samen reden genoeg voor een gesprek met de ouders.",
      vervolgstap: "Gesprek met de ouders.",
    },
  },
  {
    op: "2026-12-01T15:00:00.000Z",
    type: "gesprek_gevoerd",
    gegevens: {
      met: "ouders",
      datum: "2026-12-01",
      deelnemers: "moeder, vader, Sanne de Wit, Fatima El Amrani",
      plaats: "school",
      gedeeld: "De blauwe plek en wat moeder bij het hek vertelde.",
      visie: "Vader: 'Die plek komt van voetballen.' Moeder zegt niets.",
    },
  },
  {
    op: "2026-12-02T13:00:00.000Z",
    type: "consultatie_gehouden",
    gegevens: {
      met: "veilig_thuis",
      datum: "2026-12-02",
      uitkomst: "Veilig Thuis adviseert te melden als D. zelf over geweld vertelt.",
      vervolgstap: "Afwegen.",
      geanonimiseerd: true,
    },
  },
  // Questions 1 and 2 after midnight in the Netherlands, while it is still 3 December in UTC.
  {
    op: "2026-12-03T23:00:00.000Z",
    type: "afweging_beantwoord",
    gegevens: { vraag: 1, antwoord: "ja", toelichting: "Letsel in het gezicht, en vader drinkt." },
  },
  {
    op: "2026-12-03T23:05:00.000Z",
    type: "afweging_beantwoord",
    gegevens: {
      vraag: 2,
      antwoord: "ja",
      toelichting: "Structureel onveilig: D. is bang om naar huis te gaan als vader gedronken heeft.",
    },
  },
  // Seen on 30 November, typed in on 4 December.
  {
    op: "2026-12-04T08:00:00.000Z",
    type: "signaal_vastgelegd",
    gegevens: {
      soort: "signaal",
      datumWaarneming: "2026-11-30",
      plaats: "kring in groep 6",
      waargenomenDoor: SANNE,
      bron: "kind_zelf",
      disclosure: true,
      waarneming: "D. vertelde: 'Papa gaf mij een klap omdat ik mijn bord liet vallen.'",
    },
  },
  {
    op: "2026-12-04T08:15:00.000Z",
    type: "gesprek_gevoerd",
    gegevens: {
      met: "kind",
      datum: "2026-12-03",
      deelnemers: "D. en Sanne de Wit",
      plaats: "kamer van de intern begeleider",
      gedeeld: "Dat juf zich zorgen maakt.",
      visie: "D. zegt dat papa boos wordt als hij drinkt en dat hij dan bang is.",
      kindGeinformeerd: "ja",
      hoeGeinformeerd: "Juf vertelde dat zij hulp vraagt aan mensen die gezinnen helpen.",
    },
  },
  // The teacher proposes; the director, who found it in Mijn taken, confirms it.
  {
    op: "2026-12-04T09:00:00.000Z",
    type: "besluit_voorgesteld",
    gegevens: { besluit: "melden", toelichting: "Sanne meldt vandaag telefonisch bij Veilig Thuis; Fatima is erbij." },
  },
  {
    op: "2026-12-04T10:30:00.000Z",
    type: "besluit_genomen",
    door: EINDVERANTWOORDELIJKE,
    gegevens: { besluit: "melden", toelichting: "Eens met het voorstel: vandaag melden." },
  },
];

export const CASUS_CONTEXT = {
  melder: { naam: "Sanne de Wit", organisatie: "Basisschool De Regenboog", sector: "onderwijs" },
  vandaag: "2026-12-04",
  namen: new Map<string, string>(),
};
