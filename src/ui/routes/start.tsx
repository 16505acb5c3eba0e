import { redirect } from "react-router";
import type { Route } from "./+types/start";
import { ingelogdOfNull } from "../../adapters/http/aanmelding.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  throw redirect((await ingelogdOfNull(request, context)) ? "/dossiers" : "/inloggen");
}
