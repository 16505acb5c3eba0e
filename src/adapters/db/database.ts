import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { PoolClient } from "pg";

/** The one database type the repositories see: PGlite and node-postgres both satisfy it. */
export type Database = PgDatabase<PgQueryResultHKT>;
export type Transactie = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Verbinding = Database | Transactie;

export interface GeopendeDatabase {
  readonly db: Database;
  readonly soort: "pglite" | "postgres";
  /** Readiness: does the database answer a trivial query within a few seconds? Never throws. */
  gereed(): Promise<boolean>;
  /** PGlite only: a tarball of the data directory, taken while no query runs (the backup, decision 0037). */
  dumpDataDir?: () => Promise<Blob>;
  /**
   * Runs `werk` while this process holds the named lock, so that no other app process on the same
   * database runs work under that lock at the same time (decision 0034). PostgreSQL: a session-level
   * advisory lock on a connection of its own, waited for. PGlite: one process per data directory
   * (decision 0024), so the work simply runs.
   */
  metSlot<T>(slot: ProcesSlot, werk: () => Promise<T>): Promise<T>;
  sluit(): Promise<void>;
}

/**
 * Work that only one app process may do at a time: migrating and seeding a fresh database at start,
 * and writing a checkpoint of the access log. The numbers are the advisory-lock keys (first key 7514;
 * the access log's own locks use first key 7513).
 */
export const PROCES_SLOTEN = { opstart: 1, controlepunt: 2 } as const;
export type ProcesSlot = keyof typeof PROCES_SLOTEN;
const PROCES_SLOT = 7514;

export interface DatabaseInstellingen {
  /** postgres://… switches to a PostgreSQL server; otherwise PGlite in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  /**
   * PostgreSQL only: the owner's URL for the migrations (MIGRATIE_DATABASE_URL). The app's own
   * connections (databaseUrl) then use a role that cannot alter, truncate or switch triggers off
   * (docs/operations.md#postgresql-roles). Unset: the migrations run over databaseUrl.
   */
  readonly migratieUrl?: string | undefined;
  /** PostgreSQL only: the connections this process keeps at most (MELDWIJZER_DATABASE_VERBINDINGEN; default 10). */
  readonly verbindingen?: number | undefined;
  readonly dataDir: string;
  /** In-memory PGlite for tests: nothing is written and no lock is taken. */
  readonly inGeheugen?: boolean;
  readonly migratiesMap: string;
  /**
   * PostgreSQL: told about each connection that is lost or refused (the driver's error). The app
   * keeps running; new connections are made on demand once the server is back.
   */
  readonly bijStoring?: ((fout: unknown) => void) | undefined;
  /**
   * PGlite only: restore a data-directory dump into `dataDir` (decision 0037), under the directory's
   * lock. Refused with DoelNietLeegFout when the database directory holds data, unless `overschrijven`:
   * then the old directory is moved aside, and removed once the restored one opened and migrated.
   */
  readonly herstel?: { readonly dump: Blob; readonly overschrijven: boolean } | undefined;
}

export class DoelNietLeegFout extends Error {
  constructor(waar: string) {
    super(
      `${waar} is niet leeg. Herstel alleen in een lege database, of geef --overschrijven om de huidige gegevens te vervangen.`,
    );
    this.name = "DoelNietLeegFout";
  }
}

export class DataMapInGebruikFout extends Error {
  constructor(map: string, pid: number | null) {
    super(
      `De datamap ${map} is in gebruik door een ander proces${pid === null ? "" : ` (pid ${pid})`}. Stop dat proces eerst, ` +
        `of kies met DATA_DIR een andere map. The data directory is held by another process.`,
    );
    this.name = "DataMapInGebruikFout";
  }
}

/** Opens (and migrates) the database. The caller owns the result and must `sluit()` it. */
export async function openDatabase(instellingen: DatabaseInstellingen): Promise<GeopendeDatabase> {
  if (instellingen.databaseUrl)
    return openPostgres(
      instellingen.databaseUrl,
      instellingen.migratiesMap,
      instellingen.bijStoring ?? (() => undefined),
      instellingen.migratieUrl,
      instellingen.verbindingen,
    );
  return openPglite(instellingen);
}

/** How long readiness waits for the database's answer. */
const GEREED_WACHTTIJD_MS = 3000;

async function binnen<T>(werk: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      werk,
      new Promise<never>((_, mislukt) => (timer = setTimeout(() => mislukt(new Error("geen antwoord")), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether the database already holds the newest migration of `migratiesMap`: then drizzle's `migrate` would
 * apply nothing (it applies each migration newer than the newest one recorded), and a start skips it: one
 * small query instead of the migrator's schema and table checks, its transaction and, on PostgreSQL, the
 * start lock (decision 0068). No migrations table yet, a journal that cannot be read or a role that may not
 * read the table answer false, and the migrator runs as before.
 */
export async function migratiesBijgewerkt(
  vraag: (tekst: string) => Promise<{ rows: { laatste: string | null }[] }>,
  migratiesMap: string,
): Promise<boolean> {
  let nieuwste: number;
  try {
    const journaal = JSON.parse(readFileSync(path.join(migratiesMap, "meta", "_journal.json"), "utf8")) as {
      entries?: { when?: unknown }[];
    };
    const tijden = (journaal.entries ?? []).map((e) => e.when).filter((w): w is number => typeof w === "number");
    if (tijden.length === 0) return false;
    nieuwste = Math.max(...tijden);
  } catch {
    return false;
  }
  try {
    const { rows } = await vraag("select max(created_at)::text as laatste from drizzle.__drizzle_migrations");
    const laatste = rows[0]?.laatste;
    return laatste !== null && laatste !== undefined && Number(laatste) >= nieuwste;
  } catch (fout) {
    // No migrations table or schema yet (42P01, 3F000), or not the role's to read (42501): let the migrator
    // decide. Anything else (an unreachable server) is what the migrator would have met as well.
    const code = (fout as { code?: unknown }).code;
    if (code === "42P01" || code === "3F000" || code === "42501") return false;
    throw fout;
  }
}

/** The pool's size per process when MELDWIJZER_DATABASE_VERBINDINGEN is not set. */
export const STANDAARD_VERBINDINGEN = 10;

async function openPostgres(
  url: string,
  migratiesMap: string,
  bijStoring: (fout: unknown) => void,
  migratieUrl?: string,
  verbindingen = STANDAARD_VERBINDINGEN,
): Promise<GeopendeDatabase> {
  const { default: pg } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  // A server that does not answer at all fails a request after 5 s instead of holding it.
  // N processes hold up to N × `verbindingen` connections: keep that below the server's max_connections.
  const pool = new pg.Pool({
    connectionString: url,
    max: verbindingen,
    connectionTimeoutMillis: 5000,
    keepAlive: true,
  });
  // Without these listeners a lost connection is an unhandled 'error' event, which ends the process.
  // An idle connection that breaks is dropped by the pool itself ('error' on the pool).
  pool.on("error", bijStoring);
  pool.on("connect", (client) => {
    client.on("error", (fout) => {
      bijStoring(fout);
      // A connection lost while checked out: give it back as broken now, so the pool drops it even
      // when its borrower never returns it (drizzle does not when BEGIN itself fails).
      (client as { release?: (fout?: Error) => void }).release?.(fout);
    });
  });
  // Returning a client twice is harmless (a broken one is returned by the listener above and again
  // by its borrower); pg-pool would throw on the second time.
  const verbind = pool.connect.bind(pool);
  const eenmalig = (client: PoolClient): PoolClient => {
    const geefTerug = client.release.bind(client);
    let terug = false;
    client.release = (fout?: Error | boolean) => {
      if (terug) return;
      terug = true;
      geefTerug(fout);
    };
    return client;
  };
  type Terugroep = (
    fout: Error | undefined,
    client: PoolClient | undefined,
    klaar: (fout?: Error | boolean) => void,
  ) => void;
  pool.connect = ((terugroep?: Terugroep) => {
    if (!terugroep) return verbind().then(eenmalig);
    verbind((fout, client, klaar) =>
      terugroep(fout, client ? eenmalig(client) : client, (f) => (client ? client.release(f) : klaar(f))),
    );
    return undefined;
  }) as typeof pool.connect;
  const db = drizzle(pool);
  const metSlot = async <T>(slot: ProcesSlot, werk: () => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let kapot: Error | undefined;
    try {
      await client.query("select pg_advisory_lock($1, $2)", [PROCES_SLOT, PROCES_SLOTEN[slot]]);
      try {
        return await werk();
      } finally {
        // When the unlock fails, the connection is dropped instead, which ends the lock with the session.
        await client
          .query("select pg_advisory_unlock($1, $2)", [PROCES_SLOT, PROCES_SLOTEN[slot]])
          .catch((fout: Error) => (kapot = fout));
      }
    } catch (fout) {
      kapot ??= fout instanceof Error ? fout : new Error(String(fout));
      throw fout;
    } finally {
      client.release(kapot);
    }
  };
  try {
    // Two processes starting on a fresh database would otherwise both create the same tables (decision 0034).
    // A database that already holds the newest migration needs neither the lock nor the migrator (decision 0068).
    if (!(await migratiesBijgewerkt((tekst) => pool.query<{ laatste: string | null }>(tekst), migratiesMap)))
      await metSlot("opstart", async () => {
        if (migratieUrl) {
          // The owner migrates over a connection of its own, closed before the app's pool is used.
          const eigenaar = new pg.Pool({ connectionString: migratieUrl, max: 1, connectionTimeoutMillis: 5000 });
          try {
            await migrate(drizzle(eigenaar), { migrationsFolder: migratiesMap });
          } finally {
            await eigenaar.end();
          }
        } else {
          await migrate(db, { migrationsFolder: migratiesMap });
        }
      });
  } catch (fout) {
    await pool.end();
    const code = (fout as { code?: string; cause?: { code?: string } }).cause?.code ?? (fout as { code?: string }).code;
    if (code === "42501" && !migratieUrl) {
      throw new Error(
        "De migraties zijn niet uitgevoerd: de rol van DATABASE_URL mag de structuur van de database niet wijzigen. Zet MIGRATIE_DATABASE_URL op de verbinding van de eigenaar (docs/operations.md#postgresql-roles).",
        { cause: fout },
      );
    }
    throw fout;
  }
  return {
    db: db as unknown as Database,
    soort: "postgres",
    gereed: () =>
      binnen(pool.query("select 1"), GEREED_WACHTTIJD_MS).then(
        () => true,
        () => false,
      ),
    metSlot,
    sluit: () => pool.end(),
  };
}

/**
 * PGlite's PostgreSQL lives in one WebAssembly memory, which grows and never shrinks. Its default
 * 128 MB of shared buffers alone cost some 120 MB of resident memory; 16 MB leaves the rest of the
 * caching to the operating system's file cache, which is given back under pressure. A smaller
 * maintenance_work_mem keeps migrations and VACUUM from growing the memory for good. Measured in
 * docs/operations.md#memory.
 */
const PGLITE_GEHEUGEN = ["shared_buffers = 16MB", "maintenance_work_mem = 16MB"];

async function openPglite(instellingen: DatabaseInstellingen): Promise<GeopendeDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  // Trigram search on the working name (decision 0033); the migration creates the extension.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const geefVrij = instellingen.inGeheugen ? () => Promise.resolve() : await neemSlot(instellingen.dataDir);
  const map = path.join(instellingen.dataDir, "pglite");
  let opzij: string | null = null;
  try {
    if (instellingen.herstel && !instellingen.inGeheugen && existsSync(map) && readdirSync(map).length > 0) {
      if (!instellingen.herstel.overschrijven) throw new DoelNietLeegFout(`De database in ${map}`);
      opzij = `${map}.voor-herstel-${Date.now()}`;
      renameSync(map, opzij);
    }
    const opties = {
      postgresqlconf: PGLITE_GEHEUGEN,
      extensions: { pg_trgm },
      ...(instellingen.herstel ? { loadDataDir: instellingen.herstel.dump } : {}),
    };
    const client = instellingen.inGeheugen ? new PGlite(opties) : new PGlite(map, opties);
    const db = drizzle(client);
    try {
      if (
        !(await migratiesBijgewerkt(
          (tekst) => client.query<{ laatste: string | null }>(tekst),
          instellingen.migratiesMap,
        ))
      )
        await migrate(db, { migrationsFolder: instellingen.migratiesMap });
    } catch (fout) {
      if (opzij) await client.close().catch(() => undefined);
      throw fout;
    }
    if (opzij) rmSync(opzij, { recursive: true, force: true });
    opzij = null;
    return {
      db: db as unknown as Database,
      soort: "pglite",
      gereed: () =>
        binnen(client.query("select 1"), GEREED_WACHTTIJD_MS).then(
          () => true,
          () => false,
        ),
      dumpDataDir: async () => {
        await client.query("checkpoint");
        return client.dumpDataDir("gzip");
      },
      metSlot: (_slot, werk) => werk(),
      sluit: async () => {
        await client.close();
        await geefVrij();
      },
    };
  } catch (fout) {
    // A restore that failed puts the old directory back.
    if (opzij) {
      rmSync(map, { recursive: true, force: true });
      renameSync(opzij, map);
    }
    await geefVrij();
    throw fout;
  }
}

/**
 * PGlite does not lock its directory, and two processes writing one directory corrupt it. The lock
 * is a Unix domain socket in the data directory that this process listens on for as long as it
 * runs (decision 0024). The kernel closes it when the process ends, however it ends: a socket file
 * that refuses connections is stale and is taken over; one that accepts is a live holder, which
 * answers with its pid. No pid in a file, so a reused pid cannot block a start.
 */
async function neemSlot(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const pad = socketPad(dataDir);
  for (let poging = 0; poging < 3; poging += 1) {
    const server = createServer((verbinding) => {
      verbinding.on("error", () => undefined);
      verbinding.end(String(process.pid));
    });
    try {
      await luister(server, pad);
    } catch (fout) {
      const code = (fout as NodeJS.ErrnoException).code;
      if (code !== "EADDRINUSE")
        throw new Error(`Kon het slot op de datamap ${dataDir} niet nemen (${code ?? "onbekende fout"}).`, {
          cause: fout,
        });
      const houder = await peilHouder(pad);
      if (houder.leeft) throw new DataMapInGebruikFout(dataDir, houder.pid);
      rmSync(pad, { force: true });
      continue;
    }
    server.unref();
    // The pid file of earlier versions means nothing any more.
    rmSync(path.join(dataDir, "meldwijzer.lock"), { force: true });
    return () => new Promise<void>((klaar) => server.close(() => klaar()));
  }
  throw new Error(`Kon het slot op de datamap ${dataDir} niet nemen.`);
}

/** A socket path may be at most 107 bytes: use the path relative to the working directory when that is shorter. */
function socketPad(dataDir: string): string {
  const absoluut = path.join(dataDir, "meldwijzer.sock");
  const relatief = path.relative(process.cwd(), absoluut);
  const pad = Buffer.byteLength(relatief) < Buffer.byteLength(absoluut) ? relatief : absoluut;
  if (Buffer.byteLength(pad) > 100)
    throw new Error(`Het pad van de datamap ${dataDir} is te lang voor het slot; kies met DATA_DIR een kortere map.`);
  return pad;
}

function luister(server: Server, pad: string): Promise<void> {
  return new Promise((klaar, mislukt) => {
    server.once("error", mislukt);
    server.listen(pad, () => {
      server.off("error", mislukt);
      klaar();
    });
  });
}

/** Connects to the lock socket: refused or gone means no live holder; otherwise the holder's pid (null if it does not say). */
function peilHouder(pad: string): Promise<{ leeft: false } | { leeft: true; pid: number | null }> {
  return new Promise((klaar) => {
    const socket = connect(pad);
    let verbonden = false;
    let tekst = "";
    const einde = (pid: number | null) => {
      clearTimeout(timer);
      socket.destroy();
      klaar({ leeft: true, pid });
    };
    const timer = setTimeout(() => einde(null), 2000);
    socket.setEncoding("utf8");
    socket.on("connect", () => (verbonden = true));
    socket.on("data", (deel: string) => (tekst += deel));
    socket.on("end", () => einde(/^\d+$/.test(tekst) ? Number(tekst) : null));
    socket.on("error", (fout: NodeJS.ErrnoException) => {
      if (verbonden || (fout.code !== "ECONNREFUSED" && fout.code !== "ENOENT")) return einde(null);
      clearTimeout(timer);
      klaar({ leeft: false });
    });
  });
}
