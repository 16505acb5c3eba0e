import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { bekijkDossier, leesDossierMetGebeurtenissen } from "../../src/app/dossier/bekijk-dossier.ts";
import { vergeetToestand } from "../../src/app/dossier/toestand-geheugen.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { LogNietBeschikbaarFout } from "../../src/app/toegang/logboek.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

/**
 * The API's read of a dossier (decision 0064): one statement reads the row, its access facts and its
 * events, the state comes from this process's kept state, and the log entry is written on its own
 * before anything is returned. Without a usable kept state it reads in the gate's transaction, as
 * every other read. Both ways answer the same and log the same.
 */

/** The context, and how many transactions were begun through it. */
function geteld(ctx: AppContext): { ctx: AppContext; transacties: () => number } {
  let aantal = 0;
  const db = new Proxy(ctx.db, {
    get(doel, naam) {
      if (naam === "transaction") {
        aantal += 1;
        return doel.transaction.bind(doel);
      }
      const waarde: unknown = Reflect.get(doel, naam);
      return typeof waarde === "function" ? (waarde as (...a: unknown[]) => unknown).bind(doel) : waarde;
    },
  });
  return { ctx: { ...ctx, db }, transacties: () => aantal };
}

for (const testDb of await testDatabases()) {
  describe(`the API's read of a dossier (${testDb.naam})`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let dossierId = "";

    before(async () => {
      db = await testDb.open();
      const regenboog = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"], ["medewerker"]]);
      [sanne, joris] = regenboog.mensen as [Ingelogd, Ingelogd];
      const ctx = context(db);
      dossierId = await openDossier(ctx, sanne, OPENING.gegevens);
      await voegGebeurtenisToeAanDossier(ctx, sanne, dossierId, { ...SIGNAAL, verwachteVersie: 1 });
    });
    after(async () => db.sluit());

    async function logregels(): Promise<string[]> {
      const rijen = await db.db.execute(
        sql`select actie, uitkomst, gebruiker_id, grondslag from toegangslog where dossier_id = ${dossierId} order by id`,
      );
      return (
        rijen as { rows: { actie: string; uitkomst: string; gebruiker_id: string; grondslag: string | null }[] }
      ).rows.map(
        (r) =>
          `${r.actie}:${r.uitkomst}:${r.gebruiker_id === sanne.gebruiker.id ? "sanne" : "joris"}:${r.grondslag ?? "-"}`,
      );
    }

    it("without a kept state it reads in the gate's transaction; then in one statement: the same answer, one entry each", async () => {
      vergeetToestand(dossierId);
      const voor = await logregels();
      const eerst = geteld(context(db));
      const eerste = await leesDossierMetGebeurtenissen(eerst.ctx, sanne, dossierId);
      assert.equal(eerst.transacties(), 1, "no kept state: the usual gate");
      const daarna = geteld(context(db));
      const tweede = await leesDossierMetGebeurtenissen(daarna.ctx, sanne, dossierId);
      assert.equal(daarna.transacties(), 0, "kept state: no transaction");
      assert.deepEqual(tweede, eerste);
      assert.equal(tweede.toestand.versie, 2);
      assert.deepEqual(
        tweede.gebeurtenissen.map((g) => g.volgnummer),
        [1, 2],
        "every event, oldest first",
      );
      assert.deepEqual(
        tweede.toestand,
        (await bekijkDossier(context(db), sanne, dossierId)).toestand,
        "the state the page reads",
      );
      assert.deepEqual((await logregels()).slice(voor.length), [
        "dossier_bekijken:gelukt:sanne:eigen",
        "dossier_bekijken:gelukt:sanne:eigen",
        "dossier_bekijken:gelukt:sanne:eigen",
      ]);
    });

    it("an event appended since the state was kept is folded on and answered", async () => {
      await leesDossierMetGebeurtenissen(context(db), sanne, dossierId);
      await voegGebeurtenisToeAanDossier(context(db), sanne, dossierId, { ...SIGNAAL, verwachteVersie: 2 });
      const { ctx, transacties } = geteld(context(db));
      const gelezen = await leesDossierMetGebeurtenissen(ctx, sanne, dossierId);
      assert.equal(transacties(), 0);
      assert.equal(gelezen.toestand.versie, 3);
      assert.equal(gelezen.gebeurtenissen.length, 3);
      assert.deepEqual(gelezen.toestand, (await bekijkDossier(context(db), sanne, dossierId)).toestand);
    });

    it("refused: NIET_GEVONDEN as for a dossier that does not exist, the refusal logged once", async () => {
      await leesDossierMetGebeurtenissen(context(db), sanne, dossierId);
      const voor = await logregels();
      await assert.rejects(
        leesDossierMetGebeurtenissen(context(db), joris, dossierId),
        (fout: unknown) => fout instanceof DomeinFout && fout.code === "NIET_GEVONDEN",
      );
      assert.deepEqual((await logregels()).slice(voor.length), ["dossier_bekijken:geweigerd:joris:-"]);
    });

    it("closed gate: when the view cannot be logged, nothing is returned", async () => {
      await leesDossierMetGebeurtenissen(context(db), sanne, dossierId);
      await db.db.execute(
        sql.raw(
          "create function test_log_weigert() returns trigger as $$ begin raise exception 'log kapot'; end; $$ language plpgsql",
        ),
      );
      await db.db.execute(
        sql.raw(
          "create trigger test_log_weigert before insert on toegangslog for each row execute function test_log_weigert()",
        ),
      );
      try {
        const { ctx, transacties } = geteld(context(db));
        await assert.rejects(leesDossierMetGebeurtenissen(ctx, sanne, dossierId), LogNietBeschikbaarFout);
        assert.equal(transacties(), 0, "refused on the one-statement read itself");
      } finally {
        await db.db.execute(sql.raw("drop trigger test_log_weigert on toegangslog"));
        await db.db.execute(sql.raw("drop function test_log_weigert()"));
      }
    });
  });
}
