/** One measurement of `npm run bench:http`: a case against the app and against the bare server, and the table of all. */
import { loadavg } from "node:os";
import { belast, kwantiel, type AcResultaat } from "./autocannon.ts";
import type { Geval } from "./gevallen.ts";
import { DUUR, type Kandidaat } from "./instellingen.ts";
import { cpuMs, neemOp, rssMb, startKaal, type Server } from "./processen.ts";

export interface Meting {
  readonly geval: string;
  readonly kandidaat: string;
  readonly database: string;
  readonly reqPerS: number;
  readonly p50: number;
  /** From every response's time (autocannon gives p97.5, not p95); 0 where not measured. */
  readonly p95: number;
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
  /**
   * The app's CPU time (user + system, all its processes) per answered request during the measurement, in ms;
   * PostgreSQL's own processes not included. On a shared machine steadier than req/s: it does not count waiting.
   */
  readonly cpuMsPerVerzoek: number;
  /** The machine's 1-minute load average when the measurement began: on a shared machine, read the numbers with it. */
  readonly belasting: number;
}

/** Waits until the server answers again after the warm-up; a pooled connection the server closed meanwhile is retried. */
export async function wachtTotGereed(basis: string): Promise<void> {
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

export async function meetGeval(geval: Geval, app: Server, kandidaat: Kandidaat, database: string): Promise<Meting> {
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
    const cpuVoor = cpuMs(app.pid);
    const latenties: number[] = [];
    const eigen: AcResultaat = await belast(
      {
        url: app.basis,
        connections: geval.verbindingen,
        duration: DUUR,
        requests: verzoeken,
        timeout: 30,
      },
      latenties,
    );
    const cpu = cpuMs(app.pid) - cpuVoor;
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
      p95: kwantiel(latenties, 0.95),
      p99: eigen.latency.p99,
      fouten: eigen.errors + eigen.timeouts,
      niet2xx: eigen.non2xx,
      conflicten: conflicten(),
      statussen: Object.fromEntries(Object.entries(eigen.statusCodeStats).map(([code, { count }]) => [code, count])),
      bytes: opname.body.length,
      rssPiek,
      cpuMsPerVerzoek: eigen.requests.total > 0 ? cpu / eigen.requests.total : 0,
      kaalReqPerS: bare.requests.average,
      kaalP99: bare.latency.p99,
      belasting,
    };
  } finally {
    await kaal.stop();
  }
}

export function tabel(metingen: readonly Meting[]): string {
  const kop =
    "| database | kandidaat | geval | req/s | p50 ms | p95 ms | p99 ms | kaal req/s | verhouding | app-CPU per verzoek | fouten / niet-2xx / conflicten | antwoord | RSS-piek | load |";
  const lijn = "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|";
  const rijen = metingen.map(
    (m) =>
      `| ${m.database} | ${m.kandidaat} | ${m.geval} | ${m.reqPerS.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.kaalReqPerS.toFixed(0)} | ${(m.reqPerS / m.kaalReqPerS).toFixed(3)} | ${m.cpuMsPerVerzoek.toFixed(2)} ms | ${m.fouten} / ${m.niet2xx} / ${m.conflicten} | ${(m.bytes / 1024).toFixed(1)} kB | ${m.rssPiek} MB | ${m.belasting.toFixed(1)} |`,
  );
  return [kop, lijn, ...rijen].join("\n");
}
