import path from "node:path";
import pino, { type Logger } from "pino";
import { openDatabase, STANDAARD_VERBINDINGEN, type GeopendeDatabase } from "../db/database.ts";
import { werkProjectiesBij } from "../../app/dossier/projecties.ts";
import { veiligeFoutgegevens } from "./fout-log.ts";
import type { AppContext } from "../../app/context.ts";
import { zaaiDemo } from "../../app/demo-seed.ts";
import { voerDagelijksOverzichtUit } from "../../app/taken/dagelijks-overzicht.ts";
import { planDagelijksOverzicht } from "../../app/taken/dagelijks-overzicht-planning.ts";
import { laadLogSleutel, leesLogControleInstellingen, type LogControleInstellingen } from "../bestanden/controlepunten.ts";
import { legControlepuntVast } from "../../app/toegang/controlepunt.ts";
import { maakSmtpVerzender, smtpInstellingenUitOmgeving } from "../mail/smtp.ts";
import type { MailVerzender, SmtpInstellingen } from "../mail/smtp.ts";
import { leesSleutelbos, type Sleutelbos } from "../crypto/geheimen.ts";

export interface Instellingen {
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** MIGRATIE_DATABASE_URL: the owner's connection for the migrations; the app then runs as DATABASE_URL's role. */
  readonly migratieUrl: string | undefined;
  /** MELDWIJZER_DATABASE_VERBINDINGEN: PostgreSQL connections this process keeps at most (its pool). */
  readonly databaseVerbindingen: number;
  readonly omgeving: string | undefined;
  readonly demo: boolean;
  /** Shifts the clock, for end-to-end tests of deadlines only; refused in production. */
  readonly klokVerschuivingMs: number;
  /** Daily digest of "Mijn taken": the relay (null: no mail, digest off), the Dutch hour, the public address. */
  readonly smtp: SmtpInstellingen | null;
  readonly overzichtUur: number;
  readonly basisUrl: string | undefined;
  /** Checkpoints of the access log: where they go and the signing key (decision 0028). */
  readonly logcontrole: LogControleInstellingen;
  /** Keys for secrets at rest: MELDWIJZER_GEHEIM_SLEUTEL (and _OUD during a rotation; decision 0039). */
  readonly geheimen: Sleutelbos;
}

export interface Runtime extends AppContext {
  readonly database: GeopendeDatabase;
  readonly logger: Logger;
  readonly instellingen: Instellingen;
}

export function leesInstellingen(env: NodeJS.ProcessEnv): Instellingen {
  const verschuiving = Number(env["MELDWIJZER_KLOK_VERSCHUIVING_MS"] ?? "0");
  if (env["NODE_ENV"] === "production" && verschuiving !== 0) throw new Error("MELDWIJZER_KLOK_VERSCHUIVING_MS is niet toegestaan in productie.");
  const dataDir = path.resolve(env["DATA_DIR"] ?? "data");
  return {
    dataDir,
    databaseUrl: env["DATABASE_URL"] || undefined,
    migratieUrl: env["MIGRATIE_DATABASE_URL"] || undefined,
    databaseVerbindingen: leesDatabaseVerbindingen(env["MELDWIJZER_DATABASE_VERBINDINGEN"]),
    omgeving: env["NODE_ENV"],
    demo: env["NODE_ENV"] !== "production" && env["MELDWIJZER_DEMO"] !== "0",
    klokVerschuivingMs: Number.isFinite(verschuiving) ? verschuiving : 0,
    smtp: smtpInstellingenUitOmgeving(env),
    overzichtUur: leesOverzichtUur(env["MELDWIJZER_OVERZICHT_UUR"]),
    basisUrl: leesBasisUrl(env["MELDWIJZER_BASIS_URL"]),
    logcontrole: leesLogControleInstellingen(env, dataDir),
    geheimen: leesSleutelbos(env),
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
    migratieUrl: instellingen.migratieUrl,
    verbindingen: instellingen.databaseVerbindingen,
    dataDir: instellingen.dataDir,
    migratiesMap: path.resolve("drizzle"),
    bijStoring: (fout) => logger.warn(veiligeFoutgegevens(fout), "databaseverbinding verloren of geweigerd; nieuwe verbindingen worden gemaakt zodra de database terug is"),
  });
  const klok = () => new Date(Date.now() + instellingen.klokVerschuivingMs);
  const runtime: Runtime = { db: database.db, klok, sleutels: instellingen.geheimen, database, logger, instellingen };
  // Projections missing or of an older shape after an upgrade are rebuilt from the events once (decision 0032),
  // under the start lock, so that processes starting together do not rebuild the same dossiers.
  const bijgewerkt = await database.metSlot("opstart", () => werkProjectiesBij(database.db));
  if (bijgewerkt > 0) logger.info({ dossiers: bijgewerkt }, "projecties opnieuw opgebouwd uit de gebeurtenissen");
  // Under the start lock: two processes starting on one empty database would both seed it.
  if (instellingen.demo && (await database.metSlot("opstart", () => zaaiDemo(runtime, instellingen.omgeving)))) logger.info("demo-organisaties aangemaakt");
  if (instellingen.geheimen.ontwikkel) logger.warn("MELDWIJZER_GEHEIM_SLEUTEL is niet ingesteld: geheimen worden versleuteld met de afgeleide ontwikkelsleutel (alleen voor de demo)");
  logger.info({ database: database.soort }, "database klaar");
  return runtime;
}

export async function stopRuntime(): Promise<void> {
  if (!huidige) return;
  const runtime = await huidige;
  huidige = undefined;
  await runtime.database.sluit();
}

/**
 * For a request that sends its own mail (invitations of a staff import, a password reset): a sender
 * when SMTP is configured, else null; the caller closes it. And the public address for the links in
 * it: MELDWIJZER_BASIS_URL, or else the address the request came in on.
 */
export function mailVoorVerzoek(runtime: Runtime, request: Request): { verzender: MailVerzender | null; basisUrl: string } {
  const { smtp, basisUrl } = runtime.instellingen;
  return { verzender: smtp ? maakSmtpVerzender(smtp) : null, basisUrl: basisUrl ?? new URL(request.url).origin };
}

// --- Daily digest of "Mijn taken" (run: src/app/taken/dagelijks-overzicht.ts; schedule: dagelijks-overzicht-planning.ts) ---

/**
 * MELDWIJZER_DATABASE_VERBINDINGEN: a whole number 1–500, default 10: the PostgreSQL pool of each process.
 * With N processes (MELDWIJZER_PROCESSEN) the app holds up to N times this many connections.
 */
export function leesDatabaseVerbindingen(waarde: string | undefined): number {
  const tekst = waarde?.trim();
  if (!tekst) return STANDAARD_VERBINDINGEN;
  const aantal = /^\d{1,3}$/u.test(tekst) ? Number(tekst) : Number.NaN;
  if (!(aantal >= 1 && aantal <= 500)) throw new Error("MELDWIJZER_DATABASE_VERBINDINGEN moet een heel getal van 1 tot en met 500 zijn: hoeveel verbindingen met PostgreSQL één app-proces ten hoogste openhoudt.");
  return aantal;
}

/** MELDWIJZER_OVERZICHT_UUR: a whole hour 0–23, default 7. A typo stops the start instead of silently moving the mail. */
export function leesOverzichtUur(waarde: string | undefined): number {
  const tekst = waarde?.trim();
  if (!tekst) return 7;
  const uur = /^\d{1,2}$/u.test(tekst) ? Number(tekst) : Number.NaN;
  if (!(uur >= 0 && uur <= 23)) throw new Error("MELDWIJZER_OVERZICHT_UUR moet een heel getal van 0 tot en met 23 zijn: het uur (Nederlandse tijd) waarop het dagelijkse takenoverzicht wordt verstuurd.");
  return uur;
}

/** MELDWIJZER_BASIS_URL: the public http(s) address the link in the mail points to, without a trailing slash. */
export function leesBasisUrl(waarde: string | undefined): string | undefined {
  const tekst = waarde?.trim();
  if (!tekst) return undefined;
  let url: URL;
  try {
    url = new URL(tekst);
  } catch {
    throw new Error("MELDWIJZER_BASIS_URL is geen geldige URL (verwacht bijvoorbeeld https://meldwijzer.example.nl).");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("MELDWIJZER_BASIS_URL moet met https:// of http:// beginnen.");
  if (url.username || url.password || url.search || url.hash) throw new Error("MELDWIJZER_BASIS_URL mag geen inloggegevens, ? of # bevatten.");
  return `${url.origin}${url.pathname}`.replace(/\/+$/u, "");
}

/**
 * Starts the daily digest when a relay is configured; otherwise says once that it is off. The
 * returned `stop` ends the schedule, waits for a run in progress and closes the mail transport:
 * call it before the database closes.
 */
export function startDagelijksOverzicht(runtime: Runtime, poort: number): { stop(): Promise<void> } {
  const { smtp, overzichtUur, basisUrl } = runtime.instellingen;
  if (!smtp) {
    runtime.logger.info("dagelijks takenoverzicht staat uit: MELDWIJZER_SMTP_URL is niet ingesteld");
    return { stop: () => Promise.resolve() };
  }
  const verzender = maakSmtpVerzender(smtp);
  const opties = { basisUrl: basisUrl ?? `http://localhost:${poort}`, logger: runtime.logger };
  const planning = planDagelijksOverzicht({ klok: runtime.klok, uur: overzichtUur, logger: runtime.logger, voerUit: () => voerDagelijksOverzichtUit(runtime, verzender, opties) });
  runtime.logger.info({ uur: overzichtUur }, "dagelijks takenoverzicht gepland");
  return {
    async stop(): Promise<void> {
      await planning.stop();
      await verzender.sluit();
    },
  };
}

// --- Checkpoints of the access log (src/app/toegang/controlepunt.ts, decision 0028) ---

/** How often a running server records a checkpoint; only when the log changed since the newest one. */
export const CONTROLEPUNT_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Records a checkpoint at start, every ten minutes and at shutdown. Every process may do this: each writes a
 * file of its own, one process at a time (an advisory lock on PostgreSQL), and a process skips writing
 * when the newest checkpoint in its directory already holds the current heads. A failure is logged and
 * retried at the next turn; it never stops the server. `stop` ends the schedule, records a last
 * checkpoint and waits for it: call it before the database closes.
 */
export function startControlepunten(runtime: Runtime): { stop(): Promise<void> } {
  let bezig: Promise<void> = Promise.resolve();
  let gestopt = false;
  const sleutel = laadLogSleutel(runtime.instellingen.logcontrole);
  const beurt = () => {
    if (gestopt) return;
    const vorige = bezig;
    bezig = (async () => {
      await vorige;
      try {
        const opslag = { map: runtime.instellingen.logcontrole.map, sleutel: await sleutel };
        // One process at a time: in a shared directory the second then finds the first one's checkpoint
        // holding the same heads and writes none (decision 0034).
        const vastgelegd = await runtime.database.metSlot("controlepunt", () => legControlepuntVast(runtime.db, opslag, runtime.klok()));
        if (vastgelegd) runtime.logger.info({ controlepunt: vastgelegd.naam, ketens: vastgelegd.ketens }, "controlepunt toegangslog vastgelegd");
      } catch (fout) {
        runtime.logger.error({ code: (fout as NodeJS.ErrnoException).code ?? null }, "controlepunt toegangslog niet vastgelegd");
      }
    })();
  };
  beurt();
  const timer = setInterval(beurt, CONTROLEPUNT_INTERVAL_MS);
  timer.unref();
  return {
    async stop(): Promise<void> {
      clearInterval(timer);
      beurt(); // a last checkpoint, with the state at shutdown
      gestopt = true;
      await bezig;
    },
  };
}
