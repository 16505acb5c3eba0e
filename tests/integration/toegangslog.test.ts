import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { Database, GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { bekijkDossier } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

/** A database with a few real log entries: open, two appends, three reads (7 entries). */
async function metLog(open: () => Promise<GeopendeDatabase>): Promise<GeopendeDatabase> {
  const db = await open();
  const { mensen } = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"]]);
  const sanne = mensen[0] as Ingelogd;
  const ctx = context(db);
  const id = await openDossier(ctx, sanne, OPENING.gegevens);
  await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
  await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 2 });
  for (let i = 0; i < 3; i += 1) await bekijkDossier(ctx, sanne, id);
  await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 }).catch(() => undefined); // a refused attempt, logged too
  return db;
}

/**
 * Tampering "behind the application's back": as the database owner, with the guard triggers
 * switched off, inside a transaction that is rolled back afterwards, so each case starts from the
 * same intact log.
 */
async function naManipulatie<T>(db: GeopendeDatabase, opdracht: string, controleer: (tx: Database) => Promise<T>): Promise<T> {
  let uitkomst: T | undefined;
  await db.db
    .transaction(async (tx) => {
      await tx.execute(sql.raw("alter table toegangslog disable trigger user"));
      for (const deel of opdracht.split("; ")) await tx.execute(sql.raw(deel));
      await tx.execute(sql.raw("alter table toegangslog enable trigger user"));
      uitkomst = await controleer(tx);
      throw new TerugDraaien();
    })
    .catch((f: unknown) => {
      if (!(f instanceof TerugDraaien)) throw f;
    });
  return uitkomst as T;
}

class TerugDraaien extends Error {}

const MANIPULATIES: [string, string, unknown][] = [
  ["an edited user", "update toegangslog set gebruiker_id = gen_random_uuid() where volgnummer = 3", { soort: "inhoud", volgnummer: 3 }],
  ["an edited time", "update toegangslog set tijdstip = tijdstip - interval '1 day' where volgnummer = 5", { soort: "inhoud", volgnummer: 5 }],
  ["an edited outcome", "update toegangslog set uitkomst = 'gelukt' where volgnummer = 7", { soort: "inhoud", volgnummer: 7 }],
  ["a deleted entry", "delete from toegangslog where volgnummer = 2", { soort: "volgnummer", volgnummer: 3, verwacht: 2 }],
  ["a deleted entry, the rest renumbered", "delete from toegangslog where volgnummer = 2; update toegangslog set volgnummer = volgnummer - 1 where volgnummer > 2", { soort: "schakel", volgnummer: 2 }],
  ["an inserted entry at the end with a made-up hash", `insert into toegangslog select 8, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details, hash, repeat('a', 64) from toegangslog where volgnummer = 7`, { soort: "inhoud", volgnummer: 8 }],
  ["a forged entry in the middle, the rest moved up", `update toegangslog set volgnummer = volgnummer + 100 where volgnummer >= 4; update toegangslog set volgnummer = volgnummer - 99 where volgnummer >= 104; insert into toegangslog select 4, tijdstip, organisatie_id, gebruiker_id, rol, namens, 'dossier_delen', dossier_id, uitkomst, grondslag, adres, details, vorige_hash, hash from toegangslog where volgnummer = 5`, { soort: "inhoud", volgnummer: 4 }],
  ["a replayed copy of an entry in the middle, the rest moved up", `update toegangslog set volgnummer = volgnummer + 100 where volgnummer >= 4; update toegangslog set volgnummer = volgnummer - 99 where volgnummer >= 104; insert into toegangslog select 4, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details, vorige_hash, hash from toegangslog where volgnummer = 5`, { soort: "schakel", volgnummer: 5 }],
  ["an entry inserted below the first", "insert into toegangslog select 0, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details, vorige_hash, hash from toegangslog where volgnummer = 1", { soort: "volgnummer", volgnummer: 0, verwacht: 1 }],
];

for (const testDb of await testDatabases()) {
  describe(`the access log on ${testDb.naam} is tamper-evident`, () => {
    const open: GeopendeDatabase[] = [];
    after(async () => Promise.all(open.map((d) => d.sluit())));

    it("an untouched log verifies", async () => {
      const db = await metLog(() => testDb.open());
      open.push(db);
      const rapport = await controleerToegangslog(db.db, 3); // small pages: the walk crosses page borders
      assert.deepEqual(rapport, { gecontroleerd: 7, eersteBreuk: null, laatsteVolgnummer: 7 }, "intact");
    });

    it("the application's connection cannot change or remove entries", async () => {
      const db = open[0];
      assert.ok(db, "database from the first test");
      for (const opdracht of ["update toegangslog set uitkomst = 'x' where volgnummer = 1", "delete from toegangslog where volgnummer = 1", "truncate toegangslog"]) {
        await assert.rejects(db.db.execute(sql.raw(opdracht)), (f: unknown) => /alleen-toevoegen/.test(`${(f as Error).message} ${((f as Error).cause as Error | undefined)?.message ?? ""}`), opdracht);
      }
      assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null, "still intact");
    });

    for (const [naam, opdracht, breuk] of MANIPULATIES) {
      it(`catches ${naam}`, async () => {
        const db = open[0];
        assert.ok(db, "database from the first test");
        const rapport = await naManipulatie(db, opdracht, (tx) => controleerToegangslog(tx, 3));
        assert.deepEqual(rapport.eersteBreuk, breuk, naam);
        assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null, "rolled back: intact again");
      });
    }
  });
}
