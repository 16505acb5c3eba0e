import { z } from "zod";
import { INVOER_SCHEMAS } from "../../../domain/dossier/gebeurtenis.ts";
import { GEBEURTENIS_TYPES, type GebeurtenisType } from "../../../domain/dossier/keuzes.ts";

/*
 * The event part of the OpenAPI document (decision 0041): one request body per event type,
 * generated from the zod schemas the domain validates with.
 */

/**
 * The JSON Schema of what a caller gives as `gegevens` for an event type, generated from the zod
 * schema the domain validates with (`INVOER_SCHEMAS`), as input: a field that may be left empty
 * is optional. A test compares each with the schema object itself.
 */
export function gegevensSchema(type: GebeurtenisType): Record<string, unknown> {
  const { $schema: _versie, ...schema } = z.toJSONSchema(INVOER_SCHEMAS[type], {
    io: "input",
    unrepresentable: "any",
    override: leegMag,
  });
  return schema;
}

/** An empty form field: what a field that may stay empty also takes (`leegIsAfwezig` in the domain). */
const LEEG = { type: "string", pattern: "^\\s*$", description: "Leeg: niet ingevuld." } as const;

/**
 * The domain reads an empty or blank text as "not filled in" (a preprocessing step before the
 * field's own schema). A field whose own schema would refuse "" (a date, a choice) says so here.
 */
function leegMag(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (ctx.zodSchema as { _zod: { def: { type: string; in?: { _zod: { def: { type: string } } } } } })._zod.def;
  if (def.type !== "pipe" || def.in?._zod.def.type !== "transform") return;
  const eigen = { ...ctx.jsonSchema };
  const neemtLeegAan =
    eigen["type"] === "string" && !["minLength", "pattern", "format", "enum", "const"].some((k) => k in eigen);
  if (neemtLeegAan) return;
  for (const sleutel of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[sleutel];
  ctx.jsonSchema["anyOf"] = [eigen, LEEG];
}

/** The component name of one event type's request body. */
export const gebeurtenisComponent = (type: GebeurtenisType) => `Gebeurtenis_${type}`;

/** Every type that can be appended through the API (a dossier is opened with POST /api/dossiers). */
export const TOE_TE_VOEGEN = GEBEURTENIS_TYPES.filter((t) => t !== "dossier_geopend");

export const gebeurtenisBodies = Object.fromEntries(
  TOE_TE_VOEGEN.map((type) => [
    gebeurtenisComponent(type),
    {
      type: "object",
      required: ["type", "verwachteVersie", "gegevens"],
      additionalProperties: false,
      properties: {
        type: { const: type },
        verwachteVersie: { type: "integer", minimum: 0 },
        gegevens: gegevensSchema(type),
      },
    },
  ]),
);
