import { ALTIJD } from "../dossier/taakfeiten.ts";
import { datumInNederland } from "../tijd/nederlandse-tijd.ts";
import { naarDagnummer } from "../tijd/tijdstip.ts";
import { laatsteDagMeerDanWerkdagen, werkdagenTussen } from "../tijd/werkdagen.ts";

/**
 * The figures of one row of the werkvoorraad (decision 0045), from the task facts of decision 0032
 * and the dossier's list projection. Pure: the day is always given.
 */

/** A task fact as the werkvoorraad reads it from `dossier_taken`. */
export interface TaakMoment {
  /** First Dutch calendar day the task is due; `ALTIJD` for a task that waits for no date. */
  readonly vanaf: string;
}

/** A task is open once it is due: its first day has come (what Mijn taken shows). */
export function isOpen(taak: TaakMoment, vandaag: string): boolean {
  return taak.vanaf <= vandaag;
}

/**
 * A task is overdue (achterstallig) when it is open because a term ran out or a planned date came:
 * Veilig Thuis did not answer in time, a step lay still too long, an evaluation or safety check is
 * due. A task that is due from the start (send the report, plan the conversation, decide) is open,
 * not overdue. The SQL filter "met achterstallige taken" (werkvoorraad.repository) is this rule.
 */
export function isAchterstallig(taak: TaakMoment, vandaag: string): boolean {
  return taak.vanaf !== ALTIJD && taak.vanaf <= vandaag;
}

export interface TaakCijfers {
  readonly open: number;
  readonly achterstallig: number;
}

export function takenCijfers(taken: readonly TaakMoment[], vandaag: string): TaakCijfers {
  return {
    open: taken.filter((t) => isOpen(t, vandaag)).length,
    achterstallig: taken.filter((t) => isAchterstallig(t, vandaag)).length,
  };
}

function dagnummer(datum: string): number {
  const [jaar, maand, dag] = datum.split("-").map(Number);
  return naarDagnummer(jaar ?? 0, maand ?? 1, dag ?? 1);
}

/** Calendar days from the Dutch day of `tijdstip` (ISO, UTC) to `vandaag`: 0 on the same day, never negative. */
export function dagenSinds(tijdstip: string, vandaag: string): number {
  return Math.max(0, dagnummer(vandaag) - dagnummer(datumInNederland(tijdstip)));
}

/** The byte order mark that makes Excel read a CSV file as UTF-8. */
export const BOM = "\uFEFF";

/**
 * One CSV field for Dutch Excel: `;`-separated, quoted when it holds a separator, quote or line
 * break. A field that starts like a formula (`=`, `+`, `-`, `@`, tab, return) gets a leading
 * apostrophe, so a working name can never run as a formula in a spreadsheet (CSV injection).
 */
export function csvVeld(waarde: string | number | null): string {
  if (waarde === null) return "";
  if (typeof waarde === "number") return String(waarde);
  const veilig = /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
  return /[;"\r\n]/.test(veilig) ? `"${veilig.replaceAll('"', '""')}"` : veilig;
}

/** A whole CSV file: BOM, a header row, the rows, each line ended by CRLF. */
export function csvBestand(koppen: readonly string[], rijen: readonly (readonly (string | number | null)[])[]): string {
  return BOM + [koppen, ...rijen].map((r) => `${r.map(csvVeld).join(";")}\r\n`).join("");
}

/** The werkvoorraad's filters on Veilig Thuis (decision 0045): waiting at all, or more than a number of working days. */
export const VT_WERKDAGEN_MAX = 250;

/**
 * The filter "waiting for Veilig Thuis more than `meerDan` working days" as the date boundary the
 * query compares with: a case qualifies when its report date is on or before it. Pure; `wachtOpVtMeerDan`
 * is the same rule on one case, and a test proves the two agree.
 */
export function vtGrens(vandaag: string, meerDan: number): string {
  return laatsteDagMeerDanWerkdagen(vandaag, meerDan);
}

/** Does a case that waits since `sinds` (its report date) wait more than `meerDan` working days by `vandaag`? */
export function wachtOpVtMeerDan(sinds: string | null, vandaag: string, meerDan: number): boolean {
  return sinds !== null && werkdagenTussen(sinds, vandaag) > meerDan;
}

/** Sorting on days lying still is the list's activity order turned around: the longest still first. */
export const WERKVOORRAAD_VOLGORDES = ["activiteit", "geopend", "stil"] as const;
export type WerkvoorraadVolgorde = (typeof WERKVOORRAAD_VOLGORDES)[number];

/**
 * May the werkvoorraad show this person counts per filter? A count is one `count(*)` in SQL, which
 * the policy does not judge row by row; it is honest only when the policy gives the person every
 * case of her organisation, whatever its facts, but the ones hidden from her (`isTelbaar`). That holds for an active aandachtsfunctionaris
 * (`grondslagVoor`: own, assigned, or "aandachtsfunctionaris", never nothing), and a test over the
 * access matrix proves it against `kan`. For anyone else, no counts are shown (decision 0045).
 */
export function magTellen(persoon: { readonly actief: boolean; readonly rollen: readonly string[] }): boolean {
  return persoon.actief && persoon.rollen.includes("aandachtsfunctionaris");
}

/**
 * Which of the organisation's cases a count may count for a person `magTellen` allows: every case but
 * one that concerns her as the staff member under suspicion (decision 0053), which the policy hides from
 * her as if it did not exist. The SQL of the counts is this rule (`betrokken_medewerker_id is distinct
 * from` her id); the access-matrix test proves it equal to `kan`.
 */
export function isTelbaar(persoonId: string, dossier: { readonly betrokkenMedewerkerId: string | null }): boolean {
  return dossier.betrokkenMedewerkerId !== persoonId;
}

/** The filters the werkvoorraad counts, each over every case of the organisation (decision 0045). */
export const TELFILTERS = [
  "achterstallig",
  "besluit_gevraagd",
  "wacht_op_vt",
  "wacht_op_vt_lang",
  "versneld",
  "versneld_klok",
  "in_monitoring",
  "gesloten",
] as const;
export type Tellingen = Readonly<Record<(typeof TELFILTERS)[number], number>>;
