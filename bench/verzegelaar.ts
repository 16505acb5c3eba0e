/**
 * The sealer's own statements per second, idle and under load (decision 0073), on PostgreSQL
 * (TEST_DATABASE_URL or BENCH_DATABASE_URL; a fresh database is created and dropped):
 *
 *   node --import tsx bench/verzegelaar.ts                          # this working tree
 *   node --import tsx bench/verzegelaar.ts --root=/tmp/baseline     # another checkout (`git archive main`)
 *
 * The sealer runs as in an app process (`startVerzegelaar`, default settings) on a connection of its own
 * (application_name `meldwijzer_verzegelaar`); every statement sent on that connection is counted, BEGIN
 * and COMMIT included. Idle: 20 s with no writes. Load: 20 s of four writers, each writing access-log
 * entries through the app's path (`log`), one transaction each, as fast as they can. Fictional data only.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any, @typescript-eslint/unbound-method */

const argumenten = process.argv.slice(2);
const ROOT = path.resolve(
  argumenten.find((a) => a.startsWith("--root="))?.slice("--root=".length) ?? path.join(import.meta.dirname, ".."),
);
const SECONDEN = Number(process.env["BENCH_VERZEGELAAR_SECONDEN"] ?? 20);
const NAAM = "meldwijzer_verzegelaar";

async function laad(pad: string): Promise<any> {
  return import(pathToFileURL(path.join(ROOT, pad)).href);
}

const beheerUrl = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
if (!beheerUrl) throw new Error("Zet TEST_DATABASE_URL (of BENCH_DATABASE_URL) op een PostgreSQL-server.");

let verstuurd = 0;
const origineel = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: any, ...args: any[]) {
  if (this.connectionParameters?.application_name === NAAM) verstuurd += 1;
  return (origineel as any).apply(this, args);
} as any;

const dbNaam = `bench_verzegelaar_${process.pid}`;
const beheer = new pg.Client({ connectionString: beheerUrl });
await beheer.connect();
await beheer.query(`create database ${dbNaam}`);
const url = new URL(beheerUrl);
url.pathname = `/${dbNaam}`;
const { openDatabase } = await laad("src/adapters/db/database.ts");
const { leesInstellingen, startVerzegelaar } = await laad("src/adapters/http/samenstelling.ts");
const { log } = await laad("src/app/toegang/logboek.ts");
const { maakOrganisatieMetMensen } = await laad("tests/helpers/fabriek.ts");
const migratiesMap = path.join(ROOT, "drizzle");
const schrijvers = await openDatabase({ databaseUrl: url.href, dataDir: "", migratiesMap });
const verzegelUrl = new URL(url.href);
verzegelUrl.searchParams.set("application_name", NAAM);
const eigen = await openDatabase({ databaseUrl: verzegelUrl.href, dataDir: "", migratiesMap });
try {
  const { mensen } = await maakOrganisatieMetMensen(schrijvers, "Vlier", [["medewerker"], ["medewerker"]]);
  const pino = (await import("pino")).default;
  const runtime = {
    db: eigen.db,
    klok: () => new Date(),
    database: eigen,
    logger: pino({ level: "silent" }),
    instellingen: leesInstellingen({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "mw-verz-")), MELDWIJZER_DEMO: "0" }),
    maakMailVerzender: () => null,
  };
  const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
  verstuurd = 0;
  const verzegelaar = startVerzegelaar(runtime);
  await wacht(SECONDEN * 1000);
  const stil = verstuurd / SECONDEN;
  verstuurd = 0;
  let geschreven = 0;
  let klaar = false;
  const t0 = performance.now();
  const schrijf = async (wie: any) => {
    while (!klaar) {
      await schrijvers.db.transaction((tx: any) =>
        log(tx, wie, { actie: "dossier_bekijken", uitkomst: "gelukt", grondslag: "eigen" }, new Date()),
      );
      geschreven += 1;
    }
  };
  const bezig = [0, 1, 2, 3].map((i) => schrijf(mensen[i % mensen.length]));
  await wacht(SECONDEN * 1000);
  klaar = true;
  await Promise.all(bezig);
  const duur = (performance.now() - t0) / 1000;
  const belast = verstuurd / duur;
  await verzegelaar.stop();
  const [{ open }] = (
    await schrijvers.db.execute(
      (await import("drizzle-orm")).sql`select count(*)::int as open from toegangslog where volgnummer is null`,
    )
  ).rows;
  console.log(`verzegelaar (${ROOT}), ${SECONDEN} s per meting, load ${os.loadavg()[0]?.toFixed(1)}`);
  console.log(`  stil:    ${stil.toFixed(2)} statements/s`);
  console.log(
    `  belast:  ${belast.toFixed(1)} statements/s bij ${(geschreven / duur).toFixed(0)} logschrijfacties/s (${geschreven} in ${duur.toFixed(1)} s); na de stop onverzegeld: ${open}`,
  );
} finally {
  await eigen.sluit();
  await schrijvers.sluit();
  await beheer.query(`drop database if exists ${dbNaam} with (force)`);
  await beheer.end();
}
