import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { schrijfControlepunt } from "../../src/adapters/bestanden/controlepunten.ts";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { toegangslog } from "../../src/adapters/db/schema.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { legControlepuntVast } from "../../src/app/toegang/controlepunt.ts";
import { maakControlepunt } from "../../src/domain/toegang/controlepunt.ts";
import { ketenHash, type LogInhoud } from "../../src/domain/toegang/logketen.ts";
import { testDatabases } from "../helpers/databases.ts";
import { tijdelijkeMap } from "../helpers/tijdelijke-map.ts";
import { metControlepunten, metLog, naManipulatie, regenboog, SLEUTEL, TerugDraaien } from "../helpers/toegangslog.ts";

/** The newest entries removed or rewritten (the tail), caught against signed checkpoints; forged checkpoints refused. */
for (const testDb of await testDatabases()) {
  describe(`the access log on ${testDb.naam}: its tail against signed checkpoints`, () => {
    const open: GeopendeDatabase[] = [];
    before(async () => {
      open.push(await metLog(() => testDb.open()));
    });
    after(async () => Promise.all(open.map((d) => d.sluit())));

    it("catches the newest entries removed, against a signed checkpoint (the chain alone cannot)", async () => {
      const db = open[0];
      assert.ok(db, "database from the set-up");
      const map = tijdelijkeMap();
      const vastgelegd = await legControlepuntVast(db.db, { map, sleutel: SLEUTEL }, new Date());
      assert.ok(vastgelegd, "a checkpoint was written");
      assert.equal(
        await legControlepuntVast(db.db, { map, sleutel: SLEUTEL }, new Date()),
        null,
        "nothing new to record: no second file",
      );
      assert.deepEqual(
        (await controleerToegangslog(db.db, await metControlepunten(map))).eersteBreuk,
        null,
        "intact against its checkpoint",
      );
      const opties = await metControlepunten(map);
      for (const [opdracht, breuk] of [
        [
          "delete from toegangslog where volgnummer = 7",
          { soort: "ingekort", keten: regenboog, volgnummer: 6, verwacht: 7, controlepunt: vastgelegd.naam },
        ],
        [
          "delete from toegangslog where volgnummer >= 5",
          { soort: "ingekort", keten: regenboog, volgnummer: 4, verwacht: 7, controlepunt: vastgelegd.naam },
        ],
        [
          "delete from toegangslog",
          { soort: "ingekort", keten: regenboog, volgnummer: 0, verwacht: 7, controlepunt: vastgelegd.naam },
        ],
      ] as const) {
        assert.equal(
          (await naManipulatie(db, opdracht, (tx) => controleerToegangslog(tx))).eersteBreuk,
          null,
          `${opdracht}: invisible to the chain alone`,
        );
        assert.deepEqual(
          (await naManipulatie(db, opdracht, (tx) => controleerToegangslog(tx, opties))).eersteBreuk,
          breuk,
          opdracht,
        );
      }
    });

    it("catches a tail rewritten with recomputed hashes, against a signed checkpoint", async () => {
      const db = open[0];
      assert.ok(db, "database from the set-up");
      const map = tijdelijkeMap();
      const vastgelegd = await legControlepuntVast(db.db, { map, sleutel: SLEUTEL }, new Date());
      assert.ok(vastgelegd);
      const opties = await metControlepunten(map);
      let zonder: unknown = "niet gecontroleerd";
      await db.db
        .transaction(async (tx) => {
          await tx.execute(sql.raw("alter table toegangslog disable trigger user"));
          const [zes] = await tx
            .select()
            .from(toegangslog)
            .where(sql`keten = ${regenboog} and volgnummer = 6`);
          const [vijf] = await tx
            .select()
            .from(toegangslog)
            .where(sql`keten = ${regenboog} and volgnummer = 5`);
          assert.ok(zes && vijf);
          await tx.execute(sql`delete from toegangslog where keten = ${regenboog} and volgnummer >= 6`);
          // Entry 6 rewritten (another action), and entry 7 dropped: each hash recomputed, so the chain is whole.
          const nep: LogInhoud = {
            ...zes,
            volgnummer: 6,
            tijdstip: zes.tijdstip.toISOString(),
            actie: "dossier_delen",
          };
          await tx
            .insert(toegangslog)
            .values({ ...zes, actie: nep.actie, vorigeHash: vijf.hash, hash: ketenHash(vijf.hash ?? "", nep) });
          zonder = (await controleerToegangslog(tx)).eersteBreuk;
          const rapport = await controleerToegangslog(tx, opties);
          assert.deepEqual(
            rapport.eersteBreuk,
            { soort: "ingekort", keten: regenboog, volgnummer: 6, verwacht: 7, controlepunt: vastgelegd.naam },
            "shorter than recorded",
          );
          const [nieuw] = await tx
            .select()
            .from(toegangslog)
            .where(sql`keten = ${regenboog} and volgnummer = 6`);
          assert.ok(nieuw);
          const zeven: LogInhoud = { ...nep, volgnummer: 7 };
          await tx.insert(toegangslog).values({
            ...zes,
            id: undefined,
            actie: nep.actie,
            volgnummer: 7,
            vorigeHash: nieuw.hash,
            hash: ketenHash(nieuw.hash ?? "", zeven),
          });
          assert.deepEqual(
            (await controleerToegangslog(tx, opties)).eersteBreuk,
            { soort: "herschreven", keten: regenboog, volgnummer: 7, controlepunt: vastgelegd.naam },
            "as long as recorded, another hash",
          );
          throw new TerugDraaien();
        })
        .catch((f: unknown) => {
          if (!(f instanceof TerugDraaien)) throw f;
        });
      assert.equal(zonder, null, "the rewritten chain is whole on its own");
      assert.equal((await controleerToegangslog(db.db, opties)).eersteBreuk, null, "rolled back: intact again");
    });

    it("refuses a checkpoint that is forged, edited or signed with another key", async () => {
      const db = open[0];
      assert.ok(db, "database from the set-up");
      const vervalst = tijdelijkeMap();
      const naam = await schrijfControlepunt(
        vervalst,
        maakControlepunt(
          new TextEncoder().encode("een-andere-sleutel-van-minstens-32-tekens"),
          new Date().toISOString(),
          [{ keten: regenboog, lengte: 7, hash: "0".repeat(64) }],
        ),
      );
      assert.deepEqual(
        (await controleerToegangslog(db.db, await metControlepunten(vervalst))).eersteBreuk,
        { soort: "handtekening", controlepunt: naam },
        "another key",
      );
      const bewerkt = tijdelijkeMap();
      const echt = await legControlepuntVast(db.db, { map: bewerkt, sleutel: SLEUTEL }, new Date());
      assert.ok(echt);
      const bestand = path.join(bewerkt, echt.naam);
      writeFileSync(bestand, readFileSync(bestand, "utf8").replace('"lengte": 7', '"lengte": 5'));
      assert.deepEqual(
        (await controleerToegangslog(db.db, await metControlepunten(bewerkt))).eersteBreuk,
        { soort: "handtekening", controlepunt: echt.naam },
        "a shorter length written into a real checkpoint",
      );
      writeFileSync(bestand, "geen json");
      assert.deepEqual(
        (await controleerToegangslog(db.db, await metControlepunten(bewerkt))).eersteBreuk,
        { soort: "handtekening", controlepunt: echt.naam },
        "not a checkpoint at all",
      );
    });
  });
}
