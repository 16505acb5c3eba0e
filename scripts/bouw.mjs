// Builds the app when the build is missing or older than the sources: for `npm start` (start.mjs) and for
// tests that start several servers at once (which must not all build at the same time).
// Plain JavaScript so that it runs before anything is built.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const BRONNEN = ["src", "drizzle", "public", "package-lock.json", "vite.config.ts", "react-router.config.ts"];

function nieuwsteWijziging(pad) {
  if (!existsSync(pad)) return 0;
  const stat = statSync(pad);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(pad).reduce((max, naam) => Math.max(max, nieuwsteWijziging(path.join(pad, naam))), stat.mtimeMs);
}

/** The path of the server bundle under `wortel`. */
export function serverBestand(wortel) {
  return path.join(wortel, "build", "server", "index.js");
}

function bouwNodig(wortel) {
  const bestand = serverBestand(wortel);
  return (
    !existsSync(bestand) || BRONNEN.some((b) => nieuwsteWijziging(path.join(wortel, b)) > statSync(bestand).mtimeMs)
  );
}

/**
 * One build at a time on this checkout: processes that start together (tests run files side by side,
 * or two `npm start`) would otherwise write the same build directory at once. The lock is a directory,
 * created atomically; one older than ten minutes was left by a build that was killed.
 */
function metBouwslot(wortel, werk) {
  const slot = path.join(wortel, "node_modules", ".cache", "meldwijzer-bouwslot");
  mkdirSync(path.dirname(slot), { recursive: true });
  for (;;) {
    try {
      mkdirSync(slot);
      break;
    } catch (fout) {
      if (fout.code !== "EEXIST") throw fout;
      if (Date.now() - statSync(slot, { throwIfNoEntry: false })?.mtimeMs > 10 * 60_000)
        rmSync(slot, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return werk();
  } finally {
    rmSync(slot, { recursive: true, force: true });
  }
}

/** Builds when needed; returns false (with the build's output on stdout/stderr) when the build failed. */
export function bouwAlsNodig(wortel) {
  if (!bouwNodig(wortel)) return true;
  // Another process may have built while this one waited for the lock.
  return metBouwslot(wortel, () => (bouwNodig(wortel) ? bouw(wortel) : true));
}

function bouw(wortel) {
  // The build's own output (every bundle with its size) is for developers; a first start shows one line,
  // and the whole output only when the build fails.
  console.log("Meldwijzer wordt gebouwd (alleen bij de eerste start of na een wijziging; dat duurt even)…");
  const bouw = spawnSync(
    process.execPath,
    [path.join(wortel, "node_modules", "@react-router", "dev", "bin.js"), "build"],
    {
      cwd: wortel,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (bouw.status === 0) return true;
  process.stdout.write(bouw.stdout ?? "");
  process.stderr.write(bouw.stderr ?? "");
  console.error("Het bouwen is mislukt; de uitvoer staat hierboven.");
  return false;
}
