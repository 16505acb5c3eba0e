import { z } from "zod";
import { lijstMijnDossiers } from "../../../app/dossier/bekijk-dossier.ts";
import { openDossier } from "../../../app/dossier/voeg-gebeurtenis-toe.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = {
  toegang: "algemeen",
  acties: ["dossiers_lijst", "dossier_aanmaken"],
} as const satisfies RouteBeleid;

/**
 * GET /api/dossiers?zoek=&fase=&status=&volgorde=&cursor=: one page of the caller's dossiers with only
 * the fields a list needs, and the cursors of the pages around it (decision 0033).
 */
export const loader = apiRoute({ methode: "GET", beleid }, async ({ request, runtime, wie }) => {
  const pagina = await lijstMijnDossiers(runtime, wie, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(
    {
      dossiers: pagina.items.map((d) => ({
        id: d.id,
        werknaam: d.werknaam,
        fase: d.fase,
        versie: d.versie,
        aangemaaktOp: d.aangemaaktOp.toISOString(),
        bijgewerktOp: d.bijgewerktOp.toISOString(),
      })),
      volgende: pagina.volgende,
      vorige: pagina.vorige,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});

const nieuwSchema = z.strictObject({ gegevens: z.unknown() });

/** POST /api/dossiers with {"gegevens": {…dossier_geopend…}} → 201 {"id"}. */
export const action = apiRoute(
  { methode: "POST", beleid, schema: nieuwSchema, toegestaan: "GET, POST" },
  async ({ runtime, wie, invoer }) => {
    const id = await openDossier(runtime, wie, invoer.gegevens);
    return Response.json({ id }, { status: 201, headers: { Location: `/api/dossiers/${id}` } });
  },
);
