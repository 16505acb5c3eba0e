/**
 * The composition root: the one place where a process puts the app together from its settings.
 * `stelSamen` opens the database, and makes the clock, the key ring, the logger and the mail sender;
 * `bereidVoor` brings the database up to date for serving (projections, demo). The server builds the
 * root once at start (server.ts) and hands it to every loader and action in React Router's load
 * context (`context.samenstelling`); the scripts build it the same way. Use-cases never import this
 * module: they get the `AppContext` part of it as their first argument (lint: src/app).
 */
import path from "node:path";
import type { Logger } from "pino";
import { openDatabase, STANDAARD_VERBINDINGEN, type GeopendeDatabase } from "../db/database.ts";
import { werkProjectiesBij } from "../../app/dossier/projecties.ts";
import { veiligeFoutgegevens } from "./fout-log.ts";
import type { AppContext } from "../../app/context.ts";
import { zaaiDemo } from "../../app/demo-seed.ts";
import { voerDagelijksOverzichtUit } from "../../app/taken/dagelijks-overzicht.ts";
import { planDagelijksOverzicht } from "../../app/taken/dagelijks-overzicht-planning.ts";
import {
  laadLogSleutel,
  leesLogControleInstellingen,
  type LogControleInstellingen,
} from "../bestanden/controlepunten.ts";
import { legControlepuntVast } from "../../app/toegang/controlepunt.ts";
import { verzegelToegangslog } from "../../app/toegang/verzegelen.ts";
import { planVerzegeling } from "../../app/toegang/verzegelplanning.ts";
import { bijAanvaarding } from "../db/toegangslog.repository.ts";
import { maakSmtpVerzender, smtpInstellingenUitOmgeving } from "../mail/smtp.ts";
import { procesLogger } from "./proces-logger.ts";
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
  /** MELDWIJZER_VERZEGEL_MS: how soon this process seals the access log's entries it accepted (decisions 0057, 0073). */
  readonly verzegelIntervalMs: number;
  /** MELDWIJZER_VERZEGEL_TERUGVAL_MS: how often an idle process looks for entries no one told it of (decision 0073). */
  readonly verzegelTerugvalMs: number;
  /** Keys for secrets at rest: MELDWIJZER_GEHEIM_SLEUTEL (and _OUD during a rotation; decision 0039). */
  readonly geheimen: Sleutelbos;
}

/** What the app is made of in one process; its `AppContext` part (db, klok, sleutels) goes to the use-cases. */
export interface Samenstelling extends AppContext {
  readonly database: GeopendeDatabase;
  readonly logger: Logger;
  readonly instellingen: Instellingen;
  /** A new mail sender for the configured relay (the caller closes it), or null when no relay is set. */
  readonly maakMailVerzender: () => MailVerzender | null;
}

export function leesInstellingen(env: NodeJS.ProcessEnv): Instellingen {
  const verschuiving = Number(env["MELDWIJZER_KLOK_VERSCHUIVING_MS"] ?? "0");
  if (env["NODE_ENV"] === "production" && verschuiving !== 0)
    throw new Error("MELDWIJZER_KLOK_VERSCHUIVING_MS is niet toegestaan in productie.");
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
    verzegelIntervalMs: leesVerzegelInterval(env["MELDWIJZER_VERZEGEL_MS"]),
    verzegelTerugvalMs: leesVerzegelTerugval(env["MELDWIJZER_VERZEGEL_TERUGVAL_MS"]),
    geheimen: leesSleutelbos(env),
  };
}

/**
 * Builds the root from the settings: opens and migrates the database (a locked data directory, an
 * unreachable database or a failed migration throws here), and makes the clock (shifted only for
 * end-to-end tests), the key ring, the logger (the process's, unless a test passes its own) and the
 * mail sender. `sluit` on its database closes it again.
 */
export async function stelSamen(
  instellingen: Instellingen,
  opties: { readonly logger?: Logger; readonly migratiesMap?: string } = {},
): Promise<Samenstelling> {
  const logger = opties.logger ?? procesLogger();
  const database = await openDatabase({
    databaseUrl: instellingen.databaseUrl,
    migratieUrl: instellingen.migratieUrl,
    verbindingen: instellingen.databaseVerbindingen,
    dataDir: instellingen.dataDir,
    migratiesMap: opties.migratiesMap ?? path.resolve("drizzle"),
    bijStoring: (fout) =>
      logger.warn(
        veiligeFoutgegevens(fout),
        "databaseverbinding verloren of geweigerd; nieuwe verbindingen worden gemaakt zodra de database terug is",
      ),
  });
  logger.info({ database: database.soort, sindsProcesstartMs: Math.round(performance.now()) }, "database geopend");
  const klok = () => new Date(Date.now() + instellingen.klokVerschuivingMs);
  const smtp = instellingen.smtp;
  const maakMailVerzender = () => (smtp ? maakSmtpVerzender(smtp) : null);
  return { db: database.db, klok, sleutels: instellingen.geheimen, database, logger, instellingen, maakMailVerzender };
}

/**
 * What a server does on the root before it listens: rebuild projections missing or of an older shape,
 * and seed the demo when allowed. Scripts skip this: they work on the database as it is.
 */
export async function bereidVoor(samenstelling: Samenstelling): Promise<void> {
  const { database, logger, instellingen } = samenstelling;
  // Projections missing or of an older shape after an upgrade are rebuilt from the events once (decision 0032),
  // under the start lock, so that processes starting together do not rebuild the same dossiers.
  const bijgewerkt = await database.metSlot("opstart", () => werkProjectiesBij(database.db));
  if (bijgewerkt > 0) logger.info({ dossiers: bijgewerkt }, "projecties opnieuw opgebouwd uit de gebeurtenissen");
  // Under the start lock: two processes starting on one empty database would both seed it.
  if (instellingen.demo && (await database.metSlot("opstart", () => zaaiDemo(samenstelling, instellingen.omgeving))))
    logger.info("demo-organisaties aangemaakt");
  if (instellingen.geheimen.ontwikkel)
    logger.warn(
      "MELDWIJZER_GEHEIM_SLEUTEL is niet ingesteld: geheimen worden versleuteld met de afgeleide ontwikkelsleutel (alleen voor de demo)",
    );
  logger.info({ database: database.soort, sindsProcesstartMs: Math.round(performance.now()) }, "database klaar");
}

/**
 * For a request that sends its own mail (invitations of a staff import, a password reset): a sender
 * when SMTP is configured, else null; the caller closes it. And the public address for the links in
 * it: MELDWIJZER_BASIS_URL, or else the address the request came in on.
 */
export function mailVoorVerzoek(
  runtime: Samenstelling,
  request: Request,
): { verzender: MailVerzender | null; basisUrl: string } {
  return {
    verzender: runtime.maakMailVerzender(),
    basisUrl: runtime.instellingen.basisUrl ?? new URL(request.url).origin,
  };
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
  if (!(aantal >= 1 && aantal <= 500))
    throw new Error(
      "MELDWIJZER_DATABASE_VERBINDINGEN moet een heel getal van 1 tot en met 500 zijn: hoeveel verbindingen met PostgreSQL één app-proces ten hoogste openhoudt.",
    );
  return aantal;
}

/** MELDWIJZER_OVERZICHT_UUR: a whole hour 0–23, default 7. A typo stops the start instead of silently moving the mail. */
export function leesOverzichtUur(waarde: string | undefined): number {
  const tekst = waarde?.trim();
  if (!tekst) return 7;
  const uur = /^\d{1,2}$/u.test(tekst) ? Number(tekst) : Number.NaN;
  if (!(uur >= 0 && uur <= 23))
    throw new Error(
      "MELDWIJZER_OVERZICHT_UUR moet een heel getal van 0 tot en met 23 zijn: het uur (Nederlandse tijd) waarop het dagelijkse takenoverzicht wordt verstuurd.",
    );
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
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error("MELDWIJZER_BASIS_URL moet met https:// of http:// beginnen.");
  if (url.username || url.password || url.search || url.hash)
    throw new Error("MELDWIJZER_BASIS_URL mag geen inloggegevens, ? of # bevatten.");
  return `${url.origin}${url.pathname}`.replace(/\/+$/u, "");
}

/**
 * Starts the daily digest when a relay is configured; otherwise says once that it is off. The
 * returned `stop` ends the schedule, waits for a run in progress and closes the mail transport:
 * call it before the database closes.
 */
export function startDagelijksOverzicht(runtime: Samenstelling, poort: number): { stop(): Promise<void> } {
  const { overzichtUur, basisUrl } = runtime.instellingen;
  const verzender = runtime.maakMailVerzender();
  if (!verzender) {
    runtime.logger.info("dagelijks takenoverzicht staat uit: MELDWIJZER_SMTP_URL is niet ingesteld");
    return { stop: () => Promise.resolve() };
  }
  const opties = { basisUrl: basisUrl ?? `http://localhost:${poort}`, logger: runtime.logger };
  const planning = planDagelijksOverzicht({
    klok: runtime.klok,
    uur: overzichtUur,
    logger: runtime.logger,
    voerUit: () => voerDagelijksOverzichtUit(runtime, verzender, opties),
  });
  runtime.logger.info({ uur: overzichtUur }, "dagelijks takenoverzicht gepland");
  return {
    async stop(): Promise<void> {
      await planning.stop();
      await verzender.sluit();
    },
  };
}

// --- Sealing the access log (src/app/toegang/verzegelen.ts, decision 0057) ---

/** The default interval of the sealer: an accepted entry is sealed within about this long. */
export const VERZEGEL_INTERVAL_MS = 250;

/** MELDWIJZER_VERZEGEL_MS: whole milliseconds, 10–60000, default 250. A typo stops the start. */
export function leesVerzegelInterval(waarde: string | undefined): number {
  return leesMilliseconden("MELDWIJZER_VERZEGEL_MS", waarde, VERZEGEL_INTERVAL_MS, 10, 60_000);
}

/** The default slow turn of an idle sealer (decision 0073): entries no one announced are sealed within this. */
export const VERZEGEL_TERUGVAL_MS = 10_000;

/** MELDWIJZER_VERZEGEL_TERUGVAL_MS: whole milliseconds, 1000–600000, default 10000. A typo stops the start. */
export function leesVerzegelTerugval(waarde: string | undefined): number {
  return leesMilliseconden("MELDWIJZER_VERZEGEL_TERUGVAL_MS", waarde, VERZEGEL_TERUGVAL_MS, 1000, 600_000);
}

function leesMilliseconden(naam: string, waarde: string | undefined, standaard: number, van: number, tot: number) {
  const tekst = waarde?.trim();
  if (!tekst) return standaard;
  const ms = Number(tekst);
  if (!/^\d+$/u.test(tekst) || ms < van || ms > tot)
    throw new Error(`${naam} moet een heel aantal milliseconden zijn van ${van} tot en met ${tot}, niet "${waarde}".`);
  return ms;
}

/**
 * Seals the access log's accepted entries in every process (decision 0057), when there is something to seal
 * (decision 0073, `planVerzegeling`): `verzegelIntervalMs` after this process accepted an entry, and every
 * `verzegelTerugvalMs` when idle, for what other processes left. Two processes never seal the same chain at
 * once (a per-chain lock in the database that neither waits for), and no request waits for a sealer:
 * requests take no lock. A failure is logged and tried again. `stop` ends the schedule, seals one last time
 * and waits for it: call it before the database closes. The timer never keeps the process alive.
 */
export function startVerzegelaar(runtime: Samenstelling): { stop(): Promise<void> } {
  const planning = planVerzegeling({
    beurt: () => verzegelToegangslog(runtime.db),
    intervalMs: runtime.instellingen.verzegelIntervalMs,
    terugvalMs: runtime.instellingen.verzegelTerugvalMs,
    bijFout: (fout) =>
      runtime.logger.error({ code: (fout as { code?: string }).code ?? null }, "toegangslog niet verzegeld"),
  });
  const stopLuisteren = bijAanvaarding(() => planning.aanvaard());
  return {
    async stop(): Promise<void> {
      stopLuisteren();
      await planning.stop();
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
export function startControlepunten(runtime: Samenstelling): { stop(): Promise<void> } {
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
        const vastgelegd = await runtime.database.metSlot("controlepunt", () =>
          legControlepuntVast(runtime.db, opslag, runtime.klok()),
        );
        if (vastgelegd)
          runtime.logger.info(
            { controlepunt: vastgelegd.naam, ketens: vastgelegd.ketens },
            "controlepunt toegangslog vastgelegd",
          );
      } catch (fout) {
        runtime.logger.error(
          { code: (fout as NodeJS.ErrnoException).code ?? null },
          "controlepunt toegangslog niet vastgelegd",
        );
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
