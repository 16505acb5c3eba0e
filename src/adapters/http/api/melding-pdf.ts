import { leesMeldingVoorUitvoer } from "../../../app/melding/melding-lezen.ts";
import { renderPdf } from "../../pdf/melding-pdf.ts";
import { meldingAlsPdfDocument } from "../../pdf/melding-naar-pdf.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "dossier", acties: ["exporteren"] } as const satisfies RouteBeleid;

/**
 * GET /api/dossiers/{id}/melding.pdf: the report as PDF, for the browser and integrations. The export
 * is logged (dossier_exporteren) in the same transaction that reads it; like every dynamic answer it
 * gets Cache-Control: no-store from the server.
 */
export const loader = apiRoute({ methode: "GET", beleid }, async ({ runtime, wie, id }) => {
  const melding = await leesMeldingVoorUitvoer(runtime, wie, id, "exporteren");
  const pdf = await renderPdf(meldingAlsPdfDocument(melding));
  const naam = `melding-${melding.dossierId.slice(0, 8)}${melding.verstuurd ? `-v${melding.verstuurd.versie}` : "-concept"}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${naam}"`,
    },
  });
});
