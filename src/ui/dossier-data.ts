import { useRouteLoaderData } from "react-router";
import type { loader } from "./routes/dossier-layout.tsx";

/** The dossier loaded once by the layout route; step pages read it instead of loading again. */
export function useDossier() {
  const data = useRouteLoaderData<typeof loader>("dossier");
  if (!data) throw new Error("useDossier buiten de dossierroute");
  return data;
}

export type DossierData = ReturnType<typeof useDossier>;
