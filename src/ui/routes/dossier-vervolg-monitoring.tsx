import type { Route } from "./+types/dossier-vervolg-monitoring";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { naarVervolg, TYPE_VAN, VERVOLG_BELEID, VervolgPagina } from "../components/vervolg-pagina.tsx";

export const beleid = VERVOLG_BELEID;

/** Monitoring started: safety checks in a rhythm. */
export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(args, (f) => stapInvoer(TYPE_VAN.monitoring, f), naarVervolg);
}

export default function VervolgMonitoring() {
  return <VervolgPagina actief="monitoring" />;
}
