import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { nieuweGebeurtenisId, uuidV7 } from "./gebeurtenis-id.ts";

const nul = new Uint8Array(16);
const vol = new Uint8Array(16).fill(0xff);

describe("event ids ordered by time (UUID version 7, decision 0077)", () => {
  const gevallen: [string, number, Uint8Array, string][] = [
    ["the epoch, no randomness", 0, nul, "00000000-0000-7000-8000-000000000000"],
    ["the epoch, all bits set", 0, vol, "00000000-0000-7fff-bfff-ffffffffffff"],
    ["RFC 9562's example time", 0x017f22e279b0, nul, "017f22e2-79b0-7000-8000-000000000000"],
    ["the last millisecond", 2 ** 48 - 1, nul, "ffffffff-ffff-7000-8000-000000000000"],
  ];
  for (const [naam, ms, willekeur, verwacht] of gevallen)
    it(naam, () => {
      assert.equal(uuidV7(ms, willekeur), verwacht);
    });

  it("refuses a time outside 48 bits and randomness of another length", () => {
    for (const ms of [-1, 2 ** 48, 1.5, Number.NaN]) assert.throws(() => uuidV7(ms, nul), RangeError);
    assert.throws(() => uuidV7(0, new Uint8Array(15)), RangeError);
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
