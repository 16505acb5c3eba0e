// Several app processes on one port (node:cluster) for `npm start`: MELDWIJZER_PROCESSEN (decision 0058).
// Plain JavaScript so that it runs before anything is built.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

const MAX_PROCESSEN = 64;

/**
 * MELDWIJZER_PROCESSEN: unset or empty → 1; "auto" → the number of cores; otherwise a whole number from 1 to 64.
 * Anything else stops the start with a message, rather than silently running one process.
 */
export function leesProcessen(waarde, kernen = availableParallelism()) {
  const tekst = (waarde ?? "").trim();
  if (tekst === "") return 1;
  if (tekst === "auto") return Math.max(1, Math.min(MAX_PROCESSEN, kernen));
  const aantal = /^\d{1,2}$/u.test(tekst) ? Number(tekst) : Number.NaN;
  if (!(aantal >= 1 && aantal <= MAX_PROCESSEN)) {
    throw new Error(
      `MELDWIJZER_PROCESSEN moet "auto" of een heel getal van 1 tot en met ${MAX_PROCESSEN} zijn: het aantal app-processen op deze poort.`,
    );
  }
  return aantal;
}

/** The embedded database (PGlite) belongs to one process (decision 0024): several processes need PostgreSQL. */
export function controleerProcessen(aantal, databaseUrl) {
  if (aantal > 1 && !databaseUrl) {
    throw new Error(
      `MELDWIJZER_PROCESSEN=${aantal} vraagt om PostgreSQL: de ingebouwde database hoort bij één proces. ` +
        "Zet DATABASE_URL op een PostgreSQL-server, of start één proces.",
    );
  }
}

/** What a worker needs beyond its stop time (MELDWIJZER_STOPTIJD_SECONDEN) to finish starting, close and exit. */
const STOP_MARGE_S = 60;

/** The stop time as the workers read it (src/adapters/http/server.ts checks it and refuses a bad one); 25 s by default. */
function leesStoptijdSeconden(waarde) {
  const tekst = (waarde ?? "").trim();
  const seconden = /^\d{1,3}$/u.test(tekst) ? Number(tekst) : Number.NaN;
  return seconden >= 1 && seconden <= 600 ? seconden : 25;
}

/** A worker that dies this soon after its start is not restarted at once: a process that cannot start would otherwise loop. */
const SNELLE_DOOD_MS = 5_000;
const HERSTART_WACHT_MS = 1_000;

/**
 * The primary process: forks `aantal` workers that each run the whole app on the same port (the primary
 * hands out the connections in turn), prints `melding(adres)` once every worker listens, and restarts a
 * worker that dies. A worker that fails before the first start is complete stops everything (exit 1):
 * a wrong setting or an unreachable database is the operator's to fix, not to retry forever.
 * SIGINT/SIGTERM: every worker is asked to stop gracefully (a message, not a signal, so that a terminal's
 * Ctrl-C, which reaches the workers too, is not counted twice) and the primary exits 0 when all have;
 * a second signal ends the workers and the primary at once.
 */
export function startPrimair(aantal, melding) {
  let stopt = false;
  let gestart = false;
  const klaar = new Set();
  const geboren = new Map();

  const vork = () => {
    const werker = cluster.fork();
    geboren.set(werker.id, Date.now());
    werker.on("message", (bericht) => {
      if (bericht?.soort !== "luistert") return;
      // A stop message sent while the worker still loaded its modules found no listener and was lost
      // (Node drops IPC messages nobody listens to): it is asked again now that it listens.
      if (stopt) {
        if (werker.isConnected()) werker.send({ soort: "stop" });
        return;
      }
      klaar.add(werker.id);
      if (!gestart && klaar.size === aantal) {
        gestart = true;
        melding(bericht.adres);
      }
    });
  };

  cluster.on("exit", (werker, code, signaal) => {
    klaar.delete(werker.id);
    const leeftijd = Date.now() - (geboren.get(werker.id) ?? 0);
    geboren.delete(werker.id);
    if (stopt) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (!gestart) {
      console.error(`Een app-proces stopte tijdens het starten (${signaal ?? `code ${code}`}); Meldwijzer start niet.`);
      stopAlles(1);
      return;
    }
    console.error(`Een app-proces stopte onverwacht (${signaal ?? `code ${code}`}); er wordt een nieuw gestart.`);
    setTimeout(
      () => {
        if (!stopt) vork();
      },
      leeftijd < SNELLE_DOOD_MS ? HERSTART_WACHT_MS : 0,
    );
  });

  const stopAlles = (code) => {
    stopt = true;
    for (const werker of Object.values(cluster.workers ?? {})) werker?.process.kill("SIGKILL");
    process.exit(code);
  };
  const stop = () => {
    if (stopt) return;
    stopt = true;
    process.once("SIGINT", () => stopAlles(130));
    process.once("SIGTERM", () => stopAlles(143));
    const werkers = Object.values(cluster.workers ?? {});
    if (werkers.length === 0) process.exit(0);
    for (const werker of werkers) if (werker?.isConnected()) werker.send({ soort: "stop" });
    // Each worker bounds its own stop (MELDWIJZER_STOPTIJD_SECONDEN); one that still starts may first finish
    // its start-up. Should a worker still not have stopped well after that, the stop is not left hanging.
    setTimeout(
      () => {
        console.error("Niet elk app-proces stopte op tijd; de overgebleven processen worden beëindigd.");
        stopAlles(1);
      },
      (leesStoptijdSeconden(process.env.MELDWIJZER_STOPTIJD_SECONDEN) + STOP_MARGE_S) * 1000,
    ).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  for (let i = 0; i < aantal; i += 1) vork();
}

/** In a worker: tell the primary this worker listens. */
export function meldLuistert(adres) {
  process.send?.({ soort: "luistert", adres });
}

/** In a worker: run `stop` when the primary asks (once, however often it is asked). */
export function bijStopverzoek(stop) {
  process.on("message", (bericht) => {
    if (bericht?.soort === "stop") stop();
  });
}

export const isPrimair = () => cluster.isPrimary;
