import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { namensVan } from "./rol.ts";

describe("on whose behalf an event is recorded", () => {
  const tabel: [string, unknown, unknown, string | null][] = [
    ["a decision recorded for the eindverantwoordelijke", "besluit_genomen", { genomenDoor: "ev" }, "ev"],
    ["a decision recorded by the eindverantwoordelijke", "besluit_genomen", { genomenDoor: "ik" }, null],
    ["any other event", "signaal_vastgelegd", { genomenDoor: "ev" }, null],
    ["malformed data", "besluit_genomen", null, null],
  ];
  for (const [naam, type, gegevens, verwacht] of tabel) it(naam, () => assert.equal(namensVan(type, gegevens, "ik"), verwacht, naam));
});
