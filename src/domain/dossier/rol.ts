import type { GebeurtenisType, Rol } from "./keuzes.ts";

/**
 * The role in which a person acts when recording an event: the decision is recorded as the
 * eindverantwoordelijke's when they hold that role, otherwise the most specific case role counts.
 */
export function rolVoorGebeurtenis(rollen: readonly Rol[], type: GebeurtenisType): Rol {
  if (type === "besluit_genomen" && rollen.includes("eindverantwoordelijke")) return "eindverantwoordelijke";
  for (const rol of ["aandachtsfunctionaris", "medewerker", "eindverantwoordelijke"] as const) {
    if (rollen.includes(rol)) return rol;
  }
  return "medewerker";
}
