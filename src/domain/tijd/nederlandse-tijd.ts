import { msVanIso, naarDagnummer, uitDagnummer } from "./tijdstip.ts";

/**
 * The calendar date and clock time in the Netherlands of a stored UTC instant, by the EU rule for
 * summer time (in force here since 1996): CEST (UTC+2) from the last Sunday of March 01:00 UTC to the
 * last Sunday of October 01:00 UTC, CET (UTC+1) otherwise. Arithmetic only, so the answer never depends
 * on the machine's time zone or locale: "entered at 00:30 on 4 December" stays 4 December on a server
 * that runs in UTC, where the instant is still 3 December.
 */

const UUR_MS = 3_600_000;
const DAG_MS = 24 * UUR_MS;

/** Day number of the last Sunday of a month (1970-01-01, day 0, was a Thursday). */
function laatsteZondag(jaar: number, maand: number): number {
  const laatsteDag = naarDagnummer(maand === 12 ? jaar + 1 : jaar, maand === 12 ? 1 : maand + 1, 1) - 1;
  const weekdag = (((laatsteDag + 4) % 7) + 7) % 7;
  return laatsteDag - weekdag;
}

/** Milliseconds of local Dutch wall-clock time for a UTC instant. */
function lokaleMs(iso: string): number {
  const ms = msVanIso(iso);
  const { jaar } = uitDagnummer(Math.floor(ms / DAG_MS));
  const zomerVan = laatsteZondag(jaar, 3) * DAG_MS + UUR_MS;
  const zomerTot = laatsteZondag(jaar, 10) * DAG_MS + UUR_MS;
  return ms + (ms >= zomerVan && ms < zomerTot ? 2 : 1) * UUR_MS;
}

const twee = (n: number) => String(n).padStart(2, "0");

/** "2026-12-04" for "2026-12-03T23:30:00.000Z": the day it was in the Netherlands. */
export function datumInNederland(iso: string): string {
  const { jaar, maand, dag } = uitDagnummer(Math.floor(lokaleMs(iso) / DAG_MS));
  return `${String(jaar).padStart(4, "0")}-${twee(maand)}-${twee(dag)}`;
}

/** "00:30" for "2026-12-03T23:30:00.000Z": the time it was on a Dutch clock. */
export function tijdInNederland(iso: string): string {
  const binnenDag = lokaleMs(iso) - Math.floor(lokaleMs(iso) / DAG_MS) * DAG_MS;
  return `${twee(Math.floor(binnenDag / UUR_MS))}:${twee(Math.floor((binnenDag % UUR_MS) / 60_000))}`;
}
