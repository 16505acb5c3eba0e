import { and, arrayOverlaps, eq, sql } from "drizzle-orm";
import type { Rol } from "../../domain/dossier/keuzes.ts";
import type { Verbinding } from "./database.ts";
import { gebruikers, takenoverzichten } from "./schema.ts";

/** Who may get the daily digest: just enough to compute their tasks and address the mail. */
export interface OverzichtOntvanger {
  readonly id: string;
  readonly organisatieId: string;
  readonly rollen: readonly Rol[];
  readonly email: string;
  readonly naam: string;
}

/**
 * The roles that can be responsible for a case. A beheerder or logbeheerder never owns one, so a
 * person with only those roles is left out here instead of costing a task query that finds nothing.
 */
const CASUSROLLEN: readonly Rol[] = ["medewerker", "aandachtsfunctionaris", "eindverantwoordelijke"];

/** Every active person with a case role, across all organisations, in a stable order. */
export async function actieveGebruikersMetEmail(db: Verbinding): Promise<OverzichtOntvanger[]> {
  const rijen = await db
    .select({
      id: gebruikers.id,
      organisatieId: gebruikers.organisatieId,
      rollen: gebruikers.rollen,
      email: gebruikers.email,
      naam: gebruikers.naam,
    })
    .from(gebruikers)
    .where(and(eq(gebruikers.actief, true), arrayOverlaps(gebruikers.rollen, [...CASUSROLLEN])))
    .orderBy(gebruikers.organisatieId, gebruikers.id);
  return rijen.map((rij) => ({ ...rij, rollen: rij.rollen as Rol[] }));
}

/**
 * Claims the digest of one person for one Dutch date. The unique (gebruiker, datum) pair decides:
 * only the call whose insert lands may send, so a restart or a second instance running the same
 * schedule never mails twice. True: this call claimed the day.
 */
export async function claimOverzicht(
  db: Verbinding,
  gebruikerId: string,
  datum: string,
  aantal: number,
  nu: Date,
): Promise<boolean> {
  const rijen = await db
    .insert(takenoverzichten)
    .values({ gebruikerId, datum, aantalTaken: aantal, verzondenOp: nu })
    .onConflictDoNothing({ target: [takenoverzichten.gebruikerId, takenoverzichten.datum] })
    .returning({ gebruikerId: takenoverzichten.gebruikerId });
  return rijen.length === 1;
}

/**
 * Gives a claimed day back after the mail could not be sent, so a later run (a restart, another
 * instance, the next check of the schedule) may try again instead of the person silently missing it.
 */
export async function geefOverzichtVrij(db: Verbinding, gebruikerId: string, datum: string): Promise<void> {
  await db
    .delete(takenoverzichten)
    .where(and(eq(takenoverzichten.gebruikerId, gebruikerId), eq(takenoverzichten.datum, datum)));
}

/** The dates a person's digest was claimed, oldest first; for tests and support questions ("did I get one?"). */
export async function overzichtDatums(db: Verbinding, gebruikerId: string): Promise<string[]> {
  const rijen = await db
    .select({ datum: takenoverzichten.datum })
    .from(takenoverzichten)
    .where(eq(takenoverzichten.gebruikerId, gebruikerId))
    .orderBy(sql`${takenoverzichten.datum}`);
  return rijen.map((r) => r.datum);
}
