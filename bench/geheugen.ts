/**
 * Memory under load: starts the built server (`npx react-router build` first) on PGlite in a fresh
 * data directory, restarts it there, signs in with the API, and keeps a few clients busy with a mix of reads and
 * writes on loopback for a while. Prints the server's resident memory (RSS, from /proc) as it goes.
 *
 *   node --import tsx bench/geheugen.ts                 # 60 s, 8 clients
 *   GEHEUGEN_SECONDEN=300 GEHEUGEN_CLIENTS=16 node --import tsx bench/geheugen.ts
 *   GEHEUGEN_HEAP=0 …       # V8's default heap limit instead of npm start's 256 MB
 *   GEHEUGEN_GC=1 …         # a forced collection every 5 s: retained memory versus garbage
 *
 * Linux only (reads /proc/<pid>/status). Extra environment for the server passes through.
 */
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startServer } from "../tests/e2e/server.ts";

const SECONDEN = Number(process.env["GEHEUGEN_SECONDEN"] ?? 60);
const CLIENTS = Number(process.env["GEHEUGEN_CLIENTS"] ?? 8);
/** The server's V8 old-space limit in MB, as `npm start` sets it (package.json); "0": V8's default. */
const HEAP = process.env["GEHEUGEN_HEAP"] ?? "256";
const GC = process.env["GEHEUGEN_GC"] === "1";

function rssMb(pid: number): number {
  const regel =
    readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((r) => r.startsWith("VmRSS:")) ?? "";
  return Math.round(Number(/\d+/.exec(regel)?.[0] ?? 0) / 1024);
}

const meterBestand = path.join(tmpdir(), `meldwijzer-geheugen-${process.pid}.json`);
const meter = pathToFileURL(path.resolve(import.meta.dirname, "geheugen-meter.mjs")).href;
// A first start creates the data directory (initdb runs in a WebAssembly instance of its own, which
// lingers until a major collection); the measurement is of a restart on it, as in production.
const eerste = await startServer({ LOG_LEVEL: "error" });
await eerste.stop(true);
const server = await startServer(
  {
    LOG_LEVEL: "error",
    GEHEUGEN_METER_BESTAND: meterBestand,
    NODE_OPTIONS:
      `${process.env["NODE_OPTIONS"] ?? ""} --import=${meter}${GC ? " --expose-gc" : ""}${HEAP === "0" ? "" : ` --max-old-space-size=${HEAP}`}`.trim(),
  },
  eerste.dataDir,
);

/** The server's own view: JS heap, WebAssembly memories (PGlite) and the rest of RSS. */
function verdeling(): string {
  try {
    const m = JSON.parse(readFileSync(meterBestand, "utf8")) as {
      rss: number;
      heapTotal: number;
      heapUsed: number;
      external: number;
      wasm: number[];
    };
    const mb = (n: number) => Math.round(n / 1048576);
    const wasm = m.wasm.reduce((a, b) => a + b, 0);
    return `(JS-heap ${mb(m.heapTotal)} MB waarvan in gebruik ${mb(m.heapUsed)} MB, WASM-geheugen ${m.wasm.map(mb).join("+")} MB, overig ${mb(m.rss - m.heapTotal - wasm)} MB, waarvan extern ${mb(m.external - wasm)} MB)`;
  } catch {
    return "";
  }
}
const pid = server.pid;
const basis = server.basis;

async function vraag(
  methode: string,
  pad: string,
  cookie: string,
  body?: unknown,
): Promise<{ status: number; tekst: string }> {
  const headers: Record<string, string> = { Cookie: cookie };
  // GEHEUGEN_ZONDER_GZIP=1: ask for uncompressed answers, to see what response compression costs.
  if (process.env["GEHEUGEN_ZONDER_GZIP"] === "1") headers["Accept-Encoding"] = "identity";
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const r = await fetch(`${basis}${pad}`, {
    method: methode,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, tekst: await r.text() };
}

async function inloggen(email: string): Promise<string> {
  const r = await fetch(`${basis}/api/sessie`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, wachtwoord: "meldwijzer-demo" }),
  });
  if (r.status !== 201) throw new Error(`inloggen: ${r.status}`);
  return (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

const OPENING = {
  werknaam: "Geheugenmeting",
  aanleiding: "zorg_om_kind",
  omschrijving: "Zorg om een kind, voor de meting.",
};
const SIGNAAL = {
  soort: "signaal",
  waarneming: "Een blauwe plek op de arm.",
  datumWaarneming: "2026-11-01",
  waargenomenDoor: "Leerkracht",
  bron: "eigen_waarneming",
};

let verzoeken = 0;
let fouten = 0;
const statussen = new Map<number, number>();

async function client(cookie: string, einde: number): Promise<void> {
  while (Date.now() < einde) {
    const nieuw = await vraag("POST", "/api/dossiers", cookie, { gegevens: OPENING });
    const id = nieuw.status === 201 ? (JSON.parse(nieuw.tekst) as { id: string }).id : null;
    const reeks = id
      ? [
          () =>
            vraag("POST", `/api/dossiers/${id}/gebeurtenissen`, cookie, {
              type: "signaal_vastgelegd",
              verwachteVersie: 1,
              gegevens: SIGNAAL,
            }),
          () => vraag("GET", `/api/dossiers/${id}`, cookie),
          () => vraag("GET", `/dossiers/${id}`, cookie),
          () => vraag("GET", `/dossiers/${id}/signalen`, cookie),
          () => vraag("GET", "/dossiers", cookie),
          () => vraag("GET", "/taken", cookie),
          () => vraag("GET", "/api/dossiers", cookie),
        ]
      : [];
    for (const stap of reeks) {
      const { status } = await stap();
      statussen.set(status, (statussen.get(status) ?? 0) + 1);
      if (status >= 500) fouten += 1;
      verzoeken += 1;
    }
    verzoeken += 1;
  }
}

try {
  const cookies = await Promise.all(["medewerker@regenboog.example", "medewerker2@regenboog.example"].map(inloggen));
  const begin = Date.now();
  console.log(
    `server pid ${pid}, ${CLIENTS} clients, ${SECONDEN} s, heap ${HEAP === "0" ? "V8-standaard" : `${HEAP} MB`}; RSS bij start ${rssMb(pid)} MB ${verdeling()}`,
  );
  let piek = 0;
  const meter = setInterval(() => {
    const rss = rssMb(pid);
    piek = Math.max(piek, rss);
    console.log(
      `${String(Math.round((Date.now() - begin) / 1000)).padStart(4)} s  RSS ${rss} MB  verzoeken ${verzoeken}  ${verdeling()}`,
    );
  }, 5000);
  await Promise.all(
    Array.from({ length: CLIENTS }, (_, i) => client(cookies[i % cookies.length] ?? "", begin + SECONDEN * 1000)),
  );
  clearInterval(meter);
  const naLast = rssMb(pid);
  await new Promise((klaar) => setTimeout(klaar, 10_000));
  console.log(
    `klaar: ${verzoeken} verzoeken (${Math.round(verzoeken / SECONDEN)}/s), 5xx: ${fouten}, statussen ${JSON.stringify(Object.fromEntries(statussen))}`,
  );
  console.log(
    `RSS piek ${Math.max(piek, naLast)} MB, direct na de last ${naLast} MB, 10 s later ${rssMb(pid)} MB ${verdeling()}`,
  );
} finally {
  await server.stop();
}
