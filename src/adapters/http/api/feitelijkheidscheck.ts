import type { ActionFunctionArgs, AppLoadContext } from "react-router";
import { z } from "zod";
import { controleerFeitelijkheid } from "../../../domain/melding/feitelijkheid.ts";
import { valideer } from "../../../domain/validatie.ts";
import { taalVanVerzoek } from "../../../i18n/vertaal.ts";
import { vereisIngelogdApi } from "../aanmelding.ts";
import { domeinFoutAlsJson, leesJson, methodeNietToegestaan } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["protocol_lezen"] };

const schema = z.strictObject({ tekst: z.string().max(50_000) });

/**
 * POST /api/melding/feitelijkheidscheck: the factuality check on a free text, deterministic and
 * explainable. It stores and logs nothing of the text; it asks for a sign-in because the text is
 * usually about a child.
 */
export async function action({ request, context }: ActionFunctionArgs<AppLoadContext>) {
  if (request.method !== "POST") return methodeNietToegestaan("POST");
  try {
    await vereisIngelogdApi(request, context);
    const { tekst } = valideer(schema, await leesJson(request));
    return Response.json({ bevindingen: controleerFeitelijkheid(tekst, taalVanVerzoek(request)) });
  } catch (fout) {
    if (fout instanceof Response) return fout;
    return domeinFoutAlsJson(fout);
  }
}

export function loader() {
  return methodeNietToegestaan("POST");
}
