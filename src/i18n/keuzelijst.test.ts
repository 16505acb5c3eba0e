import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { GEBEURTENIS_SCHEMAS } from "../domain/dossier/gebeurtenis.ts";
import { keuzelijstVan } from "./keuzelijst.ts";
import { CATALOGI } from "./vertaal.ts";

type JsonSchema = {
  readonly type?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: Record<string, JsonSchema>;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
};

/** Every field of fixed choices in a schema, by its name (the last part of its path) and its choices. */
function keuzeVelden(schema: JsonSchema, naam: string, pad: string): { pad: string; naam: string; keuzes: string[] }[] {
  if (schema.enum) return [{ pad, naam, keuzes: schema.enum.map(String) }];
  const binnen = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((s) => keuzeVelden(s, naam, pad));
  const lijst = schema.items ? keuzeVelden(schema.items, naam, pad) : [];
  const velden = Object.entries(schema.properties ?? {}).flatMap(([veld, s]) =>
    keuzeVelden(s, veld, pad === "" ? veld : `${pad}.${veld}`),
  );
  return [...binnen, ...lijst, ...velden];
}

/**
 * Coded fields put in words by keys of their own, not by a choice list: a step of the Meldcode
 * (`stap.*.titel`) or of a special route (`route.stap.*`), a participation point (`kind.punt_n`),
 * and the grounds of the withheld passages of a family's copy (the copy's markers, `afschrift.grond.*`).
 */
const NIET_ALS_KEUZE = new Set([
  "stap_niet_van_toepassing:stap",
  "routestap_vastgelegd:stap",
  "participatie_bijgewerkt:punt",
  "inzage_voorbereid:weglatingen.grond",
  "inzage_verstrekt:weglatingen.grond",
]);

function woorden(catalogus: unknown, sleutel: string): unknown {
  return sleutel
    .split(".")
    .reduce<unknown>(
      (boom, deel) => (boom && typeof boom === "object" ? (boom as Record<string, unknown>)[deel] : undefined),
      catalogus,
    );
}

describe("keuzelijstVan: every coded field of every event in words", () => {
  for (const [type, schema] of Object.entries(GEBEURTENIS_SCHEMAS)) {
    const velden = keuzeVelden(
      z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema,
      "",
      "",
    ).filter((v) => !NIET_ALS_KEUZE.has(`${type}:${v.pad}`));
    for (const veld of velden) {
      it(`${type}: ${veld.pad}`, () => {
        const lijst = keuzelijstVan(type, veld.naam);
        assert.ok(lijst, `no choice list for ${type}.${veld.pad}`);
        for (const taal of ["nl", "en"] as const) {
          for (const keuze of veld.keuzes) {
            assert.equal(
              typeof woorden(CATALOGI[taal], `keuze.${lijst}.${keuze}`),
              "string",
              `${taal}: keuze.${lijst}.${keuze} (${type}.${veld.pad})`,
            );
          }
        }
      });
    }
  }

  it("finds the coded fields it checks (the walk through the schemas reads them)", () => {
    const aantal = Object.values(GEBEURTENIS_SCHEMAS).reduce(
      (n, s) =>
        n + keuzeVelden(z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as JsonSchema, "", "").length,
      0,
    );
    assert.ok(aantal >= 30, `only ${aantal} coded fields found`);
  });

  it("a name that means different lists in different entries follows the entry's type", () => {
    const gevallen: [string, string, string | null][] = [
      ["consultatie_gehouden", "met", "consultatie_met"],
      ["acuut_contact", "met", "acuut_met"],
      ["gesprek_gevoerd", "met", "gesprek_met"],
      ["dossier_geopend", "soort", "dossier_soort"],
      ["correctieverzoek_vastgelegd", "soort", "verzoek_soort"],
      ["signaal_vastgelegd", "soort", "soort"],
      ["melding_verstuurd", "wijze", "meld_wijze"],
      ["zienswijze_toegevoegd", "wijze", "zienswijze_wijze"],
      ["inzage_verstrekt", "wijze", "verstrek_wijze"],
      ["vt_reactie_vastgelegd", "vervolg", "vt_vervolg"],
      ["evaluatie_vastgelegd", "vervolg", "evaluatie_vervolg"],
      // Free text under the same names elsewhere: no list.
      ["kindcheck_uitgevoerd", "vervolg", null],
      ["consultatie_gehouden", "uitkomst", null],
      ["signaal_vastgelegd", "waarneming", null],
    ];
    for (const [type, veld, lijst] of gevallen) assert.equal(keuzelijstVan(type, veld), lijst, `${type}.${veld}`);
  });
});
