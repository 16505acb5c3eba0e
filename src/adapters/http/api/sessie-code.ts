import type { ActionFunctionArgs, AppLoadContext } from "react-router";
import { z } from "zod";
import { bevestigTweedeStap } from "../../../app/sessie/inloggen.ts";
import { DomeinFout } from "../../../domain/fouten.ts";
import { valideer } from "../../../domain/validatie.ts";
import { vertaler } from "../../../i18n/vertaal.ts";
import { domeinFoutAlsJson, foutAntwoord, leesJson, methodeNietToegestaan } from "../json.ts";
import { haalRuntime } from "../runtime.ts";
import type { RouteBeleid } from "../route-beleid.ts";
import { leesSessieToken, sessieCookie } from "../sessie-cookie.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

const codeSchema = z.strictObject({ code: z.string().trim().min(1).max(64) });

/** POST /api/sessie/code: the second step for API clients; replaces the half-open session cookie by a full one. */
export async function action({ request, context }: ActionFunctionArgs<AppLoadContext>) {
  if (request.method !== "POST") return methodeNietToegestaan("POST");
  try {
    const { code } = valideer(codeSchema, await leesJson(request));
    const { token } = await bevestigTweedeStap(await haalRuntime(), leesSessieToken(request) ?? "", code, context.adres);
    return Response.json({ stap: "volledig" }, { headers: { "Set-Cookie": sessieCookie(request, token) } });
  } catch (fout) {
    if (fout instanceof Response) return fout;
    if (fout instanceof DomeinFout && fout.code === "NIET_INGELOGD") return foutAntwoord(401, "NIET_INGELOGD", vertaler("nl")("fout.code.NIET_INGELOGD"));
    return domeinFoutAlsJson(fout);
  }
}

export function loader() {
  return methodeNietToegestaan("POST");
}
