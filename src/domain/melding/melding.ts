import { z } from "zod";
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { GRONDEN_GEEN_GESPREK, MELDING_URGENTIES } from "../dossier/keuzes.ts";

/**
 * The report to Veilig Thuis, in the sections its forms ask for (seed 004): who reports; who is
 * involved; what makes it unsafe now; the signals as facts with dates and sources, and the
 * interpretation apart; risk factors and how each leads to unsafety; what protects; the Meldcode steps
 * taken; whether the family was told (or on which ground not); the family's own view, in their words
 * (zienswijze); who was consulted; urgency; and what the
 * melder expects and will do. Built from the dossier, edited by the professional, frozen when sent.
 * The report is written in Dutch whatever the interface language: it goes to a Dutch organisation.
 */

const MIDDEL = 4000;
const LANG = 12_000;
const leegIsAfwezig = (waarde: unknown) => (typeof waarde === "string" && waarde.trim() === "" ? undefined : waarde);
const tekst = (max: number) => z.string().trim().min(1).max(max);
const optioneleTekst = (max: number) => z.preprocess(leegIsAfwezig, z.string().trim().max(max).optional());

export const MELDING_VELDEN = [
  "melder",
  "betrokkenen",
  "onveiligNu",
  "feiten",
  "duiding",
  "risicofactoren",
  "beschermend",
  "stappen",
  "gezinGeinformeerd",
  "grondNietGeinformeerd",
  "toelichtingGeinformeerd",
  "zienswijze",
  "geraadpleegd",
  "urgentie",
  "verwachtingen",
] as const;

/** The longest text each free-text field of a report may hold (the schema below checks it). */
export const MELDING_MAXIMUM = {
  melder: MIDDEL,
  betrokkenen: MIDDEL,
  onveiligNu: LANG,
  feiten: LANG,
  duiding: LANG,
  risicofactoren: LANG,
  beschermend: MIDDEL,
  stappen: LANG,
  toelichtingGeinformeerd: MIDDEL,
  zienswijze: LANG,
  geraadpleegd: MIDDEL,
  verwachtingen: MIDDEL,
} as const satisfies Partial<Record<(typeof MELDING_VELDEN)[number], number>>;

/** The free-text fields the factuality check reads: the ones Veilig Thuis acts on. */
export const FEITELIJKE_VELDEN = ["onveiligNu", "feiten", "risicofactoren"] as const;

export const meldingInhoudSchema = z
  .strictObject({
    melder: tekst(MIDDEL),
    betrokkenen: tekst(MIDDEL),
    onveiligNu: tekst(LANG),
    feiten: tekst(LANG),
    duiding: optioneleTekst(LANG),
    risicofactoren: optioneleTekst(LANG),
    beschermend: optioneleTekst(MIDDEL),
    stappen: tekst(LANG),
    gezinGeinformeerd: z.enum(["ja", "nee"]),
    grondNietGeinformeerd: z.preprocess(leegIsAfwezig, z.enum(GRONDEN_GEEN_GESPREK).optional()),
    toelichtingGeinformeerd: optioneleTekst(MIDDEL),
    /**
     * "Zienswijze van ouders/cliënt": their own view as recorded in the dossier. Optional, so reports
     * stored before it existed keep their content and their hash.
     */
    zienswijze: optioneleTekst(LANG),
    geraadpleegd: tekst(MIDDEL),
    urgentie: z.enum(MELDING_URGENTIES),
    verwachtingen: tekst(MIDDEL),
  })
  .refine((m) => m.gezinGeinformeerd === "ja" || m.grondNietGeinformeerd !== undefined, {
    path: ["grondNietGeinformeerd"],
    message: "fout.grond_niet_geinformeerd",
  });
export type MeldingInhoud = z.output<typeof meldingInhoudSchema>;

/** JSON with keys sorted at every level, so the same content always gives the same bytes. */
export function canoniekeJson(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(canoniekeJson).join(",")}]`;
  if (waarde !== null && typeof waarde === "object") {
    const rijen = Object.entries(waarde as Record<string, unknown>)
      .filter(([, w]) => w !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${rijen.map(([k, w]) => `${JSON.stringify(k)}:${canoniekeJson(w)}`).join(",")}}`;
  }
  return JSON.stringify(waarde);
}

/** SHA-256 of the canonical JSON: the fingerprint that shows later that the sent report was not changed. */
export function meldingHash(inhoud: MeldingInhoud): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(canoniekeJson(inhoud))));
}
