import assert from "node:assert/strict";
import { controleerProjecties } from "../../src/app/dossier/projecties.ts";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { laadGebeurtenissen } from "../../src/adapters/db/dossier.repository.ts";
import { afgeleideRijen } from "../../scripts/generator/afgeleid.ts";
import { controleerSteekproef } from "../../scripts/generator/controle.ts";
import {
  genereerGegevens,
  GeneratorGeweigerd,
  type GeneratorOpties,
  type GeneratorVerslag,
} from "../../scripts/generator/genereer.ts";
import { testDatabases } from "../helpers/databases.ts";
import { maakOrganisatieMetMensen } from "../helpers/fabriek.ts";

/** Small: two organisations, thirty cases. Times are fixed, so the data does not depend on the day the test runs. */
const KLEIN: GeneratorOpties = {
  organisaties: 2,
  dossiers: 30,
  gebeurtenissen: 600,
  zaad: 7,
  nu: new Date("2026-11-20T10:00:00Z"),
};

async function alleDossiers(db: GeopendeDatabase): Promise<{ id: string; organisatie_id: string; sector: string }[]> {
  const r = await db.db.execute(
    sql`select d.id, d.organisatie_id, o.sector from dossiers d join organisaties o on o.id = d.organisatie_id order by d.id`,
  );
  return (r as { rows: { id: string; organisatie_id: string; sector: string }[] }).rows;
}

for (const testDb of await testDatabases()) {
  describe(`the data generator on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let verslag: GeneratorVerslag;
    before(async () => {
      db = await testDb.open();
      verslag = await genereerGegevens(db.db, KLEIN);
    });
    after(async () => db.sluit());

    it("makes what it was asked for and says so", async () => {
      assert.equal(verslag.organisaties, 2);
      assert.equal(verslag.dossiers, 30);
      assert.equal((await alleDossiers(db)).length, 30);
      // Every organisation has an aandachtsfunctionaris, an eindverantwoordelijke, a beheerder, a logbeheerder and staff.
      const r = await db.db.execute(
        sql`select unnest(rollen) as rol, count(*)::int as n from gebruikers group by 1 order by 1`,
      );
      const rollen = (r as { rows: { rol: string; n: number }[] }).rows.map((x) => x.rol);
      assert.deepEqual(rollen, [
        "aandachtsfunctionaris",
        "beheerder",
        "eindverantwoordelijke",
        "logbeheerder",
        "medewerker",
      ]);
      assert.ok(Object.keys(verslag.perFase).length >= 4, `fasen: ${JSON.stringify(verslag.perFase)}`);
      assert.ok(verslag.gebeurtenissen > 30 && verslag.logregels > verslag.gebeurtenissen);
    });

    it("every generated case replays through the domain, and its derived columns are what the domain computes", async () => {
      const perOrganisatie = new Map<string, { sector: string; ids: string[] }>();
      for (const d of await alleDossiers(db)) {
        const org = perOrganisatie.get(d.organisatie_id) ?? { sector: d.sector, ids: [] };
        org.ids.push(d.id);
        perOrganisatie.set(d.organisatie_id, org);
      }
      let gecontroleerd = 0;
      for (const [organisatieId, { sector, ids }] of perOrganisatie) {
        const s = await controleerSteekproef(db.db, organisatieId, sector, ids);
        assert.deepEqual(s.afwijkingen, []);
        gecontroleerd += s.gecontroleerd;
      }
      assert.equal(gecontroleerd, 30);
    });

    it("builds the projections of every generated case, and projecties:controleer finds them equal to the events", async () => {
      const controle = await controleerProjecties(db.db);
      assert.deepEqual(controle.verschillen, []);
      assert.equal(controle.gecontroleerd, 30);
    });

    it("the check notices a derived column that does not follow from the events", async () => {
      const [eerste] = await alleDossiers(db);
      assert.ok(eerste);
      await db.db.execute(sql`update dossiers set fase = 'verzonnen' where id = ${eerste.id}`);
      try {
        const s = await controleerSteekproef(db.db, eerste.organisatie_id, eerste.sector, [eerste.id]);
        assert.equal(s.afwijkingen.length, 1);
      } finally {
        await db.db.execute(sql`update dossiers set fase = ${await herbereken(db, eerste)} where id = ${eerste.id}`);
      }
    });

    it("writes an access log that verifies entry by entry", async () => {
      const rapport = await controleerToegangslog(db.db);
      assert.equal(rapport.eersteBreuk, null);
      assert.equal(rapport.gecontroleerd, verslag.logregels);
      assert.equal(rapport.ketens, 2);
    });

    it("refuses a database with organisations it did not make, unless told, and refuses production", async () => {
      await assert.rejects(genereerGegevens(db.db, { ...KLEIN, omgeving: "production" }), GeneratorGeweigerd);
      await maakOrganisatieMetMensen(db, "Echte school", [["medewerker"]]);
      await assert.rejects(
        genereerGegevens(db.db, { ...KLEIN, organisaties: 1, dossiers: 3 }),
        /niet door de generator/,
      );
      const erbij = await genereerGegevens(db.db, { ...KLEIN, organisaties: 1, dossiers: 3, ookAlsNietLeeg: true });
      assert.equal(erbij.dossiers, 3);
      assert.equal(erbij.voorbeeld[0]?.nummer, 3, "numbering continues after org-1 and org-2");
      await verzegelToegangslog(db.db);
      assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null);
    });
  });
}

/** The fase the domain gives a dossier, to put a test's change back. */
async function herbereken(db: GeopendeDatabase, d: { id: string; organisatie_id: string }): Promise<string> {
  return afgeleideRijen(await laadGebeurtenissen(db.db, d.organisatie_id, d.id)).dossier.fase;
}

describe("the data generator is reproducible", () => {
  it("the same seed on an empty database gives the same cases and the same log", async () => {
    const [pglite] = await testDatabases();
    assert.ok(pglite);
    const uitkomsten: unknown[] = [];
    for (let i = 0; i < 2; i += 1) {
      const db = await pglite.open();
      try {
        await genereerGegevens(db.db, { ...KLEIN, dossiers: 8 });
        const r = await db.db.execute(
          sql`select (select string_agg(hash, ',' order by keten, volgnummer) from toegangslog) as log, (select string_agg(id::text || fase, ',' order by id) from dossiers) as dossiers`,
        );
        uitkomsten.push((r as { rows: unknown[] }).rows[0]);
      } finally {
        await db.sluit();
      }
    }
    assert.deepEqual(uitkomsten[0], uitkomsten[1]);
  });
});
