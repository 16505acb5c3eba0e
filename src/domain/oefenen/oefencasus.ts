import {
  adviesVoorBesluit,
  evalueerAfweging,
  VRAAG_NUMMERS,
  type AfwegingUitkomst,
  type Antwoord,
  type Antwoorden,
  type VraagNummer,
} from "../afweging/afwegingskader.ts";
import type { DilemmaId, Sector } from "../kennis/keuzes.ts";
import type { Tekst } from "../kennis/schema.ts";

/**
 * Oefenen: fictional cases to practise the Meldcode on, alone or as a team (decision 0052). The cases
 * are data (src/domain/kennis/oefencasussen-*.inhoud.ts); this module holds their shape and the pure
 * rules around them: the feedback at a decision point, the afwegingskader's answer for the
 * professional's own inputs, and the anonymous spread of a team session. No zod here, so that the
 * browser can import it.
 */

/** The dilemmas the cases are spread over (issue 12, after the seeds). */
export const OEFEN_THEMAS = [
  "stapeling",
  "ouders_ontkennen",
  "signalen_derden",
  "disclosure_kind",
  "eergerelateerd",
  "contact_verbroken",
  "kindcheck",
  "gezin_kwijt",
] as const;
export type OefenThema = (typeof OEFEN_THEMAS)[number];

/** The sectors the cases are written for; "overig" has no case of its own. */
export const OEFEN_SECTOREN = [
  "onderwijs",
  "kinderopvang",
  "jeugdhulp",
  "sociaal_werk",
  "gezondheidszorg",
] as const satisfies readonly Sector[];
export type OefenSector = (typeof OEFEN_SECTOREN)[number];

export type Advies = NonNullable<ReturnType<typeof adviesVoorBesluit>>;
export const ADVIEZEN = ["melden", "melden_en_hulp", "hulp", "afsluiten"] as const satisfies readonly Advies[];

export interface KeuzeOptie {
  readonly id: string;
  readonly tekst: Tekst;
  /** What an experienced aandachtsfunctionaris would choose here. */
  readonly passend: boolean;
}

/**
 * A decision point in a stage: "meerkeuze" asks for every fitting option (which observations are
 * signals), "enkele_keuze" for the one best next step (whom to consult, what to do now).
 */
export interface Beslispunt {
  readonly soort: "meerkeuze" | "enkele_keuze";
  readonly vraag: Tekst;
  readonly opties: readonly KeuzeOptie[];
  /** What an experienced aandachtsfunctionaris would weigh here: the feedback after answering. */
  readonly weging: Tekst;
}

/** One stage of a case: what the professional sees or hears at that moment, and the decision it asks. */
export interface Fase {
  readonly id: string;
  readonly titel: Tekst;
  readonly verhaal: Tekst;
  readonly beslispunt: Beslispunt;
}

/** A likely reaction of the parents in the conversation of stap 3, with what the professional can do. */
export interface OuderReactie {
  readonly reactie: Tekst;
  readonly mogelijkheid: Tekst;
}

export interface Oefencasus {
  /** Stable, URL-safe; stored with every practice answer. */
  readonly id: string;
  readonly sector: OefenSector;
  readonly themas: readonly OefenThema[];
  readonly titel: Tekst;
  readonly kern: Tekst;
  readonly fasen: readonly Fase[];
  readonly gesprek: {
    /** Who talks with the parents in this case, and what to keep in mind beforehand. */
    readonly aandachtspunt: Tekst;
    readonly reacties: readonly OuderReactie[];
    /** The general dilemmas of the conversation (src/domain/kennis) that this case touches. */
    readonly dilemmas: readonly DilemmaId[];
  };
  /** What the conversation and the days after it brought; read before weighing. */
  readonly naGesprek: Tekst;
  /** The answers the case is written for; the expected advice is checked against the real afwegingskader. */
  readonly afweging: {
    readonly disclosure: boolean;
    readonly antwoorden: Antwoorden;
    readonly advies: Advies;
    readonly waarom: Tekst;
  };
  /** What a domain expert should still review in this case (empty once reviewed). */
  readonly teBeoordelen: readonly Tekst[];
}

/** The points of a practice walk, in order: the stages, the conversation reflection, the weighing. */
export type OefenPunt = string;
export const PUNT_REFLECTIE = "reflectie";
export const PUNT_AFWEGING = "afweging";

/** The ids of a case's points in walking order: each stage, then the reflection on the conversation, then the weighing. */
export function puntenVan(casus: Oefencasus): OefenPunt[] {
  return [...casus.fasen.map((f) => f.id), PUNT_REFLECTIE, PUNT_AFWEGING];
}

/** The first point not yet answered; null when the case is done. Later answers never skip an earlier point. */
export function volgendPunt(casus: Oefencasus, beantwoord: ReadonlySet<string>): OefenPunt | null {
  return puntenVan(casus).find((p) => !beantwoord.has(p)) ?? null;
}

export interface KeuzeFeedback {
  /** Chosen and fitting. */
  readonly goed: readonly string[];
  /** Fitting, but not chosen. */
  readonly gemist: readonly string[];
  /** Chosen, but not what an experienced aandachtsfunctionaris would do. */
  readonly onnodig: readonly string[];
  readonly helemaalGoed: boolean;
}

/**
 * Compares the options a professional chose at a decision point with the fitting ones. The choice
 * must already be valid (see `keuzeProbleem`); options keep the case's order.
 */
export function beoordeelKeuze(punt: Beslispunt, gekozen: readonly string[]): KeuzeFeedback {
  const goed = punt.opties.filter((o) => o.passend && gekozen.includes(o.id)).map((o) => o.id);
  const gemist = punt.opties.filter((o) => o.passend && !gekozen.includes(o.id)).map((o) => o.id);
  const onnodig = punt.opties.filter((o) => !o.passend && gekozen.includes(o.id)).map((o) => o.id);
  return { goed, gemist, onnodig, helemaalGoed: gemist.length === 0 && onnodig.length === 0 };
}

/** Why a choice cannot be judged, as a translation key; null when it can. */
export function keuzeProbleem(punt: Beslispunt, gekozen: readonly string[]): string | null {
  if (gekozen.length === 0)
    return punt.soort === "enkele_keuze" ? "oefenen.fout.kies_een" : "oefenen.fout.kies_minstens_een";
  if (new Set(gekozen).size !== gekozen.length || gekozen.some((g) => !punt.opties.some((o) => o.id === g)))
    return "oefenen.fout.onbekende_keuze";
  if (punt.soort === "enkele_keuze" && gekozen.length > 1) return "oefenen.fout.kies_een";
  return null;
}

export interface AfwegingFeedback {
  readonly eigen: AfwegingUitkomst;
  readonly eigenAdvies: Advies | null;
  readonly casus: AfwegingUitkomst;
  readonly casusAdvies: Advies;
  readonly zelfdeAdvies: boolean;
  /** Questions on the case's path that the professional answered differently (counting "weet niet" as "nee"). */
  readonly andersBeantwoord: readonly VraagNummer[];
}

/**
 * The afwegingskader's answer for the professional's own inputs beside the one the case is written
 * for, both computed by the real evaluator, so practice and a real dossier can never disagree.
 */
export function beoordeelAfweging(casus: Oefencasus, antwoorden: Antwoorden, disclosure: boolean): AfwegingFeedback {
  const eigen = evalueerAfweging(antwoorden, { disclosure });
  const verwacht = evalueerAfweging(casus.afweging.antwoorden, { disclosure: casus.afweging.disclosure });
  const eigenAdvies = adviesVoorBesluit(eigen);
  const andersBeantwoord = verwacht.pad.flatMap((stap) => {
    if (stap.vraag === "disclosure") return [];
    const gegeven = antwoorden[stap.vraag];
    return gegeven !== undefined && (gegeven === "ja") === (stap.geteldAls === "ja") ? [] : [stap.vraag];
  });
  return {
    eigen,
    eigenAdvies,
    casus: verwacht,
    casusAdvies: casus.afweging.advies,
    zelfdeAdvies: eigenAdvies === casus.afweging.advies,
    andersBeantwoord,
  };
}

/** With fewer answers than this, a team session shows a note instead of the spread: with two, each would see the other's answers. */
export const MIN_ANTWOORDEN_SPREIDING = 3;

export type Telling = Readonly<Record<Antwoord, number>>;

export interface Spreiding {
  readonly aantal: number;
  readonly perVraag: Readonly<Record<VraagNummer, Telling>>;
  /** The afwegingskader's advice for each participant's answers, counted. */
  readonly perAdvies: Readonly<Record<Advies | "geen", number>>;
}

/**
 * The anonymous spread of a team session: counts per answer to each afwegingsvraag and per advice,
 * never who gave them. Null while fewer than MIN_ANTWOORDEN_SPREIDING people answered, so no one
 * can work out a colleague's answer from the counts and their own.
 */
export function spreidingVan(alle: readonly Antwoorden[], disclosure: boolean): Spreiding | null {
  if (alle.length < MIN_ANTWOORDEN_SPREIDING) return null;
  const leeg = (): Record<Antwoord, number> => ({ ja: 0, nee: 0, weet_niet: 0 });
  const perVraag = Object.fromEntries(VRAAG_NUMMERS.map((n) => [n, leeg()])) as Record<
    VraagNummer,
    Record<Antwoord, number>
  >;
  const perAdvies: Record<Advies | "geen", number> = { melden: 0, melden_en_hulp: 0, hulp: 0, afsluiten: 0, geen: 0 };
  for (const antwoorden of alle) {
    for (const n of VRAAG_NUMMERS) {
      const a = antwoorden[n];
      if (a !== undefined) perVraag[n][a] += 1;
    }
    perAdvies[adviesVoorBesluit(evalueerAfweging(antwoorden, { disclosure })) ?? "geen"] += 1;
  }
  return { aantal: alle.length, perVraag, perAdvies };
}

/**
 * The characters of a join code: no 0/O or 1/I/L, which are misread from a projector. A code is a
 * handle, not a secret (only signed-in colleagues of the same organisation can use it), so the small
 * bias of a byte modulo 31 does no harm.
 */
export const CODE_TEKENS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTE = 6;

/** A join code from random bytes (the caller draws them). */
export function deelnamecodeUit(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTE) throw new RangeError(`need ${CODE_LENGTE} bytes`);
  return Array.from(bytes.subarray(0, CODE_LENGTE), (b) => CODE_TEKENS.charAt(b % CODE_TEKENS.length)).join("");
}

/** A typed code in its stored form (upper case, spaces and dashes removed), or null when it cannot be one. */
export function normaliseerDeelnamecode(invoer: string): string | null {
  const code = invoer.replace(/[\s-]/g, "").toUpperCase();
  return code.length === CODE_LENGTE && [...code].every((c) => CODE_TEKENS.includes(c)) ? code : null;
}
