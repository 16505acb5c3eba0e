import { OPENAPI_DOCUMENT } from "./openapi-document.ts";

/** GET /api/openapi.json */
export function loader() {
  return Response.json(OPENAPI_DOCUMENT);
}
