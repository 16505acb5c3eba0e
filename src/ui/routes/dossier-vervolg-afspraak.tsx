import type { Route } from "./+types/dossier-vervolg-afspraak";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { naarVervolg, TYPE_VAN, VERVOLG_BELEID, VervolgPagina } from "../components/vervolg-pagina.tsx";

export const beleid = VERVOLG_BELEID;

/** An agreement of the help: what, who, by when. */
export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(args, (f) => stapInvoer(TYPE_VAN.afspraak, f), naarVervolg);
}

export default function VervolgAfspraak() {
  return <VervolgPagina actief="afspraak" />;
}
