import type { AlgemeneActie, DossierActie } from "../../domain/toegang/beleid.ts";

/**
 * Every route module declares who may reach it, next to its loader and action. The use-cases
 * enforce the policy (`kan`, `kanAlgemeen`); this declaration makes it visible per route, and a
 * test fails for any route that lacks one or names an action the policy does not know.
 */
export type RouteBeleid =
  /** No sign-in needed, and no case data: sign-in page, language switch, the API description. */
  | { readonly toegang: "openbaar" }
  /** Any signed-in person, about themselves only (own account, sign-out). */
  | { readonly toegang: "ingelogd" }
  /** An action outside a single dossier, decided by role. */
  | { readonly toegang: "algemeen"; readonly acties: readonly AlgemeneActie[] }
  /** Actions on the dossier named in the URL, decided by the person's basis for that dossier. */
  | { readonly toegang: "dossier"; readonly acties: readonly DossierActie[] };
