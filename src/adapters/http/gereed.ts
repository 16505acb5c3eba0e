import type { AppLoadContext } from "react-router";
import type { RouteBeleid } from "./route-beleid.ts";
import { OPNIEUW_NA_SECONDEN } from "./database-storing.ts";
import { databaseNietBeschikbaarJson } from "./json.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

/**
 * GET /gereed: readiness for a load balancer or orchestrator. 200 when the database answers, 503
 * (DATABASE_NIET_BESCHIKBAAR, Retry-After) when it does not. No sign-in, no case data, not in the
 * access log. A failing /gereed is no reason to restart the app: it reconnects by itself.
 */
export async function loader({ context }: { context: AppLoadContext }) {
  const runtime = context.samenstelling;
  if (!(await runtime.database.gereed())) return databaseNietBeschikbaarJson(OPNIEUW_NA_SECONDEN);
  return Response.json(
    { gereed: true, database: runtime.database.soort },
    { headers: { "Cache-Control": "no-store" } },
  );
}
