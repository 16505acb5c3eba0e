import type { Route } from "./+types/dossier-vervolg-einde";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { naarVervolg, TYPE_VAN, VERVOLG_BELEID, VervolgPagina } from "../components/vervolg-pagina.tsx";

export const beleid = VERVOLG_BELEID;

/** Monitoring ended, with the reason. */
export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(args, (f) => stapInvoer(TYPE_VAN.einde, f), naarVervolg);
}

export default function VervolgEinde() {
  return <VervolgPagina actief="einde" />;
}
