import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The repository's root, whatever directory the test runs from. */
const WORTEL = path.resolve(import.meta.dirname, "../..");

/**
 * Reads a file of this repository that a test checks by its text (`pad` from the repository's root). Fails,
 * naming the file, when it is missing or when its text no longer holds each of `moetBevatten`: a file that
 * moved, or whose shape changed, must fail the test that reads it, not leave that test checking nothing
 * (seen once: the sector check went to `schema/organisaties.ts` when the schema was split).
 */
export function leesBronbestand(pad: string, moetBevatten: readonly (string | RegExp)[]): string {
  const vol = path.join(WORTEL, pad);
  assert.ok(existsSync(vol), `${pad} bestaat niet meer: pas de test aan die dit bestand leest`);
  const tekst = readFileSync(vol, "utf8");
  const ontbreekt = moetBevatten.filter((m) => (typeof m === "string" ? !tekst.includes(m) : !m.test(tekst)));
  if (ontbreekt.length > 0)
    assert.fail(
      `${pad} bevat niet meer wat de test erin zoekt (${ontbreekt.map(String).join(", ")}): pas de test aan die dit bestand leest`,
    );
  return tekst;
}
