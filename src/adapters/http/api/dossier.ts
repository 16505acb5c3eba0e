import { leesDossierMetGebeurtenissen } from "../../../app/dossier/bekijk-dossier.ts";
import { maakTakenlijst } from "../../../domain/dossier/takenlijst.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "dossier", acties: ["bekijken"] } as const satisfies RouteBeleid;

/** GET /api/dossiers/{id}: derived state, the version to append against, and every event. */
export const loader = apiRoute({ methode: "GET", beleid }, async ({ runtime, wie, id }) => {
  const { dossier, toestand, gebeurtenissen } = await leesDossierMetGebeurtenissen(runtime, wie, id);
  // The register is the snapshot's index of the events, which are listed in full beside it.
  const { register: _register, ...rest } = toestand;
  return Response.json({
    id: dossier.id,
    versie: toestand.versie,
    toestand: { ...rest, takenlijst: maakTakenlijst(toestand) },
    gebeurtenissen,
  });
});
