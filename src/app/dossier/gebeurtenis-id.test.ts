import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { nieuweGebeurtenisId, uuidV7 } from "./gebeurtenis-id.ts";

const nul = "00000000-0000-4000-8000-000000000000";
const vol = "ffffffff-ffff-4fff-bfff-ffffffffffff";

describe("event ids ordered by time (UUID version 7, decision 0077)", () => {
  const gevallen: [string, number, string, string][] = [
    ["the epoch, no randomness", 0, nul, "00000000-0000-7000-8000-000000000000"],
    ["the epoch, all bits set", 0, vol, "00000000-0000-7fff-bfff-ffffffffffff"],
    [
      "RFC 9562's example",
      0x017f22e279b0,
      "12345678-9abc-4cc3-98c4-dc0c0c07398f",
      "017f22e2-79b0-7cc3-98c4-dc0c0c07398f",
    ],
    ["the last millisecond", 2 ** 48 - 1, nul, "ffffffff-ffff-7000-8000-000000000000"],
  ];
  for (const [naam, ms, willekeur, verwacht] of gevallen)
    it(naam, () => {
      assert.equal(uuidV7(ms, willekeur), verwacht);
    });

  it("refuses a time outside 48 bits and randomness that is not a version 4 UUID", () => {
    for (const ms of [-1, 2 ** 48, 1.5, Number.NaN]) assert.throws(() => uuidV7(ms, nul), RangeError);
    for (const v4 of ["", "00000000-0000-7000-8000-000000000000", "00000000-0000-4000-c000-000000000000", `${nul}0`])
      assert.throws(() => uuidV7(0, v4), RangeError, v4);
  });

  it("a later event sorts after an earlier one, as text and as PostgreSQL's uuid (byte order)", () => {
    const ids = [0, 1, 255, 256, 1_700_000_000_000, 1_700_000_000_001].map((ms) => nieuweGebeurtenisId(new Date(ms)));
    assert.deepEqual([...ids].sort(), ids);
  });

  it("is a valid UUID, random apart from the time", () => {
    const op = new Date("2026-11-22T09:00:00.000Z");
    const a = nieuweGebeurtenisId(op);
    const b = nieuweGebeurtenisId(op);
    assert.notEqual(a, b);
    assert.equal(a.slice(0, 13), b.slice(0, 13), "the same millisecond");
    for (const id of [a, b]) assert.ok(z.uuid().safeParse(id).success, id);
  });
});
