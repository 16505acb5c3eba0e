import { BEVINDING_SOORTEN } from "../../../domain/melding/feitelijkheid.ts";
import { antwoord, foutAntwoorden, json } from "./openapi-gedeeld.ts";

/*
 * The paths that check what a caller sends and store nothing, in the OpenAPI document: the evaluation of
 * the afwegingskader and the factuality check of a text.
 */

/** `/api/afwegingskader/evaluatie`: evaluating the afwegingskader, reading no dossier. */
export const AFWEGINGSKADER_EVALUATIE = {
  post: {
    summary: "Het afwegingskader evalueren",
    description:
      "Zuivere evaluatie; leest geen dossiergegevens. Niet beantwoorde vragen laat u weg. 'weet_niet' telt als 'nee'.",
    security: [],
    requestBody: {
      required: true,
      content: json({
        type: "object",
        required: ["antwoorden", "disclosure"],
        additionalProperties: false,
        properties: {
          antwoorden: {
            type: "object",
            additionalProperties: false,
            properties: { "1": antwoord, "2": antwoord, "3": antwoord, "4": antwoord, "5": antwoord },
          },
          disclosure: { type: "boolean" },
        },
      }),
    },
    responses: {
      "200": {
        description: "De uitkomst met het gevolgde pad.",
        content: json({ $ref: "#/components/schemas/Evaluatie" }),
      },
      ...foutAntwoorden(400, 413, 415),
    },
  },
} as const;

/** `/api/melding/feitelijkheidscheck`: the factuality check of a text, storing nothing. */
export const FEITELIJKHEIDSCHECK = {
  post: {
    summary: "Feitelijkheid van een tekst controleren",
    description:
      "Deterministische controle op oordelende of vage woorden, diagnoses zonder wie ze stelde, innerlijke toestanden zonder waaruit ze bleken, eigenschappen zonder anker (wie, wanneer, wat concreet), voorbehouden en speculatie, generalisaties en risicofactoren zonder gevolg. Wat een ander zei (citaat, 'zei dat', 'volgens …') telt niet als oordeel van de schrijver. Offsets zijn tekenposities (UTF-16) in `tekst`; er wordt niets opgeslagen.",
    requestBody: {
      required: true,
      content: json({
        type: "object",
        required: ["tekst"],
        additionalProperties: false,
        properties: { tekst: { type: "string", maxLength: 50000 } },
      }),
    },
    responses: {
      "200": {
        description: "De bevindingen, op volgorde van positie.",
        content: json({
          type: "object",
          required: ["bevindingen"],
          properties: {
            bevindingen: {
              type: "array",
              items: {
                type: "object",
                required: ["begin", "eind", "soort", "uitleg", "suggestie"],
                properties: {
                  begin: { type: "integer" },
                  eind: { type: "integer" },
                  soort: { type: "string", enum: [...BEVINDING_SOORTEN] },
                  uitleg: { type: "string" },
                  suggestie: { type: "string" },
                },
              },
            },
          },
        }),
      },
      ...foutAntwoorden(400, 401, 413, 415),
    },
  },
} as const;
