import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { haalRuntime, stopRuntime, type Runtime } from "../../src/adapters/http/runtime.ts";
import { testDatabases, verseDatabaseUrl } from "./databases.ts";

/** A database the app's own process-wide runtime can start on: its environment says which. */
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
    if (testDb.naam === "pglite") lijst.push({ naam: "pglite", omgeving: async () => ({ DATA_DIR: await mkdtemp(path.join(tmpdir(), voorvoegsel)), DATABASE_URL: undefined }) });
    if (testDb.naam === "postgres" && beheer) lijst.push({ naam: "postgres", omgeving: async () => ({ DATABASE_URL: await verseDatabaseUrl(beheer) }) });
  }
  return lijst;
}

/**
 * Starts the runtime on `db` (no demo, no clock shift) and returns it with `stop`, which stops it,
 * removes a temporary data directory and puts the environment back as it was.
 */
export async function startTestRuntime(db: RuntimeDatabase): Promise<{ runtime: Runtime; stop: () => Promise<void> }> {
  const omgeving: Record<string, string | undefined> = { ...(await db.omgeving()), MELDWIJZER_DEMO: "0", MELDWIJZER_KLOK_VERSCHUIVING_MS: "0" };
  const eerder: Record<string, string | undefined> = {};
  for (const [sleutel, waarde] of Object.entries(omgeving)) {
    eerder[sleutel] = process.env[sleutel];
    if (waarde === undefined) delete process.env[sleutel];
    else process.env[sleutel] = waarde;
  }
  const runtime = await haalRuntime();
  return {
    runtime,
    stop: async () => {
      await stopRuntime();
      const dataDir = omgeving["DATA_DIR"];
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      for (const [sleutel, waarde] of Object.entries(eerder)) {
        if (waarde === undefined) delete process.env[sleutel];
        else process.env[sleutel] = waarde;
      }
    },
  };
}
