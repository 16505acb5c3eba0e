import { redirect } from "react-router";
import type { Route } from "./+types/start";
import { ingelogdOfNull } from "../../adapters/http/aanmelding.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

export async function loader({ request, context }: Route.LoaderArgs) {
  throw redirect((await ingelogdOfNull(request, context)) ? "/dossiers" : "/inloggen");
}
