import { z } from "zod";
import { evalueerAfweging } from "../../../domain/afweging/afwegingskader.ts";
import { ANTWOORDEN } from "../../../domain/dossier/keuzes.ts";
import { apiRoute } from "../api-route.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid = { toegang: "openbaar" } as const satisfies RouteBeleid;

const antwoord = z.enum(ANTWOORDEN).optional();
const schema = z.strictObject({
  antwoorden: z.strictObject({ "1": antwoord, "2": antwoord, "3": antwoord, "4": antwoord, "5": antwoord }),
  disclosure: z.boolean(),
});

/**
 * POST /api/afwegingskader/evaluatie: the pure evaluator, for integrations and the live preview.
 * It reads no case data, so it needs no sign-in and writes no audit entry.
 */
export const action = apiRoute({ methode: "POST", beleid, schema }, ({ invoer }) => {
  const a = invoer.antwoorden;
  const antwoorden = Object.fromEntries(
    ([1, 2, 3, 4, 5] as const).flatMap((n) => {
      const w = a[String(n) as "1"];
      return w ? [[n, w]] : [];
    }),
  );
  return Response.json(evalueerAfweging(antwoorden, { disclosure: invoer.disclosure }));
});

/** GET answers 405, like any method but POST. */
export const loader = action;
