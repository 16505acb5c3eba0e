/**
 * Where the cores go during one measurement of `npm run bench:http` (decision 0078): reading /proc, and
 * dividing the machine's CPU time between the app, PostgreSQL's backends of the bench's database, the load
 * generator (autocannon in the bench process), the rest of the machine and idle. The parsers and the
 * arithmetic are pure; only `leesProces`, `leesMachine` and `leesUptimeTikken` touch /proc.
 */
import { readFileSync } from "node:fs";

/** Clock ticks per second in /proc/<pid>/stat and /proc/stat (USER_HZ): 100 on Linux, whatever the kernel's HZ. */
export const TIKKEN_PER_S = 100;
const MS_PER_TIK = 1000 / TIKKEN_PER_S;

/** What bench:http needs of one /proc/<pid>/stat line. */
export interface ProcesStat {
  readonly pid: number;
  /** The command name (`comm`) without its parentheses; it may itself hold spaces and parentheses. */
  readonly naam: string;
  readonly toestand: string;
  /** CPU time in user and in kernel mode (fields 14 and 15), in ticks. */
  readonly utime: number;
  readonly stime: number;
  /** When the process started, in ticks since boot (field 22): with the pid, what tells one process from a later one. */
  readonly starttijd: number;
}

/**
 * Parses one /proc/<pid>/stat line. The name sits between the first "(" and the LAST ")": a process may name
 * itself "a) b (c" and the fields after it are numbers, so the last ")" is the only safe end.
 */
export function leesProcesStat(regel: string): ProcesStat {
  const open = regel.indexOf("(");
  const dicht = regel.lastIndexOf(")");
  if (open < 1 || dicht < open) throw new Error(`Geen /proc/<pid>/stat-regel: ${regel.slice(0, 80)}`);
  // After ") ": field 3 (state) is index 0, so field n is index n - 3.
  const velden = regel
    .slice(dicht + 2)
    .trim()
    .split(/\s+/u);
  const getal = (veld: number): number => {
    const waarde = Number(velden[veld - 3]);
    if (!Number.isFinite(waarde)) throw new Error(`/proc/<pid>/stat: veld ${veld} ontbreekt of is geen getal`);
    return waarde;
  };
  return {
    pid: Number(regel.slice(0, open).trim()),
    naam: regel.slice(open + 1, dicht),
    toestand: velden[0] ?? "",
    utime: getal(14),
    stime: getal(15),
    starttijd: getal(22),
  };
}

/** The machine's CPU time so far, from the aggregate "cpu" line of /proc/stat, in ticks summed over all cores. */
export interface MachineStat {
  /** user + nice + system + idle + iowait + irq + softirq + steal (guest time is already in user and nice). */
  readonly totaal: number;
  /** idle + iowait: a core waiting for I/O is a core nobody used. */
  readonly vrij: number;
  /** irq + softirq: the kernel's interrupt work, e.g. loopback networking (decision 0078 on whom it is charged to). */
  readonly onderbrekingen: number;
  /** steal: time a virtual machine's host gave to someone else. */
  readonly gestolen: number;
}

export function leesMachineStat(tekst: string): MachineStat {
  const regel = tekst.split("\n").find((r) => /^cpu\s/u.test(r));
  if (!regel) throw new Error('/proc/stat: geen regel "cpu"');
  const v = regel
    .trim()
    .split(/\s+/u)
    .slice(1)
    .map((w) => Number(w));
  if (v.length < 4 || v.some((w) => !Number.isFinite(w))) throw new Error(`/proc/stat: onleesbare cpu-regel: ${regel}`);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = v;
  return {
    totaal: user + nice + system + idle + iowait + irq + softirq + steal,
    vrij: idle + iowait,
    onderbrekingen: irq + softirq,
    gestolen: steal,
  };
}

/** `btime` of /proc/stat: when the machine booted, in seconds since 1970. */
export function leesOpstarttijd(tekst: string): number {
  const btime = /^btime\s+(\d+)\s*$/mu.exec(tekst)?.[1];
  if (!btime) throw new Error("/proc/stat: geen btime");
  return Number(btime);
}

/**
 * Whether a PostgreSQL backend that the server reports (pid and backend_start) is the local process with that
 * pid: a process named "postgres" that started at the same moment. A server in a container or on another
 * machine has pids of its own; one of them may exist here too, but not as a postgres process of that moment.
 * Tolerance: btime has whole seconds and the backend's start is taken just after the fork.
 */
export function isDezelfdeBackend(
  proces: Pick<ProcesStat, "naam" | "starttijd">,
  backendStartMs: number,
  opstarttijdS: number,
): boolean {
  const startMs = (opstarttijdS + proces.starttijd / TIKKEN_PER_S) * 1000;
  return proces.naam.startsWith("postgres") && Math.abs(startMs - backendStartMs) <= 2000;
}

/**
 * The CPU a backend used during the measurement, in ticks. `begin` is its reading at the start, if it
 * already ran then; a backend that started during the measurement (its start after `beginUptimeTikken`) counts
 * from zero; one first seen later without having started later counts from its first reading (what it used
 * before that is lost, and so is what one used between its last reading and its exit).
 */
export function backendTikken(
  begin: ProcesStat | undefined,
  eerste: ProcesStat,
  laatste: ProcesStat,
  beginUptimeTikken: number,
): number {
  const van = begin ?? (eerste.starttijd >= beginUptimeTikken ? null : eerste);
  const totaal = (p: ProcesStat) => p.utime + p.stime;
  return Math.max(0, totaal(laatste) - (van ? totaal(van) : 0));
}

/** CPU time in ms over one measurement, by whom. `null`: not measured (the reason is given beside it). */
export interface CpuInvoer {
  /** Wall-clock time of the measurement. */
  readonly wandMs: number;
  /** The machine's CPU time (all cores) and its idle part over the measurement, from /proc/stat. */
  readonly machineMs: number;
  readonly vrijMs: number;
  readonly appMs: number;
  /** The backends of the bench's database; null on PGlite (in the app) or when it cannot be read. */
  readonly postgresMs: number | null;
  /** PostgreSQL's background processes that serve every database (walwriter, checkpointer, background writer…). */
  readonly postgresAchtergrondMs: number | null;
  /** The same server's backends of other databases: someone else's work, shown inside "overig". */
  readonly postgresAndereMs: number | null;
  /**
   * irq + softirq of /proc/stat. Not a consumer of its own: on a kernel with tick accounting (this machine's) it is
   * also in the stime of whichever process ran; with CONFIG_IRQ_TIME_ACCOUNTING it is in no process, so in "overig".
   */
  readonly onderbrekingenMs: number;
  readonly lastgeneratorMs: number;
  /**
   * CPU ms of the main thread (the event loop, and PGlite with it) of the busiest app process, and of the bench
   * process (autocannon): a main thread near one core is bound by its own core, whatever the machine's idle share.
   */
  readonly appHoofddraadMs: number;
  readonly lastgeneratorHoofddraadMs: number;
}

export type Deelnemer = "app" | "PostgreSQL" | "lastgenerator" | "overig";

export interface Verdeling {
  /**
   * Shares of the machine's CPU time (0..1): app + postgres + lastgenerator + overig + vrij = 1, where "overig" is
   * what the others used (other databases' backends and PostgreSQL's shared background among them, shown apart);
   * `onderbrekingen` is not a further part, see CpuInvoer.
   */
  readonly aandelen: {
    readonly app: number;
    readonly postgres: number | null;
    readonly postgresAchtergrond: number | null;
    readonly postgresAndere: number | null;
    readonly onderbrekingen: number;
    readonly lastgenerator: number;
    readonly overig: number;
    readonly vrij: number;
  };
  /** Cores in use on average (CPU ms / wall ms); `*Hoofddraad` those of a main thread, which tops out at 1. */
  readonly kernen: {
    readonly app: number;
    readonly appHoofddraad: number;
    readonly postgres: number | null;
    readonly lastgenerator: number;
    readonly lastgeneratorHoofddraad: number;
  };
  /** Less than a tenth of the machine idle. */
  readonly verzadigd: boolean;
  /** False when /proc/stat showed no time passing (a measurement of no length): then no share means anything. */
  readonly gemeten: boolean;
  readonly grootste: Deelnemer;
  /** A party whose main thread used (nearly) a whole core, whatever the machine's idle share. */
  readonly volleKern: readonly ("app" | "lastgenerator")[];
}

/**
 * The largest growth between two readings per process (pid → ms), over the processes in both: a worker that
 * started or ended between them has no growth to compare.
 */
export function grootsteGroei(voor: ReadonlyMap<number, number>, na: ReadonlyMap<number, number>): number {
  let grootste = 0;
  for (const [p, ms] of na) grootste = Math.max(grootste, ms - (voor.get(p) ?? ms));
  return grootste;
}

/** Below this idle share the machine counts as saturated: on two cores, less than a fifth of one core free. */
export const VERZADIGD_ONDER = 0.1;
/** A main thread at this many cores or more is bound by its own core. */
export const VOLLE_KERN = 0.9;

export function verdeelCpu(i: CpuInvoer): Verdeling {
  const machine = i.machineMs > 0 ? i.machineMs : 1;
  const deel = (ms: number) => Math.max(0, ms) / machine;
  const app = deel(i.appMs);
  const postgres = i.postgresMs === null ? null : deel(i.postgresMs);
  const achtergrond = i.postgresAchtergrondMs === null ? null : deel(i.postgresAchtergrondMs);
  const andere = i.postgresAndereMs === null ? null : deel(i.postgresAndereMs);
  const lastgenerator = deel(i.lastgeneratorMs);
  const vrij = deel(i.vrijMs);
  // Readings of /proc/stat and of the processes are not taken at one instant: the rest can come out a
  // fraction below zero, which is noise, not a negative consumer.
  const overig = i.machineMs > 0 ? Math.max(0, 1 - app - (postgres ?? 0) - lastgenerator - vrij) : 0;
  const kandidaten: [Deelnemer, number][] = [
    ["app", app],
    ["PostgreSQL", postgres ?? 0],
    ["lastgenerator", lastgenerator],
    ["overig", overig],
  ];
  const grootste = kandidaten.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const kern = (ms: number) => (i.wandMs > 0 ? Math.max(0, ms) / i.wandMs : 0);
  const kernen = {
    app: kern(i.appMs),
    appHoofddraad: kern(i.appHoofddraadMs),
    postgres: i.postgresMs === null ? null : kern(i.postgresMs),
    lastgenerator: kern(i.lastgeneratorMs),
    lastgeneratorHoofddraad: kern(i.lastgeneratorHoofddraadMs),
  };
  const volleKern: ("app" | "lastgenerator")[] = [];
  if (kernen.appHoofddraad >= VOLLE_KERN) volleKern.push("app");
  if (kernen.lastgeneratorHoofddraad >= VOLLE_KERN) volleKern.push("lastgenerator");
  return {
    aandelen: {
      app,
      postgres,
      postgresAchtergrond: achtergrond,
      postgresAndere: andere,
      onderbrekingen: deel(i.onderbrekingenMs),
      lastgenerator,
      overig,
      vrij,
    },
    kernen,
    verzadigd: i.machineMs > 0 && vrij < VERZADIGD_ONDER,
    gemeten: i.machineMs > 0,
    grootste,
    volleKern,
  };
}

const procent = (deel: number) => `${Math.round(deel * 100)}%`;

/**
 * One line that says what bounds the measurement, e.g. "app 62%, PostgreSQL 28%, lastgenerator 7%, overig 2%
 * (andere databases 1%, PG-achtergrond 0%), vrij 1%; irq/softirq 1%: verzadigd, grootste app". `postgresLabel`
 * names PostgreSQL's share when it was not measured ("in app (PGlite)" or "n.b.").
 */
export function beschrijfVerdeling(v: Verdeling, postgresLabel?: string): string {
  if (!v.gemeten) return "n.b.: /proc/stat toonde geen verstreken CPU-tijd";
  const a = v.aandelen;
  const pg = a.postgres === null ? `PostgreSQL ${postgresLabel ?? "n.b."}` : `PostgreSQL ${procent(a.postgres)}`;
  const binnenOverig = [
    a.postgresAndere === null ? null : `andere databases ${procent(a.postgresAndere)}`,
    a.postgresAchtergrond === null ? null : `PG-achtergrond ${procent(a.postgresAchtergrond)}`,
  ].filter((d) => d !== null);
  const overig = `overig ${procent(a.overig)}${binnenOverig.length > 0 ? ` (${binnenOverig.join(", ")})` : ""}`;
  // irq/softirq is not a consumer beside the others: with tick accounting it is also in whoever ran (decision 0078).
  const delen = `app ${procent(a.app)}, ${pg}, lastgenerator ${procent(a.lastgenerator)}, ${overig}, vrij ${procent(a.vrij)}; irq/softirq ${procent(a.onderbrekingen)}`;
  const oordeel = v.verzadigd
    ? `verzadigd, grootste ${v.grootste}`
    : `niet verzadigd (de kernen wachtten ook), grootste ${v.grootste}`;
  const kern = v.volleKern.map(
    (w) =>
      `hoofddraad ${w} op een volle kern (${(w === "app" ? v.kernen.appHoofddraad : v.kernen.lastgeneratorHoofddraad).toFixed(2)})`,
  );
  return [`${delen}: ${oordeel}`, ...kern].join("; ");
}

/** Ticks to ms. */
export const tikkenMs = (tikken: number): number => tikken * MS_PER_TIK;

/** /proc/<pid>/stat of one process (all its threads), or null when it ended or cannot be read. */
export function leesProces(pid: number): ProcesStat | null {
  try {
    return leesProcesStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return null;
  }
}

/** The same of its main thread alone (/proc/<pid>/task/<pid>/stat): in Node, the event loop. */
export function leesHoofddraad(pid: number): ProcesStat | null {
  try {
    return leesProcesStat(readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8"));
  } catch {
    return null;
  }
}

export function leesMachine(): MachineStat {
  return leesMachineStat(readFileSync("/proc/stat", "utf8"));
}

/** Seconds since boot, as ticks: the clock of ProcesStat.starttijd. */
export function leesUptimeTikken(): number {
  return Math.floor(Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]) * TIKKEN_PER_S);
}
