import { spawn, spawnSync } from "node:child_process";
import { BackupFout, hoofdversie, programmaPastBij } from "../../domain/backup/backup.ts";

/**
 * The databases' own dump facilities for backup and restore (decision 0037): `pg_dump` and
 * `pg_restore` for PostgreSQL, PGlite's data-directory dump (in database.ts) for the embedded one,
 * and the few statements both need to describe what a dump holds.
 */

/** Runs a statement and returns its rows: a pg client, or PGlite through drizzle. */
export type Bevraag = (tekst: string) => Promise<Record<string, unknown>[]>;

export interface Stand {
  readonly serverVersie: number;
  /** `created_at` of the newest applied migration (drizzle's journal `when`), or null. */
  readonly migratieMoment: number | null;
  readonly inhoud: { organisaties: number; dossiers: number; gebeurtenissen: number; logregels: number };
  readonly ketens: { keten: string; lengte: number; hash: string; tijdstip: string }[];
}

/** What the database holds, read in the caller's snapshot. */
export async function leesStand(bevraag: Bevraag): Promise<Stand> {
  const [versie] = await bevraag("select current_setting('server_version_num')::int as v");
  const [aantallen] = await bevraag(`select
    (select count(*) from organisaties)::int as organisaties, (select count(*) from dossiers)::int as dossiers,
    (select count(*) from gebeurtenissen)::int as gebeurtenissen, (select count(*) from toegangslog)::int as logregels`);
  const [migratie] = await bevraag("select max(created_at)::text as moment from drizzle.__drizzle_migrations");
  // One short descent per chain over the primary key, as in leesKoppen.
  const ketens = await bevraag(`with recursive k(keten) as (
      (select keten from toegangslog order by keten limit 1)
      union all
      select (select t.keten from toegangslog t where t.keten > k.keten order by t.keten limit 1) from k where k.keten is not null)
    select k.keten, l.volgnummer::text as lengte, l.hash, to_char(l.tijdstip at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as tijdstip
    from k cross join lateral (select volgnummer, hash, tijdstip from toegangslog t where t.keten = k.keten and t.volgnummer is not null order by volgnummer desc limit 1) l
    where k.keten is not null order by k.keten`);
  const getal = (w: unknown) => Number(w ?? 0);
  return {
    serverVersie: Math.floor(getal(versie?.["v"]) / 10000),
    migratieMoment: migratie?.["moment"] == null ? null : Number(migratie["moment"]),
    inhoud: {
      organisaties: getal(aantallen?.["organisaties"]),
      dossiers: getal(aantallen?.["dossiers"]),
      gebeurtenissen: getal(aantallen?.["gebeurtenissen"]),
      logregels: getal(aantallen?.["logregels"]),
    },
    ketens: ketens.map((r) => ({
      keten: String(r["keten"]),
      lengte: getal(r["lengte"]),
      hash: String(r["hash"]),
      tijdstip: String(r["tijdstip"]),
    })),
  };
}

/** The URL without its password, and the password for the child's environment: never on a command line that `ps` shows. */
function verbindingVoorProgramma(url: string): { dbnaam: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const wachtwoord = decodeURIComponent(u.password);
  u.password = "";
  return { dbnaam: u.toString(), env: { ...process.env, ...(wachtwoord ? { PGPASSWORD: wachtwoord } : {}) } };
}

/** `pg_dump --version` or `pg_restore --version`: the full line and its major version; refuses clearly when the tool is missing. */
export function programmaVersie(programma: "pg_dump" | "pg_restore"): { tekst: string; hoofd: number } {
  const r = spawnSync(programma, ["--version"], { encoding: "utf8" });
  const tekst = (r.stdout ?? "").trim();
  const hoofd = hoofdversie(tekst);
  if (r.error || r.status !== 0 || hoofd === null) {
    throw new BackupFout(
      `${programma} is niet gevonden. Installeer de PostgreSQL-clientprogramma's van dezelfde of een nieuwere versie als de server (Debian/Ubuntu: apt-get install postgresql-client).`,
    );
  }
  return { tekst, hoofd };
}

function controleerVersie(programma: "pg_dump" | "pg_restore", hoofd: number, server: number): void {
  if (!programmaPastBij(hoofd, server)) {
    throw new BackupFout(
      `${programma} ${hoofd} kan niet werken met PostgreSQL ${server}: installeer de clientprogramma's van versie ${server} of nieuwer (postgresql-client-${server}).`,
    );
  }
}

function voerUit(programma: string, args: string[], env: NodeJS.ProcessEnv, invoer?: Uint8Array): Promise<Buffer> {
  return new Promise((klaar, mislukt) => {
    const kind = spawn(programma, args, { env, stdio: [invoer ? "pipe" : "ignore", "pipe", "pipe"] });
    const uit: Buffer[] = [];
    let fout = "";
    kind.stdout?.on("data", (d: Buffer) => uit.push(d));
    kind.stderr?.on("data", (d: Buffer) => (fout += d.toString("utf8")));
    kind.on("error", mislukt);
    kind.on("close", (code) => {
      if (code === 0) klaar(Buffer.concat(uit));
      else
        mislukt(
          new BackupFout(
            `${programma} stopte met code ${String(code)}: ${fout.trim().split("\n").slice(-5).join(" | ")}`,
          ),
        );
    });
    if (invoer && kind.stdin) {
      kind.stdin.on("error", () => undefined);
      kind.stdin.end(invoer);
    }
  });
}

/**
 * A consistent dump of the whole PostgreSQL database in pg_dump's custom format, and the state it
 * holds, both from one snapshot: a read-only repeatable-read transaction exports its snapshot, the
 * state is read in it and pg_dump dumps exactly that snapshot (`--snapshot`) while it stays open.
 * The app may keep running and writing meanwhile.
 */
export async function pgDump(url: string): Promise<{ dump: Buffer; stand: Stand; programma: string }> {
  const versie = programmaVersie("pg_dump");
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin isolation level repeatable read read only");
    const [snapshot] = (await client.query<{ id: string }>("select pg_export_snapshot() as id")).rows;
    const stand = await leesStand(async (tekst) => (await client.query(tekst)).rows as Record<string, unknown>[]);
    controleerVersie("pg_dump", versie.hoofd, stand.serverVersie);
    const { dbnaam, env } = verbindingVoorProgramma(url);
    const dump = await voerUit(
      "pg_dump",
      ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${String(snapshot?.id)}`, `--dbname=${dbnaam}`],
      env,
    );
    await client.query("commit");
    return { dump, stand, programma: versie.tekst };
  } finally {
    await client.end();
  }
}

/** Tables in the schemas Meldwijzer uses (public and drizzle's own): none means the database is empty. */
export async function aantalTabellen(url: string): Promise<number> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [rij] = (
      await client.query<{ n: number }>(
        "select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'S', 'v', 'm')",
      )
    ).rows;
    return rij?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores a custom-format dump with pg_restore, in one transaction: it lands whole or not at all.
 * With `overschrijven`, the schemas public and drizzle are first renamed aside; they are dropped once
 * the restore succeeded, and renamed back when it failed, so a failed restore leaves the old data.
 * Objects are owned by the connecting role.
 */
export async function pgRestore(
  url: string,
  dump: Uint8Array,
  dumpServerVersie: number,
  overschrijven: boolean,
): Promise<string> {
  const versie = programmaVersie("pg_restore");
  controleerVersie("pg_restore", versie.hoofd, dumpServerVersie);
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const opzij = `voor_herstel_${Date.now()}`;
  const alsBestaat = async (schema: string) =>
    ((await client.query("select 1 from pg_namespace where nspname = $1", [schema])).rowCount ?? 0) > 0;
  try {
    let verplaatst: string[] = [];
    // Extensions installed in public (pg_trgm, decision 0033) move with the new schema: renamed aside they
    // would keep their operator classes there, and the dump's CREATE EXTENSION IF NOT EXISTS would do nothing.
    const extensies = overschrijven
      ? (
          await client.query<{ naam: string }>(
            "select e.extname as naam from pg_extension e join pg_namespace n on n.oid = e.extnamespace where n.nspname = 'public'",
          )
        ).rows.map((r) => r.naam)
      : [];
    if (overschrijven) {
      await client.query("begin");
      for (const schema of ["public", "drizzle"]) {
        if (await alsBestaat(schema)) {
          await client.query(`alter schema ${schema} rename to ${schema}_${opzij}`);
          verplaatst.push(schema);
        }
      }
      await client.query("create schema public");
      for (const extensie of extensies) await client.query(`alter extension "${extensie}" set schema public`);
      await client.query("commit");
    }
    const { dbnaam, env } = verbindingVoorProgramma(url);
    try {
      await voerUit(
        "pg_restore",
        ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${dbnaam}`],
        env,
        dump,
      );
    } catch (fout) {
      if (verplaatst.length > 0) {
        await client.query("begin");
        for (const extensie of extensies)
          await client.query(`alter extension "${extensie}" set schema public_${opzij}`);
        await client.query("drop schema if exists public cascade");
        for (const schema of verplaatst) await client.query(`alter schema ${schema}_${opzij} rename to ${schema}`);
        await client.query("commit");
        verplaatst = [];
      }
      throw fout;
    }
    for (const schema of verplaatst) await client.query(`drop schema ${schema}_${opzij} cascade`);
    return versie.tekst;
  } finally {
    await client.end();
  }
}
