import { and, eq, gt, inArray, isNull, lt } from "drizzle-orm";
import type { Verbinding } from "./database.ts";
import { eenmaligeLinks, herstelcodes, inlogpogingen } from "./schema.ts";

/** Times of recent attempts counted as failed, per throttling key, leaving out the given rows (one's own). */
export async function mislukteTijden(
  db: Verbinding,
  sleutels: readonly string[],
  sinds: Date,
  behalve: readonly number[] = [],
): Promise<Map<string, number[]>> {
  const rijen = await db
    .select({ id: inlogpogingen.id, sleutel: inlogpogingen.sleutel, tijdstip: inlogpogingen.tijdstip })
    .from(inlogpogingen)
    .where(and(inArray(inlogpogingen.sleutel, [...sleutels]), gt(inlogpogingen.tijdstip, sinds)));
  const per = new Map<string, number[]>(sleutels.map((s) => [s, []]));
  for (const r of rijen) if (!behalve.includes(r.id)) per.get(r.sleutel)?.push(r.tijdstip.getTime());
  return per;
}

/** Counts an attempt as failed (before it is checked, so parallel attempts see each other); returns the rows. */
export async function registreerMislukt(db: Verbinding, sleutels: readonly string[], nu: Date): Promise<number[]> {
  const rijen = await db
    .insert(inlogpogingen)
    .values(sleutels.map((sleutel) => ({ sleutel, tijdstip: nu })))
    .returning({ id: inlogpogingen.id });
  return rijen.map((r) => r.id);
}

export async function verwijderPogingen(db: Verbinding, ids: readonly number[]): Promise<void> {
  if (ids.length) await db.delete(inlogpogingen).where(inArray(inlogpogingen.id, [...ids]));
}

export async function wisPogingen(db: Verbinding, sleutel: string): Promise<void> {
  await db.delete(inlogpogingen).where(eq(inlogpogingen.sleutel, sleutel));
}

export async function ruimPogingenOp(db: Verbinding, voor: Date): Promise<void> {
  await db.delete(inlogpogingen).where(lt(inlogpogingen.tijdstip, voor));
}

/** Replaces all recovery codes of a person (only hashes are stored). */
export async function vervangHerstelcodes(
  db: Verbinding,
  gebruikerId: string,
  hashes: readonly string[],
): Promise<void> {
  await db.delete(herstelcodes).where(eq(herstelcodes.gebruikerId, gebruikerId));
  if (hashes.length) await db.insert(herstelcodes).values(hashes.map((hash) => ({ gebruikerId, hash })));
}

/** Uses one recovery code: true when it existed and was unused; it can never be used again. */
export async function gebruikHerstelcode(
  db: Verbinding,
  gebruikerId: string,
  hash: string,
  nu: Date,
): Promise<boolean> {
  const rijen = await db
    .update(herstelcodes)
    .set({ gebruiktOp: nu })
    .where(and(eq(herstelcodes.gebruikerId, gebruikerId), eq(herstelcodes.hash, hash), isNull(herstelcodes.gebruiktOp)))
    .returning({ id: herstelcodes.id });
  return rijen.length === 1;
}

export async function telOngebruikteHerstelcodes(db: Verbinding, gebruikerId: string): Promise<number> {
  const rijen = await db
    .select({ id: herstelcodes.id })
    .from(herstelcodes)
    .where(and(eq(herstelcodes.gebruikerId, gebruikerId), isNull(herstelcodes.gebruiktOp)));
  return rijen.length;
}

export type LinkDoel = "uitnodiging" | "herstel";

/** Stores a one-time link by the SHA-256 of its token; earlier unused links of the person stop working. */
export async function maakEenmaligeLink(
  db: Verbinding,
  rij: { id: string; gebruikerId: string; doel: LinkDoel; nu: Date; verlooptOp: Date },
): Promise<void> {
  await db
    .update(eenmaligeLinks)
    .set({ gebruiktOp: rij.nu })
    .where(and(eq(eenmaligeLinks.gebruikerId, rij.gebruikerId), isNull(eenmaligeLinks.gebruiktOp)));
  await db.insert(eenmaligeLinks).values({
    id: rij.id,
    gebruikerId: rij.gebruikerId,
    doel: rij.doel,
    aangemaaktOp: rij.nu,
    verlooptOp: rij.verlooptOp,
  });
}

/** A link that is unused and not expired, or null. */
export async function vindGeldigeLink(
  db: Verbinding,
  id: string,
  nu: Date,
): Promise<{ gebruikerId: string; doel: LinkDoel } | null> {
  const [rij] = await db
    .select({ gebruikerId: eenmaligeLinks.gebruikerId, doel: eenmaligeLinks.doel })
    .from(eenmaligeLinks)
    .where(and(eq(eenmaligeLinks.id, id), isNull(eenmaligeLinks.gebruiktOp), gt(eenmaligeLinks.verlooptOp, nu)));
  return rij ? { gebruikerId: rij.gebruikerId, doel: rij.doel as LinkDoel } : null;
}

/** Spends a link; only one caller can win. */
export async function gebruikLink(db: Verbinding, id: string, nu: Date): Promise<string | null> {
  const rijen = await db
    .update(eenmaligeLinks)
    .set({ gebruiktOp: nu })
    .where(and(eq(eenmaligeLinks.id, id), isNull(eenmaligeLinks.gebruiktOp), gt(eenmaligeLinks.verlooptOp, nu)))
    .returning({ gebruikerId: eenmaligeLinks.gebruikerId });
  return rijen[0]?.gebruikerId ?? null;
}
