/**
 * `npm run bench`: runs every case in bench/gevallen.ts on this working tree and on a baseline
 * (a git ref, `HEAD` unless BENCH_BASELINE or `--baseline=<ref>` says otherwise), interleaved in one
 * run so both see the same machine, and prints the median time per operation and the ratio.
 *
 *   npm run bench                      # working tree against HEAD
 *   npm run bench -- --baseline=HEAD~3 # against an older commit
 *   npm run bench -- --zonder-baseline # only this tree
 *   npm run bench -- --alleen=feitelijkheid # only the cases whose name contains this
 *
 * Besides wall time it prints the CPU time of the process per operation: on a loaded, shared machine
 * that is the steadier number for work that never waits.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { GEVALLEN, type Laad } from "./gevallen.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const argumenten = process.argv.slice(2);
const baselineRef =
  argumenten.find((a) => a.startsWith("--baseline="))?.slice("--baseline=".length) ??
  process.env["BENCH_BASELINE"] ??
  "HEAD";
const zonderBaseline = argumenten.includes("--zonder-baseline");
const alleen = argumenten.find((a) => a.startsWith("--alleen="))?.slice("--alleen=".length);
const RONDES = Number(process.env["BENCH_RONDES"] ?? 7);
const RONDE_MS = Number(process.env["BENCH_RONDE_MS"] ?? 400);

/** Exports the baseline's files (no .git, no node_modules) into a temp directory that shares our node_modules. */
function bereidBaseline(ref: string): { root: string; opruimen: () => void } {
  const map = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-"));
  const archief = execFileSync("git", ["-C", ROOT, "archive", "--format=tar", ref], { maxBuffer: 256 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-C", map], { input: archief });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(map, "node_modules"), "dir");
  return { root: map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}

function lader(root: string): Laad {
  return async (pad) => (await import(pathToFileURL(path.join(root, pad)).href)) as Record<string, unknown>;
}

/** CPU time of this process per operation in each round, kept beside the wall time. */
const cpuTijden = new Map<() => Promise<void> | void, number[]>();

/** Runs `doe` for about RONDE_MS and returns milliseconds per operation (wall time; CPU time in `cpuTijden`). */
async function ronde(doe: () => Promise<void> | void): Promise<number> {
  let n = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let verstreken = 0;
  while (verstreken < RONDE_MS || n < 3) {
    await doe();
    n += 1;
    verstreken = performance.now() - start;
  }
  const cpu = process.cpuUsage(cpuStart);
  const lijst = cpuTijden.get(doe) ?? [];
  lijst.push((cpu.user + cpu.system) / 1000 / n);
  cpuTijden.set(doe, lijst);
  return verstreken / n;
}

function mediaan(waarden: number[]): number {
  const s = [...waarden].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function ms(waarde: number): string {
  return waarde >= 1 ? `${waarde.toFixed(2)} ms` : `${(waarde * 1000).toFixed(1)} µs`;
}

interface Kandidaat {
  readonly naam: string;
  readonly root: string;
}

const kandidaten: Kandidaat[] = [{ naam: "werkboom", root: ROOT }];
let baseline: ReturnType<typeof bereidBaseline> | undefined;
if (!zonderBaseline) {
  baseline = bereidBaseline(baselineRef);
  const commit = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", baselineRef]).toString().trim();
  kandidaten.push({ naam: `baseline ${baselineRef} (${commit})`, root: baseline.root });
}

console.log(
  `Meldwijzer benchmarks — Node ${process.version}, ${RONDES} rondes van ~${RONDE_MS} ms per kandidaat, afwisselend`,
);
console.log(`Kandidaten: ${kandidaten.map((k) => k.naam).join(" vs ")}\n`);

try {
  for (const geval of GEVALLEN.filter((g) => alleen === undefined || g.naam.includes(alleen))) {
    const voorbereid: {
      kandidaat: Kandidaat;
      doe: () => Promise<void> | void;
      ruimOp?: () => Promise<void>;
      tijden: number[];
    }[] = [];
    for (const kandidaat of kandidaten) {
      try {
        const { doe, ruimOp } = await geval.bereid(lader(kandidaat.root), kandidaat.root);
        await ronde(doe); // warm-up
        cpuTijden.delete(doe);
        voorbereid.push({ kandidaat, doe, ...(ruimOp ? { ruimOp } : {}), tijden: [] });
      } catch (fout) {
        console.log(`  ${geval.naam}: niet te meten op ${kandidaat.naam} (${(fout as Error).message.split("\n")[0]})`);
      }
    }
    // Interleaved rounds: drift on the machine hits both candidates alike.
    for (let r = 0; r < RONDES; r += 1) for (const v of voorbereid) v.tijden.push(await ronde(v.doe));
    for (const v of voorbereid) await v.ruimOp?.();

    console.log(geval.naam);
    const [eigen, ander] = voorbereid;
    for (const v of voorbereid) {
      const m = mediaan(v.tijden);
      const cpu = cpuTijden.get(v.doe) ?? [];
      console.log(
        `  ${v.kandidaat.naam.padEnd(34)} ${ms(m).padStart(10)} per ${geval.eenheid}  (min ${ms(Math.min(...v.tijden))}, max ${ms(Math.max(...v.tijden))}); CPU ${ms(mediaan(cpu))}`,
      );
    }
    if (eigen && ander) {
      const verhouding = mediaan(eigen.tijden) / mediaan(ander.tijden);
      console.log(`  verhouding werkboom / baseline: ${verhouding.toFixed(2)}×`);
    }
    console.log("");
  }
} finally {
  baseline?.opruimen();
}
