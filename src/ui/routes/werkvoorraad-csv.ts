import type { Route } from "./+types/werkvoorraad-csv";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { exporteerWerkvoorraad } from "../../app/werkvoorraad/werkvoorraad.ts";
import { taalVanVerzoek, vertaler } from "../../i18n/vertaal.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["werkvoorraad"] };

/** GET /werkvoorraad.csv with the filters of the page: the whole werkvoorraad for Dutch Excel (decision 0045). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const t = vertaler(taalVanVerzoek(request));
  const { csv } = await ofFoutpagina(
    exporteerWerkvoorraad(runtime, wie, Object.fromEntries(new URL(request.url).searchParams), (sleutel) => t(sleutel)),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="werkvoorraad.csv"',
      "Cache-Control": "no-store",
    },
  });
}
