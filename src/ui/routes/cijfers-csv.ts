import type { Route } from "./+types/cijfers-csv";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { exporteerCijfers } from "../../app/cijfers/reflectiecijfers.ts";
import { taalVanVerzoek, vertaler } from "../../i18n/vertaal.ts";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["cijfers"] };

/** GET /cijfers.csv?van=&tot=: the reflection figures of the period for Dutch Excel, with the same suppression as the page (decision 0047). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const taal = taalVanVerzoek(request);
  const t = vertaler(taal);
  const { csv, periode } = await ofFoutpagina(
    exporteerCijfers(
      runtime,
      wie,
      Object.fromEntries(new URL(request.url).searchParams),
      (sleutel) => t(sleutel),
      taal,
    ),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="reflectiecijfers-${periode.van}-${periode.tot}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
