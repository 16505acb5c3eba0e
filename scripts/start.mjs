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
  console.log("Meldwijzer wordt gebouwd…");
  const bouw = spawnSync(process.execPath, [path.join(wortel, "node_modules", "@react-router", "dev", "bin.js"), "build"], { stdio: "inherit" });
  if (bouw.status !== 0) process.exit(bouw.status ?? 1);
}

const { start } = await import(pathToFileURL(serverBestand).href);
try {
  const poort = Number(process.env.PORT ?? "3000");
  const host = process.env.HOST ?? "localhost";
  const { sluit, adres } = await start({ poort, host, clientMap: path.join(wortel, "build", "client") });
  console.log(`Meldwijzer draait op ${adres}`);
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
