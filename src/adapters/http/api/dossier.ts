import { leesDossierVoorApi } from "../../../app/dossier/bekijk-dossier.ts";
import { maakTakenlijst } from "../../../domain/dossier/takenlijst.ts";
import { apiRoute } from "../api-route.ts";
import { jsonUitBytes } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "dossier", acties: ["bekijken"] } as const satisfies RouteBeleid;

const SLOT = Buffer.from("]}");

/**
 * GET /api/dossiers/{id}: derived state, the version to append against, and every event. The session is
 * read in the dossier's own statement (decision 0074). The answer is what
 * `Response.json({ id, versie, toestand, gebeurtenissen })` writes, byte for byte, with the events'
 * JSON as this process keeps it spliced in rather than serialised on every read.
 */
export const loader = apiRoute({ methode: "GET", beleid, sessie: "in-de-lezing" }, async ({ context, token, id }) => {
  const gelezen = await leesDossierVoorApi(context.samenstelling, token, context.adres, id);
  if (!gelezen) return null;
  const { dossier, toestand, gebeurtenissenJson } = gelezen;
  // The register is the snapshot's index of the events, which are listed in full beside it.
  const { register: _register, ...rest } = toestand;
  const kop = JSON.stringify({
    id: dossier.id,
    versie: toestand.versie,
    toestand: { ...rest, takenlijst: maakTakenlijst(toestand) },
  });
  return jsonUitBytes(Buffer.concat([Buffer.from(`${kop.slice(0, -1)},"gebeurtenissen":[`), gebeurtenissenJson, SLOT]));
});
