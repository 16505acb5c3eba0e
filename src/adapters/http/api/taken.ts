import { mijnTaken } from "../../../app/taken/mijn-taken.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

/** The same rule as the page Mijn taken: any signed-in person, her own tasks in her own organisation. */
export const beleid = { toegang: "algemeen", acties: ["dossiers_lijst"] } as const satisfies RouteBeleid;

/**
 * GET /api/taken?zoek=&fase=&soort=&volgorde=&vanaf=: one page of the caller's tasks, as the page Mijn
 * taken shows them, and the positions of the next and the previous page (decision 0083).
 */
export const loader = apiRoute({ methode: "GET", beleid }, async ({ request, runtime, wie }) => {
  const pagina = await mijnTaken(runtime, wie, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(
    {
      taken: pagina.taken.map((t) => ({
        dossierId: t.dossierId,
        werknaam: t.werknaam,
        soort: t.soort,
        sinds: t.sinds,
      })),
      volgende: pagina.volgende,
      vorige: pagina.vorige,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
