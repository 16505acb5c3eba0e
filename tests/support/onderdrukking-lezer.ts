import type { Cel } from "../../src/domain/cijfers/onderdrukking.ts";

/**
 * An independent reader who knows the marks and that the rows add up to the total, and tries every
 * combination of values up to `grens`: the values each hidden cell (and a hidden total) can still have.
 */
export function mogelijkeWaarden(
  cellen: readonly Cel[],
  totaal: Cel,
  grens: number,
): { cellen: Set<number>[]; totaal: Set<number> } {
  const opties = (c: Cel): number[] => {
    const alle = Array.from({ length: grens + 1 }, (_, v) => v);
    switch (c.soort) {
      case "getal":
        return [c.waarde];
      case "onder5":
        return [1, 2, 3, 4];
      case "aanvullend":
        return alle.filter((v) => v === 0 || v >= 5);
      case "verborgen":
        return alle;
    }
  };
  const uit = { cellen: cellen.map(() => new Set<number>()), totaal: new Set<number>() };
  const totalen = opties(totaal);
  const loop = (i: number, gekozen: number[], som: number): void => {
    if (som > grens) return;
    if (i === cellen.length) {
      if (!totalen.includes(som)) return;
      gekozen.forEach((v, j) => uit.cellen[j]?.add(v));
      uit.totaal.add(som);
      return;
    }
    for (const v of opties(cellen[i] as Cel)) loop(i + 1, [...gekozen, v], som + v);
  };
  loop(0, [], 0);
  return uit;
}

export function isVeilig(cellen: readonly Cel[], totaal: Cel, grens: number): boolean {
  const m = mogelijkeWaarden(cellen, totaal, grens);
  const cellenVeilig = cellen.every((c, i) => c.soort === "getal" || (m.cellen[i]?.size ?? 0) >= 2);
  return cellenVeilig && (totaal.soort === "getal" || m.totaal.size >= 2);
}

export const geenKleinGetal = (cellen: readonly Cel[]) =>
  cellen.every((c) => c.soort !== "getal" || c.waarde === 0 || c.waarde >= 5);
