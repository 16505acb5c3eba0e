import type { ActionFunctionArgs, AppLoadContext } from "react-router";
import { z } from "zod";
import { inloggen } from "../../../app/sessie/inloggen.ts";
import { DomeinFout } from "../../../domain/fouten.ts";
import { valideer } from "../../../domain/validatie.ts";
import { domeinFoutAlsJson, foutAntwoord, leesJson, methodeNietToegestaan } from "../json.ts";
import { haalRuntime } from "../runtime.ts";
import { sessieCookie } from "../sessie-cookie.ts";
import { vertaler } from "../../../i18n/vertaal.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

const inlogSchema = z.strictObject({ email: z.string().trim().min(1).max(320), wachtwoord: z.string().min(1).max(1024) });

/** POST /api/sessie: signs in and sets the same session cookie the browser pages use. */
export async function action({ request, context }: ActionFunctionArgs<AppLoadContext>) {
  if (request.method !== "POST") return methodeNietToegestaan("POST");
  try {
    const invoer = valideer(inlogSchema, await leesJson(request));
    const { token, gebruiker, stap } = await inloggen(await haalRuntime(), invoer.email, invoer.wachtwoord, context.adres);
    return Response.json(
      { gebruiker: { id: gebruiker.id, naam: gebruiker.naam, rollen: gebruiker.rollen, organisatie: gebruiker.organisatieNaam }, stap },
      { status: 201, headers: { "Set-Cookie": sessieCookie(request, token) } },
    );
  } catch (fout) {
    if (fout instanceof Response) return fout;
    if (fout instanceof DomeinFout && fout.code === "NIET_INGELOGD") {
      return foutAntwoord(401, "NIET_INGELOGD", vertaler("nl")("inloggen.mislukt"));
    }
    return domeinFoutAlsJson(fout);
  }
}

export function loader() {
  return methodeNietToegestaan("POST");
}
