/**
 * The golden test of the factuality check: every finding on every sentence of every corpus, on each corpus
 * as a running text (also in upper case), and on the benchmark's varied report, must equal the snapshot in
 * `feitelijkheid.golden.json` (written by `scripts/feitelijkheid-golden.ts`). It guards work that should
 * change only how fast the check runs, not what it finds.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { GOLDEN_BESTAND, momentopname } from "../../../scripts/feitelijkheid-golden.ts";
import type { GoudenMomentopname } from "../../../scripts/feitelijkheid-golden.ts";

describe("controleerFeitelijkheid: golden snapshot", () => {
  const verwacht = JSON.parse(readFileSync(GOLDEN_BESTAND, "utf8")) as GoudenMomentopname;
  const nu = momentopname();

  it("covers every corpus and gives the same explanations", () => {
    assert.ok(verwacht.teksten.length > 1000, "the snapshot holds the sentences of every corpus");
    assert.deepEqual(
      nu.teksten.map((t) => `${t.naam} (${t.taal})`),
      verwacht.teksten.map((t) => `${t.naam} (${t.taal})`),
    );
    assert.deepEqual(nu.toelichtingen, verwacht.toelichtingen);
  });

  it("gives exactly the findings of the snapshot on every text", () => {
    const verschillen = nu.teksten.filter((t, i) => JSON.stringify(t) !== JSON.stringify(verwacht.teksten[i]));
    assert.deepEqual(
      verschillen.map((t) => t.naam),
      [],
      "texts whose findings differ from the snapshot",
    );
    assert.deepEqual(nu.teksten, verwacht.teksten);
  });
});
