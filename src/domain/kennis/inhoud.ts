import type { Stap } from "../dossier/keuzes.ts";
import { DEFINITIES } from "./definities.inhoud.ts";
import { DILEMMAS, GESPREK_KAART, GESPREK_NAZORG, GESPREK_VOORBEREIDING } from "./gesprek.inhoud.ts";
import { KIND_GESPREK, PARTICIPATIE } from "./kind.inhoud.ts";
import { BEGRIPPEN, type Begrip, type Sector, type Taal } from "./keuzes.ts";
import { ACUUT_GEVAAR, BIJZONDERE_ROUTES, DISCLOSURE_GEVOLG } from "./routes.inhoud.ts";
import type { Dilemma, Kennis, Tekst } from "./schema.ts";
import { KINDCHECK, STAP_KENNIS } from "./stappen.inhoud.ts";

/**
 * The knowledge beside every step, as one versioned constant in Dutch and English. It is typed here
 * and validated against `kennisSchema` in inhoud.test.ts, so the browser can import it without zod.
 * Raise `versie` whenever a text changes meaning, so that a dossier can say which guidance was shown.
 */

const SEED_VROEGSIGNALERING = "001_2c09601b414333db.txt";
const SEED_LEERATELIER = "000_b2dd22b5d9a054b2.txt";
const SEED_PARTNERSCHAP = "002_558c4de04817c4f0.txt";
const SEED_PROTOCOL_SCHOOL = "003_5796b83618072d2c.txt";
const SEED_VEILIG_THUIS = "004_e605002155463f6f.txt";

const BRONNEN: Kennis["bronnen"] = [
  {
    id: "stapKennis",
    seeds: [SEED_PARTNERSCHAP, SEED_PROTOCOL_SCHOOL, SEED_VROEGSIGNALERING, SEED_VEILIG_THUIS],
    toelichting: {
      nl: "De stappen uit het onderzoek naar partnerschap en het schoolprotocol; vroege risico's vastleggen uit de reflectiebijeenkomst; concreet beschrijven wat nu onveilig is uit de factsheet met Veilig Thuis.",
      en: "The steps from the partnership research and the school protocol; recording early risks from the reflection meeting; describing concretely what is unsafe now from the fact sheet made with Veilig Thuis.",
    },
  },
  {
    id: "gesprekVoorbereiding",
    seeds: [SEED_PARTNERSCHAP, SEED_LEERATELIER],
    toelichting: {
      nl: "Wie het gesprek voert, de plek, de gedeelde waarde en openheid over de bron komen uit het onderzoek naar partnerschap; de drie gronden om af te zien van het gesprek uit de beschrijving van stap 3.",
      en: "Who holds the conversation, the place, the shared value and openness about the source come from the partnership research; the three grounds for skipping the conversation from its description of step 3.",
    },
  },
  {
    id: "gesprekKaart",
    seeds: [SEED_PARTNERSCHAP, SEED_LEERATELIER],
    toelichting: {
      nl: "De voorwaarden voor partnerschap uit het onderzoek en de mogelijkheden bij de dilemma's uit het leeratelier.",
      en: "The conditions for partnership from the research and the possibilities for the dilemmas from the learning session.",
    },
  },
  {
    id: "gesprekNazorg",
    seeds: [SEED_LEERATELIER, SEED_PARTNERSCHAP],
    toelichting: {
      nl: "Ouders vragen hoe zij het gesprek ervoeren en het samen nabespreken komt uit het leeratelier; hoor en wederhoor en samen beslissen uit het onderzoek.",
      en: "Asking the parents how they experienced the conversation and talking it through together come from the learning session; hearing both sides and deciding together from the research.",
    },
  },
  {
    id: "dilemmas",
    seeds: [SEED_LEERATELIER, SEED_PARTNERSCHAP],
    toelichting: {
      nl: "De drie dilemma's en hun mogelijkheden uit het leeratelier, aangevuld met de ervaringen uit het onderzoek.",
      en: "The three dilemmas and their possibilities from the learning session, added to with the experiences from the research.",
    },
  },
  {
    id: "kindGesprek",
    seeds: [SEED_PROTOCOL_SCHOOL],
    toelichting: {
      nl: "De algemene tips uit bijlage 2 van het schoolprotocol. Dat protocol kent geen leeftijdsgroepen; de tips per leeftijd zijn een eigen uitwerking.",
      en: "The general tips from appendix 2 of the school protocol. That protocol has no age bands; the tips per age are our own elaboration.",
    },
  },
  {
    id: "participatie",
    seeds: [SEED_PROTOCOL_SCHOOL],
    toelichting: {
      nl: "De negen actiepunten zoals het schoolprotocol ze uitwerkt, naar de handreiking participatie van kinderen van VWS uit 2018.",
      en: "The nine action points as the school protocol works them out, after the 2018 VWS guide on the participation of children.",
    },
  },
  {
    id: "definities",
    seeds: [SEED_PROTOCOL_SCHOOL],
    toelichting: {
      nl: "Definities en voorbeelden voor het onderwijs uit bijlage 1 van het schoolprotocol. De voorbeelden voor de andere sectoren zijn geschreven vanuit de openbare afwegingskaders van die beroepsgroepen en moeten nog door een deskundige worden nagekeken.",
      en: "Definitions and examples for education from appendix 1 of the school protocol. The examples for the other sectors are written from the public afwegingskaders of those professions and still need review by an expert.",
    },
  },
  {
    id: "kindcheck",
    seeds: [SEED_PROTOCOL_SCHOOL, SEED_PARTNERSCHAP],
    toelichting: {
      nl: "Doel, doelgroep en aanleidingen uit de instructie kindcheck in het schoolprotocol.",
      en: "Purpose, audience and triggers from the kindcheck instruction in the school protocol.",
    },
  },
  {
    id: "bijzondereRoutes",
    seeds: [SEED_PROTOCOL_SCHOOL],
    toelichting: {
      nl: "Altijd een deskundige raadplegen, en bij acute dreiging versnellen, zo nodig binnen een uur: uit het schoolprotocol.",
      en: "Always consulting an expert, and speeding up with an acute threat, within an hour if needed: from the school protocol.",
    },
  },
  {
    id: "disclosureGevolg",
    seeds: [SEED_PROTOCOL_SCHOOL],
    toelichting: {
      nl: "Melden, en zorgvuldig afstemmen met Veilig Thuis en het slachtoffer: uit de toelichting op disclosure in het schoolprotocol.",
      en: "Reporting, and careful coordination with Veilig Thuis and the victim: from the note on disclosure in the school protocol.",
    },
  },
  {
    id: "acuutGevaar",
    seeds: [SEED_PROTOCOL_SCHOOL, SEED_VEILIG_THUIS],
    toelichting: {
      nl: "Acute onveiligheid uit het schoolprotocol en Veilig Thuis als expert bij elke stap uit de factsheet. De nummers 112 en 0800 2000 zijn openbaar.",
      en: "Acute unsafety from the school protocol and Veilig Thuis as the expert at every step from the fact sheet. The numbers 112 and 0800 2000 are public.",
    },
  },
];

export const KENNIS: Kennis = {
  versie: "2026-11-25.1",
  stapKennis: STAP_KENNIS,
  gesprekVoorbereiding: GESPREK_VOORBEREIDING,
  gesprekKaart: GESPREK_KAART,
  gesprekNazorg: GESPREK_NAZORG,
  dilemmas: DILEMMAS,
  kindGesprek: KIND_GESPREK,
  participatie: PARTICIPATIE,
  definities: DEFINITIES,
  kindcheck: KINDCHECK,
  bijzondereRoutes: BIJZONDERE_ROUTES,
  disclosureGevolg: DISCLOSURE_GEVOLG,
  acuutGevaar: ACUUT_GEVAAR,
  bronnen: BRONNEN,
};

/** A text in one language. */
export function tekst(t: Tekst, taal: Taal): string {
  return t[taal];
}

export interface StapKennisInTaal {
  readonly uitleg: string;
  readonly punten: readonly string[];
}

/** The guidance beside a step, in one language. */
export function stapKennis(stap: Stap, taal: Taal): StapKennisInTaal {
  const kennis = KENNIS.stapKennis[stap];
  return { uitleg: kennis.uitleg[taal], punten: kennis.punten.map((p) => p[taal]) };
}

export interface DefinitieInTaal {
  readonly definitie: string;
  readonly voorbeelden: readonly string[];
}

/** Stap 4: the three definitions with the examples for one sector, in one language. */
export function definitiesVoorSector(sector: Sector, taal: Taal): Record<Begrip, DefinitieInTaal> {
  const uit = (begrip: Begrip): DefinitieInTaal => {
    const d = KENNIS.definities[begrip];
    return { definitie: d.definitie[taal], voorbeelden: d.voorbeelden[sector].map((v) => v[taal]) };
  };
  return Object.fromEntries(BEGRIPPEN.map((b) => [b, uit(b)])) as Record<Begrip, DefinitieInTaal>;
}

/**
 * The dilemmas matching the situations a professional recorded (DILEMMA_IDS), in content order,
 * each once. Unknown situations are ignored, so that a stored value from an older version does no harm.
 */
export function dilemmasVoor(situaties: readonly string[]): Dilemma[] {
  return KENNIS.dilemmas.filter((d) => situaties.includes(d.id));
}

export interface GesprekHulpInTaal {
  readonly vragen: readonly { readonly id: string; readonly vraag: string; readonly toelichting: string }[];
  readonly veiligheid: { readonly vraag: string; readonly uitleg: string; readonly gevolg: string };
  readonly kaart: {
    readonly titel: string;
    readonly punten: readonly { readonly id: string; readonly titel: string; readonly uitleg: string }[];
  };
  readonly dilemmas: readonly {
    readonly id: string;
    readonly titel: string;
    readonly situatie: string;
    readonly mogelijkheden: readonly string[];
  }[];
  /** After the conversation: what to record and ask. */
  readonly nazorg: readonly { readonly id: string; readonly vraag: string; readonly toelichting: string }[];
}

/** What the conversation page shows beside the form: preparation, the card for during, the dilemmas; in one language. */
export function gesprekHulp(taal: Taal): GesprekHulpInTaal {
  const v = KENNIS.gesprekVoorbereiding;
  return {
    vragen: v.vragen.map((q) => ({ id: q.id, vraag: q.vraag[taal], toelichting: q.toelichting[taal] })),
    veiligheid: {
      vraag: v.veiligheidscheck.vraag[taal],
      uitleg: v.veiligheidscheck.uitleg[taal],
      gevolg: v.veiligheidscheck.gevolg[taal],
    },
    kaart: {
      titel: KENNIS.gesprekKaart.titel[taal],
      punten: KENNIS.gesprekKaart.punten.map((p) => ({ id: p.id, titel: p.titel[taal], uitleg: p.uitleg[taal] })),
    },
    dilemmas: KENNIS.dilemmas.map((d) => ({
      id: d.id,
      titel: d.titel[taal],
      situatie: d.situatie[taal],
      mogelijkheden: d.mogelijkheden.map((m) => m[taal]),
    })),
    nazorg: KENNIS.gesprekNazorg.vragen.map((q) => ({
      id: q.id,
      vraag: q.vraag[taal],
      toelichting: q.toelichting[taal],
    })),
  };
}

export interface KindHulpInTaal {
  readonly algemeen: readonly string[];
  readonly leeftijden: readonly { readonly id: string; readonly titel: string; readonly tips: readonly string[] }[];
  readonly vastleggen: { readonly eigenWoorden: string; readonly geinformeerd: string };
  readonly participatie: readonly { readonly id: string; readonly titel: string; readonly uitleg: string }[];
}

/** What the child's page shows: tips for the conversation per age, and the nine participation points; in one language. */
export function kindHulp(taal: Taal): KindHulpInTaal {
  const k = KENNIS.kindGesprek;
  return {
    algemeen: k.algemeen.map((a) => a[taal]),
    leeftijden: k.leeftijden.map((l) => ({ id: l.id, titel: l.titel[taal], tips: l.tips.map((tip) => tip[taal]) })),
    vastleggen: { eigenWoorden: k.vastleggen.eigenWoorden[taal], geinformeerd: k.vastleggen.geinformeerd[taal] },
    participatie: KENNIS.participatie.map((p) => ({ id: p.id, titel: p.titel[taal], uitleg: p.uitleg[taal] })),
  };
}

export interface BijzondereHulpInTaal {
  readonly versneld: { readonly uitleg: string; readonly deskundige: string; readonly termijnMinuten: number };
  readonly routes: readonly {
    readonly id: string;
    readonly titel: string;
    readonly uitleg: string;
    readonly eersteStappen: readonly string[];
  }[];
}

/** The special routes and the accelerated route they switch to, in one language. */
export function bijzondereHulp(taal: Taal): BijzondereHulpInTaal {
  const b = KENNIS.bijzondereRoutes;
  return {
    versneld: {
      uitleg: b.versneld.uitleg[taal],
      deskundige: b.versneld.deskundige[taal],
      termijnMinuten: b.versneld.termijnMinuten,
    },
    routes: b.routes.map((r) => ({
      id: r.id,
      titel: r.titel[taal],
      uitleg: r.uitleg[taal],
      eersteStappen: r.eersteStappen.map((s) => s[taal]),
    })),
  };
}

export interface UitlegMetStappenInTaal {
  readonly titel: string;
  readonly uitleg: string;
  readonly stappen: readonly string[];
}

/** What a recorded disclosure means for the next steps, in one language. */
export function disclosureHulp(taal: Taal): UitlegMetStappenInTaal {
  const d = KENNIS.disclosureGevolg;
  return { titel: d.titel[taal], uitleg: d.uitleg[taal], stappen: d.stappen.map((s) => s[taal]) };
}

export interface KindcheckHulpInTaal {
  readonly uitleg: string;
  readonly aanleidingen: readonly { readonly id: string; readonly titel: string; readonly uitleg: string }[];
  readonly vervolg: string;
}

/** The kindcheck explained for professionals with adult clients, with its triggers, in one language. */
export function kindcheckHulp(taal: Taal): KindcheckHulpInTaal {
  const k = KENNIS.kindcheck;
  return {
    uitleg: k.uitleg[taal],
    aanleidingen: k.aanleidingen.map((a) => ({ id: a.id, titel: a.titel[taal], uitleg: a.uitleg[taal] })),
    vervolg: k.vervolg[taal],
  };
}
