import type { Verbinding } from "./database.ts";
import { auditlog } from "./schema.ts";

export type AuditActie = "dossier_bekijken" | "dossier_aanmaken" | "gebeurtenis_toevoegen" | "dossiers_lijst" | "inloggen";
export type AuditUitkomst = "gelukt" | "geweigerd" | "niet_gevonden" | "conflict" | "ongeldig";

export interface AuditRegel {
  readonly tijdstip: Date;
  readonly organisatieId: string | null;
  readonly gebruikerId: string | null;
  readonly rol: string | null;
  readonly actie: AuditActie;
  readonly dossierId: string | null;
  readonly uitkomst: AuditUitkomst;
  readonly adres: string | null;
}

/** Writes one audit entry. Called inside the transaction of what it records: no entry, no action. */
export async function schrijfAudit(db: Verbinding, regel: AuditRegel): Promise<void> {
  await db.insert(auditlog).values(regel);
}
