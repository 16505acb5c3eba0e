import type { Route } from "./+types/dossier-vervolg-vt";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { naarVervolg, TYPE_VAN, VERVOLG_BELEID, VervolgPagina } from "../components/vervolg-pagina.tsx";

export const beleid = VERVOLG_BELEID;

/** Veilig Thuis' answer to the report. */
export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(args, (f) => stapInvoer(TYPE_VAN.vt, f), naarVervolg);
}

export default function VervolgVt() {
  return <VervolgPagina actief="vt" />;
}
