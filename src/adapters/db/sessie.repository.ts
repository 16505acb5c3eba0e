import { eq, lt } from "drizzle-orm";
import type { Verbinding } from "./database.ts";
import { sessies } from "./schema.ts";

export interface SessieRij {
  readonly id: string;
  readonly gebruikerId: string;
  readonly aangemaaktOp: Date;
  readonly verlooptOp: Date;
  readonly laatstGebruiktOp: Date;
}

export async function bewaarSessie(db: Verbinding, sessie: SessieRij): Promise<void> {
  await db.insert(sessies).values(sessie);
}

export async function vindSessie(db: Verbinding, id: string): Promise<SessieRij | null> {
  const [rij] = await db.select().from(sessies).where(eq(sessies.id, id));
  return rij ?? null;
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
