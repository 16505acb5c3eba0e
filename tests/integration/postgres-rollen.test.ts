import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { leesLogControleInstellingen } from "../../src/adapters/bestanden/controlepunten.ts";
import { openDatabase } from "../../src/adapters/db/database.ts";
import { herstelBackup, maakBackup, type BackupOmgeving } from "../../src/app/installatie/backup.ts";
import { openDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING } from "../helpers/gebeurtenissen.ts";
import { leesBronbestand } from "../helpers/bronbestand.ts";

/**
 * The roles of docs/postgres-rollen.sql on a real PostgreSQL: migrations as the owner, the app as a
 * role that works but cannot ALTER, TRUNCATE or DISABLE TRIGGER on the access log.
 */
const beheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
const metPostgres = beheerUrl !== undefined && (await testDatabases()).some((d) => d.naam === "postgres");

const achtervoegsel = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const EIGENAAR = `mw_eigenaar_${achtervoegsel}`;
const APP = `mw_app_${achtervoegsel}`;
const DATABASE = `meldwijzer_rollen_${achtervoegsel}`;
const HERSTEL = `meldwijzer_herstel_${achtervoegsel}`;

function urlVoor(rol: string | null, database: string): string {
  const url = new URL(beheerUrl as string);
  if (rol) {
    url.username = rol;
    url.password = "";
  }
  url.pathname = `/${database}`;
  return url.toString();
}

async function alsBeheerder(database: string, opdrachten: string[]): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: urlVoor(null, database) });
  await client.connect();
  try {
    for (const opdracht of opdrachten) await client.query(opdracht);
  } finally {
    await client.end();
  }
}

describe(
  "PostgreSQL roles: the owner migrates, the app's role cannot change the structure",
  { skip: !metPostgres && "no PostgreSQL" },
  () => {
    after(async () => {
      if (!metPostgres) return;
      await alsBeheerder(new URL(beheerUrl).pathname.slice(1) || "postgres", [
        `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`,
        `DROP DATABASE IF EXISTS ${HERSTEL} WITH (FORCE)`,
        `DROP ROLE IF EXISTS ${APP}`,
        `DROP ROLE IF EXISTS ${EIGENAAR}`,
      ]);
    });

    it("runs the app as the app role, and refuses that role ALTER TABLE, TRUNCATE and DISABLE TRIGGER on the access log", async () => {
      const beheerDb = new URL(beheerUrl as string).pathname.slice(1) || "postgres";
      await alsBeheerder(beheerDb, [
        `CREATE ROLE ${EIGENAAR} LOGIN`,
        `CREATE ROLE ${APP} LOGIN`,
        `CREATE DATABASE ${DATABASE} OWNER ${EIGENAAR}`,
      ]);
      // The documented file, with this test's role names.
      const sqlTekst = leesBronbestand("docs/postgres-rollen.sql", ["meldwijzer_eigenaar", "meldwijzer_app"])
        .replaceAll("meldwijzer_eigenaar", EIGENAAR)
        .replaceAll("meldwijzer_app", APP);
      await alsBeheerder(DATABASE, [sqlTekst]);

      const db = await openDatabase({
        databaseUrl: urlVoor(APP, DATABASE),
        migratieUrl: urlVoor(EIGENAAR, DATABASE),
        dataDir: "",
        migratiesMap: path.resolve("drizzle"),
      });
      try {
        // The app works: people, a case, its log entry, and the log verifies.
        const { mensen } = await maakOrganisatieMetMensen(db, "Rollen", [["medewerker"]]);
        await openDossier(context(db), mensen[0] as Ingelogd, OPENING.gegevens);
        await verzegelToegangslog(db.db); // as the app's role: sealing is the one UPDATE its triggers allow
        assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null, "the log verifies");
      } finally {
        await db.sluit();
      }

      // Without the owner's URL the app role cannot even check the migrations, and says what to set.
      await assert.rejects(
        openDatabase({ databaseUrl: urlVoor(APP, DATABASE), dataDir: "", migratiesMap: path.resolve("drizzle") }),
        /MIGRATIE_DATABASE_URL/u,
        "a clear refusal",
      );

      const { default: pg } = await import("pg");
      const app = new pg.Client({ connectionString: urlVoor(APP, DATABASE) });
      await app.connect();
      try {
        const [eigenaar] = (
          await app.query<{ eigenaar: string }>(
            "select tableowner as eigenaar from pg_tables where tablename = 'toegangslog'",
          )
        ).rows;
        assert.equal(eigenaar?.eigenaar, EIGENAAR, "the owner's migrations created the table");
        const geweigerd: [string, string][] = [
          ["ALTER TABLE", "alter table toegangslog add column stiekem text"],
          ["DISABLE TRIGGER", "alter table toegangslog disable trigger user"],
          ["DISABLE TRIGGER (one)", "alter table toegangslog disable trigger toegangslog_alleen_toevoegen"],
          ["TRUNCATE", "truncate toegangslog"],
          ["DROP TABLE", "drop table toegangslog"],
          ["CREATE TABLE", "create table kopie (id int)"],
        ];
        for (const [wat, opdracht] of geweigerd) {
          await assert.rejects(
            app.query(opdracht),
            (f: { code?: string }) => f.code === "42501",
            `${wat} refused with insufficient_privilege`,
          );
        }
        // Rows of the log still cannot be changed or removed: the triggers the role cannot switch off.
        await assert.rejects(
          app.query("delete from toegangslog"),
          (f: { message?: string }) => /toegangslog/u.test(f.message ?? ""),
          "DELETE refused by the trigger",
        );
        await assert.rejects(
          app.query("update toegangslog set details = 'x'"),
          (f: { message?: string }) => /toegangslog/u.test(f.message ?? ""),
          "UPDATE refused by the trigger",
        );
        const [telling] = (await app.query<{ n: number }>("select count(*)::int as n from toegangslog")).rows;
        assert.ok((telling?.n ?? 0) >= 1, "the log is there");
      } finally {
        await app.end();
      }
    });

    it("backs up as the owner and restores into a database prepared with the same roles, where the app's role works", async () => {
      const map = mkdtempSync(path.join(tmpdir(), "mw-rollen-"));
      try {
        const omgeving = (database: string): BackupOmgeving => ({
          databaseUrl: urlVoor(EIGENAAR, database),
          dataDir: map,
          migratiesMap: path.resolve("drizzle"),
          backupSleutel: null,
          klok: () => new Date(),
          logcontrole: leesLogControleInstellingen(
            { MELDWIJZER_LOG_SLEUTEL: "sleutel-voor-de-rollentest-0123456789abcdef" },
            map,
          ),
        });
        const bestand = path.join(map, "rollen.mwb");
        const manifest = await maakBackup(omgeving(DATABASE), bestand);
        const beheerDb = new URL(beheerUrl as string).pathname.slice(1) || "postgres";
        await alsBeheerder(beheerDb, [`CREATE DATABASE ${HERSTEL} OWNER ${EIGENAAR}`]);
        await alsBeheerder(HERSTEL, [
          leesBronbestand("docs/postgres-rollen.sql", ["meldwijzer_eigenaar", "meldwijzer_app"])
            .replaceAll("meldwijzer_eigenaar", EIGENAAR)
            .replaceAll("meldwijzer_app", APP),
        ]);
        const rapport = await herstelBackup(omgeving(HERSTEL), bestand, false);
        assert.equal(rapport.controle.eersteBreuk, null, "intact");
        assert.deepEqual(rapport.stand.inhoud, manifest.inhoud, "everything restored");

        const db = await openDatabase({
          databaseUrl: urlVoor(APP, HERSTEL),
          migratieUrl: urlVoor(EIGENAAR, HERSTEL),
          dataDir: "",
          migratiesMap: path.resolve("drizzle"),
        });
        try {
          const { mensen } = await maakOrganisatieMetMensen(db, "Na herstel", [["medewerker"]]);
          await openDossier(context(db), mensen[0] as Ingelogd, OPENING.gegevens);
          await verzegelToegangslog(db.db);
          assert.equal(
            (await controleerToegangslog(db.db)).eersteBreuk,
            null,
            "the app's role writes to the restored database",
          );
        } finally {
          await db.sluit();
        }
      } finally {
        rmSync(map, { recursive: true, force: true });
      }
    });
  },
);
