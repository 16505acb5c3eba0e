import { leesDossierVoorApi } from "../../../app/dossier/bekijk-dossier.ts";
import { maakTakenlijst } from "../../../domain/dossier/takenlijst.ts";
import type { DossierToestand } from "../../../domain/dossier/toestand.ts";
import { apiRoute } from "../api-route.ts";
import { jsonUitBytes } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "dossier", acties: ["bekijken"] } as const satisfies RouteBeleid;

/**
 * The answer's `toestand` as JSON per state. The API answers from this process's kept state (decision
 * 0059), the same frozen object until an event is added, so its JSON (with the task list, which follows
 * from the state alone) is made once per version; it goes when the kept state goes.
 */
const TOESTAND_JSON = new WeakMap<DossierToestand, Buffer>();

function toestandJson(toestand: DossierToestand): Buffer {
  let json = TOESTAND_JSON.get(toestand);
  if (!json) {
    // The register is the snapshot's index of the events, which are listed in full beside it.
    const { register: _register, ...rest } = toestand;
    json = Buffer.from(JSON.stringify({ ...rest, takenlijst: maakTakenlijst(toestand) }));
    TOESTAND_JSON.set(toestand, json);
  }
  return json;
}

const GEBEURTENISSEN = Buffer.from(',"gebeurtenissen":[');
const SLOT = Buffer.from("]}");

/**
 * GET /api/dossiers/{id}: derived state, the version to append against, and every event. The session is
 * read in the dossier's own statement (decision 0074). The answer is what
 * `Response.json({ id, versie, toestand, gebeurtenissen })` writes, byte for byte, put together from the
 * state's JSON and the events' JSON as this process keeps them rather than serialised on every read.
 */
export const loader = apiRoute({ methode: "GET", beleid, sessie: "in-de-lezing" }, async ({ context, token, id }) => {
  const gelezen = await leesDossierVoorApi(context.samenstelling, token, context.adres, id);
  if (!gelezen) return null;
  const { dossier, toestand, gebeurtenissenJson } = gelezen;
  const kop = Buffer.from(
    `{"id":${JSON.stringify(dossier.id)},"versie":${JSON.stringify(toestand.versie)},"toestand":`,
  );
  return jsonUitBytes(Buffer.concat([kop, toestandJson(toestand), GEBEURTENISSEN, gebeurtenissenJson, SLOT]));
});
