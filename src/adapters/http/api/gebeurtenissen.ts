import type { ActionFunctionArgs, AppLoadContext } from "react-router";
import { z } from "zod";
import { voegGebeurtenisToeAanDossier } from "../../../app/dossier/voeg-gebeurtenis-toe.ts";
import { DomeinFout } from "../../../domain/fouten.ts";
import { valideer } from "../../../domain/validatie.ts";
import { isGeldigId, vereisIngelogdApi } from "../aanmelding.ts";
import { domeinFoutAlsJson, leesJson, methodeNietToegestaan } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["toevoegen"] };

const schema = z.strictObject({
  type: z.string().max(64),
  verwachteVersie: z.number().int().min(0),
  gegevens: z.record(z.string(), z.unknown()),
});

/** POST /api/dossiers/{id}/gebeurtenissen → 201 {"id","versie"}, or 409 when `verwachteVersie` is stale. */
export async function action({ request, params, context }: ActionFunctionArgs<AppLoadContext>) {
  if (request.method !== "POST") return methodeNietToegestaan("POST");
  try {
    const { runtime, wie } = await vereisIngelogdApi(request, context);
    if (!isGeldigId(params["id"])) throw new DomeinFout("NIET_GEVONDEN");
    const invoer = valideer(schema, await leesJson(request));
    const { gebeurtenisId, versie } = await voegGebeurtenisToeAanDossier(runtime, wie, params["id"], invoer);
    return Response.json({ id: gebeurtenisId, versie }, { status: 201 });
  } catch (fout) {
    if (fout instanceof Response) return fout;
    return domeinFoutAlsJson(fout);
  }
}

export function loader() {
  return methodeNietToegestaan("POST");
}
