import { and, eq, lt, ne } from "drizzle-orm";
import type { SessieStap } from "../../domain/aanmelding/sessie.ts";
import type { Verbinding } from "./database.ts";
import { sessies } from "./schema.ts";

/** A session row; the token itself is never stored, only its hash as the id. */
export interface SessieRij {
  readonly id: string;
  readonly gebruikerId: string;
  readonly aangemaaktOp: Date;
  readonly verlooptOp: Date;
  readonly laatstGebruiktOp: Date;
  readonly stap: SessieStap;
}

export async function bewaarSessie(db: Verbinding, sessie: SessieRij): Promise<void> {
  await db.insert(sessies).values(sessie);
}

export async function vindSessie(db: Verbinding, id: string): Promise<SessieRij | null> {
  const [rij] = await db.select().from(sessies).where(eq(sessies.id, id));
  return rij ? { ...rij, stap: rij.stap as SessieStap } : null;
}

export async function zetSessieStap(db: Verbinding, id: string, stap: SessieStap): Promise<void> {
  await db.update(sessies).set({ stap }).where(eq(sessies.id, id));
}

/** Ends every session of a person at once (deactivation, password change), except optionally the current one. */
export async function verwijderSessiesVan(db: Verbinding, gebruikerId: string, behalve?: string): Promise<void> {
  await db
    .delete(sessies)
    .where(
      behalve
        ? and(eq(sessies.gebruikerId, gebruikerId), ne(sessies.id, behalve))
        : eq(sessies.gebruikerId, gebruikerId),
    );
}

export async function raakSessieAan(db: Verbinding, id: string, nu: Date): Promise<void> {
  await db.update(sessies).set({ laatstGebruiktOp: nu }).where(eq(sessies.id, id));
}

export async function verwijderSessie(db: Verbinding, id: string): Promise<void> {
  await db.delete(sessies).where(eq(sessies.id, id));
}

export async function ruimVerlopenSessiesOp(db: Verbinding, nu: Date): Promise<void> {
  await db.delete(sessies).where(lt(sessies.verlooptOp, nu));
}
