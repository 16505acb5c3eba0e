import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { GEBEURTENIS_SCHEMAS } from "../domain/dossier/gebeurtenis.ts";
import { CORRIGEERBAAR } from "../domain/dossier/keuzes.ts";
import { CATALOGI } from "../i18n/vertaal.ts";
import { CORRECTIE_FORMULIEREN } from "./correctie-velden.server.ts";
import { labelSleutel } from "./veldlabels.ts";

function heeft(catalogus: unknown, sleutel: string): boolean {
  let plek: unknown = catalogus;
  for (const deel of sleutel.split(".")) {
    if (plek === null || typeof plek !== "object" || !(deel in plek)) return false;
    plek = (plek as Record<string, unknown>)[deel];
  }
  return typeof plek === "string" && plek !== "";
}

describe("the correction form of every correctable type, from its schema", () => {
  for (const type of CORRIGEERBAAR) {
    it(type, () => {
      const velden = CORRECTIE_FORMULIEREN[type];
      assert.ok(velden, "the type has a form");
      // Every field of the stored schema, in its order: a correction keeps what it does not change.
      assert.deepEqual(
        velden.map((v) => v.naam),
        Object.keys(GEBEURTENIS_SCHEMAS[type].shape),
      );
      assert.ok(
        velden.some((v) => !v.vast),
        "something can be corrected",
      );
      for (const veld of velden.filter((v) => !v.vast)) {
        for (const [taal, catalogus] of Object.entries(CATALOGI)) {
          assert.ok(heeft(catalogus, labelSleutel(type, veld.naam)), `${taal}: label of ${veld.naam}`);
          for (const optie of veld.opties ?? [])
            assert.ok(heeft(catalogus, `keuze.${veld.lijst}.${optie}`), `${taal}: keuze.${veld.lijst}.${optie}`);
        }
      }
    });
  }

  it("carries over what a correction may not change", () => {
    const vast = (type: (typeof CORRIGEERBAAR)[number]) =>
      (CORRECTIE_FORMULIEREN[type] ?? []).filter((v) => v.vast).map((v) => v.naam);
    assert.deepEqual(vast("dossier_geopend"), ["soort", "betrokkeneGebruikerId", "betrokkeneNaam", "kinderen"]);
    assert.deepEqual(vast("gesprek_gevoerd"), ["met"]);
    assert.deepEqual(vast("routestap_vastgelegd"), ["stap"]);
    assert.deepEqual(vast("signaal_vastgelegd"), []);
  });
});
