import type { BevindingSoort } from "./feitelijkheid.ts";

export interface CorpusVerwachting {
  readonly soort: BevindingSoort;
  /** The exact flagged words, as `tekst.slice(begin, eind)` should give them. */
  readonly fragment: string;
  /** Which occurrence of the fragment is meant (0-based), when it occurs more than once. */
  readonly keer?: number;
}

/** The sectors a melder works in, and the sections of the report a sentence stands in. */
export const SECTOREN = [
  "onderwijs",
  "kinderopvang",
  "jeugdhulp",
  "gezondheidszorg",
  "maatschappelijke_ondersteuning",
] as const;
export const SECTIES = ["feiten", "onveiligheid", "gesprek", "stappen", "beschermend", "risicofactoren"] as const;
/** What makes a sentence an interpretation, in the words of the definitions the blind split was written from. */
export const INTERPRETATIE_SOORTEN = [
  "diagnose",
  "oordeel_zorg",
  "innerlijk",
  "karakter",
  "speculatie",
  "generalisatie",
  "vaag",
] as const;
export type Sector = (typeof SECTOREN)[number];
export type Sectie = (typeof SECTIES)[number];
export type InterpretatieSoort = (typeof INTERPRETATIE_SOORTEN)[number];

export interface CorpusZin {
  readonly tekst: string;
  readonly verwacht: readonly CorpusVerwachting[];
  /** Where the sentence comes from; the first sentences, written for schools, have none. */
  readonly sector?: Sector;
  readonly sectie?: Sectie;
  /** For an interpretation: what kind (the sentences written for schools have none). */
  readonly interpretatie?: InterpretatieSoort;
}

export const zin = (tekst: string, ...verwacht: CorpusVerwachting[]): CorpusZin => ({ tekst, verwacht });
export const oordeel = (fragment: string): CorpusVerwachting => ({ soort: "oordeel", fragment });
export const vaag = (fragment: string): CorpusVerwachting => ({ soort: "vaag", fragment });
export const voorbehoud = (fragment: string): CorpusVerwachting => ({ soort: "voorbehoud", fragment });
export const generalisatie = (fragment: string, keer?: number): CorpusVerwachting => ({
  soort: "generalisatie",
  fragment,
  ...(keer === undefined ? {} : { keer }),
});
export const risico = (fragment: string): CorpusVerwachting => ({ soort: "risico_zonder_gevolg", fragment });
/** An inner state or atmosphere without what showed it: reported as vague wording. */
export const innerlijk = (fragment: string): CorpusVerwachting => ({ soort: "vaag", fragment });

export const feit = (sector: Sector, sectie: Sectie, tekst: string): CorpusZin => ({
  tekst,
  verwacht: [],
  sector,
  sectie,
});
export const interpretatie = (
  sector: Sector,
  sectie: Sectie,
  soort: InterpretatieSoort,
  tekst: string,
  ...verwacht: CorpusVerwachting[]
): CorpusZin => ({
  tekst,
  verwacht,
  sector,
  sectie,
  interpretatie: soort,
});
