import { and, asc, desc, eq, gt, gte, lt, sql, type SQL } from "drizzle-orm";
import { BEGIN_HASH, ketenHash, type LogInhoud, type LogRegel } from "../../domain/toegang/logketen.ts";
import type { Verbinding } from "./database.ts";
import { gebruikers, toegangslog } from "./schema.ts";

/** One advisory lock serialises writers of the chain, so every entry links to the one before it. */
const KETEN_SLOT = 7513;

/**
 * Appends one entry to the access log inside the caller's transaction: no entry, no action. The
 * caller's transaction also holds the chain lock until it commits, so entries never interleave.
 */
export async function schrijfLogregel(db: Verbinding, inhoud: Omit<LogInhoud, "volgnummer">): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(${KETEN_SLOT})`);
  const [laatste] = await db.select({ volgnummer: toegangslog.volgnummer, hash: toegangslog.hash }).from(toegangslog).orderBy(desc(toegangslog.volgnummer)).limit(1);
  const volledig: LogInhoud = { ...inhoud, volgnummer: (laatste?.volgnummer ?? 0) + 1 };
  const vorigeHash = laatste?.hash ?? BEGIN_HASH;
  await db.insert(toegangslog).values({
    ...volledig,
    tijdstip: new Date(volledig.tijdstip),
    vorigeHash,
    hash: ketenHash(vorigeHash, volledig),
  });
  return volledig.volgnummer;
}

function alsRegel(r: typeof toegangslog.$inferSelect): LogRegel {
  return { ...r, tijdstip: r.tijdstip.toISOString() };
}

/** A page of the whole chain, for verification. */
export async function leesKeten(db: Verbinding, naVolgnummer: number, aantal: number): Promise<LogRegel[]> {
  const rijen = await db.select().from(toegangslog).where(gt(toegangslog.volgnummer, naVolgnummer)).orderBy(asc(toegangslog.volgnummer)).limit(aantal);
  return rijen.map(alsRegel);
}

export interface LogFilter {
  readonly dossierId?: string | undefined;
  readonly gebruikerId?: string | undefined;
  readonly van?: Date | undefined;
  readonly tot?: Date | undefined;
  readonly acties?: readonly string[] | undefined;
  readonly limiet: number;
}

export type LogRegelMetNaam = LogRegel & { readonly gebruikerNaam: string | null };

/** Entries of one organisation, newest first. */
export async function zoekLog(db: Verbinding, organisatieId: string, filter: LogFilter): Promise<LogRegelMetNaam[]> {
  const voorwaarden: SQL[] = [eq(toegangslog.organisatieId, organisatieId)];
  if (filter.dossierId) voorwaarden.push(eq(toegangslog.dossierId, filter.dossierId));
  if (filter.gebruikerId) voorwaarden.push(eq(toegangslog.gebruikerId, filter.gebruikerId));
  if (filter.van) voorwaarden.push(gte(toegangslog.tijdstip, filter.van));
  if (filter.tot) voorwaarden.push(lt(toegangslog.tijdstip, filter.tot));
  if (filter.acties?.length) voorwaarden.push(sql`${toegangslog.actie} in ${filter.acties}`);
  const rijen = await db
    .select({ regel: toegangslog, gebruikerNaam: gebruikers.naam })
    .from(toegangslog)
    .leftJoin(gebruikers, eq(gebruikers.id, toegangslog.gebruikerId))
    .where(and(...voorwaarden))
    .orderBy(desc(toegangslog.volgnummer))
    .limit(filter.limiet);
  return rijen.map((r) => ({ ...alsRegel(r.regel), gebruikerNaam: r.gebruikerNaam }));
}
