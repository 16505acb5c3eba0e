// `npm start`: builds when the build is missing or older than the sources, then serves the app.
// Plain JavaScript so that it runs before anything is built.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const wortel = process.cwd();
const serverBestand = path.join(wortel, "build", "server", "index.js");
const BRONNEN = ["src", "drizzle", "public", "package-lock.json", "vite.config.ts", "react-router.config.ts"];

function nieuwsteWijziging(pad) {
  if (!existsSync(pad)) return 0;
  const stat = statSync(pad);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(pad).reduce((max, naam) => Math.max(max, nieuwsteWijziging(path.join(pad, naam))), stat.mtimeMs);
}

const bouwNodig = !existsSync(serverBestand) || BRONNEN.some((b) => nieuwsteWijziging(path.join(wortel, b)) > statSync(serverBestand).mtimeMs);
if (bouwNodig) {
  // The build's own output (every bundle with its size) is for developers; a first start shows one line,
  // and the whole output only when the build fails.
  console.log("Meldwijzer wordt gebouwd (alleen bij de eerste start of na een wijziging; dat duurt even)…");
  const bouw = spawnSync(process.execPath, [path.join(wortel, "node_modules", "@react-router", "dev", "bin.js"), "build"], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (bouw.status !== 0) {
    process.stdout.write(bouw.stdout ?? "");
    process.stderr.write(bouw.stderr ?? "");
    console.error("Het bouwen is mislukt; de uitvoer staat hierboven.");
    process.exit(bouw.status ?? 1);
  }
}

// On a terminal, someone is trying the app: show what they need, not the operator's JSON log (warnings and
// errors still show). Where output goes to a file or a log collector, or LOG_LEVEL is set, the log is whole.
const opTerminal = process.stdout.isTTY === true && process.env.LOG_LEVEL === undefined;
if (opTerminal) process.env.LOG_LEVEL = "warn";
const demo = process.env.NODE_ENV !== "production" && process.env.MELDWIJZER_DEMO !== "0";

const { start } = await import(pathToFileURL(serverBestand).href);
try {
  const poort = Number(process.env.PORT ?? "3000");
  const host = process.env.HOST ?? "localhost";
  const { sluit, adres } = await start({ poort, host, clientMap: path.join(wortel, "build", "client") });
  console.log(`Meldwijzer draait op ${adres}`);
  if (opTerminal && demo) console.log("Demo: meld u aan als medewerker@regenboog.example met wachtwoord meldwijzer-demo (andere rollen: README.md).");
  if (opTerminal) console.log("Stoppen: Ctrl-C.");
  const stop = async () => {
    await sluit();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (fout) {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exit(1);
}
