/**
 * `npm run bench:start`: how long `npm start` takes to a first page (issue 9's budget: under 3 s with a
 * current build), measured the same way each time. For each database it starts the built app as a new
 * operator would (no NODE_ENV, the demo on), as `npm start` and as `node scripts/start.mjs` (npm's own
 * share), on an existing data directory (or database) and on a fresh one, and polls from the moment of
 * the spawn until `/gezond` answers (listening), until `/` answers 200 (after its redirect to the
 * sign-in page: what a browser shows) and then `/inloggen` once more. It prints the median and the
 * spread of each, and the phases the server logs (its own timestamps, relative to the spawn).
 *
 *   npm run bench:start                              # PGlite and PostgreSQL (if reachable), 5 times each
 *   npm run bench:start -- --baseline=main           # also another commit, built beside this tree, interleaved
 *   npm run bench:start -- --database pglite --herhalingen 9 --via node --map bestaand
 *   npm run bench:start -- --profiel=/tmp/start      # a CPU profile of each start (node only)
 *
 * Flags: --database pglite|postgres|beide (beide), --herhalingen N (5), --via npm|node|beide (beide),
 * --map bestaand|vers|beide (beide), --baseline=<git ref> (none), --zonder-bouw (use ./build as it is),
 * --profiel=<dir>. PostgreSQL comes from BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL: each
 * start gets a database of its own there (the existing one is made by one start beforehand), dropped
 * afterwards. The build is never timed: it is made before the first start.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { vrijePoort } from "../tests/helpers/poort.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: vlag } = parseArgs({
  options: {
    database: { type: "string", default: "beide" },
    herhalingen: { type: "string", default: "5" },
    via: { type: "string", default: "beide" },
    map: { type: "string", default: "beide" },
    baseline: { type: "string" },
    profiel: { type: "string" },
    "zonder-bouw": { type: "boolean", default: false },
  },
});
const HERHALINGEN = Number(vlag.herhalingen);
const keuze = <T extends string>(waarde: string, opties: readonly T[], vlagnaam: string): T[] => {
  if (waarde === "beide") return [...opties];
  if (!opties.includes(waarde as T)) throw new Error(`--${vlagnaam}: ${opties.join(", ")} of beide`);
  return [waarde as T];
};
const WEGEN = keuze(vlag.via, ["npm", "node"] as const, "via");
const MAPPEN = keuze(vlag.map, ["bestaand", "vers"] as const, "map");
const SOORTEN = keuze(vlag.database, ["pglite", "postgres"] as const, "database");
/** A start that takes longer than this is a failure, not a measurement. */
const GRENS_MS = 120_000;
/** What the server logs on its way up (pino's `msg`), in order: shown as phases when present. */
const FASEN = ["database geopend", "database klaar", "Meldwijzer luistert"] as const;

interface Kandidaat {
  readonly naam: string;
  readonly root: string;
}

interface Start {
  readonly kandidaat: string;
  readonly database: string;
  readonly map: string;
  readonly via: string;
  /** Milliseconds from the spawn: /gezond 200, / 200 (after its redirect), /inloggen 200 after that. */
  readonly luistert: number;
  readonly eerstePagina: number;
  readonly inloggen: number;
  /** CPU time of the started process tree until the first page: steadier than wall time on a busy machine. */
  readonly cpu: number;
  /** Milliseconds from the spawn at which the server logged each phase. */
  readonly fasen: Record<string, number>;
}

function bouw(root: string): void {
  console.log(`Bouwen in ${root} …`);
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "@react-router", "dev", "bin.js"), "build"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`Bouwen mislukt in ${root}:\n${r.stdout}\n${r.stderr}`);
}

/** A git ref exported beside this tree (sharing node_modules) and built there. */
function bereidBaseline(ref: string): { root: string; opruimen: () => void } {
  const map = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-start-"));
  execFileSync("tar", ["-x", "-C", map], {
    input: execFileSync("git", ["-C", ROOT, "archive", "--format=tar", ref], { maxBuffer: 512 * 1024 * 1024 }),
  });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(map, "node_modules"), "dir");
  bouw(map);
  return { root: map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}

/** Where one start keeps its data: a data directory, and on PostgreSQL a database of its own. */
interface Plek {
  readonly env: Record<string, string>;
  opruimen(): Promise<void>;
}

let volgnummer = 0;
async function maakPlek(soort: "pglite" | "postgres", pgUrl: string | undefined): Promise<Plek> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-start-data-"));
  if (soort === "pglite")
    return {
      env: { DATA_DIR: dataDir, DATABASE_URL: "" },
      opruimen: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 })),
    };
  if (!pgUrl) throw new Error("geen PostgreSQL");
  const { default: pg } = await import("pg");
  const naam = `meldwijzer_bench_start_${process.pid}_${(volgnummer += 1)}`;
  const beheer = async (sql: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await beheer(`CREATE DATABASE ${naam}`);
  const url = new URL(pgUrl);
  url.pathname = `/${naam}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    opruimen: async () => {
      await beheer(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** CPU time (user + system) of a process and all its descendants so far, in ms; Linux (/proc), ticks of 10 ms. */
function cpuMs(pid: number): number {
  try {
    const velden = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const eigen = (Number(velden[11]) + Number(velden[12])) * 10;
    const kinderen = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/u).filter(Boolean);
    return eigen + kinderen.reduce((som, kind) => som + cpuMs(Number(kind)), 0);
  } catch {
    return 0;
  }
}

const wacht = (ms: number) => new Promise((klaar) => setTimeout(klaar, ms));

/** Whether any process of the group `pid` leads is still running. */
function groepLeeft(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `pad` until it answers 200 (following redirects); milliseconds since `begin`. */
async function eerste200(basis: string, pad: string, begin: number, gestopt: () => string | null): Promise<number> {
  for (;;) {
    const fout = gestopt();
    if (fout) throw new Error(fout);
    if (performance.now() - begin > GRENS_MS) throw new Error(`${pad}: geen 200 binnen ${GRENS_MS / 1000} s`);
    try {
      const r = await fetch(`${basis}${pad}`, { signal: AbortSignal.timeout(GRENS_MS) });
      await r.arrayBuffer();
      if (r.status === 200) return performance.now() - begin;
    } catch {
      // not listening yet
    }
    await wacht(5);
  }
}

/** One start, from the spawn to the first pages; the process is stopped (SIGTERM) and awaited afterwards. */
async function meetStart(
  kandidaat: Kandidaat,
  via: "npm" | "node",
  plek: Plek,
): Promise<Omit<Start, "kandidaat" | "database" | "map" | "via">> {
  const poort = await vrijePoort();
  const profiel = vlag.profiel && via === "node" ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(vlag.profiel)}`] : [];
  // As package.json's "start" runs it; `npm start` adds npm's own start-up.
  const [bevel, argumenten] =
    via === "npm"
      ? ["npm", ["start", "--silent"]]
      : [process.execPath, [...profiel, "--max-old-space-size=256", "scripts/start.mjs"]];
  const begin = performance.now();
  const beginEpoch = Date.now();
  const kind = spawn(bevel, argumenten, {
    cwd: kandidaat.root,
    env: {
      ...process.env,
      ...plek.env,
      PORT: String(poort),
      HOST: "127.0.0.1",
      NODE_ENV: "",
      LOG_LEVEL: "info",
      MELDWIJZER_DEMO: "",
      MELDWIJZER_PROCESSEN: "",
      MELDWIJZER_CONTROLEPUNTEN: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // npm starts node as a child: the group is stopped as one.
    detached: true,
  });
  let uitvoer = "";
  kind.stdout.on("data", (d: Buffer) => (uitvoer += d.toString()));
  kind.stderr.on("data", (d: Buffer) => (uitvoer += d.toString()));
  const gestopt = () =>
    kind.exitCode !== null || kind.signalCode !== null
      ? `gestopt (${kind.exitCode ?? kind.signalCode}): ${uitvoer.trim().split("\n").slice(-5).join(" | ")}`
      : null;
  const basis = `http://127.0.0.1:${poort}`;
  try {
    const luistert = await eerste200(basis, "/gezond", begin, gestopt);
    const eerstePagina = await eerste200(basis, "/", begin, gestopt);
    const cpu = kind.pid ? cpuMs(kind.pid) : 0;
    const inloggen = await eerste200(basis, "/inloggen", begin, gestopt);
    const fasen: Record<string, number> = {};
    for (const regel of uitvoer.split("\n")) {
      if (!regel.startsWith("{")) continue;
      try {
        const { msg, time } = JSON.parse(regel) as { msg?: string; time?: number };
        if (msg && time && (FASEN as readonly string[]).includes(msg) && !(msg in fasen))
          fasen[msg] = time - beginEpoch;
      } catch {
        // not a log line
      }
    }
    return { luistert, eerstePagina, inloggen, cpu, fasen };
  } finally {
    if (kind.exitCode === null && kind.signalCode === null && kind.pid) {
      const einde = new Promise((klaar) => kind.once("exit", klaar));
      process.kill(-kind.pid, "SIGTERM");
      await Promise.race([einde, wacht(30_000)]);
      if (kind.exitCode === null && kind.signalCode === null) process.kill(-kind.pid, "SIGKILL");
    }
    // npm may end before the server it started has closed its database: wait for the whole group.
    for (let i = 0; kind.pid && groepLeeft(kind.pid) && i < 300; i += 1) await wacht(100);
  }
}

function mediaan(waarden: readonly number[]): number {
  const s = [...waarden].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const spreiding = (waarden: readonly number[]) =>
  waarden.length ? `${s(mediaan(waarden))} (${s(Math.min(...waarden))}–${s(Math.max(...waarden))})` : "–";

const kandidaten: Kandidaat[] = [{ naam: "werkboom", root: ROOT }];
let baseline: ReturnType<typeof bereidBaseline> | undefined;
const starts: Start[] = [];
try {
  if (!vlag["zonder-bouw"]) bouw(ROOT);
  if (vlag.baseline) {
    baseline = bereidBaseline(vlag.baseline);
    const commit = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", vlag.baseline]).toString().trim();
    kandidaten.push({ naam: `baseline ${vlag.baseline} (${commit})`, root: baseline.root });
  }
  const pgUrl = process.env["BENCH_DATABASE_URL"] || process.env["TEST_DATABASE_URL"] || process.env["DATABASE_URL"];
  console.log(
    `Meldwijzer bench:start — Node ${process.version}, ${cpus().length} kernen, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        " ",
      )}; ${HERHALINGEN}× per variant, kandidaten afwisselend; tijden in s vanaf het starten, mediaan (min–max)\n`,
  );
  for (const soort of SOORTEN) {
    if (soort === "postgres" && !pgUrl) {
      console.log("PostgreSQL overgeslagen: geen BENCH_DATABASE_URL, TEST_DATABASE_URL of DATABASE_URL.");
      continue;
    }
    // The existing data of each candidate: made by one start of its own (migrations and the demo), not timed.
    const bestaand = new Map<Kandidaat, Plek>();
    try {
      if (MAPPEN.includes("bestaand"))
        for (const k of kandidaten) {
          const plek = await maakPlek(soort, pgUrl);
          bestaand.set(k, plek);
          await meetStart(k, "node", plek);
        }
      for (const map of MAPPEN)
        for (const via of WEGEN)
          for (let i = 0; i < HERHALINGEN; i += 1)
            for (const kandidaat of kandidaten) {
              const plek = map === "bestaand" ? bestaand.get(kandidaat) : await maakPlek(soort, pgUrl);
              if (!plek) continue;
              try {
                const meting = await meetStart(kandidaat, via, plek);
                starts.push({ kandidaat: kandidaat.naam, database: soort, map, via, ...meting });
                console.log(
                  `  ${soort.padEnd(8)} ${kandidaat.naam.padEnd(26)} ${map.padEnd(8)} ${via.padEnd(4)} luistert ${s(meting.luistert)} s, eerste pagina ${s(meting.eerstePagina)} s, /inloggen ${s(meting.inloggen)} s, CPU ${s(meting.cpu)} s  (load ${loadavg()[0]?.toFixed(1)})`,
                );
              } finally {
                if (map === "vers") await plek.opruimen();
              }
            }
    } finally {
      for (const plek of bestaand.values()) await plek.opruimen();
    }
  }

  const fasen = FASEN.filter((f) => starts.some((m) => f in m.fasen));
  console.log(
    `\n| database | kandidaat | data | via | luistert (/gezond) | eerste pagina (/) | /inloggen | CPU tot eerste pagina | ${fasen.join(" | ")} |`,
  );
  console.log(`|---|---|---|---|---:|---:|---:|---:|${fasen.map(() => "---:|").join("")}`);
  const groepen = new Map<string, Start[]>();
  for (const m of starts) {
    const sleutel = [m.database, m.kandidaat, m.map, m.via].join("\u0000");
    groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), m]);
  }
  for (const groep of groepen.values()) {
    const [eerste] = groep;
    if (!eerste) continue;
    const fase = (f: string) => spreiding(groep.flatMap((m) => (f in m.fasen ? [m.fasen[f] ?? 0] : [])));
    console.log(
      `| ${eerste.database} | ${eerste.kandidaat} | ${eerste.map} | ${eerste.via} | ${spreiding(groep.map((m) => m.luistert))} | ${spreiding(groep.map((m) => m.eerstePagina))} | ${spreiding(groep.map((m) => m.inloggen))} | ${spreiding(groep.map((m) => m.cpu))} | ${fasen.map(fase).join(" | ")} |`,
    );
  }
  if (baseline) {
    console.log("\nWerkboom / baseline (mediaan; onder 1 is sneller):");
    for (const groep of groepen.values()) {
      const [eerste] = groep;
      if (!eerste || eerste.kandidaat !== "werkboom") continue;
      const ander = [...groepen.values()].find(
        (g) =>
          g[0]?.kandidaat.startsWith("baseline") &&
          g[0].database === eerste.database &&
          g[0].map === eerste.map &&
          g[0].via === eerste.via,
      );
      if (ander)
        console.log(
          `  ${eerste.database.padEnd(8)} ${eerste.map.padEnd(8)} ${eerste.via.padEnd(4)} eerste pagina ${(mediaan(groep.map((m) => m.eerstePagina)) / mediaan(ander.map((m) => m.eerstePagina))).toFixed(2)}×, CPU ${(mediaan(groep.map((m) => m.cpu)) / mediaan(ander.map((m) => m.cpu))).toFixed(2)}×`,
        );
    }
  }
} finally {
  baseline?.opruimen();
}
