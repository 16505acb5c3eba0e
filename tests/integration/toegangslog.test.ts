import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import { leesControlepunten, schrijfControlepunt } from "../../src/adapters/bestanden/controlepunten.ts";
import { openDatabase, type Database, type GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { maakOrganisatie } from "../../src/adapters/db/organisatie.repository.ts";
import { gebruikers, toegangslog } from "../../src/adapters/db/schema.ts";
import { bekijkDossier } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { controleerToegangslog, type ControleOpties } from "../../src/app/toegang/controleer-keten.ts";
import { legControlepuntVast } from "../../src/app/toegang/controlepunt.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { log } from "../../src/app/toegang/logboek.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { maakControlepunt } from "../../src/domain/toegang/controlepunt.ts";
import { BEGIN_HASH, beginVan, ketenHash, OUDE_KETEN, type LogInhoud } from "../../src/domain/toegang/logketen.ts";
import { testDatabases } from "../helpers/databases.ts";
import { tijdelijkeMap } from "../helpers/tijdelijke-map.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

const SLEUTEL = new TextEncoder().encode("test-sleutel-voor-controlepunten-32+");

/** The organisation whose chain holds the entries of `metLog`. */
let regenboog = "";

/** A database with a few real log entries, sealed: open, two appends, three reads (7 entries). */
async function metLog(open: () => Promise<GeopendeDatabase>): Promise<GeopendeDatabase> {
  const db = await open();
  const { organisatieId, mensen } = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"]]);
  regenboog = organisatieId;
  const sanne = mensen[0] as Ingelogd;
  const ctx = context(db);
  const id = await openDossier(ctx, sanne, OPENING.gegevens);
  await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
  await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 2 });
  for (let i = 0; i < 3; i += 1) await bekijkDossier(ctx, sanne, id);
  await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 }).catch(() => undefined); // a refused attempt, logged too
  assert.deepEqual(
    await verzegelToegangslog(db.db),
    { verzegeld: 7, overgeslagen: 0 },
    "the sealer numbers and links all seven",
  );
  return db;
}

/**
 * Tampering "behind the application's back": as the database owner, with the guard triggers
 * switched off, inside a transaction that is rolled back afterwards, so each case starts from the
 * same intact log.
 */
async function naManipulatie<T>(
  db: GeopendeDatabase,
  opdracht: string,
  controleer: (tx: Database) => Promise<T>,
): Promise<T> {
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

    /** Checks against the checkpoints in `map`, signed with the test key. */
    async function metControlepunten(map: string, paginagrootte = 3): Promise<ControleOpties> {
      return { paginagrootte, controlepunten: { punten: await leesControlepunten(map), sleutel: SLEUTEL } };
    }

    it("catches the newest entries removed, against a signed checkpoint (the chain alone cannot)", async () => {
      const db = open[0];
      assert.ok(db, "database from the first test");
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
      assert.ok(db, "database from the first test");
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
      assert.ok(db, "database from the first test");
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

    it("accepts an entry unsealed, and the sealer alone may seal it, once: editing, resealing or deleting is refused", async () => {
      const db = open[0];
      assert.ok(db, "database from the first test");
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
      assert.ok(db, "database from the first test");
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
      assert.ok(db, "database from the first test");
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

describe("the migration to chains per organisation (decision 0028)", () => {
  it("keeps the entries written before it, unchanged and verifiable, as the closed chain `installatie`; new chains begin at its end", async () => {
    const dataDir = tijdelijkeMap();
    const oudeMigraties = tijdelijkeMap();
    const migraties = path.resolve("drizzle");
    mkdirSync(path.join(oudeMigraties, "meta"));
    const journaal = JSON.parse(readFileSync(path.join(migraties, "meta", "_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    };
    const tot = journaal.entries.findIndex((e) => e.tag === "0008_logketen_per_organisatie");
    assert.ok(tot > 0, "the migration is in the journal");
    writeFileSync(
      path.join(oudeMigraties, "meta", "_journal.json"),
      JSON.stringify({ ...journaal, entries: journaal.entries.slice(0, tot) }),
    );
    for (const bestand of readdirSync(migraties).filter((b) => b.endsWith(".sql")))
      copyFileSync(path.join(migraties, bestand), path.join(oudeMigraties, bestand));

    // Before: one chain over the installation, as decision 0014 wrote it.
    const voor = await openDatabase({ dataDir, migratiesMap: oudeMigraties });
    // Plain SQL: the repositories write today's columns, which this older schema does not have yet.
    const organisatieId = await maakOrganisatie(voor.db, "Wilgenhof", "onderwijs");
    await voor.db.execute(
      sql`insert into gebruikers (organisatie_id, email, naam, wachtwoord_hash, rollen) values (${organisatieId}, 'p0@wilgenhof.example', 'Persoon 0', 'niet-gebruikt', ARRAY['medewerker'])`,
    );
    const [persoon] = await voor.db
      .select({ id: gebruikers.id })
      .from(gebruikers)
      .where(sql`email = 'p0@wilgenhof.example'`);
    const wie: Ingelogd = {
      gebruiker: {
        id: persoon?.id ?? "",
        organisatieId,
        organisatieNaam: "Wilgenhof",
        sector: "onderwijs",
        email: "p0@wilgenhof.example",
        naam: "Persoon 0",
        rollen: ["medewerker"],
        actief: true,
        tweestaps: false,
        tweestapsVerplichtVoor: [],
        bewaarjaren: null,
      },
      adres: "127.0.0.1",
    };
    let vorige = BEGIN_HASH;
    for (let volgnummer = 1; volgnummer <= 3; volgnummer += 1) {
      const inhoud: LogInhoud = {
        keten: OUDE_KETEN,
        volgnummer,
        tijdstip: `2026-11-2${volgnummer}T09:00:00.000Z`,
        organisatieId,
        gebruikerId: wie.gebruiker.id,
        rol: "medewerker",
        namens: null,
        actie: "dossiers_lijst",
        dossierId: null,
        uitkomst: "gelukt",
        grondslag: null,
        adres: "127.0.0.1",
        details: "0",
      };
      const hash = ketenHash(vorige, inhoud);
      await voor.db.execute(
        sql`insert into toegangslog (volgnummer, tijdstip, organisatie_id, gebruiker_id, rol, actie, uitkomst, adres, details, vorige_hash, hash) values (${volgnummer}, ${inhoud.tijdstip}, ${organisatieId}, ${wie.gebruiker.id}, 'medewerker', 'dossiers_lijst', 'gelukt', '127.0.0.1', '0', ${vorige}, ${hash})`,
      );
      vorige = hash;
    }
    await voor.sluit();

    const na = await openDatabase({ dataDir, migratiesMap: migraties });
    try {
      const rijen = await na.db
        .select({ keten: toegangslog.keten, volgnummer: toegangslog.volgnummer, hash: toegangslog.hash })
        .from(toegangslog)
        .orderBy(toegangslog.volgnummer);
      assert.deepEqual(
        rijen.map((r) => r.keten),
        [OUDE_KETEN, OUDE_KETEN, OUDE_KETEN],
        "the old entries form the chain `installatie`",
      );
      assert.equal(rijen.at(-1)?.hash, vorige, "their hashes are untouched");
      assert.deepEqual(
        await controleerToegangslog(na.db),
        { gecontroleerd: 3, ketens: 1, controlepunten: 0, eersteBreuk: null },
        "they verify as before",
      );
      await na.db.transaction((tx) => log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt" }, new Date()));
      await verzegelToegangslog(na.db);
      const [eerste] = await na.db
        .select()
        .from(toegangslog)
        .where(sql`keten = ${organisatieId}`);
      assert.equal(
        eerste?.vorigeHash,
        beginVan(organisatieId, vorige),
        "the organisation's chain begins at the old chain's last hash",
      );
      assert.deepEqual(await controleerToegangslog(na.db), {
        gecontroleerd: 4,
        ketens: 2,
        controlepunten: 0,
        eersteBreuk: null,
      });
      const breuk = await naManipulatie(
        na,
        `delete from toegangslog where keten = '${OUDE_KETEN}' and volgnummer = 3`,
        (tx) => controleerToegangslog(tx),
      );
      assert.deepEqual(
        breuk.eersteBreuk,
        { soort: "schakel", keten: organisatieId, volgnummer: 1 },
        "the old chain's newest entry removed: caught without a checkpoint",
      );
    } finally {
      await na.sluit();
    }
  });
});
