import { TAAK_SOORTEN, type TaakSoort } from "../dossier/vervolg.ts";

/**
 * The orders of Mijn taken and the keyset rules behind them (decision 0083). A task's key is its
 * kind's rank of urgency (`rang`, the position in TAAK_SOORTEN), its day (`sinds`; a task without a
 * day, a conversation still to plan, sorts as `ZONDER_DATUM`, after every day) and the case's id.
 * - `urgentie` (the default): the most urgent kind first, within a kind the longest waiting first;
 * - `wachtend`: the longest waiting first, whatever the kind (ties: the more urgent kind first);
 * - `nieuwste`: exactly the other way round: the newest first, the tasks without a day at the top.
 * A previous page reads the order turned round (`omgekeerd`).
 * The task facts are indexed per kind in the order (day, case), so the database reads `urgentie` as one
 * ordered range and the other two as one ordered range per kind, merged (`grenzenPerRang`).
 */
export const TAAK_VOLGORDES = ["urgentie", "wachtend", "nieuwste"] as const;
export type TaakVolgorde = (typeof TAAK_VOLGORDES)[number];

/**
 * The orders the database reads in: the three a person chooses, and `urgentie` turned round. A previous
 * page is the tasks before a position, read as the tasks after it in the order turned round (`omgekeerd`),
 * then put back; `nieuwste` is `wachtend` turned round already.
 */
export type TaakLeesvolgorde = TaakVolgorde | "urgentie_terug";

/** The order read backwards: what comes before a position in `volgorde` comes after it in this one. */
export function omgekeerd(volgorde: TaakVolgorde): TaakLeesvolgorde {
  return volgorde === "urgentie" ? "urgentie_terug" : volgorde === "wachtend" ? "nieuwste" : "wachtend";
}

/** How a task without a day sorts: after every `YYYY-MM-DD` (the index's `coalesce(sinds, '9')`). */
export const ZONDER_DATUM = "9";

/** Below every day and `ZONDER_DATUM`; above them. */
export const LAAGSTE_DAG = "0000";
export const HOOGSTE_DAG = "9999";
/** Below and above every id a case can have (cases get random version 4 ids, neither of these). */
export const LAAGSTE_ID = "00000000-0000-0000-0000-000000000000";
export const HOOGSTE_ID = "ffffffff-ffff-ffff-ffff-ffffffffffff";

export interface TaakSleutel {
  readonly rang: number;
  readonly sinds: string | null;
  readonly dossierId: string;
}

/** The rank of urgency of a kind of task. */
export function rangVan(soort: TaakSoort): number {
  return TAAK_SOORTEN.indexOf(soort);
}

const dag = (s: TaakSleutel) => s.sinds ?? ZONDER_DATUM;
const vergelijk = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order itself, as a comparator: the rule the database's ORDER BY follows, and what tests check
 * the pages against. Days and ids compare as plain strings, as in the index (digits and hex only).
 */
export function vergelijkTaken(volgorde: TaakLeesvolgorde, a: TaakSleutel, b: TaakSleutel): number {
  const urgentie = vergelijk(a.rang, b.rang) || vergelijk(dag(a), dag(b)) || vergelijk(a.dossierId, b.dossierId);
  if (volgorde === "urgentie") return urgentie;
  if (volgorde === "urgentie_terug") return -urgentie;
  const wachtend = vergelijk(dag(a), dag(b)) || vergelijk(a.rang, b.rang) || vergelijk(a.dossierId, b.dossierId);
  return volgorde === "wachtend" ? wachtend : -wachtend;
}

/** Whether the order reads each kind's index range forwards (oldest day first) or backwards. */
export function oplopend(volgorde: TaakLeesvolgorde): boolean {
  return volgorde !== "nieuwste" && volgorde !== "urgentie_terug";
}

/**
 * Where one kind's range continues: the rows of kind `rang` whose (day, case) lies strictly beyond
 * (`sinds`, `dossierId`) in the order's direction (after it ascending, before it for `nieuwste`).
 */
export interface RangGrens {
  readonly rang: number;
  readonly sinds: string;
  readonly dossierId: string;
}

/**
 * Turns "the tasks after position `na` in `volgorde`" into one bound per kind of task, so that each
 * kind is read as one ordered index range and the ranges are merged: for the kind at the position,
 * beyond the position itself; for the other kinds, beyond the position's day, on that day itself
 * only if the kind comes after the position's kind in the order. A kind with nothing left is not
 * listed. `rangen`: the kinds asked for (all, or the one of a `soort` filter).
 */
export function grenzenPerRang(
  volgorde: TaakLeesvolgorde,
  na: TaakSleutel | null,
  rangen: readonly number[],
): RangGrens[] {
  const op = oplopend(volgorde);
  const begin = { sinds: op ? LAAGSTE_DAG : HOOGSTE_DAG, dossierId: op ? LAAGSTE_ID : HOOGSTE_ID };
  if (na === null) return rangen.map((rang) => ({ rang, ...begin }));
  const grenzen: RangGrens[] = [];
  for (const rang of rangen) {
    if (rang === na.rang) grenzen.push({ rang, sinds: dag(na), dossierId: na.dossierId });
    else if (volgorde === "urgentie") {
      if (rang > na.rang) grenzen.push({ rang, ...begin });
    } else if (volgorde === "urgentie_terug") {
      // Turned round: the more urgent kinds come after the position, whole; the less urgent ones are done.
      if (rang < na.rang) grenzen.push({ rang, ...begin });
    } else {
      // The kind comes after the position's kind on the same day (ascending: a higher rank; for
      // `nieuwste`, the reverse, a lower one): its rows of that day are still to come.
      const zelfdeDagNog = op ? rang > na.rang : rang < na.rang;
      grenzen.push({ rang, sinds: dag(na), dossierId: zelfdeDagNog === op ? LAAGSTE_ID : HOOGSTE_ID });
    }
  }
  return grenzen;
}
