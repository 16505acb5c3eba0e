import { leesToegangslog } from "../../../app/toegang/toegangslog-lezen.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "algemeen", acties: ["toegangslog_lezen"] } as const satisfies RouteBeleid;

/** GET /api/auditlog?dossier=&gebruiker=&actie=&uitkomst=&van=&tot=&cursor= — one page of the organisation's access log, for logbeheerders. */
export const loader = apiRoute({ methode: "GET", beleid }, async ({ request, runtime, wie }) => {
  const invoer: Record<string, string | undefined> = {};
  for (const [k, v] of new URL(request.url).searchParams) invoer[k] = v;
  const pagina = await leesToegangslog(runtime, wie, invoer);
  return Response.json(
    {
      regels: pagina.items.map((r) => ({
        keten: r.keten,
        volgnummer: r.volgnummer,
        tijdstip: r.tijdstip,
        gebruikerId: r.gebruikerId,
        gebruikerNaam: r.gebruikerNaam,
        rol: r.rol,
        namens: r.namens,
        actie: r.actie,
        dossierId: r.dossierId,
        uitkomst: r.uitkomst,
        grondslag: r.grondslag,
        adres: r.adres,
        hash: r.hash,
      })),
      // Kept from before paging: true when there are older entries than this page.
      afgekapt: pagina.volgende !== null,
      volgende: pagina.volgende,
      vorige: pagina.vorige,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
