import path from "node:path";
import pino, { type Logger } from "pino";
import { openDatabase, type GeopendeDatabase } from "../db/database.ts";
import type { AppContext } from "../../app/context.ts";
import { zaaiDemo } from "../../app/demo-seed.ts";

export interface Instellingen {
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly omgeving: string | undefined;
  readonly demo: boolean;
  /** Shifts the clock, for end-to-end tests of deadlines only; refused in production. */
  readonly klokVerschuivingMs: number;
}

export interface Runtime extends AppContext {
  readonly database: GeopendeDatabase;
  readonly logger: Logger;
  readonly instellingen: Instellingen;
}

export function leesInstellingen(env: NodeJS.ProcessEnv): Instellingen {
  const verschuiving = Number(env["MELDWIJZER_KLOK_VERSCHUIVING_MS"] ?? "0");
  if (env["NODE_ENV"] === "production" && verschuiving !== 0) throw new Error("MELDWIJZER_KLOK_VERSCHUIVING_MS is niet toegestaan in productie.");
  return {
    dataDir: path.resolve(env["DATA_DIR"] ?? "data"),
    databaseUrl: env["DATABASE_URL"] || undefined,
    omgeving: env["NODE_ENV"],
    demo: env["NODE_ENV"] !== "production" && env["MELDWIJZER_DEMO"] !== "0",
    klokVerschuivingMs: Number.isFinite(verschuiving) ? verschuiving : 0,
  };
}

/**
 * The logger never sees case content: routes log only ids, codes and timings, and these paths are
 * redacted as a second line of defence.
 */
export function maakLogger(): Logger {
  return pino({
    level: process.env["LOG_LEVEL"] ?? "info",
    redact: {
      paths: ["gegevens", "*.gegevens", "wachtwoord", "*.wachtwoord", "email", "*.email", "req.headers.cookie", "headers.cookie"],
      censor: "[verborgen]",
    },
  });
}

let huidige: Promise<Runtime> | undefined;

/** The process-wide runtime: database opened and migrated, demo seeded when allowed. */
export function haalRuntime(): Promise<Runtime> {
  huidige ??= startRuntime(leesInstellingen(process.env));
  return huidige;
}

export async function startRuntime(instellingen: Instellingen): Promise<Runtime> {
  const logger = maakLogger();
  const database = await openDatabase({
    databaseUrl: instellingen.databaseUrl,
    dataDir: instellingen.dataDir,
    migratiesMap: path.resolve("drizzle"),
  });
  const klok = () => new Date(Date.now() + instellingen.klokVerschuivingMs);
  const runtime: Runtime = { db: database.db, klok, database, logger, instellingen };
  if (instellingen.demo && (await zaaiDemo(runtime, instellingen.omgeving))) logger.info("demo-organisaties aangemaakt");
  logger.info({ database: database.soort }, "database klaar");
  return runtime;
}

export async function stopRuntime(): Promise<void> {
  if (!huidige) return;
  const runtime = await huidige;
  huidige = undefined;
  await runtime.database.sluit();
}
