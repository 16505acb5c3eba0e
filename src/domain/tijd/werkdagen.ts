/**
 * Working days and public holidays, for the Meldcode's deadlines ("within five working days").
 *
 * A date is a calendar date in the Netherlands as an ISO string "YYYY-MM-DD", without time or zone:
 * a deadline runs over days, not hours. The arithmetic works on day numbers (days since 1970-01-01,
 * proleptic Gregorian, the same as UTC dates), so there is no `Date`, no clock and no daylight
 * saving jump to get wrong; the domain gets "today" from its caller.
 *
 * Years 1583 (the first full Gregorian year, for which the Easter algorithm holds) to 9999 (four
 * digits in the notation) are valid; anything else is a RangeError.
 */

import { naarDagnummer, uitDagnummer } from "./tijdstip.ts";

export interface Feestdag {
  /** ISO date "YYYY-MM-DD". */
  readonly datum: string;
  /** Dutch name, as on the calendar. */
  readonly naam: string;
}

const EERSTE_JAAR = 1583;
const LAATSTE_JAAR = 9999;
const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Saturday and Sunday as `weekdag` returns them (0 = Sunday). */
const ZATERDAG = 6;
const ZONDAG = 0;

function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

function controleerJaar(jaar: number): void {
  if (!Number.isInteger(jaar) || jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
    throw new RangeError(`Jaar ${String(jaar)} valt buiten ${EERSTE_JAAR}–${LAATSTE_JAAR}.`);
  }
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 (day 0) was a Thursday. */
function weekdag(nummer: number): number {
  return (((nummer + 4) % 7) + 7) % 7;
}

function tweeCijfers(n: number): string {
  return String(n).padStart(2, "0");
}

function naarIso(nummer: number): string {
  const { jaar, maand, dag } = uitDagnummer(nummer);
  controleerJaar(jaar);
  return `${String(jaar).padStart(4, "0")}-${tweeCijfers(maand)}-${tweeCijfers(dag)}`;
}

/** Reads an ISO date strictly: "2026-02-30", "2026-4-1" or a time after the date is a RangeError, never a silent roll-over. */
function leesDatum(datum: string): number {
  const delen = ISO_DATUM.exec(datum);
  if (!delen) throw new RangeError(`Geen geldige datum (verwacht JJJJ-MM-DD): ${JSON.stringify(datum)}`);
  const jaar = Number(delen[1]);
  const maand = Number(delen[2]);
  const dag = Number(delen[3]);
  if (maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) {
    throw new RangeError(`Geen bestaande datum: ${JSON.stringify(datum)}`);
  }
  controleerJaar(jaar);
  return naarDagnummer(jaar, maand, dag);
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function eerstePaasdag(jaar: number): number {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return naarDagnummer(jaar, maand, dag);
}

/** Computed once per year: werkdagenNa and werkdagenTussen ask for the same year day after day. */
const perJaar = new Map<
  number,
  { readonly lijst: readonly Feestdag[]; readonly opDag: ReadonlyMap<number, Feestdag> }
>();

function feestdagenVan(jaar: number): {
  readonly lijst: readonly Feestdag[];
  readonly opDag: ReadonlyMap<number, Feestdag>;
} {
  const bewaard = perJaar.get(jaar);
  if (bewaard) return bewaard;
  controleerJaar(jaar);
  const pasen = eerstePaasdag(jaar);
  const koningsdag = naarDagnummer(jaar, 4, 27);
  const dagen: readonly [number, string][] = [
    [naarDagnummer(jaar, 1, 1), "Nieuwjaarsdag"],
    [pasen - 2, "Goede Vrijdag"],
    [pasen + 1, "Tweede Paasdag"],
    [weekdag(koningsdag) === ZONDAG ? koningsdag - 1 : koningsdag, "Koningsdag"],
    [naarDagnummer(jaar, 5, 5), "Bevrijdingsdag"],
    [pasen + 39, "Hemelvaartsdag"],
    [pasen + 50, "Tweede Pinksterdag"],
    [naarDagnummer(jaar, 12, 25), "Eerste Kerstdag"],
    [naarDagnummer(jaar, 12, 26), "Tweede Kerstdag"],
  ];
  // A stable sort: when Hemelvaartsdag falls on 5 May (as in 2016) both stay in the list.
  const gesorteerd = [...dagen].sort(([a], [b]) => a - b);
  const lijst = Object.freeze(gesorteerd.map(([nummer, naam]) => Object.freeze({ datum: naarIso(nummer), naam })));
  const opDag = new Map<number, Feestdag>();
  gesorteerd.forEach(([nummer], i) => {
    const feestdag = lijst[i];
    if (feestdag && !opDag.has(nummer)) opDag.set(nummer, feestdag);
  });
  const resultaat = { lijst, opDag };
  perJaar.set(jaar, resultaat);
  return resultaat;
}

function feestdagOp(nummer: number): Feestdag | null {
  return feestdagenVan(uitDagnummer(nummer).jaar).opDag.get(nummer) ?? null;
}

function isWerkdagNummer(nummer: number): boolean {
  const dag = weekdag(nummer);
  return dag !== ZATERDAG && dag !== ZONDAG && feestdagOp(nummer) === null;
}

/**
 * The holidays of `jaar` that are not working days, sorted by date.
 *
 * The basis is art. 3 of the Algemene termijnenwet, because that is the law that extends a deadline
 * ending on such a day: Nieuwjaarsdag, tweede Paasdag, Koningsdag (27 April, or 26 April when the
 * 27th is a Sunday), Bevrijdingsdag (the law counts 5 May every year, not only every fifth year),
 * Hemelvaartsdag, tweede Pinksterdag and both Kerstdagen. Eerste Paas- and Pinksterdag are Sundays,
 * so they never count anyway and are left out.
 *
 * Goede Vrijdag is in the list on purpose, although the law does not name it: many organisations and
 * Veilig Thuis regions are closed that day, and a deadline that ends on a closed day cannot be met
 * in practice. Meldwijzer would rather give a day too many than one too few, and keeping it in this
 * list makes the choice visible to anyone who shows the holidays.
 *
 * Koningsdag follows the rule in force since 2014 for every year; earlier years do not matter for
 * running deadlines.
 */
export function feestdagenIn(jaar: number): readonly Feestdag[] {
  return feestdagenVan(jaar).lijst;
}

/** The holiday on `datum`, or null; when two share the day (Hemelvaart on 5 May) the first of `feestdagenIn`. */
export function isFeestdag(datum: string): Feestdag | null {
  return feestdagOp(leesDatum(datum));
}

/** Monday to Friday, except the holidays of `feestdagenIn`. */
export function isWerkdag(datum: string): boolean {
  return isWerkdagNummer(leesDatum(datum));
}

/**
 * The date that is `aantal` working days after `datum` (datum itself not counted); aantal >= 0.
 *
 * That is how the Meldcode counts: "five working days" from a signal on a Friday ends on the next
 * Friday. `datum` itself may be a weekend day or holiday (a report made on a Saturday); with
 * aantal 0, `datum` comes back unchanged.
 */
export function werkdagenNa(datum: string, aantal: number): string {
  if (!Number.isSafeInteger(aantal) || aantal < 0)
    throw new RangeError(`Aantal werkdagen moet een geheel getal ≥ 0 zijn: ${String(aantal)}`);
  let nummer = leesDatum(datum);
  for (let geteld = 0; geteld < aantal;) {
    nummer += 1;
    if (isWerkdagNummer(nummer)) geteld += 1;
  }
  return naarIso(nummer);
}

/**
 * Number of working days after `van` up to and including `tot` (0 when tot <= van).
 *
 * The inverse of `werkdagenNa`: werkdagenTussen(d, werkdagenNa(d, n)) === n, so that "how many
 * working days have passed" and "when does the deadline end" never contradict each other.
 */
export function werkdagenTussen(van: string, tot: string): number {
  const begin = leesDatum(van);
  const eind = leesDatum(tot);
  let aantal = 0;
  for (let nummer = begin + 1; nummer <= eind; nummer += 1) {
    if (isWerkdagNummer(nummer)) aantal += 1;
  }
  return aantal;
}

/** The calendar date `aantal` days after `datum` (negative: before). */
export function dagenNa(datum: string, aantal: number): string {
  if (!Number.isInteger(aantal)) throw new RangeError(`Geen geheel aantal dagen: ${aantal}`);
  return naarIso(leesDatum(datum) + aantal);
}

/** The same day `jaren` years later; 29 February becomes 28 February in a year without it. */
export function jarenNa(datum: string, jaren: number): string {
  const nummer = leesDatum(datum);
  const { jaar, maand, dag } = uitDagnummer(nummer);
  const doel = jaar + jaren;
  controleerJaar(doel);
  return naarIso(naarDagnummer(doel, maand, Math.min(dag, dagenInMaand(doel, maand))));
}

/**
 * The latest date from which more than `aantal` working days have passed by `vandaag`: the greatest
 * d with werkdagenTussen(d, vandaag) > aantal. So "waiting more than 5 working days" is one comparison
 * on a stored date, `datum <= grens`, which an index can answer; aantal >= 0.
 */
export function laatsteDagMeerDanWerkdagen(vandaag: string, aantal: number): string {
  if (!Number.isSafeInteger(aantal) || aantal < 0)
    throw new RangeError(`Aantal werkdagen moet een geheel getal ≥ 0 zijn: ${String(aantal)}`);
  let nummer = leesDatum(vandaag);
  let geteld = 0;
  // Day `nummer` lies in (nummer - 1, vandaag]: counting it gives werkdagenTussen(nummer - 1, vandaag).
  while (geteld <= aantal) {
    if (isWerkdagNummer(nummer)) geteld += 1;
    nummer -= 1;
  }
  return naarIso(nummer);
}
