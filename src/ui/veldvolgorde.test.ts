import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { beschrijfVelden } from "../adapters/http/formulier-schema.ts";
import { GEBEURTENIS_SCHEMAS } from "../domain/dossier/gebeurtenis.ts";
import type { GebeurtenisType } from "../domain/dossier/keuzes.ts";
import { VELDVOLGORDE } from "./veldvolgorde.ts";

describe("the order of an entry's fields is its schema's order", () => {
  for (const [type, volgorde] of Object.entries(VELDVOLGORDE)) {
    it(type, () =>
      assert.deepEqual(
        volgorde,
        beschrijfVelden(GEBEURTENIS_SCHEMAS[type as GebeurtenisType]).map((v) => v.naam),
      ),
    );
  }
});
