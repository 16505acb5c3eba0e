import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { zoekwijze, type Zoekwijze } from "./zoeken.ts";

describe("zoekwijze: the start of the working name for one or two characters, anywhere from three", () => {
  const gevallen: readonly [string, Zoekwijze][] = [
    ["a", "begin"],
    ["Ja", "begin"],
    ["é1", "begin"],
    ["😀", "begin"],
    ["Jan", "overal"],
    ["ééé", "overal"],
    ["kind A", "overal"],
  ];
  for (const [tekst, verwacht] of gevallen)
    it(`${JSON.stringify(tekst)}: ${verwacht}`, () => assert.equal(zoekwijze(tekst), verwacht));
});
