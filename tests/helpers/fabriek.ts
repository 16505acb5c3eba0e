import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { maakGebruiker, vindGebruiker } from "../../src/adapters/db/gebruiker.repository.ts";
import { maakOrganisatie } from "../../src/adapters/db/organisatie.repository.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import type { Rol } from "../../src/domain/dossier/keuzes.ts";

/** A fixed clock: 22 November 2026, 10:00 in Amsterdam. */
export const NU = new Date("2026-11-22T09:00:00.000Z");

export function context(db: GeopendeDatabase, nu: Date = NU): AppContext {
  return { db: db.db, klok: () => nu };
}

/** Factory: an organisation with a person per given role; argon2 is skipped (the hash is never checked here). */
export async function maakOrganisatieMetMensen(
  db: GeopendeDatabase,
  naam: string,
  rollen: Rol[][],
): Promise<{ organisatieId: string; mensen: Ingelogd[] }> {
  const organisatieId = await maakOrganisatie(db.db, naam, "onderwijs");
  const mensen: Ingelogd[] = [];
  for (const [i, r] of rollen.entries()) {
    const id = await maakGebruiker(db.db, {
      organisatieId,
      email: `p${i}-${Math.random().toString(36).slice(2)}@${naam.replace(/\W/g, "").toLowerCase()}.example`,
      naam: `Persoon ${i}`,
      wachtwoordHash: "niet-gebruikt",
      rollen: r,
    });
    const gebruiker = await vindGebruiker(db.db, id);
    if (!gebruiker) throw new Error("gebruiker niet gevonden");
    mensen.push({ gebruiker, adres: "127.0.0.1" });
  }
  return { organisatieId, mensen };
}
