import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { INVOER_SCHEMAS } from "../../../domain/dossier/gebeurtenis.ts";
import { GEBEURTENIS_TYPES } from "../../../domain/dossier/keuzes.ts";
import { gemuteerd, geldig, type Schema } from "../../../../tests/support/schema-arbitrary.ts";
import { OPENAPI_DOCUMENT, gebeurtenisComponent } from "./openapi-document.ts";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const componenten = OPENAPI_DOCUMENT.components.schemas as unknown as Record<string, Schema>;
const TOE_TE_VOEGEN = GEBEURTENIS_TYPES.filter((t) => t !== "dossier_geopend");

/** What the wire does to a value: JSON in, JSON out (a `__proto__` key becomes an own property). */
const overDeLijn = (waarde: unknown): unknown =>
  waarde === undefined ? undefined : JSON.parse(JSON.stringify(waarde));

/** The server trims text; the document cannot say so. Values with such text are left out of the comparison. */
function heeftRandspatie(waarde: unknown): boolean {
  if (typeof waarde === "string") return waarde !== waarde.trim();
  if (waarde !== null && typeof waarde === "object")
    return Object.entries(waarde).some(([k, v]) => heeftRandspatie(k) || heeftRandspatie(v));
  return false;
}

describe("the OpenAPI document describes each event's data with the schema the server validates with", () => {
  it("the request body of POST /api/dossiers/{id}/gebeurtenissen is one schema per type, discriminated on type", () => {
    const body = OPENAPI_DOCUMENT.paths["/api/dossiers/{id}/gebeurtenissen"].post.requestBody.content[
      "application/json"
    ].schema as unknown as {
      oneOf: { $ref: string }[];
      discriminator: { propertyName: string; mapping: Record<string, string> };
    };
    assert.deepEqual(
      body.oneOf.map((r) => r.$ref),
      TOE_TE_VOEGEN.map((t) => `#/components/schemas/${gebeurtenisComponent(t)}`),
    );
    assert.equal(body.discriminator.propertyName, "type");
    assert.deepEqual(Object.keys(body.discriminator.mapping), [...TOE_TE_VOEGEN]);
    for (const type of TOE_TE_VOEGEN)
      assert.deepEqual((componenten[gebeurtenisComponent(type)]?.["properties"] as Schema)["type"], { const: type });
  });

  for (const type of GEBEURTENIS_TYPES) {
    const documentSchema =
      type === "dossier_geopend"
        ? ((
            (
              OPENAPI_DOCUMENT.paths["/api/dossiers"].post.requestBody.content["application/json"]
                .schema as unknown as Schema
            )["properties"] as Schema
          )["gegevens"] as Schema)
        : ((componenten[gebeurtenisComponent(type)]?.["properties"] as Schema)["gegevens"] as Schema);
    const documentZegt = ajv.compile(documentSchema);
    const serverZegt = (waarde: unknown) => INVOER_SCHEMAS[type].safeParse(waarde);

    it(`${type}: what the server accepts, the document accepts; what the document refuses, the server refuses`, () => {
      fc.assert(
        fc.property(fc.oneof(geldig(documentSchema), gemuteerd(documentSchema)), (ruw) => {
          const waarde = overDeLijn(ruw);
          fc.pre(!heeftRandspatie(waarde));
          const server = serverZegt(waarde);
          const document = documentZegt(waarde);
          if (server.success)
            assert.ok(
              document,
              `de server neemt aan wat het document weigert: ${JSON.stringify(waarde)}\n${ajv.errorsText(documentZegt.errors)}`,
            );
          // The other way round only a rule between fields (a zod refinement, issue code "custom") may differ: the document says those in words.
          if (document && !server.success) {
            const anders = server.error.issues.filter((i) => i.code !== "custom");
            assert.deepEqual(anders, [], `het document neemt aan wat de server weigert: ${JSON.stringify(waarde)}`);
          }
        }),
        { numRuns: 300, seed: 20261204 },
      );
    });

    it(`${type}: valid examples from the document are mostly accepted by the server (the generator is not vacuous)`, () => {
      const voorbeelden = fc
        .sample(geldig(documentSchema), { numRuns: 200, seed: 4 })
        .map(overDeLijn)
        .filter((w) => !heeftRandspatie(w));
      const aangenomen = voorbeelden.filter((w) => serverZegt(w).success).length;
      assert.ok(aangenomen > 0, `geen enkel gegenereerd voorbeeld van ${type} werd aangenomen`);
    });
  }
});
