import type { AppLoadContext, LoaderFunctionArgs } from "react-router";
import { leesToegangslog } from "../../../app/toegang/toegangslog-lezen.ts";
import { vereisIngelogdApi } from "../aanmelding.ts";
import { domeinFoutAlsJson } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["toegangslog_lezen"] };

/** GET /api/auditlog?dossier=&gebruiker=&actie=&uitkomst=&van=&tot=&cursor= — one page of the organisation's access log, for logbeheerders. */
export async function loader({ request, context }: LoaderFunctionArgs<AppLoadContext>) {
  const { runtime, wie } = await vereisIngelogdApi(request, context);
  const url = new URL(request.url);
  const invoer: Record<string, string | undefined> = {};
  for (const [k, v] of url.searchParams) invoer[k] = v;
  try {
    const pagina = await leesToegangslog(runtime, wie, invoer);
    return Response.json(
      {
        regels: pagina.items.map((r) => ({
          keten: r.keten, volgnummer: r.volgnummer, tijdstip: r.tijdstip, gebruikerId: r.gebruikerId, gebruikerNaam: r.gebruikerNaam, rol: r.rol, namens: r.namens,
          actie: r.actie, dossierId: r.dossierId, uitkomst: r.uitkomst, grondslag: r.grondslag, adres: r.adres, hash: r.hash,
        })),
        // Kept from before paging: true when there are older entries than this page.
        afgekapt: pagina.volgende !== null,
        volgende: pagina.volgende,
        vorige: pagina.vorige,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (fout) {
    return domeinFoutAlsJson(fout);
  }
}
