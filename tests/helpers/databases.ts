import path from "node:path";
import { after } from "node:test";
import { openDatabase, type GeopendeDatabase } from "../../src/adapters/db/database.ts";

const MIGRATIES = path.resolve("drizzle");

export interface TestDatabase {
  readonly naam: "pglite" | "postgres";
  open(): Promise<GeopendeDatabase>;
}

/**
 * The databases a repository test runs on: always in-memory PGlite, and PostgreSQL when
 * TEST_DATABASE_URL or DATABASE_URL points at a server (`.ci/run` starts one). Each PostgreSQL open
 * gets a fresh database of its own, dropped when the test file ends.
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  const lijst: TestDatabase[] = [
    { naam: "pglite", open: () => openDatabase({ dataDir: "", inGeheugen: true, migratiesMap: MIGRATIES }) },
  ];
  const beheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
  if (beheerUrl && (await bereikbaar(beheerUrl)))
    lijst.push({ naam: "postgres", open: () => verseDatabase(beheerUrl) });
  else if (process.env["MELDWIJZER_PG_VERPLICHT"] === "1")
    throw new Error("PostgreSQL is vereist in CI maar niet bereikbaar.");
  return lijst;
}

async function bereikbaar(url: string): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const teVerwijderen: { beheerUrl: string; naam: string }[] = [];
after(async () => {
  if (teVerwijderen.length === 0) return;
  const { default: pg } = await import("pg");
  for (const { beheerUrl, naam } of teVerwijderen.splice(0)) {
    const client = new pg.Client({ connectionString: beheerUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
    await client.end();
  }
});

async function verseDatabase(beheerUrl: string): Promise<GeopendeDatabase> {
  return openDatabase({ databaseUrl: await verseDatabaseUrl(beheerUrl), dataDir: "", migratiesMap: MIGRATIES });
}

/**
 * The URL of a fresh, empty PostgreSQL database, dropped when the test file ends: for a test that
 * runs the app's own runtime on it (the JSON API opens the database from the environment).
 */
export async function verseDatabaseUrl(beheerUrl: string): Promise<string> {
  const { default: pg } = await import("pg");
  const naam = `meldwijzer_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: beheerUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${naam}`);
  await client.end();
  teVerwijderen.push({ beheerUrl, naam });
  const url = new URL(beheerUrl);
  url.pathname = `/${naam}`;
  return url.toString();
}
