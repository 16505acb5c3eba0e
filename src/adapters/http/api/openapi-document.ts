import { gebeurtenisBodies } from "./openapi-gebeurtenissen.ts";
import { aantal, evaluatieAntwoord, fout, json } from "./openapi-gedeeld.ts";
import { SESSIE, SESSIE_CODE } from "./openapi-sessie.ts";
import { DOSSIER, DOSSIERS, GEBEURTENISSEN, MELDING_PDF } from "./openapi-dossiers.ts";
import { TAKEN, WERKVOORRAAD } from "./openapi-werkvoorraad.ts";
import { AUDITLOG, CIJFERS } from "./openapi-verantwoording.ts";
import { AFWEGINGSKADER_EVALUATIE, FEITELIJKHEIDSCHECK } from "./openapi-controles.ts";

export { gebeurtenisComponent } from "./openapi-gebeurtenissen.ts";

/**
 * The OpenAPI 3.1 description of the JSON API. Request schemas are generated from the same zod
 * schemas the routes validate with, so the document cannot drift from the checks; a test compares
 * the paths with the route table and validates real responses against the response schemas.
 *
 * Each part of the API is described in a file of its own (`openapi-<part>.ts`, the shared components and
 * parameters in `openapi-gedeeld.ts`); this file puts them together, in the order of the document.
 */
export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Meldwijzer API",
    version: "0.1.0",
    description:
      "JSON-API van Meldwijzer. Inloggen met POST /api/sessie zet dezelfde sessiecookie als de browser. " +
      "Verzoeken die iets wijzigen vanaf een andere herkomst (Origin) worden geweigerd. " +
      "Elk verzoek kan tijdens een databasestoring 503 DATABASE_NIET_BESCHIKBAAR krijgen, met Retry-After in seconden.",
  },
  components: {
    securitySchemes: { sessie: { type: "apiKey", in: "cookie", name: "mw_sessie" } },
    schemas: {
      Fout: fout,
      Evaluatie: evaluatieAntwoord,
      Aantal: aantal,
      ...gebeurtenisBodies,
    },
  },
  security: [{ sessie: [] }],
  paths: {
    "/api/sessie": SESSIE,
    "/api/dossiers": DOSSIERS,
    "/api/dossiers/{id}": DOSSIER,
    "/api/dossiers/{id}/gebeurtenissen": GEBEURTENISSEN,
    "/api/sessie/code": SESSIE_CODE,
    "/api/werkvoorraad": WERKVOORRAAD,
    "/api/taken": TAKEN,
    "/api/cijfers": CIJFERS,
    "/api/auditlog": AUDITLOG,
    "/api/afwegingskader/evaluatie": AFWEGINGSKADER_EVALUATIE,
    "/api/dossiers/{id}/melding.pdf": MELDING_PDF,
    "/api/melding/feitelijkheidscheck": FEITELIJKHEIDSCHECK,
    "/api/openapi.json": {
      get: {
        summary: "Dit document",
        security: [],
        responses: { "200": { description: "OpenAPI 3.1", content: json({ type: "object" }) } },
      },
    },
  },
} as const;
