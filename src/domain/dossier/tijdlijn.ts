import type { Vastlegging } from "./toestand.ts";
import { BRONNEN, type SIGNAAL_SOORTEN } from "./keuzes.ts";

type Signaal = Vastlegging<"signaal_vastgelegd">;
type Soort = (typeof SIGNAAL_SOORTEN)[number];
type Bron = (typeof BRONNEN)[number];

export interface Maandvak {
  /** YYYY-MM */
  readonly maand: string;
  readonly perSoort: Readonly<Record<Soort, number>>;
}

export interface SignalenTijdlijn {
  /** Signals ordered by the date they were observed (not recorded), oldest first. */
  readonly signalen: readonly Signaal[];
  /** Every month from the first to the last observation, also the empty ones: gaps matter too. */
  readonly maanden: readonly Maandvak[];
  readonly perBron: Readonly<Record<Bron, number>>;
  /** Distinct sources of concern: worries seen by several people weigh differently than one. */
  readonly aantalBronnenVanZorg: number;
}

const nulPerSoort = (): Record<Soort, number> => ({ vroeg_risico: 0, signaal: 0, tegenindicatie: 0 });

/**
 * Puts signals and early risks on one timeline, so that an accumulation of worries that were
 * recorded one by one becomes visible at a glance (seed 001: risks registered apart stay unseen).
 */
export function maakTijdlijn(signalen: readonly Signaal[]): SignalenTijdlijn {
  const gesorteerd = [...signalen].sort(
    (a, b) =>
      a.gegevens.datumWaarneming.localeCompare(b.gegevens.datumWaarneming) ||
      a.vastgelegdOp.localeCompare(b.vastgelegdOp),
  );
  const perBron = Object.fromEntries(BRONNEN.map((b) => [b, 0])) as Record<Bron, number>;
  for (const s of gesorteerd) perBron[s.gegevens.bron] += 1;

  const eerste = gesorteerd[0]?.gegevens.datumWaarneming.slice(0, 7);
  const laatste = gesorteerd.at(-1)?.gegevens.datumWaarneming.slice(0, 7);
  const maanden: Maandvak[] = [];
  if (eerste && laatste) {
    for (let maand = eerste; maand <= laatste; maand = volgendeMaand(maand)) {
      const perSoort = nulPerSoort();
      for (const s of gesorteerd) if (s.gegevens.datumWaarneming.startsWith(maand)) perSoort[s.gegevens.soort] += 1;
      maanden.push({ maand, perSoort });
    }
  }
  const bronnenVanZorg = new Set(
    gesorteerd.filter((s) => s.gegevens.soort !== "tegenindicatie").map((s) => s.gegevens.bron),
  );
  return { signalen: gesorteerd, maanden, perBron, aantalBronnenVanZorg: bronnenVanZorg.size };
}

function volgendeMaand(maand: string): string {
  const [jaar, nummer] = maand.split("-").map(Number) as [number, number];
  return nummer === 12 ? `${jaar + 1}-01` : `${jaar}-${String(nummer + 1).padStart(2, "0")}`;
}
