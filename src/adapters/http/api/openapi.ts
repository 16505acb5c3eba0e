import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";
import { OPENAPI_DOCUMENT } from "./openapi-document.ts";

export const beleid = { toegang: "openbaar" } as const satisfies RouteBeleid;

/** GET /api/openapi.json */
export const loader = apiRoute({ methode: "GET", beleid }, () => Response.json(OPENAPI_DOCUMENT));
