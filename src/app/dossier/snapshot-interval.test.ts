import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SNAPSHOT_INTERVAL, snapshotInterval } from "./projecties.ts";

describe("how often a case gets a new snapshot (decision 0077)", () => {
  const gevallen: [number, number][] = [
    [1, 16],
    [16, 16],
    [255, 16],
    [256, 16],
    [511, 31],
    [512, 32],
    [767, 47],
    [768, 48],
    [1004, 48],
    [100_000, 48],
  ];
  for (const [versie, interval] of gevallen)
    it(`a case of ${versie} events: every ${interval}`, () => {
      assert.equal(snapshotInterval(versie), interval);
    });

  it("never more often than every 16 events, and the tail stays below the 64 a reader accepts", () => {
    for (let versie = 1; versie <= 5000; versie += 1) {
      const interval = snapshotInterval(versie);
      assert.ok(interval >= SNAPSHOT_INTERVAL && interval < 64, `${versie}: ${interval}`);
    }
  });
});
