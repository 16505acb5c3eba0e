// `npm start`: builds when the build is missing or older than the sources, then serves the app.
// Plain JavaScript so that it runs before anything is built.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bouwAlsNodig, serverBestand } from "./bouw.mjs";

const wortel = process.cwd();
if (!bouwAlsNodig(wortel)) process.exit(1);

// On a terminal, someone is trying the app: show what they need, not the operator's JSON log (warnings and
// errors still show). Where output goes to a file or a log collector, or LOG_LEVEL is set, the log is whole.
const opTerminal = process.stdout.isTTY === true && process.env.LOG_LEVEL === undefined;
if (opTerminal) process.env.LOG_LEVEL = "warn";
const demo = process.env.NODE_ENV !== "production" && process.env.MELDWIJZER_DEMO !== "0";

const { start } = await import(pathToFileURL(serverBestand(wortel)).href);
try {
  const poort = Number(process.env.PORT ?? "3000");
  const host = process.env.HOST ?? "localhost";
  const { sluit, adres } = await start({ poort, host, clientMap: path.join(wortel, "build", "client") });
  // A graceful stop: no new connections, requests in progress finish (MELDWIJZER_STOPTIJD_SECONDEN at
  // most), the database closes, exit code 0. A second signal while stopping ends the process at once.
  // Installed before the address is printed: whoever waits for that line may send a signal right after.
  const stop = async () => {
    process.once("SIGINT", () => process.exit(130));
    process.once("SIGTERM", () => process.exit(143));
    await sluit();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  console.log(`Meldwijzer draait op ${adres}`);
  if (opTerminal && demo) console.log("Demo: meld u aan als medewerker@regenboog.example met wachtwoord meldwijzer-demo (andere rollen: README.md).");
  if (opTerminal) console.log("Stoppen: Ctrl-C.");
} catch (fout) {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exit(1);
}
