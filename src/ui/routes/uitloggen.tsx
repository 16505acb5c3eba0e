import { redirect } from "react-router";
import type { Route } from "./+types/uitloggen";
import { leesSessieToken, wisSessieCookie } from "../../adapters/http/sessie-cookie.ts";
import { uitloggen } from "../../app/sessie/inloggen.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "ingelogd" };

export async function action({ request, context }: Route.ActionArgs) {
  const token = leesSessieToken(request);
  if (token) await ofFoutpagina(uitloggen(context.samenstelling, token, context.adres));
  return redirect("/inloggen", { headers: { "Set-Cookie": wisSessieCookie(request) } });
}

export function loader() {
  return redirect("/");
}
