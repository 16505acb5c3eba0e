/**
 * The append path on PostgreSQL without HTTP (decision 0067): this working tree against a git baseline in one
 * process, in interleaved rounds of 20 writers on 20 dossiers (10 appends each per round, after a warm-up).
 * It reports appends per second, the CPU of this process per append (`process.cpuUsage`: the use-case, the
 * domain, drizzle and the driver), the CPU of the database's own backends per append (from /proc, so the
 * server must run on this machine; Linux only) and the statements per append (counted at
 * `pg.Client.prototype.query`) and the WAL written per append (`pg_current_wal_lsn()` before and after a round:
 * the whole server's, so others' writes on a shared server are in it). On a shared machine wall times swing; the CPU per append and the statements do
 * not depend on the load as much.
 *
 *   TEST_DATABASE_URL=postgres://… node --import tsx bench/toevoegen-postgres.ts [--baseline=main] [--wal-uitsplitsing]
 *     [--een-schrijver] [--vooraf=500000] [--checkpoint] [--wal-eigen]
 *
 * `--een-schrijver` makes the same appends one at a time; `--vooraf=N` puts N older events (random ids) in the table
 * first; `--checkpoint` starts each round after a checkpoint (needs a superuser or pg_checkpoint), so the WAL holds
 * the full-page images a service writes after each checkpoint; `--wal-eigen` counts only the WAL records that change
 * a block of the measurement's own database (pg_walinspect), without the others' writes on a shared server.
 *
 * `--wal-uitsplitsing` prints, per round of the working tree, the WAL by resource manager (pg_walinspect, which
 * needs a superuser for `create extension`).
 */
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "..");
const BEHEER: string =
  process.env["BENCH_DATABASE_URL"] || process.env["TEST_DATABASE_URL"] || process.env["DATABASE_URL"] || "";
if (!BEHEER) throw new Error("Geef BENCH_DATABASE_URL, TEST_DATABASE_URL of DATABASE_URL (een PostgreSQL-server).");
let statements = 0;
const proto = pg.Client.prototype as any;
const q = proto.query;
proto.query = function (...a: unknown[]) {
  statements += 1;
  return q.apply(this, a);
};

function baseline(ref: string) {
  const map = mkdtempSync(path.join(tmpdir(), "toe-basis-"));
  const archief = execFileSync("git", ["-C", ROOT, "archive", "--format=tar", ref], { maxBuffer: 256 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-C", map], { input: archief });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(map, "node_modules"), "dir");
  return map;
}
const laad =
  (root: string) =>
  async (p: string): Promise<any> =>
    import(pathToFileURL(path.join(root, p)).href);

function cpuVan(pids: number[]): number {
  let t = 0;
  for (const p of pids) {
    try {
      const s = readFileSync(`/proc/${p}/stat`, "utf8");
      const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
      t += Number(f[11]) + Number(f[12]);
    } catch {
      // A backend that ended during the round: its time is gone with it.
    }
  }
  return t * 10; // ms
}

const SIGNAAL = {
  soort: "signaal",
  waarneming: "Komt zonder jas naar school (meting).",
  datumWaarneming: "2026-11-20",
  waargenomenDoor: "Leerkracht",
  bron: "eigen_waarneming",
};

async function bereid(naam: string, root: string) {
  const l = laad(root);
  const dbnaam = `toe_meting_${naam}_${process.pid}`;
  const c = new pg.Client({ connectionString: BEHEER });
  await c.connect();
  await c.query(`create database ${dbnaam}`);
  await c.end();
  const u = new URL(BEHEER);
  u.pathname = `/${dbnaam}`;
  const url = u.toString();
  const { openDatabase } = await l("src/adapters/db/database.ts");
  const db = await openDatabase({ databaseUrl: url, dataDir: "", migratiesMap: `${root}/drizzle`, verbindingen: 20 });
  const repo = await l("src/adapters/db/gebruiker.repository.ts");
  const org = await l("src/adapters/db/organisatie.repository.ts");
  const organisatieId = await org.maakOrganisatie(db.db, "Meting School", "onderwijs");
  const gebruikerId = await repo.maakGebruiker(db.db, {
    organisatieId,
    email: "m@m.example",
    naam: "Meting",
    wachtwoordHash: "x",
    rollen: ["medewerker"],
  });
  const sessie = await l("src/app/sessie/inloggen.ts");
  const app = { db: db.db, klok: () => new Date("2026-11-22T09:00:00.000Z") };
  await sessie.begin(db.db, "meting-token", gebruikerId, "volledig", app.klok());
  const s = await sessie.sessieVan(app, "meting-token");
  const wie = { gebruiker: s.gebruiker, adres: "127.0.0.1" };
  const { openDossier, voegGebeurtenisToeAanDossier } = await l("src/app/dossier/voeg-gebeurtenis-toe.ts");
  const dossiers: { id: string; versie: number }[] = [];
  for (let i = 0; i < 20; i += 1) {
    const id = await openDossier(app, wie, {
      werknaam: `Meting ${i}`,
      aanleiding: "zorg_om_kind",
      omschrijving: "Meting.",
    });
    let versie = 1;
    for (let v = 0; v < 10; v += 1)
      ({ versie } = await voegGebeurtenisToeAanDossier(app, wie, id, {
        type: "signaal_vastgelegd",
        verwachteVersie: versie,
        gegevens: SIGNAAL,
      }));
    dossiers.push({ id, versie });
  }
  // --vooraf=N: N older events in the table first (random ids, as a database written before decision 0077 holds),
  // in a case of their own, so the events' indexes have the size of a service in use.
  const vooraf = Number(process.argv.find((a) => a.startsWith("--vooraf="))?.slice("--vooraf=".length) ?? 0);
  if (vooraf > 0) {
    const vul = await openDossier(app, wie, {
      werknaam: "Vulling",
      aanleiding: "zorg_om_kind",
      omschrijving: "Vulling.",
    });
    const c6 = new pg.Client({ connectionString: url });
    await c6.connect();
    await c6.query(
      `insert into gebeurtenissen (id, dossier_id, organisatie_id, volgnummer, type, stap, gegevens, actor_id, actor_naam, actor_rol, opgetreden_op)
       select gen_random_uuid(), $1, $2, g + 1, 'signaal_vastgelegd', 'signalen', '{}'::jsonb, $3, 'Meting', 'medewerker', now() - interval '1 day'
       from generate_series(1, $4::integer) g`,
      [vul, organisatieId, gebruikerId, vooraf],
    );
    await c6.query("vacuum analyze gebeurtenissen");
    await c6.end();
  }
  const ronde = async (perSchrijver: number) => {
    const c2 = new pg.Client({ connectionString: BEHEER });
    await c2.connect();
    const pids = (await c2.query("select pid from pg_stat_activity where datname = $1", [dbnaam])).rows.map(
      (r: any) => r.pid,
    );
    // --checkpoint: each round starts after a checkpoint, as a round in a running service sometimes does; the
    // first change of each page after it writes the whole page into the WAL (full-page images).
    if (process.argv.includes("--checkpoint")) await c2.query("checkpoint");
    const lsn0 = (await c2.query("select pg_current_wal_lsn()::text as l")).rows[0].l;
    const s0 = statements;
    const cpu0 = process.cpuUsage();
    const pg0 = cpuVan(pids);
    const t0 = performance.now();
    // --een-schrijver: the same appends one at a time (what a request costs when nothing else runs beside it).
    const schrijvers = process.argv.includes("--een-schrijver") ? [dossiers] : dossiers.map((d) => [d]);
    await Promise.all(
      schrijvers.map(async (reeks) => {
        for (const d of reeks)
          for (let i = 0; i < perSchrijver; i += 1)
            ({ versie: d.versie } = await voegGebeurtenisToeAanDossier(app, wie, d.id, {
              type: "signaal_vastgelegd",
              verwachteVersie: d.versie,
              gegevens: SIGNAAL,
            }));
      }),
    );
    const wand = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const pgcpu = cpuVan(pids) - pg0;
    // The server's WAL grew by this much; on a shared server others' writes are in it too (read the median).
    if (process.argv.includes("--wal-uitsplitsing") && naam === "werkboom") {
      // What the WAL of this round is made of, by resource manager (pg_walinspect; the whole server's).
      // In the measurement's own database, dropped afterwards.
      const c4 = new pg.Client({ connectionString: url });
      await c4.connect();
      await c4.query("create extension if not exists pg_walinspect");
      const uit = await c4.query(
        'select "resource_manager/record_type" as rm, count, record_size, fpi_size from pg_get_wal_stats($1::pg_lsn, pg_current_wal_lsn()) where count > 0 order by combined_size desc',
        [lsn0],
      );
      await c4.end();
      console.log(`WAL van een ronde (${dossiers.length * perSchrijver} appends):`, JSON.stringify(uit.rows));
    }
    const wal = Number(
      (await c2.query("select pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn) as b", [lsn0])).rows[0].b,
    );
    await c2.end();
    // --wal-eigen: only the WAL records that change a block of this measurement's database (pg_walinspect), so the
    // others' writes on a shared server are not in it; the commit records (about 34 B per append) are left out.
    let eigen = { bytes: 0, fpi: 0, records: 0 };
    if (process.argv.includes("--wal-eigen")) {
      const c7 = new pg.Client({ connectionString: url });
      await c7.connect();
      await c7.query("create extension if not exists pg_walinspect");
      const [r] = (
        await c7.query(
          `select count(*)::int as records, coalesce(sum(record_length), 0)::int as bytes, coalesce(sum(fpi_length), 0)::int as fpi
           from pg_get_wal_records_info($1::pg_lsn, pg_current_wal_lsn())
           where block_ref like '%/' || (select oid from pg_database where datname = current_database()) || '/%'`,
          [lsn0],
        )
      ).rows;
      await c7.end();
      eigen = r;
    }
    const n = dossiers.length * perSchrijver;
    return {
      perS: (n / wand) * 1000,
      cpu: (cpu.user + cpu.system) / 1000 / n,
      sys: cpu.system / 1000 / n,
      pg: pgcpu / n,
      stmts: (statements - s0) / n,
      wal: wal / n,
      eigenWal: eigen.bytes / n,
      eigenFpi: eigen.fpi / n,
      eigenRecords: eigen.records / n,
    };
  };
  return {
    naam,
    ronde,
    sluit: async () => {
      await db.sluit();
      const c3 = new pg.Client({ connectionString: BEHEER });
      await c3.connect();
      await c3.query(`drop database ${dbnaam} with (force)`);
      await c3.end();
    },
  };
}

const ref = process.argv.find((a) => a.startsWith("--baseline="))?.slice("--baseline=".length) ?? "main";
const basis = baseline(ref);
const kandidaten = [await bereid("werkboom", ROOT), await bereid("basis", basis)];
const uit = new Map<string, any[]>(kandidaten.map((k) => [k.naam, []]));
console.log(`toevoegen op PostgreSQL: werkboom tegen ${ref}, 20 schrijvers op 20 dossiers, 6 rondes van 200`);
for (const k of kandidaten) await k.ronde(3); // warm-up
for (let r = 0; r < 6; r += 1)
  for (const k of r % 2 ? [...kandidaten].reverse() : kandidaten) uit.get(k.naam)?.push(await k.ronde(10));
const med = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return ((s[2] ?? 0) + (s[3] ?? 0)) / 2;
};
for (const k of kandidaten) {
  const m = uit.get(k.naam) ?? [];
  console.log(
    `${k.naam.padEnd(9)} appends/s ${med(m.map((x) => x.perS)).toFixed(0)}  app CPU ${med(m.map((x) => x.cpu)).toFixed(2)} ms/append (system ${med(m.map((x) => x.sys)).toFixed(2)})  PostgreSQL backends ${med(m.map((x) => x.pg)).toFixed(2)} ms/append  statements/append ${med(m.map((x) => x.stmts)).toFixed(2)}  WAL ${med(m.map((x) => x.wal)).toFixed(0)} B/append${process.argv.includes("--wal-eigen") ? ` (own database: ${med(m.map((x) => x.eigenWal)).toFixed(0)} B in ${med(m.map((x) => x.eigenRecords)).toFixed(1)} records, full-page images ${med(m.map((x) => x.eigenFpi)).toFixed(0)} B)` : ""}   (rounds: ${m.map((x) => x.cpu.toFixed(2)).join(" ")})`,
  );
}
for (const k of kandidaten) await k.sluit();
rmSync(basis, { recursive: true, force: true });
