import assert from "node:assert/strict";
import { BEVINDING_SOORTEN, controleerFeitelijkheid } from "./feitelijkheid.ts";
import type { Bevinding, BevindingSoort } from "./feitelijkheid.ts";

/* What the tests of the factuality check share: the findings in the form a reader checks them in. */

/** Every finding of a text as [soort, flagged words], the form a reader checks them in. */
export const alleBevindingen = (tekst: string): [BevindingSoort, string][] =>
  controleerFeitelijkheid(tekst).map((b) => [b.soort, tekst.slice(b.begin, b.eind)]);
/**
 * The findings of the word rules only. Most tables below test one word rule on a short sentence of its
 * own, which often has no anchor; the sentence rule (decision 0043) has tables of its own.
 */
export const gevonden = (tekst: string): [BevindingSoort, string][] =>
  alleBevindingen(tekst).filter(([soort]) => soort !== "zonder_anker");

/** Sorted by begin, no overlap, non-empty spans inside the text: what the editor's highlighting relies on. */
export function controleerVorm(tekst: string, bevindingen: readonly Bevinding[]): void {
  let vorigeEind = 0;
  for (const b of bevindingen) {
    assert.ok(b.begin >= vorigeEind, `overlap or unsorted at ${b.begin} in: ${tekst.slice(0, 80)}`);
    assert.ok(b.eind > b.begin && b.eind <= tekst.length, `span ${b.begin}-${b.eind} out of range`);
    assert.ok(BEVINDING_SOORTEN.includes(b.soort), `unknown soort ${b.soort}`);
    assert.ok(b.uitleg.length > 20 && b.suggestie.length > 20, `texts missing for ${b.soort}`);
    vorigeEind = b.eind;
  }
}
