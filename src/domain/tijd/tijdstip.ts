/**
 * UTC instants as ISO 8601 strings ("2026-11-25T14:05:00.000Z", as stored) and milliseconds, converted
 * by arithmetic so that the domain never touches the Date global and so never the clock or a time zone.
 * Days from the civil calendar by Howard Hinnant's algorithm (proleptic Gregorian).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?Z$/;
const DAG_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a Gregorian date; H. Hinnant's "days_from_civil". */
export function naarDagnummer(jaar: number, maand: number, dag: number): number {
  const j = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(j / 400);
  const jaarInEra = j - era * 400;
  const dagInJaar = Math.floor((153 * (maand > 2 ? maand - 3 : maand + 9) + 2) / 5) + dag - 1;
  const dagInEra = jaarInEra * 365 + Math.floor(jaarInEra / 4) - Math.floor(jaarInEra / 100) + dagInJaar;
  return era * 146097 + dagInEra - 719468;
}

/** The inverse of `naarDagnummer` ("civil_from_days"). */
export function uitDagnummer(nummer: number): { jaar: number; maand: number; dag: number } {
  const z = nummer + 719468;
  const era = Math.floor(z / 146097);
  const dagInEra = z - era * 146097;
  const jaarInEra = Math.floor(
    (dagInEra - Math.floor(dagInEra / 1460) + Math.floor(dagInEra / 36524) - Math.floor(dagInEra / 146096)) / 365,
  );
  const dagInJaar = dagInEra - (365 * jaarInEra + Math.floor(jaarInEra / 4) - Math.floor(jaarInEra / 100));
  const mp = Math.floor((5 * dagInJaar + 2) / 153);
  const dag = dagInJaar - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  return { jaar: jaarInEra + era * 400 + (maand <= 2 ? 1 : 0), maand, dag };
}

/** Milliseconds since 1970 of a UTC ISO instant; throws a RangeError on anything else. */
export function msVanIso(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`Geen UTC-tijdstip: ${iso}`);
  const [jaar, maand, dag, uur, minuut, seconde = 0] = m.slice(1, 7).map((d) => Number(d ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number?,
  ];
  const ms = Number((m[7] ?? "0").padEnd(3, "0"));
  if (maand < 1 || maand > 12 || dag < 1 || dag > 31 || uur > 23 || minuut > 59 || seconde > 59)
    throw new RangeError(`Geen geldig tijdstip: ${iso}`);
  return naarDagnummer(jaar, maand, dag) * DAG_MS + ((uur * 60 + minuut) * 60 + seconde) * 1000 + ms;
}

const twee = (n: number) => String(n).padStart(2, "0");

/** The UTC ISO instant of milliseconds since 1970, in the form `Date.prototype.toISOString` gives. */
export function isoVanMs(ms: number): string {
  const dagen = Math.floor(ms / DAG_MS);
  const rest = ms - dagen * DAG_MS;
  const { jaar, maand, dag } = uitDagnummer(dagen);
  const uur = Math.floor(rest / 3_600_000);
  const minuut = Math.floor((rest % 3_600_000) / 60_000);
  const seconde = Math.floor((rest % 60_000) / 1000);
  return `${String(jaar).padStart(4, "0")}-${twee(maand)}-${twee(dag)}T${twee(uur)}:${twee(minuut)}:${twee(seconde)}.${String(rest % 1000).padStart(3, "0")}Z`;
}
