// `npm start`: builds when the build is missing or older than the sources, then serves the app.
// MELDWIJZER_PROCESSEN=N (or "auto") runs N app processes on the one port (node:cluster; decision 0058).
// Plain JavaScript so that it runs before anything is built.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bouwAlsNodig, serverBestand } from "./bouw.mjs";
import {
  bijStopverzoek,
  controleerProcessen,
  isPrimair,
  leesProcessen,
  meldLuistert,
  startPrimair,
} from "./processen.mjs";

const wortel = process.cwd();
const primair = isPrimair();

// On a terminal, someone is trying the app: show what they need, not the operator's JSON log (warnings and
// errors still show). Where output goes to a file or a log collector, or LOG_LEVEL is set, the log is whole.
// Workers inherit the primary's environment, LOG_LEVEL included.
const opTerminal = process.stdout.isTTY === true && process.env.LOG_LEVEL === undefined;
if (opTerminal) process.env.LOG_LEVEL = "warn";
const demo = process.env.NODE_ENV !== "production" && process.env.MELDWIJZER_DEMO !== "0";

let processen = 1;
try {
  processen = primair ? leesProcessen(process.env.MELDWIJZER_PROCESSEN) : 1;
  controleerProcessen(processen, process.env.DATABASE_URL);
} catch (fout) {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exit(1);
}
// Built once, by the primary, before any worker starts.
if (primair && !bouwAlsNodig(wortel)) process.exit(1);

const meldGestart = (adres) => {
  console.log(`Meldwijzer draait op ${adres}${processen > 1 ? ` (${processen} processen)` : ""}`);
  if (opTerminal && demo)
    console.log(
      "Demo: meld u aan als medewerker@regenboog.example met wachtwoord meldwijzer-demo (andere rollen: README.md).",
    );
  if (opTerminal) console.log("Stoppen: Ctrl-C.");
};

if (primair && processen > 1) {
  // Each worker runs the whole app; start-up work that must run once (migrations, the projections'
  // catch-up, the demo seed) runs under PostgreSQL advisory locks there (decision 0034).
  startPrimair(processen, meldGestart);
} else {
  // A worker may be asked to stop while it still starts (a stop right after a restart): it stops as soon as it listens.
  let stopVerzoek = () => {};
  let vroegGevraagd = false;
  const vraagStop = () => {
    vroegGevraagd = true;
    stopVerzoek();
  };
  if (!primair) {
    bijStopverzoek(vraagStop);
    // The primary is gone (killed): stop as well, rather than serve on without anyone to restart us.
    process.once("disconnect", vraagStop);
  }
  const { start } = await import(pathToFileURL(serverBestand(wortel)).href);
  try {
    const poort = Number(process.env.PORT ?? "3000");
    const host = process.env.HOST ?? "localhost";
    const { sluit, adres } = await start({ poort, host, clientMap: path.join(wortel, "build", "client") });
    // A graceful stop: no new connections, requests in progress finish (MELDWIJZER_STOPTIJD_SECONDEN at
    // most), the database closes, exit code 0. A second signal while stopping ends the process at once.
    // Installed before the address is printed: whoever waits for that line may send a signal right after.
    // In a worker the primary asks by message; a terminal's Ctrl-C reaches the worker as well, and counts once.
    let stopt = false;
    const stop = async () => {
      if (stopt) return;
      stopt = true;
      process.once("SIGINT", () => process.exit(130));
      process.once("SIGTERM", () => process.exit(143));
      await sluit();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    if (primair) meldGestart(adres);
    else {
      stopVerzoek = stop;
      meldLuistert(adres);
      if (vroegGevraagd) await stop();
    }
  } catch (fout) {
    console.error(fout instanceof Error ? fout.message : fout);
    process.exit(1);
  }
}
