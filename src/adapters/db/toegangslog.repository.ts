import { sha256 } from "@oslojs/crypto/sha2";
import { and, asc, desc, eq, gt, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { KetenKop } from "../../domain/toegang/controlepunt.ts";
import { BEGIN_HASH, beginVan, canoniekRond, ketenHash, ketenVan, OUDE_KETEN, type LogInhoud, type LogRegel } from "../../domain/toegang/logketen.ts";
import type { Verbinding } from "./database.ts";
import { dossiers, gebruikers, toegangslog } from "./schema.ts";

/** The first key of the two-key advisory locks of the log; the second is derived from the chain. */
const LOG_SLOT = 7513;

/** A stable 32-bit lock key per chain. Two chains that share a key only wait for each other; the primary key still guards the order. */
function slotVan(keten: string): number {
  const h = sha256(new TextEncoder().encode(keten));
  return new DataView(h.buffer, h.byteOffset, 4).getInt32(0);
}

/** The last hash of the closed chain `installatie`, where every newer chain begins. */
export async function oudeKop(db: Verbinding): Promise<string> {
  const [laatste] = await db.select({ hash: toegangslog.hash }).from(toegangslog).where(eq(toegangslog.keten, OUDE_KETEN)).orderBy(desc(toegangslog.volgnummer)).limit(1);
  return laatste?.hash ?? BEGIN_HASH;
}

/**
 * Appends one entry to its organisation's chain inside the caller's transaction: no entry, no action.
 * The transaction holds an advisory lock on that chain until it commits, so entries of one
 * organisation never interleave, while other organisations write at the same time. The lock lives in
 * the database, so it holds across any number of app processes.
 */
export async function schrijfLogregel(db: Verbinding, inhoud: Omit<LogInhoud, "volgnummer" | "keten">): Promise<number> {
  const keten = ketenVan(inhoud.organisatieId);
  await db.execute(sql`select pg_advisory_xact_lock(${LOG_SLOT}, ${slotVan(keten)})`);
  // Under the lock, one statement (a fresh snapshot, after whoever held it) reads the chain's last
  // entry and appends after it, with the hash computed there over the same bytes as `ketenHash`:
  // the lock is held one round trip shorter. A chain without entries yet starts below.
  const { voor, na } = canoniekRond({ ...inhoud, keten });
  const aangevuld = await db.execute(sql`
    insert into ${toegangslog} (keten, volgnummer, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details, vorige_hash, hash)
    select ${keten}, l.volgnummer + 1, ${inhoud.tijdstip}::timestamptz, ${inhoud.organisatieId}::uuid, ${inhoud.gebruikerId}::uuid, ${inhoud.rol}::text, ${inhoud.namens}::uuid,
      ${inhoud.actie}::text, ${inhoud.dossierId}::uuid, ${inhoud.uitkomst}::text, ${inhoud.grondslag}::text, ${inhoud.adres}::text, ${inhoud.details}::text,
      l.hash, encode(sha256(convert_to(l.hash || chr(10) || ${voor}::text || (l.volgnummer + 1)::text || ${na}::text, 'UTF8')), 'hex')
    from (select t.volgnummer, t.hash from ${toegangslog} t where t.keten = ${keten} order by t.volgnummer desc limit 1) l
    returning volgnummer`);
  const [toegevoegd] = (aangevuld as { rows: { volgnummer: string | number }[] }).rows;
  if (toegevoegd) return Number(toegevoegd.volgnummer);
  const [laatste] = await db.select({ volgnummer: toegangslog.volgnummer, hash: toegangslog.hash }).from(toegangslog).where(eq(toegangslog.keten, keten)).orderBy(desc(toegangslog.volgnummer)).limit(1);
  const volledig: LogInhoud = { ...inhoud, keten, volgnummer: (laatste?.volgnummer ?? 0) + 1 };
  const vorigeHash = laatste?.hash ?? beginVan(keten, await oudeKop(db));
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

/** A page of one chain, in order, for verification. */
export async function leesKeten(db: Verbinding, keten: string, naVolgnummer: number, aantal: number): Promise<LogRegel[]> {
  const rijen = await db.select().from(toegangslog).where(and(eq(toegangslog.keten, keten), gt(toegangslog.volgnummer, naVolgnummer))).orderBy(asc(toegangslog.volgnummer)).limit(aantal);
  return rijen.map(alsRegel);
}

/**
 * The last entry of every chain, read in one statement (one snapshot). A loose index scan over the
 * primary key: one short descent per chain, however long the chains are.
 */
export async function leesKoppen(db: Verbinding): Promise<KetenKop[]> {
  const resultaat = await db.execute(sql`
    with recursive k(keten) as (
      (select keten from toegangslog order by keten limit 1)
      union all
      select (select t.keten from toegangslog t where t.keten > k.keten order by t.keten limit 1) from k where k.keten is not null
    )
    select k.keten, l.volgnummer::bigint as lengte, l.hash
    from k cross join lateral (select volgnummer, hash from toegangslog t where t.keten = k.keten order by volgnummer desc limit 1) l
    where k.keten is not null`);
  return (resultaat as { rows: { keten: string; lengte: string | number; hash: string }[] }).rows.map((r) => ({ keten: r.keten, lengte: Number(r.lengte), hash: r.hash }));
}

/** Entries numbered 0 or lower, which no ordered walk reaches: the lowest one, if any. */
export async function regelOnderDeEerste(db: Verbinding): Promise<{ keten: string; volgnummer: number } | null> {
  const [rij] = await db.select({ keten: toegangslog.keten, volgnummer: toegangslog.volgnummer }).from(toegangslog).where(sql`${toegangslog.volgnummer} <= 0`).orderBy(asc(toegangslog.volgnummer)).limit(1);
  return rij ?? null;
}

export interface LogFilter {
  readonly dossierId?: string | undefined;
  /** The reference of a dossier (its id's first 8 hex characters): a range on the id. */
  readonly dossierKenmerk?: string | undefined;
  readonly gebruikerId?: string | undefined;
  readonly van?: Date | undefined;
  readonly tot?: Date | undefined;
  readonly acties?: readonly string[] | undefined;
  readonly uitkomst?: string | undefined;
  /**
   * The reader (decision 0053): leave out every entry about a dossier they may never know of, a
   * suspicion against them (the rule of `isVerborgenVoor` in the access policy, as a condition), and
   * their own attempts at ids that are no dossier of the organisation, so both answer alike.
   */
  readonly verborgenVoor?: string | undefined;
  /** Entries after (`na`, older) or before (`voor`, newer) this key in (tijdstip, volgnummer, keten); null from the newest. */
  readonly positie?: { readonly richting: "na" | "voor"; readonly tijd: string; readonly volgnummer: number; readonly keten: string } | null | undefined;
  readonly limiet: number;
}

/** An entry with the reader's name and its key in the log's order (the time to the microsecond, UTC; number; chain). */
export type LogRegelMetNaam = LogRegel & { readonly gebruikerNaam: string | null; readonly sleutel: readonly [string, string, string] };

/**
 * Entries of one organisation, newest first: keyset order (tijdstip, volgnummer, keten), decision
 * 0033. With a position `voor` they come oldest first (the caller turns them around).
 */
export async function zoekLog(db: Verbinding, organisatieId: string, filter: LogFilter): Promise<LogRegelMetNaam[]> {
  const voorwaarden: SQL[] = [eq(toegangslog.organisatieId, organisatieId)];
  if (filter.dossierId) voorwaarden.push(eq(toegangslog.dossierId, filter.dossierId));
  if (filter.dossierKenmerk) {
    const k = filter.dossierKenmerk.toLowerCase();
    voorwaarden.push(sql`${toegangslog.dossierId} between ${`${k}-0000-0000-0000-000000000000`}::uuid and ${`${k}-ffff-ffff-ffff-ffffffffffff`}::uuid`);
  }
  if (filter.gebruikerId) voorwaarden.push(eq(toegangslog.gebruikerId, filter.gebruikerId));
  if (filter.van) voorwaarden.push(gte(toegangslog.tijdstip, filter.van));
  if (filter.tot) voorwaarden.push(lt(toegangslog.tijdstip, filter.tot));
  if (filter.acties?.length) voorwaarden.push(inArray(toegangslog.actie, [...filter.acties]));
  if (filter.uitkomst) voorwaarden.push(eq(toegangslog.uitkomst, filter.uitkomst));
  if (filter.verborgenVoor) {
    const lezer = filter.verborgenVoor;
    voorwaarden.push(sql`not exists (select 1 from ${dossiers} d where d.id = ${toegangslog.dossierId} and d.soort = 'vermoeden_medewerker' and d.betrokken_medewerker_id = ${lezer})`);
    // The reader's own attempts at a hidden case are refusals the log records as such; their attempts at an
    // id that does not exist in the organisation are left out alike, so the two look the same to them.
    voorwaarden.push(sql`not (${toegangslog.gebruikerId} is not distinct from ${lezer} and ${toegangslog.dossierId} is not null
      and not exists (select 1 from ${dossiers} d where d.id = ${toegangslog.dossierId} and d.organisatie_id = ${toegangslog.organisatieId}))`);
  }
  const oplopend = filter.positie?.richting === "voor";
  if (filter.positie) {
    const p = filter.positie;
    const rij = sql`(${toegangslog.tijdstip}, ${toegangslog.volgnummer}, ${toegangslog.keten})`;
    const daar = sql`(${p.tijd}::timestamptz, ${p.volgnummer}::bigint, ${p.keten}::text)`;
    voorwaarden.push(oplopend ? sql`${rij} > ${daar}` : sql`${rij} < ${daar}`);
  }
  const richting = oplopend ? asc : desc;
  const rijen = await db
    .select({
      regel: toegangslog,
      gebruikerNaam: gebruikers.naam,
      sleuteltijd: sql<string>`to_char(${toegangslog.tijdstip} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(toegangslog)
    .leftJoin(gebruikers, eq(gebruikers.id, toegangslog.gebruikerId))
    .where(and(...voorwaarden))
    .orderBy(richting(toegangslog.tijdstip), richting(toegangslog.volgnummer), richting(toegangslog.keten))
    .limit(filter.limiet);
  return rijen.map((r) => ({ ...alsRegel(r.regel), gebruikerNaam: r.gebruikerNaam, sleutel: [r.sleuteltijd, String(r.regel.volgnummer), r.regel.keten] as const }));
}
