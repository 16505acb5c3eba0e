import { data } from "react-router";
import type { Route } from "./+types/afschrift-pdf";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { afschriftAlsPdfDocument } from "../../adapters/pdf/afschrift-naar-pdf.ts";
import { renderPdf } from "../../adapters/pdf/melding-pdf.ts";
import { leesAfschrift } from "../../app/dossier/afschrift.ts";
import { taalVanVerzoek } from "../../i18n/vertaal.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["inzage_afschrift"] };

/**
 * GET /dossiers/{id}/afschrift.pdf?verzoek=…: the inspection copy as PDF (decision 0048), rendered from
 * the copy in which withheld text no longer exists, with the report's renderer and fonts. Logged as
 * `afschrift_exporteren` with the grounds and entries withheld.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const id = new URL(request.url).searchParams.get("verzoek");
  const afschrift = await ofFoutpagina(leesAfschrift(runtime, wie, params.id, id && isGeldigId(id) ? id : null, "pdf"));
  const pdf = await renderPdf(afschriftAlsPdfDocument(afschrift, taalVanVerzoek(request)));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="afschrift-${afschrift.dossierId.slice(0, 8)}-${afschrift.verzoek.id.slice(0, 8)}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
