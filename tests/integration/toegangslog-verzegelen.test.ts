import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { toegangslog } from "../../src/adapters/db/schema.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { log } from "../../src/app/toegang/logboek.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { testDatabases } from "../helpers/databases.ts";
import { maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { metLog, naManipulatie } from "../helpers/toegangslog.ts";

/** Accepted, then sealed (decision 0057): the one UPDATE allowed, `onverzegeld`, the known limit, and concurrent writers and sealers. */
for (const testDb of await testDatabases()) {
  describe(`the access log on ${testDb.naam}: accepted, then sealed (decision 0057)`, () => {
    const open: GeopendeDatabase[] = [];
    before(async () => {
      open.push(await metLog(() => testDb.open()));
    });
    after(async () => Promise.all(open.map((d) => d.sluit())));

    it("accepts an entry unsealed, and the sealer alone may seal it, once: editing, resealing or deleting is refused", async () => {
      const db = open[0];
      assert.ok(db, "database from the set-up");
      const { mensen } = await maakOrganisatieMetMensen(db, "Populier", [["medewerker"]]);
      const wie = mensen[0] as Ingelogd;
      await db.db.transaction((tx) => log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()));
      const [nieuw] = await db.db
        .select()
        .from(toegangslog)
        .where(sql`organisatie_id = ${wie.gebruiker.organisatieId}`);
      assert.ok(nieuw);
      assert.deepEqual([nieuw.volgnummer, nieuw.vorigeHash, nieuw.hash], [null, null, null], "accepted, not sealed");
      const geweigerd = (f: unknown) =>
        /alleen-toevoegen/.test(`${(f as Error).message} ${((f as Error).cause as Error | undefined)?.message ?? ""}`);
      for (const opdracht of [
        `update toegangslog set uitkomst = 'geweigerd' where id = ${nieuw.id}`,
        `update toegangslog set volgnummer = 1, vorige_hash = repeat('0', 64), hash = repeat('0', 64), actie = 'dossier_delen' where id = ${nieuw.id}`,
        `delete from toegangslog where id = ${nieuw.id}`,
      ]) {
        await assert.rejects(db.db.execute(sql.raw(opdracht)), geweigerd, opdracht);
      }
      assert.equal((await verzegelToegangslog(db.db)).verzegeld, 1);
      await assert.rejects(
        db.db.execute(sql.raw(`update toegangslog set volgnummer = 2, hash = repeat('0', 64) where id = ${nieuw.id}`)),
        geweigerd,
        "a sealed entry is not sealed again",
      );
      assert.deepEqual(await verzegelToegangslog(db.db), { verzegeld: 0, overgeslagen: 0 }, "nothing left to seal");
      assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null);
    });

    it("reports an entry still unsealed after the limit (no sealer running) as `onverzegeld`, and not before", async () => {
      const db = open[0];
      assert.ok(db, "database from the set-up");
      const { mensen } = await maakOrganisatieMetMensen(db, "Esdoorn", [["medewerker"]]);
      const wie = mensen[0] as Ingelogd;
      await db.db.transaction((tx) => log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()));
      const [regel] = await db.db
        .select({ id: toegangslog.id, tijdstip: toegangslog.tijdstip })
        .from(toegangslog)
        .where(sql`organisatie_id = ${wie.gebruiker.organisatieId}`);
      assert.ok(regel);
      assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null, "just accepted: within the limit");
      const later = new Date(Date.now() + 6 * 60 * 1000);
      assert.deepEqual(
        (await controleerToegangslog(db.db, { nu: later })).eersteBreuk,
        {
          soort: "onverzegeld",
          keten: wie.gebruiker.organisatieId,
          id: regel.id,
          tijdstip: regel.tijdstip.toISOString(),
        },
        "six minutes on, unsealed",
      );
      await verzegelToegangslog(db.db);
      assert.equal((await controleerToegangslog(db.db, { nu: later })).eersteBreuk, null, "sealed: nothing to report");
    });

    it("the known limit: an unsealed entry removed before the sealer ran leaves no trace", async () => {
      const db = open[0];
      assert.ok(db, "database from the set-up");
      const { mensen } = await maakOrganisatieMetMensen(db, "Hazelaar", [["medewerker"]]);
      const wie = mensen[0] as Ingelogd;
      await db.db.transaction((tx) => log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()));
      await verzegelToegangslog(db.db);
      await db.db.transaction((tx) => log(tx, wie, { actie: "dossier_bekijken", uitkomst: "gelukt" }, new Date()));
      const rapport = await naManipulatie(db, `delete from toegangslog where volgnummer is null`, async (tx) => {
        await verzegelToegangslog(tx);
        return controleerToegangslog(tx, { nu: new Date(Date.now() + 6 * 60 * 1000) });
      });
      assert.equal(rapport.eersteBreuk, null, "removed before sealing: the chain never held it (decision 0057)");
      await verzegelToegangslog(db.db);
    });

    it(
      "two writers of the same organisation both complete while the first's transaction is held open; the sealer then chains both",
      {
        skip:
          testDb.naam === "pglite" ? "PGlite has one connection: every transaction waits for the one before" : false,
      },
      async () => {
        const db = await testDb.open();
        open.push(db);
        const { mensen: a } = await maakOrganisatieMetMensen(db, "Eikenhof", [["medewerker"], ["medewerker"]]);
        const { mensen: b } = await maakOrganisatieMetMensen(db, "Berkenlaan", [["medewerker"]]);
        const [a1, a2, b1] = [a[0], a[1], b[0]] as [Ingelogd, Ingelogd, Ingelogd];
        let loslaten = () => undefined as void;
        const vrij = new Promise<void>((r) => (loslaten = r));
        let geschreven = () => undefined as void;
        const aGeschreven = new Promise<void>((r) => (geschreven = r));
        const lang = db.db.transaction(async (tx) => {
          await log(tx, a1, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date());
          geschreven();
          await vrij; // Eikenhof's first transaction stays open after its log write
        });
        await aGeschreven;
        // If either write waited for the open transaction, it would fail on the lock timeout instead of completing.
        for (const wie of [b1, a2]) {
          await db.db.transaction(async (tx) => {
            await tx.execute(sql.raw("set local lock_timeout = '10s'"));
            await log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date());
          });
        }
        const wachtend = await db.db.execute(
          sql.raw(
            "select count(*)::int as n from pg_locks where not granted and database = (select oid from pg_database where datname = current_database())",
          ),
        );
        assert.equal((wachtend as { rows: { n: number }[] }).rows[0]?.n, 0, "nobody waits for a lock");
        // The sealer seals what committed (the colleague's entry) and leaves the open one for a later batch.
        await verzegelToegangslog(db.db);
        loslaten();
        await lang;
        await verzegelToegangslog(db.db);
        const rijen = await db.db
          .select({ keten: toegangslog.keten, volgnummer: toegangslog.volgnummer, gebruiker: toegangslog.gebruikerId })
          .from(toegangslog)
          .orderBy(toegangslog.keten, toegangslog.volgnummer);
        const eiken = rijen.filter((r) => r.keten === a1.gebruiker.organisatieId);
        assert.deepEqual(
          eiken.map((r) => [r.volgnummer, r.gebruiker]),
          [
            [1, a2.gebruiker.id],
            [2, a1.gebruiker.id],
          ],
          "the entry that committed first is sealed first: the order is the sealer's",
        );
        assert.deepEqual((await controleerToegangslog(db.db)).eersteBreuk, null, "both chains intact");
      },
    );

    it(
      "two sealers at once, with writers in one organisation: every entry is sealed exactly once and the chain verifies",
      {
        skip:
          testDb.naam === "pglite" ? "PGlite has one connection: there is no second sealer at the same time" : false,
      },
      async () => {
        const db = await testDb.open();
        open.push(db);
        const { organisatieId, mensen } = await maakOrganisatieMetMensen(db, "Wilg", [
          ["medewerker"],
          ["medewerker"],
          ["medewerker"],
        ]);
        let schrijvend = true;
        const verzegelaar = async () => {
          let verzegeld = 0;
          while (schrijvend) verzegeld += (await verzegelToegangslog(db.db, 7)).verzegeld;
          return verzegeld;
        };
        const sealers = [verzegelaar(), verzegelaar()];
        await Promise.all(
          mensen.map(async (wie) => {
            for (let i = 0; i < 20; i += 1)
              await db.db.transaction((tx) =>
                log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()),
              );
          }),
        );
        schrijvend = false;
        const [een, twee] = await Promise.all(sealers);
        const rest = (await verzegelToegangslog(db.db)).verzegeld;
        assert.equal((een ?? 0) + (twee ?? 0) + rest, 60, "sixty entries sealed, none twice");
        const nummers = await db.db
          .select({ volgnummer: toegangslog.volgnummer })
          .from(toegangslog)
          .where(sql`keten = ${organisatieId}`)
          .orderBy(toegangslog.volgnummer);
        assert.deepEqual(
          nummers.map((r) => r.volgnummer),
          Array.from({ length: 60 }, (_, i) => i + 1),
          "numbered 1 to 60 without gaps",
        );
        assert.deepEqual((await controleerToegangslog(db.db)).eersteBreuk, null);
      },
    );
  });
}
