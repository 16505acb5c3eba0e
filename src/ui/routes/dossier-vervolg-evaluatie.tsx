import type { Route } from "./+types/dossier-vervolg-evaluatie";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { naarVervolg, TYPE_VAN, VERVOLG_BELEID, VervolgPagina } from "../components/vervolg-pagina.tsx";

export const beleid = VERVOLG_BELEID;

/** The evaluation of the help at its term. */
export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(args, (f) => stapInvoer(TYPE_VAN.evaluatie, f), naarVervolg);
}

export default function VervolgEvaluatie() {
  return <VervolgPagina actief="evaluatie" />;
}
