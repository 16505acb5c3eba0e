import { OPENAPI_DOCUMENT } from "./openapi-document.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

/** GET /api/openapi.json */
export function loader() {
  return Response.json(OPENAPI_DOCUMENT);
}
