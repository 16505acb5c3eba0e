import { sha256 } from "@oslojs/crypto/sha2";
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { KetenKop } from "../../domain/toegang/controlepunt.ts";
import {
  BEGIN_HASH,
  beginVan,
  ketenVan,
  OUDE_KETEN,
  verzegel,
  type LogInhoud,
  type LogRegel,
  type OnverzegeldeRegel,
  type Zegel,
} from "../../domain/toegang/logketen.ts";
import type { Database, Verbinding } from "./database.ts";
import { dossiers, gebruikers, toegangslog } from "./schema.ts";
import pg from "pg";
import { poolVan, vasteOpdracht } from "./vaste-query.ts";

/** The first key of the two-key advisory locks of the log's sealer; the second is derived from the chain. */
const LOG_SLOT = 7513;

/** A stable 32-bit lock key per chain. Two chains that share a key are only sealed one at a time; the unique (keten, volgnummer) still guards the order. */
function slotVan(keten: string): number {
  const h = sha256(new TextEncoder().encode(keten));
  return new DataView(h.buffer, h.byteOffset, 4).getInt32(0);
}

/** The last hash of the closed chain `installatie`, where every newer chain begins. */
export async function oudeKop(db: Verbinding): Promise<string> {
  const [laatste] = await db
    .select({ hash: toegangslog.hash })
    .from(toegangslog)
    .where(and(eq(toegangslog.keten, OUDE_KETEN), isNotNull(toegangslog.volgnummer)))
    .orderBy(desc(toegangslog.volgnummer))
    .limit(1);
  return laatste?.hash ?? BEGIN_HASH;
}

/**
 * Accepts one entry into its organisation's chain inside the caller's transaction: no entry, no
 * action. The entry is inserted unsealed (no number, no links), with no lock of any kind: a view in
 * one organisation waits for no other view, in any organisation (decision 0057). It commits or
 * rolls back with the action; the sealer (`verzegelBatch`) numbers and links it once it committed.
 * Returns the entry's `id`, the order of acceptance. On node-postgres's pool itself (no transaction) the
 * entry may go in one INSERT with others that came in at the same moment (`LogBundel`, decision 0079).
 */
export async function schrijfLogregel(db: Verbinding, inhoud: NieuweLogregel): Promise<number> {
  const id = poolVan(db)
    ? await bundelVan(db).neem(inhoud)
    : await enkeleLogregel(db, { ...inhoud, tijdstip: new Date(inhoud.tijdstip) });
  meldAanvaard();
  return id;
}

/** One entry in its own INSERT (the statement every entry had before decision 0079). */
async function enkeleLogregel(
  db: Verbinding,
  inhoud: Omit<NieuweLogregel, "tijdstip"> & { tijdstip: Date },
): Promise<number> {
  const [rij] = await voegLogregelIn(db, { ...inhoud, keten: ketenVan(inhoud.organisatieId) });
  return rij ? Number(rij.id) : 0;
}

/** How many INSERTs of entries on the pool are under way at once (decision 0079); the rest wait and go together. */
export const BUNDELS_ONDERWEG = 2;
/** At most this many entries in one INSERT. */
export const BUNDEL_GROOTTE = 64;

interface Wachtend {
  readonly inhoud: NieuweLogregel;
  readonly klaar: (id: number) => void;
  readonly mislukt: (fout: unknown) => void;
}

/**
 * Entries written on the pool itself, outside a transaction (a read's entry after its statement: the API's
 * and the page's one-statement reads), go together (decision 0079): while `BUNDELS_ONDERWEG` INSERTs are
 * under way, the entries that come in wait, and go in one INSERT when one of them returns. An entry that
 * finds fewer under way goes at once, alone, in the statement it always had: an idle server adds no wait
 * and sends what it sent before. Every caller still waits for its own entry to be stored: no entry, no
 * answer. One INSERT is one statement, all or nothing; when PostgreSQL refuses a bundle, each of its
 * entries is tried again alone, so that one entry's refusal is its own and not its neighbours'. A lost
 * connection is not tried again (the bundle may have been stored): each caller gets the error.
 */
class LogBundel {
  readonly #db: Verbinding;
  readonly #wachtend: Wachtend[] = [];
  #onderweg = 0;

  constructor(db: Verbinding) {
    this.#db = db;
  }

  neem(inhoud: NieuweLogregel): Promise<number> {
    return new Promise((klaar, mislukt) => {
      this.#wachtend.push({ inhoud, klaar, mislukt });
      if (this.#onderweg < BUNDELS_ONDERWEG) this.#verstuur();
    });
  }

  #verstuur(): void {
    const deel = this.#wachtend.splice(0, BUNDEL_GROOTTE);
    if (deel.length === 0) return;
    this.#onderweg += 1;
    void this.#schrijf(deel)
      .catch((fout: unknown) => {
        for (const w of deel) w.mislukt(fout);
      })
      .finally(() => {
        this.#onderweg -= 1;
        this.#verstuur();
      });
  }

  async #schrijf(deel: readonly Wachtend[]): Promise<void> {
    const db = this.#db;
    const alleen = (w: Wachtend) =>
      enkeleLogregel(db, { ...w.inhoud, tijdstip: new Date(w.inhoud.tijdstip) }).then(w.klaar, w.mislukt);
    if (deel.length === 1) return alleen(deel[0]!);
    let ids: number[];
    try {
      ids = (await voegLogregelsIn(db, bundelWaarden(deel.map((w) => w.inhoud)))).map((r) => Number(r.id));
    } catch (fout) {
      // One by one, in the bundle's order.
      if (doorServerGeweigerd(fout)) for (const w of deel) await alleen(w);
      else for (const w of deel) w.mislukt(fout);
      return;
    }
    if (ids.length !== deel.length) {
      const fout = new Error(`toegangslog: ${ids.length} van ${deel.length} regels ingevoegd`);
      for (const w of deel) w.mislukt(fout);
      return;
    }
    // The ids are taken in the order the rows are inserted, which is the bundle's (ORDER BY n).
    ids.sort((a, b) => a - b);
    deel.forEach((w, i) => w.klaar(ids[i]!));
  }
}

const bundels = new WeakMap<Verbinding, LogBundel>();

function bundelVan(db: Verbinding): LogBundel {
  let bundel = bundels.get(db);
  if (!bundel) bundels.set(db, (bundel = new LogBundel(db)));
  return bundel;
}

/** A statement PostgreSQL refused (it names an SQLSTATE): nothing of it was stored. */
function doorServerGeweigerd(fout: unknown): boolean {
  for (let f: unknown = fout; typeof f === "object" && f !== null; f = (f as { cause?: unknown }).cause)
    if (f instanceof pg.DatabaseError) return true;
  return false;
}

/** The columns of `voegLogregelsIn`, in its order, each as one array over the bundle. */
function bundelWaarden(regels: readonly NieuweLogregel[]): Record<string, unknown[]> {
  return {
    keten: regels.map((r) => ketenVan(r.organisatieId)),
    tijdstip: regels.map((r) => r.tijdstip),
    organisatieId: regels.map((r) => r.organisatieId),
    gebruikerId: regels.map((r) => r.gebruikerId),
    rol: regels.map((r) => r.rol),
    namens: regels.map((r) => r.namens),
    actie: regels.map((r) => r.actie),
    dossierId: regels.map((r) => r.dossierId),
    uitkomst: regels.map((r) => r.uitkomst),
    grondslag: regels.map((r) => r.grondslag),
    adres: regels.map((r) => r.adres),
    details: regels.map((r) => r.details),
  };
}

/** Several entries in one INSERT, in the bundle's order; the same columns as `voegLogregelIn`, unsealed, no lock. */
const voegLogregelsIn = vasteOpdracht<{ id: string | number }>("toegangslog_bundel_invoegen", () => {
  const p = (veld: (typeof LOG_VELDEN)[number], type: string) => sql`${sql.placeholder(veld)}::${sql.raw(type)}[]`;
  return sql`insert into ${toegangslog} (keten, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details)
    select u.keten, u.tijdstip, u.organisatie_id, u.gebruiker_id, u.rol, u.namens, u.actie, u.dossier_id, u.uitkomst, u.grondslag, u.adres, u.details
    from unnest(${p("keten", "text")}, ${p("tijdstip", "timestamptz")}, ${p("organisatieId", "uuid")}, ${p("gebruikerId", "uuid")},
      ${p("rol", "text")}, ${p("namens", "uuid")}, ${p("actie", "text")}, ${p("dossierId", "uuid")}, ${p("uitkomst", "text")},
      ${p("grondslag", "text")}, ${p("adres", "text")}, ${p("details", "text")})
      with ordinality as u(keten, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details, n)
    order by u.n
    returning ${toegangslog.id}`;
});

const aanvaardLuisteraars = new Set<() => void>();

/**
 * Calls `luisteraar` each time this process accepts a log entry (`schrijfLogregel`, `logregelInvoegen`), so
 * that its sealer runs soon and an idle sealer asks the database nothing (decision 0073). A hint only: it
 * comes before the entry's transaction commits, and an entry accepted by another process is not announced
 * here; the sealer's slow turn finds both. Returns the function that ends the listening.
 */
export function bijAanvaarding(luisteraar: () => void): () => void {
  aanvaardLuisteraars.add(luisteraar);
  return () => void aanvaardLuisteraars.delete(luisteraar);
}

function meldAanvaard(): void {
  for (const luisteraar of aanvaardLuisteraars) luisteraar();
}

const LOG_VELDEN = [
  "keten",
  "tijdstip",
  "organisatieId",
  "gebruikerId",
  "rol",
  "namens",
  "actie",
  "dossierId",
  "uitkomst",
  "grondslag",
  "adres",
  "details",
] as const satisfies readonly (keyof typeof toegangslog.$inferInsert)[];

/** Every logged action runs this INSERT: its text is built once (decision 0064). */
const voegLogregelIn = vasteOpdracht<{ id: string | number }>("toegangslog_invoegen", (db) =>
  db
    .insert(toegangslog)
    .values(
      Object.fromEntries(
        LOG_VELDEN.map((veld) => [veld, sql.placeholder(veld)]),
      ) as unknown as typeof toegangslog.$inferInsert,
    )
    .returning({ id: toegangslog.id }),
);

/** An entry as accepted: its content, without the chain (derived) and the seal. */
export type NieuweLogregel = Omit<LogInhoud, "volgnummer" | "keten">;

/**
 * The INSERT of `schrijfLogregel` as a part of another statement: an action that writes its own rows in one
 * statement of data-modifying CTEs writes its entry there too, one round trip fewer (decision 0067). The
 * same columns, unsealed, no lock; it commits or rolls back with the action's rows. Its values are
 * placeholders named `log_<field>` (`logregelWaarden`), so the statement around it is built once (decision 0071).
 */
export function logregelInvoegen(): SQL {
  const p = (veld: (typeof LOG_VELDEN)[number]) => sql.placeholder(`log_${veld}`);
  return sql`insert into ${toegangslog} (keten, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details)
    values (${p("keten")}, ${p("tijdstip")}::timestamptz, ${p("organisatieId")}::uuid, ${p("gebruikerId")}::uuid,
      ${p("rol")}, ${p("namens")}::uuid, ${p("actie")}, ${p("dossierId")}::uuid, ${p("uitkomst")}, ${p("grondslag")},
      ${p("adres")}, ${p("details")})`;
}

/** The values of `logregelInvoegen`'s placeholders for one entry; taken once per entry, so the sealer is told here (decision 0073). */
export function logregelWaarden(inhoud: NieuweLogregel): Record<string, unknown> {
  meldAanvaard();
  const rij: Record<(typeof LOG_VELDEN)[number], unknown> = {
    keten: ketenVan(inhoud.organisatieId),
    tijdstip: inhoud.tijdstip,
    organisatieId: inhoud.organisatieId,
    gebruikerId: inhoud.gebruikerId,
    rol: inhoud.rol,
    namens: inhoud.namens,
    actie: inhoud.actie,
    dossierId: inhoud.dossierId,
    uitkomst: inhoud.uitkomst,
    grondslag: inhoud.grondslag,
    adres: inhoud.adres,
    details: inhoud.details,
  };
  return Object.fromEntries(Object.entries(rij).map(([veld, waarde]) => [`log_${veld}`, waarde]));
}

/** How many entries one sealing transaction takes at most, over all chains. */
export const VERZEGEL_BATCH = 5000;

export interface BatchUitkomst {
  /** Entries sealed in this batch. */
  readonly verzegeld: number;
  /** Chains whose lock another sealer held: their entries wait for that sealer or the next turn. */
  readonly overgeslagen: number;
  /** True when the batch was full: there may be more to seal. */
  readonly vol: boolean;
}

/**
 * Seals one batch of committed unsealed entries in one transaction (decision 0057). Per chain with
 * unsealed entries it tries the chain's lock (`pg_try_advisory_xact_lock`, never waiting: a chain
 * another sealer holds is skipped this turn), then reads, in statements that start after the lock
 * was granted and so see everything the previous holder committed, the chain's sealed head and its
 * unsealed entries in the order they were accepted (`id`), computes the links with the domain's
 * `verzegel` and writes them in one UPDATE. The UPDATE touches only entries still unsealed, the
 * unique (keten, volgnummer) refuses a number given twice, and a count that differs rolls the whole
 * batch back: nothing is sealed twice or skipped. An entry whose transaction commits after this read
 * is sealed by a later batch, after these: the order is fixed at sealing.
 */
export async function verzegelBatch(db: Database, maximum = VERZEGEL_BATCH): Promise<BatchUitkomst> {
  // Which chains have work: a hint read outside the transaction (an idle log costs one small query, not
  // a transaction), checked again under each chain's lock below.
  const open = await rijenVan<{ keten: string }>(
    db,
    sql`select distinct keten from ${toegangslog} where volgnummer is null`,
  );
  if (open.length === 0) return { verzegeld: 0, overgeslagen: 0, vol: false };
  const ketens = open.map((r) => r.keten);
  return db.transaction(async (tx) => {
    const sloten = await rijenVan<{ keten: string; vrij: boolean }>(
      tx,
      sql`select k.keten, pg_try_advisory_xact_lock(${LOG_SLOT}, k.slot) as vrij from json_to_recordset(${JSON.stringify(ketens.map((keten) => ({ keten, slot: slotVan(keten) })))}::json) as k(keten text, slot int)`,
    );
    const mijn = sloten.filter((r) => r.vrij).map((r) => r.keten);
    const overgeslagen = ketens.length - mijn.length;
    if (mijn.length === 0) return { verzegeld: 0, overgeslagen, vol: false };
    const lijst = sql`(select keten from json_array_elements_text(${JSON.stringify(mijn)}::json) as j(keten))`;
    const regels = await tx
      .select()
      .from(toegangslog)
      .where(and(isNull(toegangslog.volgnummer), sql`${toegangslog.keten} in ${lijst}`))
      .orderBy(asc(toegangslog.id))
      .limit(maximum);
    if (regels.length === 0) return { verzegeld: 0, overgeslagen, vol: false };
    const koppen = await rijenVan<{ keten: string; volgnummer: string | number; hash: string }>(
      tx,
      sql`select k.keten, l.volgnummer, l.hash from ${lijst} k
        cross join lateral (select t.volgnummer, t.hash from ${toegangslog} t where t.keten = k.keten and t.volgnummer is not null order by t.volgnummer desc limit 1) l`,
    );
    const kopVan = new Map(koppen.map((k) => [k.keten, { volgnummer: Number(k.volgnummer), hash: k.hash }]));
    const perKeten = new Map<string, OnverzegeldeRegel[]>();
    for (const r of regels) {
      const inhoud: OnverzegeldeRegel = { ...r, tijdstip: r.tijdstip.toISOString() };
      perKeten.set(r.keten, [...(perKeten.get(r.keten) ?? []), inhoud]);
    }
    let begin: string | null = null;
    const zegels: Zegel[] = [];
    for (const [keten, onverzegeld] of perKeten) {
      let kop = kopVan.get(keten);
      if (!kop) {
        begin ??= await oudeKop(tx);
        kop = { volgnummer: 0, hash: beginVan(keten, begin) };
      }
      zegels.push(...verzegel(kop, onverzegeld));
    }
    const bijgewerkt = await rijenVan<{ id: string | number }>(
      tx,
      sql`update ${toegangslog} t set volgnummer = z.volgnummer, vorige_hash = z."vorigeHash", hash = z.hash
        from json_to_recordset(${JSON.stringify(zegels)}::json) as z(id bigint, volgnummer bigint, "vorigeHash" text, hash text)
        where t.id = z.id and t.volgnummer is null
        returning t.id`,
    );
    if (bijgewerkt.length !== zegels.length)
      throw new Error(`verzegelen afgebroken: ${bijgewerkt.length} van ${zegels.length} regels bijgewerkt`);
    return { verzegeld: zegels.length, overgeslagen, vol: regels.length === maximum };
  });
}

/** The oldest unsealed entry accepted before `voor`, if any: a sealer that does not run (decision 0057). */
export async function oudsteOnverzegeld(
  db: Verbinding,
  voor: Date,
): Promise<{ keten: string; id: number; tijdstip: string } | null> {
  const [rij] = await db
    .select({ keten: toegangslog.keten, id: toegangslog.id, tijdstip: toegangslog.tijdstip })
    .from(toegangslog)
    .where(and(isNull(toegangslog.volgnummer), lt(toegangslog.tijdstip, voor)))
    .orderBy(asc(toegangslog.id))
    .limit(1);
  return rij ? { ...rij, tijdstip: rij.tijdstip.toISOString() } : null;
}

async function rijenVan<T>(db: Verbinding, query: SQL): Promise<T[]> {
  const resultaat: unknown = await db.execute(query);
  return (resultaat as { rows: T[] }).rows;
}

/** An entry as read: sealed (number and links) or, since decision 0057, not yet (all three null). */
export type GelezenRegel = Omit<LogRegel, "volgnummer" | "vorigeHash" | "hash"> & {
  readonly id: number;
  readonly volgnummer: number | null;
  readonly vorigeHash: string | null;
  readonly hash: string | null;
};

function alsRegel(r: typeof toegangslog.$inferSelect): GelezenRegel {
  return { ...r, tijdstip: r.tijdstip.toISOString() };
}

/** A page of one chain's sealed entries, in order, for verification. */
export async function leesKeten(
  db: Verbinding,
  keten: string,
  naVolgnummer: number,
  aantal: number,
): Promise<LogRegel[]> {
  const rijen = await db
    .select()
    .from(toegangslog)
    .where(and(eq(toegangslog.keten, keten), gt(toegangslog.volgnummer, naVolgnummer)))
    .orderBy(asc(toegangslog.volgnummer))
    .limit(aantal);
  // `volgnummer > n` holds for sealed entries only, and the table's check gives a sealed entry both links.
  return rijen.map((r) => ({
    ...r,
    tijdstip: r.tijdstip.toISOString(),
    volgnummer: r.volgnummer ?? 0,
    vorigeHash: r.vorigeHash ?? "",
    hash: r.hash ?? "",
  }));
}

/**
 * The last sealed entry of every chain, read in one statement (one snapshot). A loose index scan over
 * the unique (keten, volgnummer): one short descent per chain, however long the chains are. A chain
 * with only unsealed entries has no head yet.
 */
export async function leesKoppen(db: Verbinding): Promise<KetenKop[]> {
  const resultaat = await db.execute(sql`
    with recursive k(keten) as (
      (select keten from toegangslog order by keten limit 1)
      union all
      select (select t.keten from toegangslog t where t.keten > k.keten order by t.keten limit 1) from k where k.keten is not null
    )
    select k.keten, l.volgnummer::bigint as lengte, l.hash
    from k cross join lateral (select volgnummer, hash from toegangslog t where t.keten = k.keten and t.volgnummer is not null order by volgnummer desc limit 1) l
    where k.keten is not null`);
  return (resultaat as { rows: { keten: string; lengte: string | number; hash: string }[] }).rows.map((r) => ({
    keten: r.keten,
    lengte: Number(r.lengte),
    hash: r.hash,
  }));
}

/** Entries numbered 0 or lower, which no ordered walk reaches: the lowest one, if any. */
export async function regelOnderDeEerste(db: Verbinding): Promise<{ keten: string; volgnummer: number } | null> {
  const [rij] = await db
    .select({ keten: toegangslog.keten, volgnummer: toegangslog.volgnummer })
    .from(toegangslog)
    .where(sql`${toegangslog.volgnummer} <= 0`)
    .orderBy(asc(toegangslog.volgnummer))
    .limit(1);
  return rij ? { keten: rij.keten, volgnummer: rij.volgnummer ?? 0 } : null;
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
  /** Oldest first instead of newest first (decision 0083): the same index, read forwards. */
  readonly oudsteEerst?: boolean | undefined;
  /** Entries after (`na`, next in the order) or before (`voor`) this key in (tijdstip, id); null from the top. */
  readonly positie?:
    { readonly richting: "na" | "voor"; readonly tijd: string; readonly id: number } | null | undefined;
  readonly limiet: number;
}

/** An entry with the reader's name and its key in the log's order (the time to the microsecond, UTC; the id). */
export type LogRegelMetNaam = GelezenRegel & {
  readonly gebruikerNaam: string | null;
  readonly sleutel: readonly [string, string];
};

/**
 * Entries of one organisation, sealed or not, newest first: keyset order (tijdstip, id), decisions
 * 0033 and 0057 (the id orders entries of one millisecond, and needs no seal), or oldest first
 * (`oudsteEerst`). With a position `voor` they come the other way (the caller turns them around).
 */
export async function zoekLog(db: Verbinding, organisatieId: string, filter: LogFilter): Promise<LogRegelMetNaam[]> {
  const voorwaarden: SQL[] = [eq(toegangslog.organisatieId, organisatieId)];
  if (filter.dossierId) voorwaarden.push(eq(toegangslog.dossierId, filter.dossierId));
  if (filter.dossierKenmerk) {
    const k = filter.dossierKenmerk.toLowerCase();
    voorwaarden.push(
      sql`${toegangslog.dossierId} between ${`${k}-0000-0000-0000-000000000000`}::uuid and ${`${k}-ffff-ffff-ffff-ffffffffffff`}::uuid`,
    );
  }
  if (filter.gebruikerId) voorwaarden.push(eq(toegangslog.gebruikerId, filter.gebruikerId));
  if (filter.van) voorwaarden.push(gte(toegangslog.tijdstip, filter.van));
  if (filter.tot) voorwaarden.push(lt(toegangslog.tijdstip, filter.tot));
  if (filter.acties?.length) voorwaarden.push(inArray(toegangslog.actie, [...filter.acties]));
  if (filter.uitkomst) voorwaarden.push(eq(toegangslog.uitkomst, filter.uitkomst));
  if (filter.verborgenVoor) {
    const lezer = filter.verborgenVoor;
    voorwaarden.push(
      sql`not exists (select 1 from ${dossiers} d where d.id = ${toegangslog.dossierId} and d.soort = 'vermoeden_medewerker' and d.betrokken_medewerker_id = ${lezer})`,
    );
    // The reader's own attempts at a hidden case are refusals the log records as such; their attempts at an
    // id that does not exist in the organisation are left out alike, so the two look the same to them.
    voorwaarden.push(sql`not (${toegangslog.gebruikerId} is not distinct from ${lezer} and ${toegangslog.dossierId} is not null
      and not exists (select 1 from ${dossiers} d where d.id = ${toegangslog.dossierId} and d.organisatie_id = ${toegangslog.organisatieId}))`);
  }
  const oplopend = (filter.positie?.richting === "voor") !== (filter.oudsteEerst === true);
  if (filter.positie) {
    const p = filter.positie;
    const rij = sql`(${toegangslog.tijdstip}, ${toegangslog.id})`;
    const daar = sql`(${p.tijd}::timestamptz, ${p.id}::bigint)`;
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
    .orderBy(richting(toegangslog.tijdstip), richting(toegangslog.id))
    .limit(filter.limiet);
  return rijen.map((r) => ({
    ...alsRegel(r.regel),
    gebruikerNaam: r.gebruikerNaam,
    sleutel: [r.sleuteltijd, String(r.regel.id)] as const,
  }));
}
