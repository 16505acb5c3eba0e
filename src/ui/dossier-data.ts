import { useMemo } from "react";
import { useRouteLoaderData, type ShouldRevalidateFunctionArgs } from "react-router";
import type { DossierToestand, Registratie } from "../domain/dossier/toestand.ts";
import type { loader } from "./routes/dossier-layout.tsx";

/** The dossier loaded once by the layout route; step pages read it instead of loading again. */
export function useDossier() {
  const data = useRouteLoaderData<typeof loader>("dossier");
  if (!data) throw new Error("useDossier buiten de dossierroute");
  return data;
}

export type DossierData = ReturnType<typeof useDossier>;

/**
 * The layout's state with the register this page's own loader sent (`registerLoader`, decision 0082): the
 * whole state again, for the domain's functions that name entries. Made once per state and register.
 */
export function useToestandMetRegister(register: ReadonlyMap<string, Registratie>): DossierToestand {
  const { toestand } = useDossier();
  return useMemo(() => ({ ...toestand, register }), [toestand, register]);
}

/**
 * The case pages' revalidation (the layout's, and a page's that loads its own part). A refused form
 * (4xx) normally skips reloading. A version conflict (409) is the exception: the person must see what
 * the colleague added, and the form must carry the new version, or sending again would conflict again.
 */
export function herlaadNaConflict({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs): boolean {
  return actionStatus === 409 ? true : defaultShouldRevalidate;
}
