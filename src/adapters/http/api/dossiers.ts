import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { lijstMijnDossiers } from "../../../app/dossier/bekijk-dossier.ts";
import { openDossier } from "../../../app/dossier/voeg-gebeurtenis-toe.ts";
import { valideer } from "../../../domain/validatie.ts";
import { vereisIngelogdApi } from "../aanmelding.ts";
import { domeinFoutAlsJson, leesJson, methodeNietToegestaan } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["dossiers_lijst", "dossier_aanmaken"] };

/**
 * GET /api/dossiers?zoek=&fase=&status=&volgorde=&cursor=: one page of the caller's dossiers with only
 * the fields a list needs, and the cursors of the pages around it (decision 0033).
 */
export async function loader({ request, context }: LoaderFunctionArgs<AppLoadContext>) {
  try {
    const { runtime, wie } = await vereisIngelogdApi(request, context);
    const pagina = await lijstMijnDossiers(runtime, wie, Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(
      {
        dossiers: pagina.items.map((d) => ({
          id: d.id, werknaam: d.werknaam, fase: d.fase, versie: d.versie, aangemaaktOp: d.aangemaaktOp.toISOString(), bijgewerktOp: d.bijgewerktOp.toISOString(),
        })),
        volgende: pagina.volgende,
        vorige: pagina.vorige,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
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
