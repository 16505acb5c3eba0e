/** The processes of `npm run bench:http`: building a candidate, starting the app and the bare server, their memory. */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vrijePoort } from "../../tests/helpers/poort.ts";
import { leesHoofddraad, leesProces, tikkenMs } from "./cpu.ts";
import { socketUrl, type Doel } from "./gegevens.ts";
import { ROOT, vlag, type Kandidaat } from "./instellingen.ts";

export function rssEenMb(pid: number): number {
  try {
    const regel =
      readFileSync(`/proc/${pid}/status`, "utf8")
        .split("\n")
        .find((r) => r.startsWith("VmRSS:")) ?? "";
    return Number(/\d+/.exec(regel)?.[0] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** The app's process and its children (the workers of MELDWIJZER_PROCESSEN). */
function metKinderen(pid: number): number[] {
  try {
    return [
      pid,
      ...readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/u).filter(Boolean).map(Number),
    ];
  } catch {
    return [pid];
  }
}

/** CPU time (user + system) the app's processes used so far, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  let tikken = 0;
  for (const p of metKinderen(pid)) {
    // A worker that ended meanwhile reads as null.
    const stat = leesProces(p);
    if (stat) tikken += stat.utime + stat.stime;
  }
  return tikkenMs(tikken);
}

/**
 * CPU ms so far of the main thread (the event loop) of each of the app's processes, by pid: the busiest one's
 * growth over a measurement says whether one event loop was bound by its own core (decision 0078).
 */
export function hoofddraadMs(pid: number): Map<number, number> {
  const perProces = new Map<number, number>();
  for (const p of metKinderen(pid)) {
    const draad = leesHoofddraad(p);
    if (draad) perProces.set(p, tikkenMs(draad.utime + draad.stime));
  }
  return perProces;
}

/** The resident memory of the app: the process and its children (the workers of MELDWIJZER_PROCESSEN), together. */
export function rssMb(pid: number): number {
  let kinderen: number[] = [];
  try {
    kinderen = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/u)
      .filter(Boolean)
      .map(Number);
  } catch {
    kinderen = [];
  }
  return Math.round([pid, ...kinderen].reduce((som, p) => som + rssEenMb(p), 0));
}

/** A git ref exported beside this tree (sharing node_modules) and built there. */
export function bereidBaseline(ref: string): { root: string; opruimen: () => void } {
  const map = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-http-"));
  execFileSync("tar", ["-x", "-C", map], {
    input: execFileSync("git", ["-C", ROOT, "archive", "--format=tar", ref], { maxBuffer: 512 * 1024 * 1024 }),
  });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(map, "node_modules"), "dir");
  bouw(map);
  return { root: map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}

export function bouw(root: string): void {
  console.log(`Bouwen in ${root} …`);
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "@react-router", "dev", "bin.js"), "build"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`Bouwen mislukt in ${root}:\n${r.stdout}\n${r.stderr}`);
}

export interface Server {
  readonly basis: string;
  readonly pid: number;
  stop(): Promise<void>;
  /** Null while the process runs; otherwise how it ended. */
  gestopt?: () => string | null;
}

export async function wachtOpRegel(kind: ChildProcess, tekst: string, ms: number): Promise<string> {
  let uitvoer = "";
  return new Promise((klaar, mislukt) => {
    const timer = setTimeout(() => mislukt(new Error(`Geen "${tekst}" binnen ${ms / 1000} s:\n${uitvoer}`)), ms);
    const lees = (d: Buffer) => {
      uitvoer += d.toString();
      if (uitvoer.includes(tekst)) {
        clearTimeout(timer);
        klaar(uitvoer);
      }
    };
    kind.stdout?.on("data", lees);
    kind.stderr?.on("data", lees);
    kind.once("exit", (code) => {
      clearTimeout(timer);
      mislukt(new Error(`Proces stopte (${code}):\n${uitvoer}`));
    });
  });
}

export function stopper(kind: ChildProcess): () => Promise<void> {
  return async () => {
    kind.removeAllListeners("exit");
    if (kind.exitCode !== null || kind.signalCode !== null) return;
    const gestopt = new Promise((klaar) => kind.once("exit", klaar));
    kind.kill("SIGTERM");
    await gestopt;
  };
}

/**
 * The V8 options the candidate's own `npm start` passes to node (its package.json: `node --max-… scripts/start.mjs`),
 * so that each candidate runs as its own `npm start` would, also where they differ in these.
 */
export function nodeOptiesVanStart(root: string): string {
  const pakket = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const start = pakket.scripts?.["start"] ?? "";
  const opties = /^node\s+(.*?)\s*scripts\/start\.mjs/u.exec(start)?.[1] ?? "";
  return opties
    .split(/\s+/u)
    .filter((o) => /^--max-[a-z-]+-size=\d+$/u.test(o))
    .join(" ");
}

export async function startApp(kandidaat: Kandidaat, doel: Doel): Promise<Server> {
  const poort = await vrijePoort();
  // --cpu-prof is refused in NODE_OPTIONS: it goes on the command line.
  const profiel = vlag.profiel ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(vlag.profiel)}`] : [];
  const kind = spawn(process.execPath, [...profiel, "scripts/start.mjs"], {
    cwd: kandidaat.root,
    env: {
      ...process.env,
      ...doel.env,
      ...(kandidaat.pgSocket && doel.soort === "postgres" && doel.env["DATABASE_URL"]
        ? { DATABASE_URL: socketUrl(new URL(doel.env["DATABASE_URL"]), kandidaat.pgSocket) }
        : {}),
      PORT: String(poort),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      MELDWIJZER_LOG_SLEUTEL: randomBytes(32).toString("hex"),
      MELDWIJZER_GEHEIM_SLEUTEL: randomBytes(32).toString("base64"),
      MELDWIJZER_CONTROLEPUNTEN: path.join(doel.env["DATA_DIR"] ?? tmpdir(), "controlepunten-bench"),
      NODE_OPTIONS: nodeOptiesVanStart(kandidaat.root),
      // PGlite belongs to one process: the start refuses more.
      MELDWIJZER_PROCESSEN: doel.soort === "postgres" ? String(kandidaat.processen) : "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await wachtOpRegel(kind, "Meldwijzer draait op", 240_000);
  // Keep the tail of what the server says, to tell why it stopped if it does.
  let staart = "";
  const bewaar = (d: Buffer) => (staart = (staart + d.toString()).slice(-1500));
  kind.stdout?.on("data", bewaar);
  kind.stderr?.on("data", bewaar);
  return {
    basis: `http://127.0.0.1:${poort}`,
    pid: kind.pid ?? 0,
    stop: stopper(kind),
    gestopt: () =>
      kind.exitCode !== null || kind.signalCode !== null
        ? `code ${kind.exitCode ?? kind.signalCode}: ${staart.trim().split("\n").slice(-4).join(" | ")}`
        : null,
  };
}

export interface Opname {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** The app's answer to one request, as the bare server will replay it (hop-by-hop headers left to node:http). */
export async function neemOp(
  basis: string,
  verzoek: { method: string; path: string; headers: Record<string, string>; body?: string },
): Promise<Opname> {
  const r = await fetch(`${basis}${verzoek.path}`, {
    method: verzoek.method,
    headers: verzoek.headers,
    body: verzoek.body,
    redirect: "manual",
  });
  const body = Buffer.from(await r.arrayBuffer());
  const headers: Record<string, string> = {};
  r.headers.forEach((waarde, naam) => {
    if (!["connection", "keep-alive", "transfer-encoding", "date", "content-encoding"].includes(naam))
      headers[naam] = waarde;
  });
  headers["content-length"] = String(body.length);
  return { status: r.status, headers, body };
}

export async function startKaal(opname: Opname): Promise<Server> {
  const bestand = path.join(tmpdir(), `meldwijzer-kaal-${process.pid}.json`);
  writeFileSync(
    bestand,
    JSON.stringify({ status: opname.status, headers: opname.headers, body: opname.body.toString("base64") }),
  );
  const kind = spawn(process.execPath, [path.join(import.meta.dirname, "kaal.mjs"), bestand], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const uitvoer = await wachtOpRegel(kind, "\n", 10_000);
  const poort = /poort (\d+)/.exec(uitvoer)?.[1];
  return { basis: `http://127.0.0.1:${poort}`, pid: kind.pid ?? 0, stop: stopper(kind) };
}
