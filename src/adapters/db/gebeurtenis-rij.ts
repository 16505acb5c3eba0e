import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import type { Rol } from "../../domain/dossier/keuzes.ts";
import type { gebeurtenissen } from "./schema.ts";

/**
 * An event's stored columns, as a select of the table returns them, or as a statement builds them in JSON
 * (`json_build_object` with the same names): there the time is text.
 */
export type GebeurtenisRij = Pick<
  typeof gebeurtenissen.$inferSelect,
  "id" | "volgnummer" | "type" | "stap" | "gegevens" | "actorId" | "actorNaam" | "actorRol"
> & { readonly opgetredenOp: Date | string };

/** The domain's event from its stored row: the one mapping for every read of events. */
export function naarGebeurtenis(rij: GebeurtenisRij): Gebeurtenis {
  return {
    id: rij.id,
    volgnummer: rij.volgnummer,
    type: rij.type,
    stap: rij.stap,
    gegevens: rij.gegevens,
    actor: { id: rij.actorId, naam: rij.actorNaam, rol: rij.actorRol as Rol },
    opgetredenOp: (typeof rij.opgetredenOp === "string" ? new Date(rij.opgetredenOp) : rij.opgetredenOp).toISOString(),
  } as Gebeurtenis;
}
