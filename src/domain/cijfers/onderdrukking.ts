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
  if (!Number.isSafeInteger(waarde) || waarde < 0) throw new RangeError(`Een aantal is een geheel getal ≥ 0: ${String(waarde)}`);
  return waarde > 0 && waarde < ONDER ? { soort: "onder5" } : { soort: "getal", waarde };
}

/** True when the cell shows its count. */
export function isGetoond(cel: Cel): cel is { readonly soort: "getal"; readonly waarde: number } {
  return cel.soort === "getal";
}

/** The values a reader must consider for a cell, as an inclusive range or a set "0, or at least 5", within [0, grens]. */
function bereik(cel: Cel, grens: number): (v: number) => boolean {
  switch (cel.soort) {
    case "getal":
      return (v) => v === cel.waarde;
    case "onder5":
      return (v) => v >= 1 && v < ONDER;
    case "aanvullend":
      return (v) => v === 0 || (v >= ONDER && v <= grens);
    case "verborgen":
      return (v) => v >= 0 && v <= grens;
  }
}

/** Which sums in [0, grens] the given hidden cells can make together (a subset-sum table over their ranges). */
function haalbareSommen(cellen: readonly Cel[], grens: number): boolean[] {
  let haalbaar: boolean[] = Array.from({ length: grens + 1 }, (_, s) => s === 0);
  for (const cel of cellen) {
    const mag = bereik(cel, grens);
    const toegestaan = Array.from({ length: grens + 1 }, (_, v) => mag(v));
    // prefix[s] = number of reachable sums below s, so an interval of values is answered in O(1).
    const prefix = [0];
    for (let s = 0; s <= grens; s++) prefix.push((prefix[s] ?? 0) + (haalbaar[s] ? 1 : 0));
    const volgende: boolean[] = new Array<boolean>(grens + 1).fill(false);
    if (cel.soort === "onder5") {
      for (let s = 0; s <= grens; s++) {
        const laag = Math.max(0, s - (ONDER - 1));
        const hoog = s - 1;
        volgende[s] = hoog >= laag && (prefix[hoog + 1] ?? 0) - (prefix[laag] ?? 0) > 0;
      }
    } else if (cel.soort === "verborgen") {
      for (let s = 0; s <= grens; s++) volgende[s] = (prefix[s + 1] ?? 0) > 0;
    } else if (cel.soort === "aanvullend") {
      for (let s = 0; s <= grens; s++) volgende[s] = Boolean(haalbaar[s]) || (s >= ONDER && (prefix[s - ONDER + 1] ?? 0) > 0);
    } else {
      for (let s = 0; s <= grens; s++) volgende[s] = toegestaan[cel.waarde] === true && s >= cel.waarde && Boolean(haalbaar[s - cel.waarde]);
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
export function herleidbaar(cellen: readonly Cel[], totaal: Cel, waarheid: { readonly totaal: number }): (number | "totaal")[] {
  // Every value the reader must consider is at most the true total (a larger total is possible only
  // when the total is hidden as "aanvullend" or "verborgen"; then it is unbounded and nothing is exact).
  if (totaal.soort === "aanvullend" || totaal.soort === "verborgen") return [];
  const getoond = cellen.reduce((som, c) => som + (isGetoond(c) ? c.waarde : 0), 0);
  const totalen = totaal.soort === "getal" ? [totaal.waarde] : [1, 2, 3, 4];
  const grens = Math.max(...totalen, waarheid.totaal);
  const verborgen = cellen.map((c, i) => ({ c, i })).filter((x) => !isGetoond(x.c));
  const uitkomst: (number | "totaal")[] = [];
  for (const { c, i } of verborgen) {
    const anderen = haalbareSommen(verborgen.filter((x) => x.i !== i).map((x) => x.c), grens);
    const mag = bereik(c, grens);
    const mogelijk = new Set<number>();
    for (const t of totalen) {
      const rest = t - getoond;
      for (let v = 0; v <= rest && mogelijk.size < 2; v++) if (mag(v) && anderen[rest - v]) mogelijk.add(v);
    }
    if (mogelijk.size === 1) uitkomst.push(i);
  }
  if (totaal.soort === "onder5") {
    const alle = haalbareSommen(verborgen.map((x) => x.c), grens);
    const mogelijk = totalen.filter((t) => t - getoond >= 0 && alle[t - getoond]);
    if (mogelijk.length === 1) uitkomst.push("totaal");
  }
  return uitkomst;
}

/**
 * The cells of a figure that divides `totaal` (already decided where it is published) into parts:
 * primary suppression of 1–4, then, while a hidden part can be recomputed, the smallest part still
 * shown above zero is hidden too; when none is left, the whole figure is withheld. The parts must add
 * up to the total's true value.
 */
export function onderdrukVerdeling(waarden: readonly number[], totaal: { readonly waarde: number; readonly cel: Cel }): Cel[] {
  const som = waarden.reduce((a, b) => a + b, 0);
  if (som !== totaal.waarde) throw new RangeError(`De delen (${som}) tellen niet op tot het totaal (${totaal.waarde})`);
  // A total hidden as "aanvullend" or "verborgen" must stay unknown: rows that add up to it would give it away.
  if (totaal.cel.soort === "aanvullend" || totaal.cel.soort === "verborgen") return waarden.map(() => ({ soort: "verborgen" }));
  const cellen = waarden.map(celVan);
  for (;;) {
    if (herleidbaar(cellen, totaal.cel, { totaal: totaal.waarde }).length === 0) return cellen;
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
  const waarde = gesorteerd.length % 2 === 1 ? (gesorteerd[midden] ?? 0) : ((gesorteerd[midden - 1] ?? 0) + (gesorteerd[midden] ?? 0)) / 2;
  return waarde;
}
