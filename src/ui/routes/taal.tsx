import { redirect } from "react-router";
import { leesFormulier } from "../../adapters/http/formulier.ts";
import type { Route } from "./+types/taal";
import { isTaal } from "../../i18n/vertaal.ts";
import { veiligTerug } from "../veilig-terug.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

/** Sets the language cookie and returns to the page the person came from. Works without JavaScript. */
export async function action({ request }: Route.ActionArgs) {
  const formulier = await leesFormulier(request);
  const taal = formulier.get("taal");
  const terug = veiligTerug(formulier.get("terug"), "/");
  if (!isTaal(taal)) return redirect(terug);
  return redirect(terug, { headers: { "Set-Cookie": `mw_taal=${taal}; Path=/; SameSite=Lax; Max-Age=31536000` } });
}

export function loader() {
  return redirect("/");
}
