import { leesWerkvoorraad } from "../../../app/werkvoorraad/werkvoorraad.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "algemeen", acties: ["werkvoorraad"] } as const satisfies RouteBeleid;

/** GET /api/werkvoorraad?zoek=&fase=&status=&achterstallig=&besluit_gevraagd=&wacht_op_vt=&vt_meer_dan=&versneld=&in_monitoring=&volgorde=&cursor=: one page of the werkvoorraad (decision 0045). */
export const loader = apiRoute({ methode: "GET", beleid }, async ({ request, runtime, wie }) => {
  const pagina = await leesWerkvoorraad(runtime, wie, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(
    {
      dossiers: pagina.items.map((r) => ({
        id: r.id,
        werknaam: r.werknaam,
        fase: r.fase,
        grondslag: r.grondslag,
        bijgewerktOp: r.bijgewerktOp.toISOString(),
        dagenStil: r.dagenStil,
        openTaken: r.openTaken,
        achterstalligeTaken: r.achterstalligeTaken,
        besluitGevraagd: r.besluitGevraagd,
        gesloten: r.gesloten,
        bewaarTot: r.bewaarTot,
        wachtOpVtSinds: r.wachtOpVtSinds,
        wachtOpVtWerkdagen: r.wachtOpVtWerkdagen,
        versneldSinds: r.versneldSinds,
        versneldeKlok: r.klok,
        inMonitoring: r.inMonitoring,
      })),
      tellingen: pagina.tellingen,
      volgende: pagina.volgende,
      vorige: pagina.vorige,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
