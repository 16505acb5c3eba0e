/**
 * `npm run bench:http`: an HTTP load benchmark of the built app on a generated database (decision
 * 0035). For each case it measures the app (a child process started as `npm start` does, production
 * build, NODE_ENV=production, a 256 MB heap) and, in the same run, a bare node:http server that
 * returns the same bytes (status, headers and body recorded from the app), both with autocannon.
 *
 *   npm run bench:http                               # 1,000 cases, PostgreSQL (if reachable) and PGlite
 *   npm run bench:http -- --dossiers 100000 --database postgres
 *   npm run bench:http -- --baseline=main            # also the app of another commit, on the same data
 *   npm run bench:http -- --alleen=lezen --duur 20 --profiel=/tmp/profiel
 *   npm run bench:http -- --database postgres --processen 1,2   # the working tree with 1 and with 2 app processes
 *
 * Flags: --dossiers N (1000), --database pglite|postgres|beide (beide), --duur seconds per measurement (10),
 * --verbindingen N (50), --baseline=<git ref> (none), --alleen=<parts of case names, comma-separated>, --json=<file> (write the
 * results), --profiel=<dir> (a CPU profile of the app, written when it stops), --zonder-bouw (use ./build as it is),
 * --processen N[,M…] (MELDWIJZER_PROCESSEN of the working tree's app, each count measured in turn; default 1; PostgreSQL
 * only, PGlite always runs one; a baseline runs one). The RSS is that of all the app's processes together.
 * PostgreSQL comes from BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL: a fresh database is made
 * there for the run and dropped afterwards. Linux only (the server's RSS is read from /proc).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { belast, type AcResultaat, type AcVerzoek } from "./http/autocannon.ts";
import { vrijePoort } from "../tests/helpers/poort.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: vlag } = parseArgs({
  options: {
    dossiers: { type: "string", default: "1000" },
    database: { type: "string", default: "beide" },
    duur: { type: "string", default: "10" },
    verbindingen: { type: "string", default: "50" },
    baseline: { type: "string" },
    alleen: { type: "string" },
    json: { type: "string" },
    profiel: { type: "string" },
    "zonder-bouw": { type: "boolean", default: false },
    processen: { type: "string", default: "1" },
  },
});
const DOSSIERS = Number(vlag.dossiers);
const DUUR = Number(vlag.duur);
const VERBINDINGEN = Number(vlag.verbindingen);
/** One organisation up to 1,000 cases (as in issue 9's table); beyond that one per 500 cases, the largest with 5.5% of all. */
const ORGANISATIES = DOSSIERS <= 1000 ? 1 : Math.round(DOSSIERS / 500);
const WACHTWOORD = "meldwijzer-demo";
const SIGNAAL = {
  soort: "signaal",
  waarneming: "Komt zonder jas en zonder ontbijt op school (meting).",
  datumWaarneming: "2026-01-05",
  waargenomenDoor: "Leerkracht",
  bron: "eigen_waarneming",
};

const PROCESSEN = vlag.processen.split(",").map((n) => Number(n.trim()));
if (PROCESSEN.some((n) => !Number.isInteger(n) || n < 1 || n > 64))
  throw new Error("--processen: hele getallen van 1 tot en met 64, gescheiden door komma's");

interface Kandidaat {
  readonly naam: string;
  readonly root: string;
  /** MELDWIJZER_PROCESSEN for this candidate's app (PostgreSQL only). */
  readonly processen: number;
}

function rssEenMb(pid: number): number {
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

/** The resident memory of the app: the process and its children (the workers of MELDWIJZER_PROCESSEN), together. */
function rssMb(pid: number): number {
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
function bereidBaseline(ref: string): { root: string; opruimen: () => void } {
  const map = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-http-"));
  execFileSync("tar", ["-x", "-C", map], {
    input: execFileSync("git", ["-C", ROOT, "archive", "--format=tar", ref], { maxBuffer: 512 * 1024 * 1024 }),
  });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(map, "node_modules"), "dir");
  bouw(map);
  return { root: map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
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

interface Doel {
  readonly soort: "pglite" | "postgres";
  /** Environment for the generator and the server. */
  readonly env: Record<string, string>;
  opruimen(): Promise<void>;
}

async function postgresDoel(beheerUrl: string): Promise<Doel> {
  const { default: pg } = await import("pg");
  const naam = `meldwijzer_bench_http_${process.pid}`;
  const client = new pg.Client({ connectionString: beheerUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${naam}`);
  await client.end();
  const url = new URL(beheerUrl);
  url.pathname = `/${naam}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-pg-"));
  return {
    soort: "postgres",
    env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir },
    opruimen: async () => {
      const c = new pg.Client({ connectionString: beheerUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function pgliteDoel(): Doel {
  const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-bench-pglite-"));
  return {
    soort: "pglite",
    env: { DATABASE_URL: "", DATA_DIR: dataDir },
    opruimen: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
  };
}

function genereer(doel: Doel): Dossier | null {
  console.log(`Genereren: ${ORGANISATIES} organisatie(s), ${DOSSIERS} dossiers op ${doel.soort} …`);
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/data-genereer.ts",
      "--organisaties",
      String(ORGANISATIES),
      "--dossiers",
      String(DOSSIERS),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...doel.env, NODE_ENV: "development" },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const regels = `${r.stdout}${r.stderr}`
    .split("\n")
    .filter(
      (l) =>
        l.startsWith("Gemaakt") ||
        l.startsWith("Fasen") ||
        l.startsWith("Langste") ||
        l.startsWith("Steekproef") ||
        l.startsWith("Datagenerator mislukt"),
    );
  for (const l of regels) console.log(`  ${l}`);
  if (r.status !== 0) throw new Error(`Generator mislukt:\n${r.stdout}\n${r.stderr}`);
  const langste = /Langste open dossier: ([0-9a-f-]{36}) van org-1, (\d+) gebeurtenissen/.exec(r.stdout);
  return langste?.[1] && Number(langste[2]) >= 100
    ? { id: langste[1], versie: Number(langste[2]), fase: "open" }
    : null;
}

interface Server {
  readonly basis: string;
  readonly pid: number;
  stop(): Promise<void>;
  /** Null while the process runs; otherwise how it ended. */
  gestopt?: () => string | null;
}

async function wachtOpRegel(kind: ChildProcess, tekst: string, ms: number): Promise<string> {
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

function stopper(kind: ChildProcess): () => Promise<void> {
  return async () => {
    kind.removeAllListeners("exit");
    if (kind.exitCode !== null || kind.signalCode !== null) return;
    const gestopt = new Promise((klaar) => kind.once("exit", klaar));
    kind.kill("SIGTERM");
    await gestopt;
  };
}

async function startApp(kandidaat: Kandidaat, doel: Doel): Promise<Server> {
  const poort = await vrijePoort();
  // --cpu-prof is refused in NODE_OPTIONS: it goes on the command line.
  const profiel = vlag.profiel ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(vlag.profiel)}`] : [];
  const kind = spawn(process.execPath, [...profiel, "scripts/start.mjs"], {
    cwd: kandidaat.root,
    env: {
      ...process.env,
      ...doel.env,
      PORT: String(poort),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      MELDWIJZER_LOG_SLEUTEL: randomBytes(32).toString("hex"),
      MELDWIJZER_GEHEIM_SLEUTEL: randomBytes(32).toString("base64"),
      MELDWIJZER_CONTROLEPUNTEN: path.join(doel.env["DATA_DIR"] ?? tmpdir(), "controlepunten-bench"),
      NODE_OPTIONS: "--max-old-space-size=256",
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

interface Opname {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** The app's answer to one request, as the bare server will replay it (hop-by-hop headers left to node:http). */
async function neemOp(
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

async function startKaal(opname: Opname): Promise<Server> {
  const bestand = path.join(tmpdir(), `meldwijzer-kaal-${process.pid}.json`);
  writeFileSync(
    bestand,
    JSON.stringify({ status: opname.status, headers: opname.headers, body: opname.body.toString("base64") }),
  );
  const kind = spawn(process.execPath, [path.join(import.meta.dirname, "http", "kaal.mjs"), bestand], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const uitvoer = await wachtOpRegel(kind, "\n", 10_000);
  const poort = /poort (\d+)/.exec(uitvoer)?.[1];
  return { basis: `http://127.0.0.1:${poort}`, pid: kind.pid ?? 0, stop: stopper(kind) };
}

async function meldAan(basis: string, email: string): Promise<string> {
  const r = await fetch(`${basis}/api/sessie`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, wachtwoord: WACHTWOORD }),
  });
  if (r.status !== 201) throw new Error(`Aanmelden als ${email}: ${r.status} ${await r.text()}`);
  return (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

interface Meting {
  readonly geval: string;
  readonly kandidaat: string;
  readonly database: string;
  readonly reqPerS: number;
  readonly p50: number;
  readonly p99: number;
  readonly fouten: number;
  readonly niet2xx: number;
  /** Responses per status code, to tell a 409 from a 429 or a 503. */
  readonly statussen: Readonly<Record<string, number>>;
  readonly conflicten: number;
  readonly bytes: number;
  readonly rssPiek: number;
  readonly kaalReqPerS: number;
  readonly kaalP99: number;
  /** The machine's 1-minute load average when the measurement began: on a shared machine, read the numbers with it. */
  readonly belasting: number;
}

interface Geval {
  readonly naam: string;
  readonly verbindingen: number;
  /** The request autocannon sends (and that is recorded for the bare server), plus what counts as a conflict. */
  bereid(): {
    verzoeken: AcVerzoek[];
    voorbeeld: { method: string; path: string; headers: Record<string, string>; body?: string };
    conflicten: () => number;
    /** After the warm-up: read back what it changed (an append's versions). */
    herstel?: (basis: string) => Promise<void>;
  };
}

interface Dossier {
  readonly id: string;
  readonly versie: number;
  readonly fase: string;
}

interface Gegevens {
  readonly cookie: string;
  /** Dossiers the aandachtsfunctionaris sees, with their version; open ones for appends. */
  readonly dossiers: readonly Dossier[];
  /** The longest open dossier the generator made, and a short open one: an append to each, one writer. */
  readonly langste: Dossier | null;
  readonly kort: Dossier | null;
  /** Addresses to sign in with, in turn. */
  readonly emails: readonly string[];
}

/**
 * Appends to the given dossiers: one writer per dossier at a time, each with the version its last append
 * returned (read back after the warm-up), so a conflict here is the server's doing. The recorded answer for
 * the bare server is an append to the first dossier, made before the warm-up.
 */
function toevoegGeval(naam: string, dossiers: readonly Dossier[], verbindingen: number, cookie: string): Geval {
  const jsonKop = { "content-type": "application/json" };
  return {
    naam,
    verbindingen,
    bereid: () => {
      const open = dossiers.map((d) => ({ ...d, bezig: false }));
      let conflicten = 0;
      let volgende = 0;
      const verzoek: AcVerzoek = {
        method: "POST",
        headers: { ...jsonKop, cookie },
        setupRequest: (v, context) => {
          let d = open[volgende++ % open.length];
          for (let n = 0; d?.bezig && n < open.length; n += 1) d = open[volgende++ % open.length];
          if (!d) return v;
          d.bezig = true;
          context["d"] = d.id;
          return {
            ...v,
            path: `/api/dossiers/${d.id}/gebeurtenissen`,
            body: JSON.stringify({ type: "signaal_vastgelegd", verwachteVersie: d.versie, gegevens: SIGNAAL }),
          };
        },
        onResponse: (status, body, context) => {
          const d = open.find((x) => x.id === context["d"]);
          if (!d) return;
          d.bezig = false;
          if (status === 201) d.versie = (JSON.parse(body) as { versie: number }).versie;
          if (status === 409) conflicten += 1;
        },
      };
      const eerste = open[0];
      return {
        verzoeken: [verzoek],
        herstel: async (basis: string) => {
          for (const d of open) {
            const r = await fetch(`${basis}/api/dossiers/${d.id}`, { headers: { cookie } });
            d.versie = ((await r.json()) as { versie: number }).versie;
            d.bezig = false;
          }
          conflicten = 0;
        },
        voorbeeld: {
          method: "POST",
          path: `/api/dossiers/${eerste?.id}/gebeurtenissen`,
          headers: { ...jsonKop, cookie },
          body: JSON.stringify({ type: "signaal_vastgelegd", verwachteVersie: eerste?.versie, gegevens: SIGNAAL }),
        },
        conflicten: () => conflicten,
      };
    },
  };
}

function gevallen(g: Gegevens): Geval[] {
  const lezen = g.dossiers.slice(0, 20);
  const jsonKop = { "content-type": "application/json" };
  const rondgang = (paden: string[], headers: Record<string, string>): AcVerzoek[] => {
    let i = 0;
    return [{ method: "GET", headers, setupRequest: (v) => ({ ...v, path: paden[i++ % paden.length] ?? "/" }) }];
  };
  return [
    {
      naam: "dossier lezen (API)",
      verbindingen: VERBINDINGEN,
      bereid: () => ({
        verzoeken: rondgang(
          lezen.map((d) => `/api/dossiers/${d.id}`),
          { cookie: g.cookie },
        ),
        voorbeeld: { method: "GET", path: `/api/dossiers/${lezen[0]?.id}`, headers: { cookie: g.cookie } },
        conflicten: () => 0,
      }),
    },
    {
      naam: "dossierpagina",
      verbindingen: VERBINDINGEN,
      bereid: () => ({
        verzoeken: rondgang(
          lezen.map((d) => `/dossiers/${d.id}`),
          { cookie: g.cookie },
        ),
        voorbeeld: { method: "GET", path: `/dossiers/${lezen[0]?.id}`, headers: { cookie: g.cookie } },
        conflicten: () => 0,
      }),
    },
    // Other dossiers than the ones read: a later candidate would otherwise read dossiers that grew by this one's appends.
    toevoegGeval(
      "toevoegen (20 dossiers)",
      g.dossiers.filter((d) => d.fase !== "gesloten" && !lezen.includes(d)).slice(0, 20),
      20,
      g.cookie,
    ),
    ...(g.langste && g.kort
      ? [
          toevoegGeval(`toevoegen, 1 schrijver, dossier van ${g.kort.versie}`, [g.kort], 1, g.cookie),
          toevoegGeval(`toevoegen, 1 schrijver, dossier van ${g.langste.versie}`, [g.langste], 1, g.cookie),
        ]
      : []),
    {
      naam: "dossierlijst aandachtsfunctionaris",
      verbindingen: VERBINDINGEN,
      bereid: () => ({
        verzoeken: rondgang(["/dossiers"], { cookie: g.cookie }),
        voorbeeld: { method: "GET", path: "/dossiers", headers: { cookie: g.cookie } },
        conflicten: () => 0,
      }),
    },
    {
      naam: "Mijn taken",
      verbindingen: VERBINDINGEN,
      bereid: () => ({
        verzoeken: rondgang(["/taken"], { cookie: g.cookie }),
        voorbeeld: { method: "GET", path: "/taken", headers: { cookie: g.cookie } },
        conflicten: () => 0,
      }),
    },
    {
      naam: "aanmelden (API)",
      verbindingen: VERBINDINGEN,
      bereid: () => {
        // Every request another account, in turn: none of these fails, but each holds a reserved attempt while its password is checked.
        let i = 0;
        const verzoek: AcVerzoek = {
          method: "POST",
          path: "/api/sessie",
          headers: jsonKop,
          setupRequest: (v) => ({
            ...v,
            body: JSON.stringify({ email: g.emails[i++ % g.emails.length], wachtwoord: WACHTWOORD }),
          }),
        };
        return {
          verzoeken: [verzoek],
          voorbeeld: {
            method: "POST",
            path: "/api/sessie",
            headers: jsonKop,
            body: JSON.stringify({ email: g.emails[0], wachtwoord: WACHTWOORD }),
          },
          conflicten: () => 0,
        };
      },
    },
  ].filter((geval) => vlag.alleen === undefined || vlag.alleen.split(",").some((deel) => geval.naam.includes(deel)));
}

/**
 * The order of the dossiers the first candidate chose on this database: later candidates read the same
 * ones (the first candidate's appends change versions, and with them which dossiers sort to the middle).
 */
let gekozen: string[] | null = null;

async function verzamel(basis: string, langste: Dossier | null): Promise<Gegevens> {
  const cookie = await meldAan(basis, "af@org-1.example");
  const r = await fetch(`${basis}/api/dossiers`, { headers: { cookie } });
  const { dossiers } = (await r.json()) as { dossiers: { id: string; versie: number; fase: string }[] };
  // Read the dossiers of median length, not only the newest: the list is newest first.
  const plaats = (id: string) => gekozen?.indexOf(id) ?? -1;
  const gesorteerd = gekozen
    ? [...dossiers].sort((a, b) => plaats(a.id) - plaats(b.id))
    : [...dossiers].sort((a, b) => a.versie - b.versie);
  gekozen ??= gesorteerd.map((d) => d.id);
  const midden = gesorteerd.slice(Math.max(0, Math.floor(gesorteerd.length / 2) - 10));
  const emails: string[] = [];
  // Sign-in reserves an attempt per (account, address) before it checks the password, at most 5 at a time:
  // 50 connections from one address need many accounts. The largest organisation has at least 25 medewerkers.
  for (let o = 1; o <= ORGANISATIES && emails.length < 400; o += 1) {
    const medewerkers = o === 1 ? 25 : 2;
    for (let m = 1; m <= medewerkers; m += 1) emails.push(`medewerker-${m}@org-${o}.example`);
    for (const rol of ["af", "ev", "beheer", "log"]) emails.push(`${rol}@org-${o}.example`);
  }
  const kort = gesorteerd.find((d) => d.fase !== "gesloten" && d.versie >= 8 && d.versie <= 15) ?? null;
  return { cookie, dossiers: midden.concat(gesorteerd.filter((d) => !midden.includes(d))), emails, langste, kort };
}

/** Waits until the server answers again after the warm-up; a pooled connection the server closed meanwhile is retried. */
async function wachtTotGereed(basis: string): Promise<void> {
  for (let poging = 1; ; poging += 1) {
    try {
      await (await fetch(`${basis}/gereed`, { headers: { connection: "close" } })).arrayBuffer();
      return;
    } catch (fout) {
      if (poging >= 5) throw fout;
      await new Promise((klaar) => setTimeout(klaar, 1000));
    }
  }
}

async function meetGeval(geval: Geval, app: Server, kandidaat: Kandidaat, database: string): Promise<Meting> {
  const { verzoeken, voorbeeld, conflicten, herstel } = geval.bereid();
  const opname = await neemOp(app.basis, voorbeeld);
  const kaal = await startKaal(opname);
  let rssPiek = rssMb(app.pid);
  try {
    // A short warm-up with few connections, then wait until the server has worked off what it still had queued.
    await belast({ url: app.basis, connections: Math.min(5, geval.verbindingen), duration: 2, requests: verzoeken });
    await wachtTotGereed(app.basis);
    await herstel?.(app.basis);
    const belasting = loadavg()[0] ?? 0;
    const meter = setInterval(() => (rssPiek = Math.max(rssPiek, rssMb(app.pid))), 250);
    const eigen: AcResultaat = await belast({
      url: app.basis,
      connections: geval.verbindingen,
      duration: DUUR,
      requests: verzoeken,
      timeout: 30,
    });
    clearInterval(meter);
    rssPiek = Math.max(rssPiek, rssMb(app.pid));
    const kaalVerzoeken = [
      {
        method: voorbeeld.method,
        path: voorbeeld.path,
        headers: voorbeeld.headers,
        ...(voorbeeld.body ? { body: voorbeeld.body } : {}),
      },
    ];
    const bare: AcResultaat = await belast({
      url: kaal.basis,
      connections: geval.verbindingen,
      duration: DUUR,
      requests: kaalVerzoeken,
      timeout: 30,
    });
    return {
      geval: geval.naam,
      kandidaat: kandidaat.naam,
      database,
      reqPerS: eigen.requests.average,
      p50: eigen.latency.p50,
      p99: eigen.latency.p99,
      fouten: eigen.errors + eigen.timeouts,
      niet2xx: eigen.non2xx,
      conflicten: conflicten(),
      statussen: Object.fromEntries(Object.entries(eigen.statusCodeStats).map(([code, { count }]) => [code, count])),
      bytes: opname.body.length,
      rssPiek,
      kaalReqPerS: bare.requests.average,
      kaalP99: bare.latency.p99,
      belasting,
    };
  } finally {
    await kaal.stop();
  }
}

function tabel(metingen: readonly Meting[]): string {
  const kop =
    "| database | kandidaat | geval | req/s | p50 ms | p99 ms | kaal req/s | verhouding | fouten / niet-2xx / conflicten | antwoord | RSS-piek | load |";
  const lijn = "|---|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|";
  const rijen = metingen.map(
    (m) =>
      `| ${m.database} | ${m.kandidaat} | ${m.geval} | ${m.reqPerS.toFixed(0)} | ${m.p50.toFixed(0)} | ${m.p99.toFixed(0)} | ${m.kaalReqPerS.toFixed(0)} | ${(m.reqPerS / m.kaalReqPerS).toFixed(3)} | ${m.fouten} / ${m.niet2xx} / ${m.conflicten} | ${(m.bytes / 1024).toFixed(1)} kB | ${m.rssPiek} MB | ${m.belasting.toFixed(1)} |`,
  );
  return [kop, lijn, ...rijen].join("\n");
}

const metingen: Meting[] = [];
const kandidaten: Kandidaat[] = PROCESSEN.map((n) => ({
  naam: n === 1 ? "werkboom" : `werkboom, ${n} processen`,
  root: ROOT,
  processen: n,
}));
let baseline: ReturnType<typeof bereidBaseline> | undefined;
try {
  if (!vlag["zonder-bouw"]) bouw(ROOT);
  if (vlag.baseline) {
    baseline = bereidBaseline(vlag.baseline);
    const commit = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", vlag.baseline]).toString().trim();
    kandidaten.push({ naam: `baseline ${vlag.baseline} (${commit})`, root: baseline.root, processen: 1 });
  }
  const pgUrl = process.env["BENCH_DATABASE_URL"] || process.env["TEST_DATABASE_URL"] || process.env["DATABASE_URL"];
  const soorten = vlag.database === "beide" ? ["postgres", "pglite"] : [vlag.database];
  console.log(
    `Meldwijzer bench:http — Node ${process.version}, ${cpus().length} kernen, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}; ${DOSSIERS} dossiers, ${DUUR} s per meting, ${VERBINDINGEN} verbindingen (toevoegen: 20)`,
  );
  for (const soort of soorten) {
    if (soort === "postgres" && !pgUrl) {
      console.log("PostgreSQL overgeslagen: geen BENCH_DATABASE_URL, TEST_DATABASE_URL of DATABASE_URL.");
      continue;
    }
    const doel = soort === "postgres" && pgUrl ? await postgresDoel(pgUrl) : pgliteDoel();
    gekozen = null;
    try {
      const langste = genereer(doel);
      // PGlite belongs to one process: more than one is measured on PostgreSQL only.
      for (const kandidaat of kandidaten.filter((k) => soort === "postgres" || k.processen === 1)) {
        let app = await startApp(kandidaat, doel);
        try {
          let gegevens = await verzamel(app.basis, langste);
          console.log(
            `${kandidaat.naam} op ${soort}: pid ${app.pid}, RSS na start ${rssMb(app.pid)} MB, ${gegevens.dossiers.length} dossiers in de lijst van af@org-1.example`,
          );
          for (const geval of gevallen(gegevens)) {
            let m: Meting;
            try {
              m = await meetGeval(geval, app, kandidaat, soort);
            } catch (fout) {
              // A server that dies under load is a result, not the end of the run: say why, start it again, go on.
              await new Promise((klaar) => setTimeout(klaar, 500));
              const einde = app.gestopt?.();
              if (!einde) throw fout;
              console.log(
                `  ${geval.naam.padEnd(36)} SERVER GESTOPT (${einde}); opnieuw gestart voor de volgende gevallen`,
              );
              metingen.push({
                geval: geval.naam,
                kandidaat: kandidaat.naam,
                database: soort,
                reqPerS: 0,
                p50: 0,
                p99: 0,
                fouten: -1,
                niet2xx: 0,
                statussen: { gestopt: 1 },
                conflicten: 0,
                bytes: 0,
                rssPiek: 0,
                kaalReqPerS: 0,
                kaalP99: 0,
                belasting: loadavg()[0] ?? 0,
              });
              await app.stop();
              app = await startApp(kandidaat, doel);
              gegevens = await verzamel(app.basis, langste);
              continue;
            }
            if (app.gestopt?.()) console.log(`  (de server stopte tijdens of na deze meting: ${app.gestopt()})`);
            metingen.push(m);
            console.log(
              `  ${m.geval.padEnd(36)} ${m.reqPerS.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(0).padStart(5)} ms  p99 ${m.p99.toFixed(0).padStart(5)} ms  kaal ${m.kaalReqPerS.toFixed(0).padStart(6)} req/s  verhouding ${(m.reqPerS / m.kaalReqPerS).toFixed(3)}  fouten ${m.fouten}, niet-2xx ${m.niet2xx}, conflicten ${m.conflicten}  RSS-piek ${m.rssPiek} MB  load ${m.belasting.toFixed(1)}  statussen ${JSON.stringify(m.statussen)}`,
            );
          }
        } finally {
          await app.stop();
        }
      }
    } finally {
      await doel.opruimen();
    }
  }
  console.log(`\n${tabel(metingen)}`);
  if (baseline) {
    console.log("\nWerkboom / baseline (req/s; p50 omgekeerd, dus boven 1 is sneller):");
    for (const eigen of metingen.filter((m) => m.kandidaat.startsWith("werkboom"))) {
      const ander = metingen.find(
        (m) => m.kandidaat.startsWith("baseline") && m.database === eigen.database && m.geval === eigen.geval,
      );
      if (ander && ander.reqPerS > 0 && eigen.p50 > 0)
        console.log(
          `  ${eigen.database.padEnd(9)} ${eigen.kandidaat.padEnd(22)} ${eigen.geval.padEnd(44)} req/s ${(eigen.reqPerS / ander.reqPerS).toFixed(2)}×  p50 ${(ander.p50 / eigen.p50).toFixed(2)}×`,
        );
    }
  }
  if (vlag.json)
    writeFileSync(
      vlag.json,
      JSON.stringify(
        { dossiers: DOSSIERS, duur: DUUR, verbindingen: VERBINDINGEN, node: process.version, metingen },
        null,
        2,
      ),
    );
} finally {
  baseline?.opruimen();
}
