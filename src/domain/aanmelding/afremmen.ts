/**
 * Throttling of failed sign-ins that cannot be used to lock a victim out: failures are counted per
 * (account, address) pair and per address, never per account alone. An attacker who guesses at
 * someone's account from their own address only slows themselves down; the real person, from their
 * own address, can still sign in. The same rules apply whether the account exists or not, so the
 * answer reveals nothing.
 */

export interface AfremRegel {
  readonly maxPogingen: number;
  readonly vensterMs: number;
}

/** 5 failures per account and address in 15 minutes; 100 per address in an hour (a whole school may share one address). */
export const PER_PAAR: AfremRegel = { maxPogingen: 5, vensterMs: 15 * 60 * 1000 };
export const PER_ADRES: AfremRegel = { maxPogingen: 100, vensterMs: 60 * 60 * 1000 };

/**
 * Failures stamped up to this long after `nu` still count: an attempt made in parallel that started a
 * moment later, or one on another app process whose clock runs slightly ahead (decision 0034). Without it,
 * parallel guesses could pass the limit. Failures further in the future are ignored (a wrong clock).
 */
export const GELIJKTIJDIG_MS = 30_000;

export type AfremOordeel =
  { readonly toegestaan: true } | { readonly toegestaan: false; readonly wachtSeconden: number };

/** Given the times (ms) of recent failures, may another attempt be made at `nu`, and if not, for how long not. */
export function beoordeelPoging(
  mislukt: { readonly paar: readonly number[]; readonly adres: readonly number[] },
  nu: number,
  regels = { paar: PER_PAAR, adres: PER_ADRES },
): AfremOordeel {
  let wacht = 0;
  for (const [tijden, regel] of [
    [mislukt.paar, regels.paar],
    [mislukt.adres, regels.adres],
  ] as const) {
    const recent = tijden.filter((t) => t > nu - regel.vensterMs && t <= nu + GELIJKTIJDIG_MS).sort((a, b) => b - a);
    if (recent.length >= regel.maxPogingen) {
      // Free again once the oldest of the last `maxPogingen` failures leaves the window.
      const vrij = (recent[regel.maxPogingen - 1] ?? nu) + regel.vensterMs;
      wacht = Math.max(wacht, Math.ceil((vrij - nu) / 1000));
    }
  }
  return wacht > 0 ? { toegestaan: false, wachtSeconden: wacht } : { toegestaan: true };
}
