import type { Oefencasus } from "../oefenen/oefencasus.ts";
import type { Taal } from "./keuzes.ts";
import type { Tekst } from "./schema.ts";
import { PLEKKEN_BIJ_NOOR, WAT_DE_BUURVROUW_VERTELT } from "./oefencasussen-opvang.inhoud.ts";
import { SAM_WORDT_STILLER, VAKANTIE_NAAR_FAMILIE } from "./oefencasussen-school.inhoud.ts";
import {
  HET_GEZIN_BOS,
  LINA_VERTELT,
  MILAN_GROEIT_NIET,
  MOEDER_MET_SOMBERHEID,
} from "./oefencasussen-zorg-welzijn.inhoud.ts";

/**
 * The practice cases in the order the overview shows them, and the reflection questions after the
 * practised conversation. Raise OEFEN_VERSIE when a case changes meaning: stored practice answers
 * name the version they were given under.
 */
export const OEFEN_VERSIE = "2026-12-04.1";

export const OEFENCASUSSEN: readonly Oefencasus[] = [
  SAM_WORDT_STILLER,
  PLEKKEN_BIJ_NOOR,
  LINA_VERTELT,
  MOEDER_MET_SOMBERHEID,
  MILAN_GROEIT_NIET,
  VAKANTIE_NAAR_FAMILIE,
  WAT_DE_BUURVROUW_VERTELT,
  HET_GEZIN_BOS,
];

/** The case with this id, or null (an id from the URL is untrusted). */
export function casusMetId(id: string): Oefencasus | null {
  return OEFENCASUSSEN.find((c) => c.id === id) ?? null;
}

/** The three reflection questions of *Check je Gesprek* (seeds 000 and 002), asked after the practised conversation. */
export const REFLECTIE_IDS = ["goed", "ervaring_ouders", "anders"] as const;
export type ReflectieId = (typeof REFLECTIE_IDS)[number];

export const REFLECTIEVRAGEN: Readonly<Record<ReflectieId, { readonly vraag: Tekst; readonly toelichting: Tekst }>> = {
  goed: {
    vraag: { nl: "Wat ging er goed in het gesprek?", en: "What went well in the conversation?" },
    toelichting: {
      nl: "Denk aan luisteren, de gedeelde waarde, openheid over de signalen en hun bron, en een positief slot.",
      en: "Think of listening, the shared value, openness about the signals and their source, and a positive ending.",
    },
  },
  ervaring_ouders: {
    vraag: { nl: "Hoe hebben de ouders het gesprek ervaren?", en: "How did the parents experience the conversation?" },
    toelichting: {
      nl: "Wat zeiden of lieten zij merken? Vroeg u het hun aan het eind ook zelf?",
      en: "What did they say or show? Did you also ask them yourself at the end?",
    },
  },
  anders: {
    vraag: { nl: "Wat zou u een volgende keer anders doen?", en: "What would you do differently next time?" },
    toelichting: {
      nl: "Eén of twee dingen zijn genoeg: een zin die u anders zou zeggen, een moment om stil te zijn, een vraag die u miste.",
      en: "One or two things are enough: a sentence you would phrase differently, a moment to stay silent, a question you missed.",
    },
  },
};

/** A case in one language, as the pages show it; whether an option fits is left out until feedback is due. */
export interface CasusInTaal {
  readonly id: string;
  readonly sector: Oefencasus["sector"];
  readonly themas: Oefencasus["themas"];
  readonly titel: string;
  readonly kern: string;
  readonly fasen: readonly {
    readonly id: string;
    readonly titel: string;
    readonly verhaal: string;
    readonly beslispunt: {
      readonly soort: "meerkeuze" | "enkele_keuze";
      readonly vraag: string;
      readonly opties: readonly { readonly id: string; readonly tekst: string }[];
    };
  }[];
  readonly gesprek: {
    readonly aandachtspunt: string;
    readonly reacties: readonly { readonly reactie: string; readonly mogelijkheid: string }[];
    readonly dilemmas: readonly string[];
  };
  readonly naGesprek: string;
}

/** The case's story and questions in one language, without the answers. */
export function casusInTaal(c: Oefencasus, taal: Taal): CasusInTaal {
  return {
    id: c.id,
    sector: c.sector,
    themas: c.themas,
    titel: c.titel[taal],
    kern: c.kern[taal],
    fasen: c.fasen.map((f) => ({
      id: f.id,
      titel: f.titel[taal],
      verhaal: f.verhaal[taal],
      beslispunt: {
        soort: f.beslispunt.soort,
        vraag: f.beslispunt.vraag[taal],
        opties: f.beslispunt.opties.map((o) => ({ id: o.id, tekst: o.tekst[taal] })),
      },
    })),
    gesprek: {
      aandachtspunt: c.gesprek.aandachtspunt[taal],
      reacties: c.gesprek.reacties.map((r) => ({ reactie: r.reactie[taal], mogelijkheid: r.mogelijkheid[taal] })),
      dilemmas: c.gesprek.dilemmas,
    },
    naGesprek: c.naGesprek[taal],
  };
}
