import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { geenKleinGetal, isVeilig } from "../../../tests/support/onderdrukking-lezer.ts";
import { celVan, herleidbaar, mediaanVan, onderdrukVerdeling, type Cel } from "./onderdrukking.ts";

describe("celVan: primary suppression", () => {
  const gevallen: [number, Cel][] = [
    [0, { soort: "getal", waarde: 0 }],
    [1, { soort: "onder5" }],
    [4, { soort: "onder5" }],
    [5, { soort: "getal", waarde: 5 }],
    [120, { soort: "getal", waarde: 120 }],
  ];
  for (const [waarde, cel] of gevallen) it(`${waarde}`, () => assert.deepEqual(celVan(waarde), cel));
  it("refuses a negative or broken count", () => {
    assert.throws(() => celVan(-1), RangeError);
    assert.throws(() => celVan(1.5), RangeError);
  });
});

describe("onderdrukVerdeling: secondary suppression", () => {
  const g = (waarde: number): Cel => ({ soort: "getal", waarde });
  const o: Cel = { soort: "onder5" };
  const a: Cel = { soort: "aanvullend" };
  const v: Cel = { soort: "verborgen" };
  const gevallen: { naam: string; waarden: number[]; totaal?: Cel; verwacht: Cel[] }[] = [
    { naam: "nothing small: all shown", waarden: [10, 0, 7], verwacht: [g(10), g(0), g(7)] },
    { naam: "one small cell: the next smallest is hidden too", waarden: [3, 20, 9], verwacht: [o, g(20), a] },
    { naam: "two small cells that cannot be told apart: nothing more", waarden: [2, 3, 20], verwacht: [o, o, g(20)] },
    {
      naam: "two ones (the rest is 2, so both are 1): one more is hidden",
      waarden: [1, 1, 20, 9],
      verwacht: [o, o, g(20), a],
    },
    {
      naam: "1 and 5 (the rest is 6, so the small one is 1): the figure is withheld",
      waarden: [1, 5, 0],
      verwacht: [v, v, v],
    },
    { naam: "a hidden total: the rows give nothing away", waarden: [7, 0], totaal: a, verwacht: [v, v] },
    { naam: "a total under 5 with one row: stays < 5", waarden: [3, 0], totaal: o, verwacht: [o, g(0)] },
  ];
  for (const { naam, waarden, totaal, verwacht } of gevallen) {
    it(naam, () => {
      const som = waarden.reduce((x, y) => x + y, 0);
      const cel = totaal ?? celVan(som);
      const uit = onderdrukVerdeling(waarden, { waarde: som, cel });
      assert.deepEqual(uit, verwacht);
      assert.ok(isVeilig(uit, cel, som + 10));
    });
  }
  it("refuses rows that do not add up to the total", () =>
    assert.throws(() => onderdrukVerdeling([1, 2], { waarde: 4, cel: celVan(4) }), RangeError));
  it("herleidbaar names the cell a reader can recompute", () => {
    assert.deepEqual(herleidbaar([o, g(20)], g(23)), [0]);
    assert.deepEqual(herleidbaar([o, o, g(20)], g(25)), []);
  });
});

describe("property: no published cell holds 1–4 and no hidden cell can be recomputed", () => {
  const waarden = fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 9 })), {
    minLength: 2,
    maxLength: 4,
  });
  it("for a total published by the primary rule", () => {
    fc.assert(
      fc.property(waarden, (w) => {
        const som = w.reduce((x, y) => x + y, 0);
        const totaal = celVan(som);
        const uit = onderdrukVerdeling(w, { waarde: som, cel: totaal });
        assert.ok(geenKleinGetal(uit), JSON.stringify(uit));
        assert.ok(isVeilig(uit, totaal, som + 8), `${JSON.stringify(w)} → ${JSON.stringify(uit)}`);
      }),
      { numRuns: 300 },
    );
  });
  it("for a total that was itself hidden elsewhere", () => {
    fc.assert(
      fc.property(waarden, fc.constantFrom<"aanvullend" | "verborgen">("aanvullend", "verborgen"), (w, soort) => {
        const som = w.reduce((x, y) => x + y, 0);
        const totaal: Cel = som > 0 && som < 5 ? { soort: "onder5" } : { soort };
        const uit = onderdrukVerdeling(w, { waarde: som, cel: totaal });
        assert.ok(geenKleinGetal(uit));
        assert.ok(isVeilig(uit, totaal, som + 8), `${JSON.stringify(w)} → ${JSON.stringify(uit)}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe("mediaanVan", () => {
  it("is not published over fewer than five cases", () => assert.equal(mediaanVan([1, 2, 3, 4]), null));
  it("is the middle value of an odd number", () => assert.equal(mediaanVan([9, 1, 5, 3, 7]), 5));
  it("is the mean of the two middle values of an even number", () => assert.equal(mediaanVan([1, 2, 3, 4, 5, 6]), 3.5));
});
