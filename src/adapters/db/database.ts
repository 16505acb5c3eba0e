import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/** The one database type the repositories see: PGlite and node-postgres both satisfy it. */
export type Database = PgDatabase<PgQueryResultHKT>;
export type Transactie = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Verbinding = Database | Transactie;

export interface GeopendeDatabase {
  readonly db: Database;
  readonly soort: "pglite" | "postgres";
  sluit(): Promise<void>;
}

export interface DatabaseInstellingen {
  /** postgres://… switches to a PostgreSQL server; otherwise PGlite in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  /** In-memory PGlite for tests: nothing is written and no lock is taken. */
  readonly inGeheugen?: boolean;
  readonly migratiesMap: string;
}

export class DataMapInGebruikFout extends Error {
  constructor(map: string, pid: number) {
    super(
      `De datamap ${map} is in gebruik door een ander proces (pid ${pid}). Stop dat proces eerst, ` +
        `of kies met DATA_DIR een andere map. The data directory is held by another process.`,
    );
    this.name = "DataMapInGebruikFout";
  }
}

/** Opens (and migrates) the database. The caller owns the result and must `sluit()` it. */
export async function openDatabase(instellingen: DatabaseInstellingen): Promise<GeopendeDatabase> {
  if (instellingen.databaseUrl) return openPostgres(instellingen.databaseUrl, instellingen.migratiesMap);
  return openPglite(instellingen);
}

async function openPostgres(url: string, migratiesMap: string): Promise<GeopendeDatabase> {
  const { default: pg } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzle(pool);
  await migrate(db, { migrationsFolder: migratiesMap });
  return { db: db as unknown as Database, soort: "postgres", sluit: () => pool.end() };
}

async function openPglite(instellingen: DatabaseInstellingen): Promise<GeopendeDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const geefVrij = instellingen.inGeheugen ? () => undefined : neemSlot(instellingen.dataDir);
  try {
    const client = instellingen.inGeheugen ? new PGlite() : new PGlite(path.join(instellingen.dataDir, "pglite"));
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: instellingen.migratiesMap });
    return {
      db: db as unknown as Database,
      soort: "pglite",
      sluit: async () => {
        await client.close();
        geefVrij();
      },
    };
  } catch (fout) {
    geefVrij();
    throw fout;
  }
}

/**
 * PGlite does not lock its directory, and two processes writing one directory corrupt it. So we
 * take an exclusive lock file holding our pid; a lock whose process is gone is taken over.
 */
function neemSlot(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const slot = path.join(dataDir, "meldwijzer.lock");
  for (let poging = 0; poging < 2; poging += 1) {
    try {
      const fd = openSync(slot, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(slot, { force: true });
    } catch (fout) {
      if ((fout as NodeJS.ErrnoException).code !== "EEXIST") throw fout;
      const pid = Number(readFileSync(slot, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && procesLeeft(pid)) throw new DataMapInGebruikFout(dataDir, pid);
      rmSync(slot, { force: true });
    }
  }
  throw new Error(`Kon het slot op ${dataDir} niet nemen.`);
}

function procesLeeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (fout) {
    return (fout as NodeJS.ErrnoException).code === "EPERM";
  }
}
