import type { AppLoadContext, LoaderFunctionArgs } from "react-router";
import { bekijkDossier } from "../../../app/dossier/bekijk-dossier.ts";
import { maakTakenlijst } from "../../../domain/dossier/takenlijst.ts";
import { DomeinFout } from "../../../domain/fouten.ts";
import { isGeldigId, vereisIngelogdApi } from "../aanmelding.ts";
import { domeinFoutAlsJson } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken"] };

/** GET /api/dossiers/{id}: derived state, the version to append against, and every event. */
export async function loader({ request, params, context }: LoaderFunctionArgs<AppLoadContext>) {
  try {
    const { runtime, wie } = await vereisIngelogdApi(request, context);
    if (!isGeldigId(params["id"])) throw new DomeinFout("NIET_GEVONDEN");
    const { dossier, toestand, gebeurtenissen } = await bekijkDossier(runtime, wie, params["id"], "alles");
    // The register is the snapshot's index of the events, which are listed in full beside it.
    const { register: _register, ...rest } = toestand;
    return Response.json({
      id: dossier.id,
      versie: toestand.versie,
      toestand: { ...rest, takenlijst: maakTakenlijst(toestand) },
      gebeurtenissen: [...gebeurtenissen].reverse(),
    });
  } catch (fout) {
    if (fout instanceof Response) return fout;
    return domeinFoutAlsJson(fout);
  }
}
