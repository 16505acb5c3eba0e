/**
 * Small-number suppression for the reflection figures (decision 0047): no published figure may
 * identify a child. Every count from 1 to 4 is shown as "< 5" (primary suppression). Where a figure
 * divides a known total into parts (a partition), the hidden parts must not be recomputable from the
 * total and the parts that are shown (secondary suppression): the next smallest part is hidden too,
 * and if that cannot make it safe, the whole figure is withheld. Pure; the rule is checked by a
 * property test against an independent brute-force reader.
 */

/** The minimum a published count must reach; 1 to `ONDER` − 1 are never shown. */
export const ONDER = 5;

/**
 * One published cell, and what a reader learns from it:
 * - `getal`: the count itself (0, or 5 and more);
 * - `onder5`: a count from 1 to 4, shown as "< 5";
 * - `aanvullend`: hidden so that an "< 5" elsewhere in the figure cannot be recomputed; it is 0 or 5
 *   and more (otherwise it would read "< 5");
 * - `verborgen`: the whole figure is withheld; any count.
 */
export type Cel =
  | { readonly soort: "getal"; readonly waarde: number }
  | { readonly soort: "onder5" }
  | { readonly soort: "aanvullend" }
  | { readonly soort: "verborgen" };

/** A count as it may be published on its own (primary suppression only). */
export function celVan(waarde: number): Cel {
  if (!Number.isSafeInteger(waarde) || waarde < 0)
    throw new RangeError(`Een aantal is een geheel getal ≥ 0: ${String(waarde)}`);
  return waarde > 0 && waarde < ONDER ? { soort: "onder5" } : { soort: "getal", waarde };
}

/** True when the cell shows its count. */
export function isGetoond(cel: Cel): cel is { readonly soort: "getal"; readonly waarde: number } {
  return cel.soort === "getal";
}

/** Whether a reader must consider value `v` for a cell (the caller bounds `v` by what the hidden cells add up to). */
function mogelijk(cel: Cel, v: number): boolean {
  switch (cel.soort) {
    case "getal":
      return v === cel.waarde;
    case "onder5":
      return v >= 1 && v < ONDER;
    case "aanvullend":
      return v === 0 || v >= ONDER;
    case "verborgen":
      return v >= 0;
  }
}

/**
 * Which sums in [0, grens] the given hidden cells can make together: a subset-sum table over their
 * ranges, each range (an interval, or "0 or at least 5") answered in O(1) with a prefix count.
 */
function haalbareSommen(cellen: readonly Cel[], grens: number): Uint8Array {
  let haalbaar = new Uint8Array(grens + 1);
  haalbaar[0] = 1;
  const prefix = new Int32Array(grens + 2);
  for (const cel of cellen) {
    // prefix[s] = how many sums below s are reachable so far.
    for (let s = 0; s <= grens; s++) prefix[s + 1] = (prefix[s] ?? 0) + (haalbaar[s] ?? 0);
    const tussen = (laag: number, hoog: number) =>
      hoog < laag ? false : (prefix[hoog + 1] ?? 0) - (prefix[Math.max(0, laag)] ?? 0) > 0;
    const volgende = new Uint8Array(grens + 1);
    for (let s = 0; s <= grens; s++) {
      let ja: boolean;
      switch (cel.soort) {
        case "getal":
          ja = s >= cel.waarde && haalbaar[s - cel.waarde] === 1;
          break;
        case "onder5":
          ja = tussen(s - (ONDER - 1), s - 1);
          break;
        case "aanvullend":
          ja = haalbaar[s] === 1 || tussen(0, s - ONDER);
          break;
        case "verborgen":
          ja = tussen(0, s);
          break;
      }
      volgende[s] = ja ? 1 : 0;
    }
    haalbaar = volgende;
  }
  return haalbaar;
}

/**
 * For a figure whose cells add up to a total: the cells (and the total, when hidden) whose value a
 * reader can work out exactly from what is shown. The reader knows the marks' meaning (above) and
 * that the cells add up to the total. Indexes of cells; "totaal" for the total.
 */
export function herleidbaar(cellen: readonly Cel[], totaal: Cel): (number | "totaal")[] {
  // A total hidden as "aanvullend" or "verborgen" is unbounded: then nothing is exact.
  if (totaal.soort === "aanvullend" || totaal.soort === "verborgen") return [];
  const getoond = cellen.reduce((som, c) => som + (isGetoond(c) ? c.waarde : 0), 0);
  const totalen = (totaal.soort === "getal" ? [totaal.waarde] : [1, 2, 3, 4]).filter((t) => t >= getoond);
  // The hidden cells together make the total minus what is shown: no hidden value can be larger.
  const grens = Math.max(0, ...totalen.map((t) => t - getoond));
  const verborgen = cellen.map((c, i) => ({ c, i })).filter((x) => !isGetoond(x.c));
  const uitkomst: (number | "totaal")[] = [];
  for (const { c, i } of verborgen) {
    const anderen = haalbareSommen(
      verborgen.filter((x) => x.i !== i).map((x) => x.c),
      grens,
    );
    const waarden = new Set<number>();
    for (const t of totalen) {
      const rest = t - getoond;
      for (let v = 0; v <= rest && waarden.size < 2; v++) if (mogelijk(c, v) && anderen[rest - v] === 1) waarden.add(v);
    }
    if (waarden.size === 1) uitkomst.push(i);
  }
  if (totaal.soort === "onder5") {
    const alle = haalbareSommen(
      verborgen.map((x) => x.c),
      grens,
    );
    if (totalen.filter((t) => alle[t - getoond] === 1).length === 1) uitkomst.push("totaal");
  }
  return uitkomst;
}

/**
 * The cells of a figure that divides `totaal` (already decided where it is published) into parts:
 * primary suppression of 1–4, then, while a hidden part can be recomputed, the smallest part still
 * shown above zero is hidden too; when none is left, the whole figure is withheld. The parts must add
 * up to the total's true value.
 */
export function onderdrukVerdeling(
  waarden: readonly number[],
  totaal: { readonly waarde: number; readonly cel: Cel },
): Cel[] {
  const som = waarden.reduce((a, b) => a + b, 0);
  if (som !== totaal.waarde) throw new RangeError(`De delen (${som}) tellen niet op tot het totaal (${totaal.waarde})`);
  // A total hidden as "aanvullend" or "verborgen" must stay unknown: rows that add up to it would give it away.
  if (totaal.cel.soort === "aanvullend" || totaal.cel.soort === "verborgen")
    return waarden.map(() => ({ soort: "verborgen" }));
  const cellen = waarden.map(celVan);
  for (;;) {
    if (herleidbaar(cellen, totaal.cel).length === 0) return cellen;
    let kleinste = -1;
    cellen.forEach((c, i) => {
      const v = waarden[i] ?? 0;
      if (isGetoond(c) && v > 0 && (kleinste < 0 || v < (waarden[kleinste] ?? 0))) kleinste = i;
    });
    if (kleinste < 0) return cellen.map(() => ({ soort: "verborgen" }));
    cellen[kleinste] = { soort: "aanvullend" };
  }
}

/**
 * A median that may be published: over at least `ONDER` values, else null. The number of values
 * is itself a count and is published with `celVan`.
 */
export function mediaanVan(waarden: readonly number[]): number | null {
  if (waarden.length < ONDER) return null;
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  const midden = Math.floor(gesorteerd.length / 2);
  const waarde =
    gesorteerd.length % 2 === 1
      ? (gesorteerd[midden] ?? 0)
      : ((gesorteerd[midden - 1] ?? 0) + (gesorteerd[midden] ?? 0)) / 2;
  return waarde;
}
