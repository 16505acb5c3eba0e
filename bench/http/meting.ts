/** One measurement of `npm run bench:http`: a case against the app and against the bare server, and the table of all. */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { belast, kwantiel, type AcResultaat } from "./autocannon.ts";
import {
  beschrijfVerdeling,
  grootsteGroei,
  leesHoofddraad,
  leesMachine,
  tikkenMs,
  verdeelCpu,
  type Verdeling,
} from "./cpu.ts";
import type { Geval } from "./gevallen.ts";
import { DUUR, type Kandidaat } from "./instellingen.ts";
import type { PostgresCpuMeter } from "./postgres-cpu.ts";
import { cpuMs, hoofddraadMs, neemOp, rssMb, startKaal, type Server } from "./processen.ts";

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
  /**
   * CPU ms per answered request of the PostgreSQL backends of the bench's database (pg_stat_activity.datname);
   * null on PGlite (its CPU is in cpuMsPerVerzoek) or when PostgreSQL is not local or /proc not readable
   * (`postgresCpuUitleg` says which). Decision 0078.
   */
  readonly postgresCpuMsPerVerzoek: number | null;
  /** CPU ms per request of the server's background processes that serve all databases: shown, not charged. */
  readonly postgresAchtergrondCpuMsPerVerzoek: number | null;
  /** What the PostgreSQL figures count, or "n.b.: <reason>". */
  readonly postgresCpuUitleg: string;
  /** The bench database's backends counted in this measurement; null when not measured. */
  readonly postgresBackends: number | null;
  /** Failed readings or unrecognised backends (the PostgreSQL figure is then a lower bound); null if none. */
  readonly postgresCpuKanttekening: string | null;
  /** The bench process's own CPU (autocannon; the PostgreSQL meter's reading of /proc taken off) per answered request. */
  readonly lastgeneratorCpuMsPerVerzoek: number;
  /** CPU ms the PostgreSQL meter spent reading /proc during the measurement (in "overig", not in the load generator). */
  readonly meterCpuMs: number;
  /** The machine's idle share (idle + iowait, all cores, /proc/stat) over the measurement, 0..1. */
  readonly vrijAandeel: number;
  /** Shares of the machine's CPU time, cores used, saturation, the largest consumer; null where not measured. */
  readonly cpuVerdeling: Verdeling | null;
  /** One line: who used the cores and whether the machine was saturated. */
  readonly begrenzing: string;
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

export async function meetGeval(
  geval: Geval,
  app: Server,
  kandidaat: Kandidaat,
  database: string,
  postgres: PostgresCpuMeter,
): Promise<Meting> {
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
    // Where the cores go: the machine, the app, PostgreSQL's backends and this process, read together at both ends.
    await postgres.begin();
    const meter = setInterval(() => {
      rssPiek = Math.max(rssPiek, rssMb(app.pid));
      void postgres.monster();
    }, 250);
    const machineVoor = leesMachine();
    const cpuVoor = cpuMs(app.pid);
    const draadVoor = hoofddraadMs(app.pid);
    const eigenVoor = process.cpuUsage();
    const eigenDraadVoor = leesHoofddraad(process.pid);
    const wandVoor = performance.now();
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
    const draadNa = hoofddraadMs(app.pid);
    const eigenCpu = process.cpuUsage(eigenVoor);
    const eigenDraadNa = leesHoofddraad(process.pid);
    const machineNa = leesMachine();
    const wandMs = performance.now() - wandVoor;
    clearInterval(meter);
    const pg = await postgres.einde();
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
    const beantwoord = eigen.requests.total;
    const perVerzoek = (ms: number) => (beantwoord > 0 ? ms / beantwoord : 0);
    // This process is autocannon and the meters beside it: the meter's reading of /proc is taken off (decision 0078).
    const lastgeneratorMs = Math.max(0, (eigenCpu.user + eigenCpu.system) / 1000 - pg.meterMs);
    const verdeling = verdeelCpu({
      wandMs,
      machineMs: tikkenMs(machineNa.totaal - machineVoor.totaal),
      vrijMs: tikkenMs(machineNa.vrij - machineVoor.vrij),
      appMs: cpu,
      postgresMs: pg.ms,
      postgresAchtergrondMs: pg.achtergrondMs,
      postgresAndereMs: pg.andereMs,
      onderbrekingenMs: tikkenMs(machineNa.onderbrekingen - machineVoor.onderbrekingen),
      lastgeneratorMs,
      appHoofddraadMs: grootsteGroei(draadVoor, draadNa),
      lastgeneratorHoofddraadMs:
        eigenDraadVoor && eigenDraadNa
          ? Math.max(
              0,
              tikkenMs(eigenDraadNa.utime + eigenDraadNa.stime - eigenDraadVoor.utime - eigenDraadVoor.stime) -
                pg.meterMs,
            )
          : 0,
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
      cpuMsPerVerzoek: perVerzoek(cpu),
      kaalReqPerS: bare.requests.average,
      kaalP99: bare.latency.p99,
      belasting,
      postgresCpuMsPerVerzoek: pg.ms === null ? null : perVerzoek(pg.ms),
      postgresAchtergrondCpuMsPerVerzoek: pg.achtergrondMs === null ? null : perVerzoek(pg.achtergrondMs),
      postgresCpuUitleg: pg.uitleg,
      postgresBackends: pg.backends,
      postgresCpuKanttekening: pg.kanttekening,
      lastgeneratorCpuMsPerVerzoek: perVerzoek(lastgeneratorMs),
      meterCpuMs: pg.meterMs,
      vrijAandeel: verdeling.aandelen.vrij,
      cpuVerdeling: verdeling,
      begrenzing: `${beschrijfVerdeling(verdeling, pg.label)}${pg.kanttekening ? ` (PostgreSQL: ${pg.kanttekening})` : ""}`,
    };
  } finally {
    await kaal.stop();
  }
}

/** The PostgreSQL column: ms per request, or why there is none. */
export function postgresKolom(m: Pick<Meting, "database" | "postgresCpuMsPerVerzoek" | "postgresCpuUitleg">): string {
  if (m.postgresCpuMsPerVerzoek !== null) return `${m.postgresCpuMsPerVerzoek.toFixed(2)} ms`;
  return m.database === "pglite" ? "in app (PGlite)" : "n.b.";
}

export function tabel(metingen: readonly Meting[]): string {
  const kop =
    "| database | kandidaat | geval | req/s | p50 ms | p95 ms | p99 ms | kaal req/s | verhouding | app-CPU per verzoek | PostgreSQL-CPU per verzoek | lastgenerator-CPU per verzoek | fouten / niet-2xx / conflicten | antwoord | RSS-piek | load | waar de kernen heen gingen |";
  const lijn = "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|";
  const rijen = metingen.map(
    (m) =>
      `| ${m.database} | ${m.kandidaat} | ${m.geval} | ${m.reqPerS.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.kaalReqPerS.toFixed(0)} | ${(m.reqPerS / m.kaalReqPerS).toFixed(3)} | ${m.cpuMsPerVerzoek.toFixed(2)} ms | ${postgresKolom(m)} | ${m.lastgeneratorCpuMsPerVerzoek.toFixed(2)} ms | ${m.fouten} / ${m.niet2xx} / ${m.conflicten} | ${(m.bytes / 1024).toFixed(1)} kB | ${m.rssPiek} MB | ${m.belasting.toFixed(1)} | ${m.begrenzing} |`,
  );
  // What the PostgreSQL column counts, once per distinct explanation (the database's name differs per run).
  const uitleg = [...new Set(metingen.map((m) => `${m.database}: ${m.postgresCpuUitleg}`))];
  const voet = [
    "",
    "Kernen: aandelen van alle CPU-tijd van de machine tijdens de meting (/proc/stat); app + PostgreSQL + lastgenerator + overig + vrij = 100%. Overig: andere processen, waaronder backends van andere databases op dezelfde server en PostgreSQL's gedeelde achtergrondprocessen (apart genoemd, niet toegerekend). Verzadigd: minder dan 10% vrij. Volle kern: één draad (lastgenerator, of de app met één proces) op 0,9 kern of meer. irq/softirq (o.a. netwerk over loopback) is geen deel ernaast: zonder CONFIG_IRQ_TIME_ACCOUNTING zit het in de tijd van het proces dat toen liep, met die optie in overig (besluit 0078).",
    ...uitleg.map((u) => `PostgreSQL-CPU, ${u}`),
  ];
  return [kop, lijn, ...rijen, ...(metingen.length > 0 ? voet : [])].join("\n");
}
