import assert from "node:assert/strict";
import { DomeinFout } from "../../src/domain/fouten.ts";

/** How a use-case ended, as a word to compare: "GELUKT" or the domain's refusal code. Any other error fails the test as it is. */
export async function code(belofte: Promise<unknown>): Promise<string> {
  try {
    await belofte;
    return "GELUKT";
  } catch (fout) {
    if (fout instanceof DomeinFout) return fout.code;
    throw fout;
  }
}

/** The domain's refusal a use-case ends in; the test fails when it succeeds or fails otherwise. */
export async function weigering(belofte: Promise<unknown>): Promise<DomeinFout> {
  try {
    await belofte;
  } catch (fout) {
    if (fout instanceof DomeinFout) return fout;
    throw fout;
  }
  assert.fail("verwacht een DomeinFout");
}

/** The domain's refusal a pure function throws; the test fails when it throws none or another error. */
export function fout(fn: () => unknown): DomeinFout {
  try {
    fn();
  } catch (f) {
    if (f instanceof DomeinFout) return f;
    throw f;
  }
  assert.fail("verwacht een DomeinFout");
}
