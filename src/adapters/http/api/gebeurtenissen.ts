import { z } from "zod";
import { voegGebeurtenisToeAanDossier } from "../../../app/dossier/voeg-gebeurtenis-toe.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "dossier", acties: ["toevoegen"] } as const satisfies RouteBeleid;

const schema = z.strictObject({
  type: z.string().max(64),
  verwachteVersie: z.number().int().min(0),
  gegevens: z.record(z.string(), z.unknown()),
});

/** POST /api/dossiers/{id}/gebeurtenissen → 201 {"id","versie"}, or 409 when `verwachteVersie` is stale. */
export const action = apiRoute({ methode: "POST", beleid, schema }, async ({ runtime, wie, id, invoer }) => {
  const { gebeurtenisId, versie } = await voegGebeurtenisToeAanDossier(runtime, wie, id, invoer);
  return Response.json({ id: gebeurtenisId, versie }, { status: 201 });
});

/** GET answers 405, like any method but POST. */
export const loader = action;
