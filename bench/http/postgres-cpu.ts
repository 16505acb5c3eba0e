/**
 * PostgreSQL's CPU during one measurement of `npm run bench:http` (decision 0078): the backends whose
 * `pg_stat_activity.datname` is the bench's database, read from /proc/<pid>/stat, and apart from them the
 * background processes that serve every database on the server (walwriter, checkpointer, background writer…),
 * which are shown but not charged to the app. The dev server is shared: other databases' backends are
 * someone else's work and end up under "overig".
 */
import type { Doel } from "./gegevens.ts";
import {
  backendTikken,
  isDezelfdeBackend,
  leesOpstarttijd,
  leesProces,
  leesUptimeTikken,
  tikkenMs,
  type ProcesStat,
} from "./cpu.ts";
import { readFileSync } from "node:fs";

export interface PostgresCpu {
  /** CPU ms of the bench database's backends over the measurement; null when not measured (see `uitleg`). */
  readonly ms: number | null;
  /** CPU ms of the server's shared background processes; null when not measured. */
  readonly achtergrondMs: number | null;
  /** CPU ms of the same server's backends of other databases (other people's work); null when not measured. */
  readonly andereMs: number | null;
  /** What was counted, or why nothing was ("n.b.: …"). The same for every case of one database. */
  readonly uitleg: string;
  /** How many of the bench database's backends were counted; null when not measured. */
  readonly backends: number | null;
  /** Readings that failed or processes that were not recognised, if any: then the figure is a lower bound. */
  readonly kanttekening: string | null;
  /**
   * CPU ms this process spent reading /proc for the meter during the measurement: taken off the load generator's
   * figure, which is this process's CPU (decision 0078).
   */
  readonly meterMs: number;
  /** The label of PostgreSQL's share when `ms` is null: "in app (PGlite)" or "n.b.". */
  readonly label: string;
}

export interface PostgresCpuMeter {
  begin(): Promise<void>;
  /** A reading between begin and einde: a backend that ends during the measurement keeps what it used up to its last one. */
  monster(): Promise<void>;
  einde(): Promise<PostgresCpu>;
  sluit(): Promise<void>;
}

interface Spoor {
  readonly begin: ProcesStat | undefined;
  readonly eerste: ProcesStat;
  laatste: ProcesStat;
  readonly soort: string;
  readonly van: Van;
}

/** Whose a backend is: the bench's database, the server's shared background, or another database. */
type Van = "eigen" | "achtergrond" | "ander";

interface Rij {
  pid: number;
  soort: string;
  van: Van;
  start_ms: number | null;
}

/** A meter that measures nothing and says why. */
function zonder(uitleg: string, label: string): PostgresCpuMeter {
  const niets = {
    ms: null,
    achtergrondMs: null,
    andereMs: null,
    uitleg,
    label,
    backends: null,
    kanttekening: null,
    meterMs: 0,
  };
  return {
    begin: () => Promise.resolve(),
    monster: () => Promise.resolve(),
    einde: () => Promise.resolve(niets),
    sluit: () => Promise.resolve(),
  };
}

export async function postgresCpuMeter(doel: Doel): Promise<PostgresCpuMeter> {
  if (doel.soort === "pglite")
    return zonder("PGlite draait in het app-proces: zijn CPU staat in de app-kolom", "in app (PGlite)");
  let opstarttijd: number;
  try {
    opstarttijd = leesOpstarttijd(readFileSync("/proc/stat", "utf8"));
  } catch (fout) {
    return zonder(`n.b.: /proc/stat niet leesbaar (${(fout as Error).message})`, "n.b.");
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: doel.env["DATABASE_URL"] });
  await client.connect();
  const sluit = () => client.end();
  // Is this server's pid space ours? Our own backend must be a local postgres process that started when the server says.
  const eigen = await client.query<{ pid: number; start_ms: number; db: string }>(
    "select pid, extract(epoch from backend_start) * 1000 as start_ms, current_database() as db from pg_stat_activity where pid = pg_backend_pid()",
  );
  const ik = eigen.rows[0];
  const db = ik?.db ?? "?";
  const ikProces = ik ? leesProces(ik.pid) : null;
  if (!ik || !ikProces || !isDezelfdeBackend(ikProces, Number(ik.start_ms), opstarttijd)) {
    await sluit();
    const reden = !ik
      ? "pg_stat_activity toont de eigen verbinding niet"
      : !ikProces
        ? `/proc/${ik.pid}/stat niet leesbaar: PostgreSQL draait niet op deze machine (of in een andere pid-ruimte)`
        : `pid ${ik.pid} is hier geen postgres-proces van het moment waarop de server de verbinding begon: PostgreSQL draait niet lokaal`;
    return zonder(`n.b.: ${reden}`, "n.b.");
  }

  let sporen = new Map<string, Spoor>();
  let beginUptime = 0;
  let onherkend = new Set<string>();
  let mislukt = 0;
  let meterMicro = 0;
  let bezig: Promise<void> = Promise.resolve();

  const lees = async (isBegin: boolean): Promise<void> => {
    const { rows } = await client.query<Rij>(
      `select pid, backend_type as soort,
              case when datname = current_database() then 'eigen' when datname is null then 'achtergrond' else 'ander' end as van,
              extract(epoch from backend_start) * 1000 as start_ms
         from pg_stat_activity
        where pid <> pg_backend_pid()`,
    );
    const voor = process.cpuUsage();
    for (const r of rows) {
      const p = leesProces(r.pid);
      if (!p) continue;
      const sleutel = `${r.pid}:${p.starttijd}`;
      const spoor = sporen.get(sleutel);
      if (spoor) {
        spoor.laatste = p;
        continue;
      }
      if (r.start_ms === null || !isDezelfdeBackend(p, Number(r.start_ms), opstarttijd)) {
        onherkend.add(sleutel);
        continue;
      }
      sporen.set(sleutel, { begin: isBegin ? p : undefined, eerste: p, laatste: p, soort: r.soort, van: r.van });
    }
    const kosten = process.cpuUsage(voor);
    meterMicro += kosten.user + kosten.system;
  };
  // A reading that fails (a busy server, a dropped connection) is counted, not thrown: the measurement goes on.
  const rij = (isBegin: boolean) =>
    (bezig = bezig
      .then(() => lees(isBegin))
      .catch(() => {
        mislukt += 1;
      }));

  return {
    begin: async () => {
      await bezig;
      sporen = new Map();
      onherkend = new Set();
      mislukt = 0;
      meterMicro = 0;
      beginUptime = leesUptimeTikken();
      await lees(true);
    },
    monster: () => rij(false),
    einde: async () => {
      await rij(false);
      const tikken: Record<Van, number> = { eigen: 0, achtergrond: 0, ander: 0 };
      let backends = 0;
      for (const s of sporen.values()) {
        tikken[s.van] += backendTikken(s.begin, s.eerste, s.laatste, beginUptime);
        if (s.van === "eigen") backends += 1;
      }
      const kanttekeningen = [
        mislukt > 0 ? `${mislukt} meting(en) van pg_stat_activity mislukt` : null,
        onherkend.size > 0 ? `${onherkend.size} backend(s) niet als lokaal proces herkend, niet geteld` : null,
      ].filter((k) => k !== null);
      return {
        ms: tikkenMs(tikken.eigen),
        achtergrondMs: tikkenMs(tikken.achtergrond),
        andereMs: tikkenMs(tikken.ander),
        uitleg:
          `alle backends van database ${db} (pg_stat_activity.datname: client backends, en autovacuum- en parallelle workers op die database); ` +
          "niet toegerekend maar onder overig getoond: de gedeelde achtergrondprocessen (datname leeg: walwriter, checkpointer, background writer, launchers) en de backends van andere databases",
        label: "n.b.",
        backends,
        kanttekening: kanttekeningen.length > 0 ? kanttekeningen.join("; ") : null,
        meterMs: meterMicro / 1000,
      };
    },
    sluit,
  };
}
