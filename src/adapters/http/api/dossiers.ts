import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { lijstMijnDossiers } from "../../../app/dossier/bekijk-dossier.ts";
import { openDossier } from "../../../app/dossier/voeg-gebeurtenis-toe.ts";
import { valideer } from "../../../domain/validatie.ts";
import { vereisIngelogdApi } from "../aanmelding.ts";
import { domeinFoutAlsJson, leesJson, methodeNietToegestaan } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["dossiers_lijst", "dossier_aanmaken"] };

/** GET /api/dossiers: the caller's dossiers with only the fields a list needs. */
export async function loader({ request, context }: LoaderFunctionArgs<AppLoadContext>) {
  try {
    const { runtime, wie } = await vereisIngelogdApi(request, context);
    const rijen = await lijstMijnDossiers(runtime, wie);
    return Response.json({
      dossiers: rijen.map((d) => ({ id: d.id, werknaam: d.werknaam, fase: d.fase, versie: d.versie, bijgewerktOp: d.bijgewerktOp.toISOString() })),
    });
  } catch (fout) {
    if (fout instanceof Response) return fout;
    return domeinFoutAlsJson(fout);
  }
}

const nieuwSchema = z.strictObject({ gegevens: z.unknown() });

/** POST /api/dossiers with {"gegevens": {…dossier_geopend…}} → 201 {"id"}. */
export async function action({ request, context }: ActionFunctionArgs<AppLoadContext>) {
  if (request.method !== "POST") return methodeNietToegestaan("GET, POST");
  try {
    const { runtime, wie } = await vereisIngelogdApi(request, context);
    const invoer = valideer(nieuwSchema, await leesJson(request));
    const id = await openDossier(runtime, wie, invoer.gegevens);
    return Response.json({ id }, { status: 201, headers: { Location: `/api/dossiers/${id}` } });
  } catch (fout) {
    if (fout instanceof Response) return fout;
    return domeinFoutAlsJson(fout);
  }
}
