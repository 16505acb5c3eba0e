import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { sql } from "drizzle-orm";

import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { toegangslog } from "../../src/adapters/db/schema.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { log } from "../../src/app/toegang/logboek.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { BEGIN_HASH, ketenHash, OUDE_KETEN, type LogInhoud } from "../../src/domain/toegang/logketen.ts";
import { testDatabases } from "../helpers/databases.ts";
import { maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { metLog, naManipulatie, regenboog } from "../helpers/toegangslog.ts";

/** The access log is tamper-evident: what the chain alone catches, and what the application's connection may not do. */
/** The expected break, in the chain of the organisation of `metLog`. */
type Breuk = Record<string, unknown>;
const MANIPULATIES: [string, string, Breuk][] = [
  [
    "an edited user",
    "update toegangslog set gebruiker_id = gen_random_uuid() where volgnummer = 3",
    { soort: "inhoud", volgnummer: 3 },
  ],
  [
    "an edited time",
    "update toegangslog set tijdstip = tijdstip - interval '1 day' where volgnummer = 5",
    { soort: "inhoud", volgnummer: 5 },
  ],
  [
    "an edited outcome",
    "update toegangslog set uitkomst = 'gelukt' where volgnummer = 7",
    { soort: "inhoud", volgnummer: 7 },
  ],
  [
    "a deleted entry",
    "delete from toegangslog where volgnummer = 2",
    { soort: "volgnummer", volgnummer: 3, verwacht: 2 },
  ],
  [
    "a deleted entry, the rest renumbered",
    "delete from toegangslog where volgnummer = 2; update toegangslog set volgnummer = volgnummer - 1 where volgnummer > 2",
    { soort: "schakel", volgnummer: 2 },
  ],
  [
    "an inserted entry at the end with a made-up hash",
    `insert into toegangslog select 8, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details, hash, repeat('a', 64), keten from toegangslog where volgnummer = 7`,
    { soort: "inhoud", volgnummer: 8 },
  ],
  [
    "a forged entry in the middle, the rest moved up",
    `update toegangslog set volgnummer = volgnummer + 100 where volgnummer >= 4; update toegangslog set volgnummer = volgnummer - 99 where volgnummer >= 104; insert into toegangslog select 4, tijdstip, organisatie_id, gebruiker_id, rol, namens, 'dossier_delen', dossier_id, uitkomst, grondslag, adres, details, vorige_hash, hash, keten from toegangslog where volgnummer = 5`,
    { soort: "inhoud", volgnummer: 4 },
  ],
  [
    "a replayed copy of an entry in the middle, the rest moved up",
    `update toegangslog set volgnummer = volgnummer + 100 where volgnummer >= 4; update toegangslog set volgnummer = volgnummer - 99 where volgnummer >= 104; insert into toegangslog select 4, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details, vorige_hash, hash, keten from toegangslog where volgnummer = 5`,
    { soort: "schakel", volgnummer: 5 },
  ],
  [
    "an entry inserted below the first",
    "insert into toegangslog select 0, tijdstip, organisatie_id, gebruiker_id, rol, namens, actie, dossier_id, uitkomst, grondslag, adres, details, vorige_hash, hash, keten from toegangslog where volgnummer = 1",
    { soort: "volgnummer", volgnummer: 0, verwacht: 1 },
  ],
];

for (const testDb of await testDatabases()) {
  describe(`the access log on ${testDb.naam} is tamper-evident`, () => {
    const open: GeopendeDatabase[] = [];
    after(async () => Promise.all(open.map((d) => d.sluit())));

    it("an untouched log verifies", async () => {
      const db = await metLog(() => testDb.open());
      open.push(db);
      const rapport = await controleerToegangslog(db.db, { paginagrootte: 3 }); // small pages: the walk crosses page borders
      assert.deepEqual(rapport, { gecontroleerd: 7, ketens: 1, controlepunten: 0, eersteBreuk: null }, "intact");
    });

    it("the application's connection cannot change or remove entries", async () => {
      const db = open[0];
      assert.ok(db, "database from the first test");
      for (const opdracht of [
        "update toegangslog set uitkomst = 'x' where volgnummer = 1",
        "delete from toegangslog where volgnummer = 1",
        "truncate toegangslog",
      ]) {
        await assert.rejects(
          db.db.execute(sql.raw(opdracht)),
          (f: unknown) =>
            /alleen-toevoegen/.test(
              `${(f as Error).message} ${((f as Error).cause as Error | undefined)?.message ?? ""}`,
            ),
          opdracht,
        );
      }
      assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null, "still intact");
    });

    for (const [naam, opdracht, breuk] of MANIPULATIES) {
      it(`catches ${naam}`, async () => {
        const db = open[0];
        assert.ok(db, "database from the first test");
        const rapport = await naManipulatie(db, opdracht, (tx) => controleerToegangslog(tx, { paginagrootte: 3 }));
        assert.deepEqual(rapport.eersteBreuk, { ...breuk, keten: regenboog }, naam);
        assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null, "rolled back: intact again");
      });
    }

    it("keeps organisations in chains of their own, and an entry appended to the closed old chain breaks every newer chain's first link", async () => {
      const db = open[0];
      assert.ok(db, "database from the first test");
      const { organisatieId, mensen } = await maakOrganisatieMetMensen(db, "Zonnebloem", [["medewerker"]]);
      const piet = mensen[0] as Ingelogd;
      for (let i = 0; i < 2; i += 1)
        await db.db.transaction((tx) => log(tx, piet, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()));
      await verzegelToegangslog(db.db);
      const rijen = await db.db
        .select({ keten: toegangslog.keten, volgnummer: toegangslog.volgnummer })
        .from(toegangslog)
        .where(sql`organisatie_id = ${organisatieId}`);
      assert.deepEqual(
        rijen.map((r) => [r.keten, r.volgnummer]).sort(),
        [
          [organisatieId, 1],
          [organisatieId, 2],
        ],
        "numbered from 1 in its own chain",
      );
      assert.deepEqual(await controleerToegangslog(db.db), {
        gecontroleerd: 9,
        ketens: 2,
        controlepunten: 0,
        eersteBreuk: null,
      });
      const oud: LogInhoud = {
        keten: OUDE_KETEN,
        volgnummer: 1,
        tijdstip: "2026-11-20T09:00:00.000Z",
        organisatieId,
        gebruikerId: piet.gebruiker.id,
        rol: "medewerker",
        namens: null,
        actie: "dossiers_lijst",
        dossierId: null,
        uitkomst: "gelukt",
        grondslag: null,
        adres: null,
        details: null,
      };
      const opdracht = `insert into toegangslog (keten, volgnummer, tijdstip, organisatie_id, gebruiker_id, rol, actie, uitkomst, vorige_hash, hash) values ('${OUDE_KETEN}', 1, '${oud.tijdstip}', '${organisatieId}', '${piet.gebruiker.id}', 'medewerker', 'dossiers_lijst', 'gelukt', '${BEGIN_HASH}', '${ketenHash(BEGIN_HASH, oud)}')`;
      const breuk = await naManipulatie(db, opdracht, (tx) => controleerToegangslog(tx));
      assert.deepEqual(
        breuk.eersteBreuk,
        { soort: "schakel", keten: [regenboog, organisatieId].sort()[0], volgnummer: 1 },
        "the first newer chain walked breaks at its first entry",
      );
    });
  });
}
