import type { DossierToestand } from "../../domain/dossier/toestand.ts";

/**
 * The newest known state per dossier, kept in this process (decision 0059), so that appending to a
 * long case and opening it do not read and parse its stored snapshot each time.
 *
 * What is kept is never trusted on its own. A state is the fold of the first `versie` events, and
 * events are never changed, so a kept state is valid exactly when the dossier's event with number
 * `versie` still has the id it was kept with: the reader checks that in the statement that reads the
 * newer events (`leesToestand`). A state kept by an append that was rolled back, a dossier changed
 * by another process, a database restored from a backup: each fails that check, and the stored
 * snapshot is read as before. So several processes on one database need no coordination.
 *
 * Bounded by the number of events the kept states hold together (a state's size follows its case),
 * oldest use first out. Kept states are frozen: every reader shares them, so nothing may change one
 * in place (the reducer never does; a caller that tried would throw instead of changing another
 * request's state).
 */

export interface OnthoudenToestand {
  readonly toestand: DossierToestand;
  /** The id of the event with number `toestand.versie`: what the reader checks. */
  readonly laatsteId: string;
}

/** At most this many events in all kept states together: about 1 kB of heap each (0.9 kB measured for short signals), so 20–40 MB under `npm start`'s 256 MB heap. */
export const GEHEUGEN_GEBEURTENISSEN = 20_000;

const bewaard = new Map<string, OnthoudenToestand>();
let gebeurtenissenInGeheugen = 0;

/** The kept state of a dossier, or null; marks it as just used. */
export function haalToestand(dossierId: string): OnthoudenToestand | null {
  const gevonden = bewaard.get(dossierId);
  if (!gevonden) return null;
  bewaard.delete(dossierId);
  bewaard.set(dossierId, gevonden);
  return gevonden;
}

/** Keeps the state of a dossier at its version, replacing what was kept for it. */
export function onthoudToestand(
  dossierId: string,
  toestand: DossierToestand,
  laatsteId: string,
  grens = GEHEUGEN_GEBEURTENISSEN,
): void {
  vergeetToestand(dossierId);
  if (toestand.versie === 0 || toestand.versie > grens) return;
  bevries(toestand);
  bewaard.set(dossierId, { toestand, laatsteId });
  gebeurtenissenInGeheugen += toestand.versie;
  for (const [id, oudste] of bewaard) {
    if (gebeurtenissenInGeheugen <= grens) break;
    bewaard.delete(id);
    gebeurtenissenInGeheugen -= oudste.toestand.versie;
  }
}

/** Forgets a dossier's state: after its destruction, its content stays in no process's memory. */
export function vergeetToestand(dossierId: string): void {
  const oud = bewaard.get(dossierId);
  if (!oud) return;
  bewaard.delete(dossierId);
  gebeurtenissenInGeheugen -= oud.toestand.versie;
}

/** Forgets every kept state (tests; a database replaced under a running process needs nothing: the check above). */
export function vergeetAlles(): void {
  bewaard.clear();
  gebeurtenissenInGeheugen = 0;
}

/** How much is kept: for tests and the benchmark. */
export function geheugenOmvang(): { dossiers: number; gebeurtenissen: number } {
  return { dossiers: bewaard.size, gebeurtenissen: gebeurtenissenInGeheugen };
}

/**
 * Freezes a state and everything in it. A new state shares every record it did not change with the
 * previous one, and those are frozen already: the walk stops there, so freezing after an append
 * costs what the append changed (plus a look at each element of the lists it copied).
 */
function bevries(waarde: unknown): void {
  if (typeof waarde !== "object" || waarde === null || Object.isFrozen(waarde)) return;
  if (waarde instanceof Map) {
    // The register (decision 0080): freezing a Map leaves its entries changeable, so its changers throw instead.
    for (const wijzig of ["set", "delete", "clear"])
      Object.defineProperty(waarde, wijzig, { value: bevrorenMap, enumerable: false });
    Object.freeze(waarde);
    for (const w of waarde.values()) bevries(w);
    return;
  }
  Object.freeze(waarde);
  for (const w of Object.values(waarde)) bevries(w);
}

function bevrorenMap(): never {
  throw new TypeError("Een bewaarde toestand is bevroren: zijn register verandert niet.");
}
