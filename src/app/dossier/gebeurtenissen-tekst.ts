import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";

/**
 * The API's answer lists every event of a dossier (decision 0074). Serialising them on every read
 * (the driver parsing the statement's JSON, then `JSON.stringify` again for the answer) was the larger
 * part of a read's own work, and the events are the same on every read: events are never changed. So
 * this process keeps, per dossier, the events up to a version as the JSON text the answer holds (the
 * elements of the array, joined by commas, UTF-8), and a read serialises only the events that are newer.
 *
 * What is kept is checked as the kept state is (decision 0059): the text of the first `versie` events is
 * valid exactly when the dossier's event with number `versie` still has the id it was kept with. The reader
 * reads the events from that number on in its one statement and checks that first: a text kept from a
 * transaction that was rolled back, a dossier changed by another process, a database restored from a
 * backup: each fails the check, and the reader serialises every event again.
 *
 * Bounded by bytes over all dossiers, oldest use first out; forgotten with the kept state when a dossier
 * is destroyed (`vergeetTekst`).
 */

interface BewaardeTekst {
  /** The number of the last event in `tekst`. */
  readonly versie: number;
  /** The id of that event: what the reader checks. */
  readonly laatsteId: string;
  /** The events 1..versie as JSON, `JSON.stringify` of each joined by ",". */
  readonly tekst: Buffer;
}

/** At most this many bytes of text over all dossiers (a case of 20 events is about 15 kB). */
export const GEHEUGEN_TEKST_BYTES = 24 * 1024 * 1024;

const bewaard = new Map<string, BewaardeTekst>();
let bytesInGeheugen = 0;

const KOMMA = Buffer.from(",");

/**
 * The events of a dossier up to `versie` as the answer's JSON text, given the events read from some
 * number on (in order, up to `versie`): from what is kept when the events read start at or before the kept
 * version and the event there still has the kept id; otherwise from the events read when they are every
 * event (starting at number 1). Null when neither holds: the caller must read every event. What is made is
 * kept for the next read.
 */
export function gebeurtenissenAlsTekst(
  dossierId: string,
  versie: number,
  gelezen: readonly Gebeurtenis[],
): Buffer | null {
  const oud = haal(dossierId);
  let basis: { tekst: Buffer; versie: number } | null = null;
  if (oud && oud.versie <= versie) {
    const eigen = gelezen.find((g) => g.volgnummer === oud.versie);
    if (eigen?.id === oud.laatsteId) basis = oud;
  }
  if (!basis) {
    if (versie === 0) return Buffer.alloc(0);
    if (gelezen[0]?.volgnummer !== 1) return null;
    basis = { tekst: Buffer.alloc(0), versie: 0 };
  }
  const nieuwer = gelezen.filter((g) => g.volgnummer > basis.versie && g.volgnummer <= versie);
  // Every number from the kept one up to the version, without a gap: otherwise the text would miss an event.
  if (nieuwer.length !== versie - basis.versie || nieuwer.some((g, i) => g.volgnummer !== basis.versie + i + 1))
    return null;
  if (nieuwer.length === 0) return basis.tekst;
  const erbij = Buffer.from(nieuwer.map((g) => JSON.stringify(g)).join(","));
  const tekst = basis.tekst.length === 0 ? erbij : Buffer.concat([basis.tekst, KOMMA, erbij]);
  bewaar(dossierId, { versie, laatsteId: nieuwer.at(-1)!.id, tekst });
  return tekst;
}

/** The version of the text kept for a dossier (the number to read events from), or null. */
export function bewaardeTekstVersie(dossierId: string): number | null {
  return bewaard.get(dossierId)?.versie ?? null;
}

function haal(dossierId: string): BewaardeTekst | null {
  const gevonden = bewaard.get(dossierId);
  if (!gevonden) return null;
  bewaard.delete(dossierId);
  bewaard.set(dossierId, gevonden);
  return gevonden;
}

function bewaar(dossierId: string, waarde: BewaardeTekst, grens = GEHEUGEN_TEKST_BYTES): void {
  vergeetTekst(dossierId);
  if (waarde.tekst.length > grens) return;
  bewaard.set(dossierId, waarde);
  bytesInGeheugen += waarde.tekst.length;
  for (const [id, oudste] of bewaard) {
    if (bytesInGeheugen <= grens) break;
    bewaard.delete(id);
    bytesInGeheugen -= oudste.tekst.length;
  }
}

/**
 * Forgets a dossier's text: after its destruction, in the process that destroyed it. Another process
 * keeps its copy until it ages out; it never answers with it, since every read first finds the dossier's
 * row, which is gone.
 */
export function vergeetTekst(dossierId: string): void {
  const oud = bewaard.get(dossierId);
  if (!oud) return;
  bewaard.delete(dossierId);
  bytesInGeheugen -= oud.tekst.length;
}

/** Forgets every kept text (tests). */
export function vergeetAlleTekst(): void {
  bewaard.clear();
  bytesInGeheugen = 0;
}

/** How much is kept: for tests. */
export function tekstOmvang(): { dossiers: number; bytes: number } {
  return { dossiers: bewaard.size, bytes: bytesInGeheugen };
}
