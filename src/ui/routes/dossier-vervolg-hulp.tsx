import type { Route } from "./+types/dossier-vervolg-hulp";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { naarVervolg, TYPE_VAN, VERVOLG_BELEID, VervolgPagina } from "../components/vervolg-pagina.tsx";

export const beleid = VERVOLG_BELEID;

/** Help organised after the decision, with its goals and evaluation term. */
export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(args, (f) => stapInvoer(TYPE_VAN.hulp, f), naarVervolg);
}

export default function VervolgHulp() {
  return <VervolgPagina actief="hulp" />;
}
