import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { datumInNederland, tijdInNederland } from "./nederlandse-tijd.ts";

describe("date and time in the Netherlands of a UTC instant", () => {
  const gevallen: readonly [string, string, string, string][] = [
    ["winter, same day", "2026-12-04T09:15:00.000Z", "2026-12-04", "10:15"],
    ["winter, after midnight in the Netherlands but not yet in UTC", "2026-12-03T23:30:00.000Z", "2026-12-04", "00:30"],
    ["summer, after midnight in the Netherlands", "2026-06-30T22:30:00.000Z", "2026-07-01", "00:30"],
    ["summer, just before midnight", "2026-06-30T21:59:00.000Z", "2026-06-30", "23:59"],
    ["the last minute of winter time (29 March 2026)", "2026-03-29T00:59:00.000Z", "2026-03-29", "01:59"],
    ["the first minute of summer time", "2026-03-29T01:00:00.000Z", "2026-03-29", "03:00"],
    ["the last minute of summer time (25 October 2026)", "2026-10-25T00:59:00.000Z", "2026-10-25", "02:59"],
    ["the first minute of winter time again", "2026-10-25T01:00:00.000Z", "2026-10-25", "02:00"],
    ["new year's eve in UTC is new year in the Netherlands", "2026-12-31T23:00:00.000Z", "2027-01-01", "00:00"],
    ["a leap day", "2028-02-28T23:30:00Z", "2028-02-29", "00:30"],
    ["last Sunday of March 2027 is the 28th", "2027-03-28T01:00:00.000Z", "2027-03-28", "03:00"],
  ];
  for (const [naam, iso, datum, tijd] of gevallen) {
    it(naam, () => {
      assert.equal(datumInNederland(iso), datum, "date");
      assert.equal(tijdInNederland(iso), tijd, "time");
    });
  }
  it("refuses what is not a UTC instant", () => {
    assert.throws(() => datumInNederland("2026-12-04"), RangeError);
    assert.throws(() => datumInNederland("2026-12-04T10:00:00+01:00"), RangeError);
  });
});
