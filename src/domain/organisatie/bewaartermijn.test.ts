import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bewaarjarenVoor, bewaarTot } from "./bewaartermijn.ts";

describe("retention of a closed case", () => {
  const gevallen: [string, number | null, number][] = [
    ["jeugdhulp", null, 20],
    ["gezondheidszorg", null, 20],
    ["onderwijs", null, 5],
    ["kinderopvang", null, 5],
    ["sociaal_werk", null, 5],
    ["onbekend", null, 5],
    ["onderwijs", 7, 7],
    ["jeugdhulp", 15, 15],
  ];
  for (const [sector, eigen, verwacht] of gevallen) {
    it(`${sector} with ${eigen ?? "no own setting"} keeps ${verwacht} years`, () =>
      assert.equal(bewaarjarenVoor(sector, eigen), verwacht, "years"));
  }
  it("counts from the closing date", () => {
    assert.equal(bewaarTot("2026-11-25", 20), "2046-11-25", "twenty years");
    assert.equal(bewaarTot("2028-02-29", 5), "2033-02-28", "a leap day");
  });
});
