import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isoVanMs, msVanIso } from "./tijdstip.ts";

describe("msVanIso and isoVanMs", () => {
  const gevallen: [string, number][] = [
    ["1970-01-01T00:00:00.000Z", 0],
    ["2026-11-25T14:05:00.000Z", 1_795_615_500_000],
    ["2000-02-29T23:59:59.999Z", 951_868_799_999],
    ["1969-12-31T23:59:59.000Z", -1000],
    ["2100-03-01T00:00:00.000Z", 4_107_542_400_000],
  ];
  for (const [iso, ms] of gevallen) {
    it(`${iso} is ${ms}`, () => {
      assert.equal(msVanIso(iso), ms, "to milliseconds");
      assert.equal(isoVanMs(ms), iso, "back to ISO");
    });
  }

  it("accepts the stored forms without milliseconds or seconds", () => {
    assert.equal(msVanIso("2026-11-25T14:05:07Z"), 1_795_615_507_000, "without milliseconds");
    assert.equal(msVanIso("2026-11-25T14:05Z"), 1_795_615_500_000, "without seconds");
    assert.equal(msVanIso("2026-11-25T14:05:00.123456Z"), 1_795_615_500_123, "microseconds cut to milliseconds");
  });

  it("round-trips days from year 0084 to 9909, across every leap rule", () => {
    for (let dag = -700_000; dag <= 2_900_000; dag += 997) {
      const ms = dag * 86_400_000 + 12_345_678;
      assert.equal(msVanIso(isoVanMs(ms)), ms, `day ${dag}`);
    }
  });

  it("refuses what is not a UTC instant", () => {
    for (const fout of ["2026-11-25", "2026-11-25T14:05:00+01:00", "2026-13-01T00:00:00Z", "gisteren"]) {
      assert.throws(() => msVanIso(fout), RangeError, fout);
    }
  });
});
