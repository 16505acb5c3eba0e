import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { sql } from "drizzle-orm";
import {
  DataMapInGebruikFout,
  migratiesBijgewerkt,
  openDatabase,
  type DatabaseInstellingen,
  type GeopendeDatabase,
} from "../../src/adapters/db/database.ts";
import { telOrganisaties } from "../../src/adapters/db/organisatie.repository.ts";
import { zaaiDemo } from "../../src/app/demo-seed.ts";
import { verseDatabaseUrl } from "../helpers/databases.ts";
import { context } from "../helpers/fabriek.ts";

const MIGRATIES = path.resolve("drizzle");

describe("the embedded database on disk", () => {
  it("refuses a data directory a live process holds, naming it, and is not fooled by a pid file", async () => {
    const map = mkdtempSync(path.join(tmpdir(), "meldwijzer-"));
    try {
      const eerste = await openDatabase({ dataDir: map, migratiesMap: MIGRATIES });
      await assert.rejects(openDatabase({ dataDir: map, migratiesMap: MIGRATIES }), DataMapInGebruikFout);
      await eerste.sluit();
      // The lock is a socket the holder listens on, not a pid: a pid file of the old kind naming a
      // live process (this one) does not block. A crashed holder: see tests/integration/storingen.test.ts.
      writeFileSync(path.join(map, "meldwijzer.lock"), String(process.pid));
      const tweede = await openDatabase({ dataDir: map, migratiesMap: MIGRATIES });
      await assert.rejects(
        openDatabase({ dataDir: map, migratiesMap: MIGRATIES }),
        new RegExp(`in gebruik door een ander proces \\(pid ${process.pid}\\)`),
      );
      await tweede.sluit();
      // Closed cleanly: the socket is gone and the directory opens again.
      const derde = await openDatabase({ dataDir: map, migratiesMap: MIGRATIES });
      assert.equal(await derde.gereed(), true);
      await derde.sluit();
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});

describe("the demo seed", () => {
  it("seeds once, is idempotent, and is refused in production", async () => {
    const db = await openDatabase({ dataDir: "", inGeheugen: true, migratiesMap: MIGRATIES });
    try {
      await assert.rejects(zaaiDemo(context(db), "production"), /NODE_ENV=production/);
      assert.equal(await telOrganisaties(db.db), 0);
      assert.equal(await zaaiDemo(context(db), "development"), true);
      assert.equal(await zaaiDemo(context(db), "development"), false);
      assert.equal(await telOrganisaties(db.db), 2);
    } finally {
      await db.sluit();
    }
  });
});

/** A copy of the migrations with one newer migration added: what an upgrade brings. */
function metNieuweMigratie(): { map: string; opruimen: () => void } {
  const map = mkdtempSync(path.join(tmpdir(), "meldwijzer-migraties-"));
  cpSync(MIGRATIES, map, { recursive: true });
  const journaalPad = path.join(map, "meta", "_journal.json");
  const journaal = JSON.parse(readFileSync(journaalPad, "utf8")) as {
    entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
  };
  const laatste = journaal.entries.at(-1);
  assert.ok(laatste);
  const tag = `${String(laatste.idx + 1).padStart(4, "0")}_opstart_proef`;
  journaal.entries.push({ ...laatste, idx: laatste.idx + 1, when: laatste.when + 1, tag });
  writeFileSync(journaalPad, JSON.stringify(journaal, null, 2));
  writeFileSync(path.join(map, `${tag}.sql`), "CREATE TABLE opstart_proef (id integer);");
  return { map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}

const aantalProefrijen = async (db: GeopendeDatabase): Promise<unknown> => {
  const uitkomst = await db.db.execute(sql`select count(*)::int as n from opstart_proef`);
  return (uitkomst as { rows: unknown[] }).rows[0];
};

describe("the migration check at start (decision 0068)", () => {
  const beheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
  const soorten: {
    naam: string;
    plek: () => Promise<{ instellingen: Omit<DatabaseInstellingen, "migratiesMap">; opruimen: () => void }>;
  }[] = [
    {
      naam: "pglite",
      plek: () => {
        const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-"));
        return Promise.resolve({
          instellingen: { dataDir },
          opruimen: () => rmSync(dataDir, { recursive: true, force: true }),
        });
      },
    },
    ...(beheerUrl
      ? [
          {
            naam: "postgres",
            plek: async () => ({
              instellingen: { dataDir: "", databaseUrl: await verseDatabaseUrl(beheerUrl) },
              opruimen: () => undefined,
            }),
          },
        ]
      : []),
  ];
  for (const soort of soorten)
    it(`skips the migrator only when the newest migration is recorded, and applies a newer one before opening (${soort.naam})`, async () => {
      const { instellingen, opruimen } = await soort.plek();
      const nieuw = metNieuweMigratie();
      try {
        const eerste = await openDatabase({ ...instellingen, migratiesMap: MIGRATIES });
        const vraag = (tekst: string) =>
          eerste.db.execute(sql.raw(tekst)) as unknown as Promise<{ rows: { laatste: string | null }[] }>;
        try {
          assert.equal(await migratiesBijgewerkt(vraag, MIGRATIES), true, "bijgewerkt na het migreren");
          assert.equal(await migratiesBijgewerkt(vraag, nieuw.map), false, "een nieuwere migratie ontbreekt nog");
          assert.equal(await migratiesBijgewerkt(vraag, path.join(nieuw.map, "bestaat-niet")), false, "geen journaal");
        } finally {
          await eerste.sluit();
        }
        // The upgrade: the newer migration is applied while the database opens, before anything can use it.
        const tweede = await openDatabase({ ...instellingen, migratiesMap: nieuw.map });
        try {
          assert.deepEqual(await aantalProefrijen(tweede), { n: 0 });
        } finally {
          await tweede.sluit();
        }
        // Opened again, up to date: the table is there, and the older folder of a rollback opens it too.
        for (const map of [nieuw.map, MIGRATIES]) {
          const weer = await openDatabase({ ...instellingen, migratiesMap: map });
          try {
            assert.deepEqual(await aantalProefrijen(weer), { n: 0 });
          } finally {
            await weer.sluit();
          }
        }
      } finally {
        nieuw.opruimen();
        opruimen();
      }
    });

  it("asks the migrator when there is no migrations table yet", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const leeg = new PGlite();
    try {
      assert.equal(
        await migratiesBijgewerkt((tekst) => leeg.query<{ laatste: string | null }>(tekst), MIGRATIES),
        false,
      );
    } finally {
      await leeg.close();
    }
  });
});
