import { z } from "zod";
import { foutAntwoorden, json } from "./openapi-gedeeld.ts";

/*
 * The paths of signing in, in the OpenAPI document.
 */

/** `/api/sessie`: signing in with e-mail and password. */
export const SESSIE = {
  post: {
    summary: "Inloggen",
    security: [],
    requestBody: {
      required: true,
      content: json(z.toJSONSchema(z.strictObject({ email: z.string(), wachtwoord: z.string() }))),
    },
    responses: {
      "201": {
        description:
          "Wachtwoord juist; de sessiecookie is gezet. Bij `stap` `tweede_stap` of `instellen` is de sessie pas bruikbaar na de tweede stap in de browser.",
        content: json({
          type: "object",
          required: ["gebruiker", "stap"],
          properties: {
            gebruiker: { type: "object", required: ["id", "naam", "rollen", "organisatie"] },
            stap: { type: "string", enum: ["volledig", "tweede_stap", "instellen"] },
          },
        }),
      },
      ...foutAntwoorden(400, 401, 415, 429),
    },
  },
} as const;

/** `/api/sessie/code`: the second step of signing in. */
export const SESSIE_CODE = {
  post: {
    summary: "Tweede stap van het inloggen",
    description:
      "Na `POST /api/sessie` met `stap` `tweede_stap`: de code uit de authenticator-app of een herstelcode. Vervangt de sessiecookie door een volledige.",
    security: [],
    requestBody: { required: true, content: json(z.toJSONSchema(z.strictObject({ code: z.string() }))) },
    responses: {
      "200": {
        description: "Ingelogd; een nieuwe sessiecookie is gezet.",
        content: json({
          type: "object",
          required: ["stap"],
          additionalProperties: false,
          properties: { stap: { type: "string", enum: ["volledig"] } },
        }),
      },
      ...foutAntwoorden(400, 401, 415, 429),
    },
  },
} as const;
