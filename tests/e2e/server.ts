import { spawn, type ChildProcess } from "node:child_process";
import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { startBrowser } from "./browser.ts";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vrijePoort } from "../helpers/poort.ts";

export interface TestServer {
  readonly basis: string;
  readonly dataDir: string;
  /** The server's process id (for memory measurements and fault drills). */
  readonly pid: number;
  /**
   * Stops the server (SIGTERM); `bewaarData` keeps the data directory, to start again on it (another
   * clock). Resolves with the exit code (null when it ended by a signal, or had already ended).
   */
  stop(bewaarData?: boolean): Promise<number | null>;
}

/** How long a stop may take before the test fails: the server's own bound (25 s by default) plus its primary's margin (60 s), and some. */
const STOP_GRENS_MS = 120_000;

/** A process's children (Linux; the workers of a primary): to end them with it when a stop hangs, and for tests of the workers. */
export function kinderen(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/u)
      .map(Number)
      .filter((p) => Number.isInteger(p) && p > 0);
  } catch {
    return [];
  }
}

/** Ends a server at once: its workers first (by pid, while the primary still holds them), then the primary. */
function beeindig(kind: ChildProcess): void {
  if (kind.exitCode !== null || kind.signalCode !== null) return;
  for (const pid of kind.pid ? kinderen(kind.pid) : []) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  kind.kill("SIGKILL");
}

/**
 * The servers of this test file that still run. Should the file itself be ended (the runner's
 * --test-timeout, scripts/test.sh), they are ended with it rather than left serving on their ports.
 */
const levend = new Set<ChildProcess>();
let opruimer = false;
function houdBij(kind: ChildProcess): void {
  levend.add(kind);
  kind.once("exit", () => levend.delete(kind));
  if (opruimer) return;
  opruimer = true;
  const ruimOp = () => {
    for (const k of levend) beeindig(k);
  };
  process.once("exit", ruimOp);
  process.once("SIGTERM", () => {
    ruimOp();
    process.exit(143);
  });
}

/**
 * Starts the real server exactly as `npm start` does (built app, embedded database in a fresh
 * data directory, demo seed) on a free loopback port, and stops it with the data afterwards.
 */
export async function startServer(
  extraEnv: Record<string, string> = {},
  bestaandeDataDir?: string,
): Promise<TestServer> {
  const poort = await vrijePoort();
  const dataDir = bestaandeDataDir ?? mkdtempSync(path.join(tmpdir(), "meldwijzer-e2e-"));
  const kind: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(poort),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  houdBij(kind);
  let uitvoer = "";
  await new Promise<void>((klaar, mislukt) => {
    const timer = setTimeout(() => mislukt(new Error(`Server niet gestart binnen 240 s:\n${uitvoer}`)), 240_000);
    const lees = (d: Buffer) => {
      uitvoer += d.toString();
      if (uitvoer.includes("Meldwijzer draait op")) {
        clearTimeout(timer);
        klaar();
      }
    };
    kind.stdout?.on("data", lees);
    kind.stderr?.on("data", lees);
    kind.once("exit", (code) => {
      clearTimeout(timer);
      mislukt(new Error(`Server stopte (${code}):\n${uitvoer}`));
    });
  });
  return {
    basis: `http://127.0.0.1:${poort}`,
    dataDir,
    pid: kind.pid ?? 0,
    stop: async (bewaarData = false) => {
      kind.removeAllListeners("exit");
      // A server that already ended (crashed, or killed by a fault drill) has nothing left to stop.
      let code: number | null = null;
      if (kind.exitCode === null && kind.signalCode === null) {
        const gestopt = new Promise<number | null>((klaar) => kind.once("exit", (c) => klaar(c)));
        kind.kill("SIGTERM");
        // A stop that hangs fails its test here, with the server's output, rather than the whole run at CI's limit.
        let grens: NodeJS.Timeout | undefined;
        const teLaat = new Promise<"te laat">((klaar) => {
          grens = setTimeout(() => klaar("te laat"), STOP_GRENS_MS);
        });
        const uitkomst = await Promise.race([gestopt, teLaat]);
        clearTimeout(grens);
        if (uitkomst === "te laat") {
          beeindig(kind);
          if (!bewaarData) rmSync(dataDir, { recursive: true, force: true });
          throw new Error(`Server stopte niet binnen ${STOP_GRENS_MS / 1000} s na SIGTERM:\n${uitvoer.slice(-4000)}`);
        }
        code = uitkomst;
      }
      levend.delete(kind);
      if (!bewaarData) rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * Registers `before`/`after` hooks that start the server and Debian's Chromium, and stop whichever
 * started even when the other failed. Read `omgeving.server` and `omgeving.browser` inside tests.
 */
export function startOmgevingPerBestand(): { readonly server: TestServer; readonly browser: Browser } {
  const omgeving: { server?: TestServer; browser?: Browser } = {};
  before(async () => {
    const [s, b] = await Promise.allSettled([startServer(), startBrowser()]);
    if (s.status === "fulfilled") omgeving.server = s.value;
    if (b.status === "fulfilled") omgeving.browser = b.value;
    if (s.status === "rejected") throw s.reason;
    if (b.status === "rejected") throw b.reason;
  });
  after(async () => {
    await omgeving.browser?.close();
    await omgeving.server?.stop();
  });
  return {
    get server() {
      if (!omgeving.server) throw new Error("server niet gestart");
      return omgeving.server;
    },
    get browser() {
      if (!omgeving.browser) throw new Error("browser niet gestart");
      return omgeving.browser;
    },
  };
}
