import type { ActionFunctionArgs } from "react-router";
import { z } from "zod";
import { evalueerAfweging } from "../../../domain/afweging/afwegingskader.ts";
import { ANTWOORDEN } from "../../../domain/dossier/keuzes.ts";
import { valideer } from "../../../domain/validatie.ts";
import { domeinFoutAlsJson, leesJson, methodeNietToegestaan } from "../json.ts";
import type { RouteBeleid } from "../route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "openbaar" };

const antwoord = z.enum(ANTWOORDEN).optional();
const schema = z.strictObject({
  antwoorden: z.strictObject({ "1": antwoord, "2": antwoord, "3": antwoord, "4": antwoord, "5": antwoord }),
  disclosure: z.boolean(),
});

/**
 * POST /api/afwegingskader/evaluatie: the pure evaluator, for integrations and the live preview.
 * It reads no case data, so it needs no sign-in and writes no audit entry.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodeNietToegestaan("POST");
  try {
    const invoer = valideer(schema, await leesJson(request));
    const a = invoer.antwoorden;
    const antwoorden = Object.fromEntries(
      ([1, 2, 3, 4, 5] as const).flatMap((n) => {
        const w = a[String(n) as "1"];
        return w ? [[n, w]] : [];
      }),
    );
    return Response.json(evalueerAfweging(antwoorden, { disclosure: invoer.disclosure }));
  } catch (fout) {
    if (fout instanceof Response) return fout;
    return domeinFoutAlsJson(fout);
  }
}

export function loader() {
  return methodeNietToegestaan("POST");
}
