import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import {
  laadLogSleutel,
  leesControlepunten,
  leesLogControleInstellingen,
} from "../../src/adapters/bestanden/controlepunten.ts";
import {
  DataMapInGebruikFout,
  DoelNietLeegFout,
  openDatabase,
  type GeopendeDatabase,
} from "../../src/adapters/db/database.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { herstelBackup, maakBackup, type BackupOmgeving } from "../../src/app/installatie/backup.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { legControlepuntVast } from "../../src/app/toegang/controlepunt.ts";
import { BackupFout } from "../../src/domain/backup/backup.ts";
import { aantalTabellen } from "../../src/adapters/db/dump.ts";
import { testDatabases, verseDatabaseUrl } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

const MIGRATIES = path.resolve("drizzle");
const mappen: string[] = [];
after(() => mappen.forEach((m) => rmSync(m, { recursive: true, force: true })));
function tijdelijkeMap(): string {
  const map = mkdtempSync(path.join(tmpdir(), "mw-bk-"));
  mappen.push(map);
  return map;
}

interface Doel {
  readonly naam: "pglite" | "postgres";
  /** A new, empty target: a data directory or a database URL. */
  nieuw(): Promise<{ databaseUrl: string | undefined; dataDir: string }>;
}

async function doelen(): Promise<Doel[]> {
  const lijst: Doel[] = [
    { naam: "pglite", nieuw: () => Promise.resolve({ databaseUrl: undefined, dataDir: tijdelijkeMap() }) },
  ];
  // The same rule as every integration test: PostgreSQL when it is reachable (and required in CI).
  const beheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
  if (beheerUrl && (await testDatabases()).some((d) => d.naam === "postgres")) {
    lijst.push({
      naam: "postgres",
      nieuw: async () => ({ databaseUrl: await verseDatabaseUrl(beheerUrl), dataDir: tijdelijkeMap() }),
    });
  }
  return lijst;
}

const LOG_SLEUTEL = "log-sleutel-voor-de-hersteloefening-0123456789";

function omgeving(
  doel: { databaseUrl: string | undefined; dataDir: string },
  backupSleutel: Uint8Array | null,
  controlepunten?: string,
): BackupOmgeving {
  const env = {
    MELDWIJZER_LOG_SLEUTEL: LOG_SLEUTEL,
    ...(controlepunten ? { MELDWIJZER_CONTROLEPUNTEN: controlepunten } : {}),
  };
  return {
    databaseUrl: doel.databaseUrl,
    dataDir: doel.dataDir,
    migratiesMap: MIGRATIES,
    logcontrole: leesLogControleInstellingen(env, doel.dataDir),
    backupSleutel,
    klok: () => new Date(),
  };
}

async function open(doel: { databaseUrl: string | undefined; dataDir: string }): Promise<GeopendeDatabase> {
  return openDatabase({ databaseUrl: doel.databaseUrl, dataDir: doel.dataDir, migratiesMap: MIGRATIES });
}

async function werknamen(doel: { databaseUrl: string | undefined; dataDir: string }): Promise<string[]> {
  const db = await open(doel);
  try {
    const uitkomst: unknown = await db.db.execute(sql`select werknaam from dossiers order by werknaam`);
    return (uitkomst as { rows: { werknaam: string }[] }).rows.map((r) => r.werknaam);
  } finally {
    await db.sluit();
  }
}

/** Tables in the target, without opening it through the app (which would migrate it). */
async function tabellen(doel: { databaseUrl: string | undefined; dataDir: string }): Promise<number> {
  if (doel.databaseUrl) return aantalTabellen(doel.databaseUrl);
  return existsSync(path.join(doel.dataDir, "pglite")) ? readdirSync(path.join(doel.dataDir, "pglite")).length : 0;
}

describe("a backup of the embedded database while the app runs on it", () => {
  it("is refused, because the app holds the data directory (decision 0024)", async () => {
    const dataDir = tijdelijkeMap();
    const app = await open({ databaseUrl: undefined, dataDir });
    try {
      await assert.rejects(
        maakBackup(omgeving({ databaseUrl: undefined, dataDir }, null), path.join(dataDir, "b.mwb")),
        DataMapInGebruikFout,
        "refused",
      );
      assert.ok(!existsSync(path.join(dataDir, "b.mwb")), "no file written");
    } finally {
      await app.sluit();
    }
  });
});

for (const doel of await doelen()) {
  describe(`the restore drill (${doel.naam})`, () => {
    it("backs up, adds a case, restores, and finds the state of the backup with an intact log", async () => {
      const bron = await doel.nieuw();
      const sleutel = randomBytes(32);
      const bestand = path.join(tijdelijkeMap(), "meldwijzer.mwb");

      let sanne: Ingelogd;
      {
        const db = await open(bron);
        try {
          const { mensen } = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"]]);
          sanne = mensen[0] as Ingelogd;
          const id = await openDossier(context(db, new Date()), sanne, {
            ...OPENING.gegevens,
            werknaam: "Voor de back-up",
          });
          await voegGebeurtenisToeAanDossier(context(db, new Date()), sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
        } finally {
          await db.sluit();
        }
      }

      const manifest = await maakBackup(omgeving(bron, sleutel), bestand);
      assert.equal(manifest.inhoud.organisaties, 1, "one organisation in the backup");
      assert.equal(manifest.inhoud.dossiers, 1, "one case in the backup");
      assert.equal(manifest.inhoud.gebeurtenissen, 2, "two events in the backup");
      assert.ok(manifest.controlepunten.length >= 1, "the backup carries a checkpoint of its own state");

      // After the backup: a second case, and a checkpoint that records the longer log.
      {
        const db = await open(bron);
        try {
          await openDossier(context(db, new Date()), sanne, { ...OPENING.gegevens, werknaam: "Na de back-up" });
          const logSleutel = await laadLogSleutel(omgeving(bron, null).logcontrole);
          assert.ok(
            await legControlepuntVast(
              db.db,
              { map: omgeving(bron, null).logcontrole.map, sleutel: logSleutel },
              new Date(),
            ),
            "a newer checkpoint",
          );
        } finally {
          await db.sluit();
        }
      }
      assert.deepEqual(await werknamen(bron), ["Na de back-up", "Voor de back-up"], "two cases before the restore");

      // Without --overschrijven, a database with data is refused and stays as it is.
      await assert.rejects(herstelBackup(omgeving(bron, sleutel), bestand, false), DoelNietLeegFout, "not empty");
      // With another key nothing is touched.
      await assert.rejects(
        herstelBackup(omgeving(bron, randomBytes(32)), bestand, true),
        (f: unknown) => f instanceof BackupFout && /sleutel past niet/u.test(f.message),
        "wrong key",
      );
      assert.deepEqual(await werknamen(bron), ["Na de back-up", "Voor de back-up"], "refusals changed nothing");

      const rapport = await herstelBackup(omgeving(bron, sleutel), bestand, true);
      assert.equal(
        rapport.controle.eersteBreuk,
        null,
        `the log is intact: ${JSON.stringify(rapport.controle.eersteBreuk)}`,
      );
      assert.deepEqual(rapport.verschillen, [], "restored what the backup recorded");
      assert.deepEqual(rapport.stand.inhoud, manifest.inhoud, "the backup's counts");
      assert.deepEqual(rapport.stand.ketens, manifest.ketens, "every chain ends where it ended in the backup");
      assert.deepEqual(await werknamen(bron), ["Voor de back-up"], "the state of the backup");

      // The checkpoints of the replaced log were moved aside, not deleted: held against the restored
      // log, the newest of them reads exactly like truncation, which is why a restore replaces them.
      assert.ok(rapport.oudeControlepunten, "old checkpoints moved aside");
      const oude = await leesControlepunten(rapport.oudeControlepunten);
      assert.ok(oude.length > manifest.controlepunten.length, "the newer checkpoint is among them");
      const db = await open(bron);
      try {
        const logSleutel = new TextEncoder().encode(LOG_SLEUTEL);
        const metOude = await controleerToegangslog(db.db, { controlepunten: { punten: oude, sleutel: logSleutel } });
        assert.equal(metOude.eersteBreuk?.soort, "ingekort", "the old checkpoints see a shortened chain");
        const nu = await leesControlepunten(omgeving(bron, null).logcontrole.map);
        assert.equal(
          (await controleerToegangslog(db.db, { controlepunten: { punten: nu, sleutel: logSleutel } })).eersteBreuk,
          null,
          "the restored checkpoints fit",
        );
      } finally {
        await db.sluit();
      }
    });

    it("restores into an empty database elsewhere, and refuses a backup of the other kind of database", async () => {
      const bron = await doel.nieuw();
      const bestand = path.join(tijdelijkeMap(), "plat.mwb");
      {
        const db = await open(bron);
        try {
          const { mensen } = await maakOrganisatieMetMensen(db, "Anker", [["medewerker"]]);
          await openDossier(context(db, new Date()), mensen[0] as Ingelogd, OPENING.gegevens);
        } finally {
          await db.sluit();
        }
      }
      const manifest = await maakBackup(omgeving(bron, null), bestand);
      const elders = await doel.nieuw();
      const controlepunten = path.join(elders.dataDir, "eigen-controlepunten");
      const rapport = await herstelBackup(omgeving(elders, null, controlepunten), bestand, false);
      assert.equal(rapport.versleuteld, false, "a plain backup");
      assert.equal(rapport.controle.eersteBreuk, null, "intact");
      assert.deepEqual(rapport.stand.inhoud, manifest.inhoud, "everything restored");
      assert.equal(rapport.oudeControlepunten, null, "there were no checkpoints to move");
      assert.ok(
        readdirSync(controlepunten).length >= manifest.controlepunten.length,
        "the backup's checkpoints are in place",
      );

      const anderLog = await doel.nieuw();
      const metAndereLogSleutel = {
        ...omgeving(anderLog, null),
        logcontrole: leesLogControleInstellingen(
          { MELDWIJZER_LOG_SLEUTEL: "een-andere-sleutel-van-het-toegangslog-0123" },
          anderLog.dataDir,
        ),
      };
      await assert.rejects(
        herstelBackup(metAndereLogSleutel, bestand, false),
        (f: unknown) => f instanceof BackupFout && /niet ondertekend met de ingestelde sleutel/u.test(f.message),
        "another log key",
      );
      assert.equal(await tabellen(anderLog), 0, "nothing restored with another log key");

      const andereSoort =
        doel.naam === "pglite"
          ? { databaseUrl: "postgres://niemand@127.0.0.1:1/geen", dataDir: tijdelijkeMap() }
          : { databaseUrl: undefined, dataDir: tijdelijkeMap() };
      await assert.rejects(
        herstelBackup(omgeving(andereSoort, null), bestand, false),
        (f: unknown) => f instanceof BackupFout && /dezelfde soort database/u.test(f.message),
        "another kind",
      );
    });
  });
}
