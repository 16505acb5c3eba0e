import type { AppLoadContext, LoaderFunctionArgs } from "react-router";
import { leesWerkvoorraad } from "../../../app/werkvoorraad/werkvoorraad.ts";
import { vereisIngelogdApi } from "../aanmelding.ts";
import { domeinFoutAlsJson } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["werkvoorraad"] };

/** GET /api/werkvoorraad?zoek=&fase=&status=&achterstallig=&besluit_gevraagd=&volgorde=&cursor=: one page of the werkvoorraad (decision 0045). */
export async function loader({ request, context }: LoaderFunctionArgs<AppLoadContext>) {
  try {
    const { runtime, wie } = await vereisIngelogdApi(request, context);
    const pagina = await leesWerkvoorraad(runtime, wie, Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(
      {
        dossiers: pagina.items.map((r) => ({
          id: r.id, werknaam: r.werknaam, fase: r.fase, grondslag: r.grondslag, bijgewerktOp: r.bijgewerktOp.toISOString(), dagenStil: r.dagenStil,
          openTaken: r.openTaken, achterstalligeTaken: r.achterstalligeTaken, besluitGevraagd: r.besluitGevraagd, gesloten: r.gesloten, bewaarTot: r.bewaarTot,
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
