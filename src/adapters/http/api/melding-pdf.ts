import type { AppLoadContext, LoaderFunctionArgs } from "react-router";
import { leesMeldingVoorUitvoer } from "../../../app/melding/melding-lezen.ts";
import { DomeinFout } from "../../../domain/fouten.ts";
import { renderPdf } from "../../pdf/melding-pdf.ts";
import { meldingAlsPdfDocument } from "../../pdf/melding-naar-pdf.ts";
import { isGeldigId, vereisIngelogdApi } from "../aanmelding.ts";
import { domeinFoutAlsJson } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["exporteren"] };

/**
 * GET /api/dossiers/{id}/melding.pdf: the report as PDF, for the browser and integrations. The export
 * is logged (dossier_exporteren) in the same transaction that reads it; like every dynamic answer it
 * gets Cache-Control: no-store from the server.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs<AppLoadContext>) {
  try {
    const { runtime, wie } = await vereisIngelogdApi(request, context);
    if (!isGeldigId(params["id"])) throw new DomeinFout("NIET_GEVONDEN");
    const melding = await leesMeldingVoorUitvoer(runtime, wie, params["id"], "exporteren");
    const pdf = await renderPdf(meldingAlsPdfDocument(melding));
    const naam = `melding-${melding.dossierId.slice(0, 8)}${melding.verstuurd ? `-v${melding.verstuurd.versie}` : "-concept"}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${naam}"`,
      },
    });
  } catch (fout) {
    if (fout instanceof Response) return fout;
    return domeinFoutAlsJson(fout);
  }
}
