import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { bereidVoor, leesInstellingen, stelSamen, type Samenstelling } from "../../src/adapters/http/samenstelling.ts";
import { testDatabases, verseDatabaseUrl } from "./databases.ts";

/** A database a composition root of the test's own can start on: its environment says which. */
export interface RuntimeDatabase {
  readonly naam: "pglite" | "postgres";
  omgeving(): Promise<Record<string, string | undefined>>;
}

/**
 * The databases for tests that go through the app's own runtime (route actions, resource routes):
 * PGlite in a fresh temporary data directory, and a fresh PostgreSQL database when one is reachable.
 */
export async function runtimeDatabases(voorvoegsel: string): Promise<RuntimeDatabase[]> {
  const lijst: RuntimeDatabase[] = [];
  const beheer = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
  for (const testDb of await testDatabases()) {
    if (testDb.naam === "pglite")
      lijst.push({
        naam: "pglite",
        omgeving: async () => ({ DATA_DIR: await mkdtemp(path.join(tmpdir(), voorvoegsel)), DATABASE_URL: undefined }),
      });
    if (testDb.naam === "postgres" && beheer)
      lijst.push({ naam: "postgres", omgeving: async () => ({ DATABASE_URL: await verseDatabaseUrl(beheer) }) });
  }
  return lijst;
}

/**
 * The composition root as the server builds it (stelSamen, then bereidVoor), from the process's
 * environment with `omgeving` laid over it; the process's environment itself is not changed.
 */
export async function startSamenstelling(omgeving: Record<string, string | undefined> = {}): Promise<Samenstelling> {
  const samenstelling = await stelSamen(leesInstellingen({ ...process.env, ...omgeving }));
  try {
    await bereidVoor(samenstelling);
  } catch (fout) {
    await samenstelling.database.sluit();
    throw fout;
  }
  return samenstelling;
}

/**
 * A composition root of the test's own on `db` (no demo, no clock shift), with `stop`, which closes
 * its database and removes a temporary data directory. Route loaders and actions get it as
 * `context.samenstelling`.
 */
export async function startTestRuntime(
  db: RuntimeDatabase,
): Promise<{ runtime: Samenstelling; stop: () => Promise<void> }> {
  const omgeving: Record<string, string | undefined> = {
    ...(await db.omgeving()),
    MELDWIJZER_DEMO: "0",
    MELDWIJZER_KLOK_VERSCHUIVING_MS: "0",
  };
  const runtime = await startSamenstelling(omgeving);
  return {
    runtime,
    stop: async () => {
      await runtime.database.sluit();
      const dataDir = omgeving["DATA_DIR"];
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
