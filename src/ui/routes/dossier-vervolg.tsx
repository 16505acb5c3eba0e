import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { VervolgPagina } from "../components/vervolg-pagina.tsx";

/** The page after the decision; its forms post to their own routes (dossier-vervolg-<formulier>.tsx). */
export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken"] };

export default function Vervolg() {
  return <VervolgPagina />;
}
