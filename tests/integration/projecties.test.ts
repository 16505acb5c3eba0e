import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { laadGebeurtenissen } from "../../src/adapters/db/dossier.repository.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { bekijkDossier } from "../../src/app/dossier/bekijk-dossier.ts";
import { controleerProjecties, SNAPSHOT_INTERVAL, werkProjectiesBij } from "../../src/app/dossier/projecties.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { takenVoorPersoon } from "../../src/app/taken/mijn-taken.ts";
import { persoonVan } from "../../src/app/toegang/logboek.ts";
import { haalToestand, onthoudToestand } from "../../src/app/dossier/toestand-geheugen.ts";
import type { Gebeurtenis } from "../../src/domain/dossier/gebeurtenis.ts";
import { taakFeiten } from "../../src/domain/dossier/taakfeiten.ts";
import { bouwToestand, pasToe, TOESTAND_VORM } from "../../src/domain/dossier/toestand.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context } from "../helpers/fabriek.ts";
import { richtProjectieOrganisatieIn } from "../helpers/projectie-organisatie.ts";
import { CASUS } from "../helpers/melding-casus.ts";

/**
 * The read models (decision 0032) against the events they are derived from: after a realistic case
 * history, every stored snapshot and task fact equals a rebuild; a changed or missing projection row
 * is found and named, and repaired on request; projections removed (as after an upgrade) come back.
 * Mijn taken's pages over the same organisation: mijn-taken-paginas.test.ts.
 */
for (const testDb of await testDatabases()) {
  describe(`projections on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let casus: string;
    // The organisation's cases; the long case's test adds its own.
    let dossiers: string[];

    before(async () => {
      db = await testDb.open();
      const org = await richtProjectieOrganisatieIn(db);
      ({ sanne, casus } = org);
      dossiers = [...org.dossiers];
    });
    after(async () => db.sluit());

    it("every stored projection equals a rebuild from the events", async () => {
      const uitkomst = await controleerProjecties(db.db, { batch: 3 });
      assert.deepEqual(uitkomst.verschillen, []);
      assert.equal(uitkomst.gecontroleerd, 7, "every dossier, across batches");
      const { toestand } = await bekijkDossier(context(db), sanne, casus);
      assert.deepEqual(
        JSON.parse(JSON.stringify(toestand)),
        JSON.parse(JSON.stringify(bouwToestand(await laadGebeurtenissen(db.db, sanne.gebruiker.organisatieId, casus)))),
        "opening reads the snapshot",
      );
      assert.equal(toestand.versie, CASUS.length);
    });

    it("a long case: the snapshot is rewritten every few events, the newer ones are folded on, corrections included", async () => {
      const ctx = context(db, new Date("2026-11-24T09:00:00.000Z"));
      const id = await openDossier(ctx, sanne, {
        werknaam: "Lang",
        aanleiding: "zorg_om_kind",
        omschrijving: "Veel signalen.",
      });
      let versie = 1;
      for (let n = 1; n <= 2 * SNAPSHOT_INTERVAL + 5; n++) {
        versie = (
          await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
            type: "signaal_vastgelegd",
            verwachteVersie: versie,
            gegevens: signaal(n),
          })
        ).versie;
        if (n === SNAPSHOT_INTERVAL + 3) {
          const [doel] = await laadGebeurtenissen(db.db, sanne.gebruiker.organisatieId, id).then((g) =>
            g.filter((x) => x.volgnummer === 2),
          );
          versie = (
            await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
              type: "correctie",
              verwachteVersie: versie,
              gegevens: { corrigeert: doel!.id, reden: "Typfout.", gegevens: signaal(100) },
            })
          ).versie;
        }
      }
      const rij = await db.db.execute<{ versie: number }>(
        sql`select versie from dossier_toestanden where dossier_id = ${id}`,
      );
      const snapshotVersie = Number((rij as { rows: { versie: number }[] }).rows[0]?.versie);
      assert.ok(
        snapshotVersie > 1 && snapshotVersie < versie,
        `a snapshot behind by a few events (${snapshotVersie} of ${versie})`,
      );
      const { toestand } = await bekijkDossier(ctx, sanne, id);
      assert.deepEqual(
        JSON.parse(JSON.stringify(toestand)),
        JSON.parse(JSON.stringify(bouwToestand(await laadGebeurtenissen(db.db, sanne.gebruiker.organisatieId, id)))),
      );
      assert.equal(toestand.signalen[0]?.gegevens.waarneming, "Waarneming 100.", "the correction");
      assert.equal(toestand.signalen[0]?.origineel.waarneming, "Waarneming 1.");
      assert.equal(
        toestand.signalen[1]?.origineel.waarneming,
        "Waarneming 2.",
        "an uncorrected record keeps its original when read back",
      );
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, []);
      dossiers.push(id);
    });

    it("names a changed snapshot field, a changed task fact and a missing snapshot, and repairs them", async () => {
      await db.db.execute(
        sql`update dossier_toestanden set toestand = jsonb_set(toestand, '{opening,gegevens,werknaam}', '"Iets anders"') where dossier_id = ${casus}`,
      );
      await db.db.execute(sql`update dossier_taken set vanaf = '2099-01-01' where dossier_id = ${dossiers[0]!}`);
      await db.db.execute(sql`delete from dossier_toestanden where dossier_id = ${dossiers[4]!}`);
      const uitkomst = await controleerProjecties(db.db);
      const verwacht = [
        { dossierId: casus, veld: "toestand.opening.gegevens.werknaam" },
        { dossierId: dossiers[0]!, veld: "taken[0].vanaf" },
        { dossierId: dossiers[4]!, veld: "toestand" },
      ];
      assert.deepEqual(
        new Set(uitkomst.verschillen.map((v) => JSON.stringify(v))),
        new Set(verwacht.map((v) => JSON.stringify(v))),
      );
      const hersteld = await controleerProjecties(db.db, { herstel: true });
      assert.equal(hersteld.hersteld, 3);
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, [], "equal again after the repair");
    });

    it("a task fact written without its opener, as the version before decision 0072 writes it, gets the case's opener", async () => {
      const [taak] = rijenVan<{
        dossier_id: string;
        soort: string;
        voor: string;
        opener: string;
        rang: number;
        sinds: string | null;
        vanaf: string;
      }>(
        await db.db.execute(
          sql`select dossier_id, soort, voor, opener, rang, sinds, vanaf from dossier_taken where dossier_id = ${casus} limit 1`,
        ),
      );
      assert.ok(taak, "the case has a task fact");
      await db.db.execute(
        sql`delete from dossier_taken where dossier_id = ${taak.dossier_id} and soort = ${taak.soort} and voor = ${taak.voor}`,
      );
      await db.db
        .execute(sql`insert into dossier_taken (organisatie_id, dossier_id, soort, voor, rang, sinds, vanaf, versie)
        select organisatie_id, id, ${taak.soort}, ${taak.voor}, ${taak.rang}, ${taak.sinds}, ${taak.vanaf}, versie
        from dossiers where id = ${taak.dossier_id}`);
      const [terug] = rijenVan<{ opener: string }>(
        await db.db.execute(
          sql`select opener from dossier_taken where dossier_id = ${taak.dossier_id} and soort = ${taak.soort} and voor = ${taak.voor}`,
        ),
      );
      assert.equal(terug?.opener, sanne.gebruiker.id, "the opener of the case, filled in by the database");
      assert.equal(taak.opener, sanne.gebruiker.id, "as the current version writes it");
      await controleerProjecties(db.db, { herstel: true });
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, []);
    });

    it("a stale or missing projection (as after an upgrade) is rebuilt from the events: at start, and when a dossier is opened", async () => {
      const voor = await takenVoorPersoon(db.db, persoonVan(sanne), new Date("2026-12-20T09:00:00.000Z"));
      assert.ok(voor.length > 0);
      await db.db.execute(sql`delete from dossier_taken`);
      await db.db.execute(sql`update dossier_toestanden set vorm = 0`);
      assert.equal(await werkProjectiesBij(db.db, 2), 8, "every dossier, in batches");
      assert.equal(await werkProjectiesBij(db.db), 0, "nothing left to do");
      assert.deepEqual(
        await takenVoorPersoon(db.db, persoonVan(sanne), new Date("2026-12-20T09:00:00.000Z")),
        voor,
        "the same tasks",
      );
      await db.db.execute(sql`delete from dossier_toestanden where dossier_id = ${casus}`);
      const { toestand } = await bekijkDossier(context(db), sanne, casus);
      assert.equal(toestand.besluiten.length, 1);
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, [], "stored again on opening");
    });

    it("after a full pass a start reads only the snapshots of another shape; a database without the mark gets the full pass", async () => {
      await werkProjectiesBij(db.db);
      const [stand] = rijenVan<{ vorm: number }>(await db.db.execute(sql`select vorm from projectie_stand`));
      assert.equal(stand?.vorm, TOESTAND_VORM, "the shape is marked as caught up");
      // A missing snapshot is not looked for once the shape is marked (an append always writes one).
      await db.db.execute(sql`delete from dossier_toestanden where dossier_id = ${casus}`);
      assert.equal(await werkProjectiesBij(db.db), 0);
      // A snapshot of another shape (a process of another version wrote it) is found through its index.
      await db.db.execute(
        sql`update dossier_toestanden set vorm = ${TOESTAND_VORM + 1} where dossier_id = ${dossiers[1]!}`,
      );
      assert.equal(await werkProjectiesBij(db.db), 1);
      // Without the mark (as after the upgrade that brings a new shape), every dossier is checked again.
      await db.db.execute(sql`delete from projectie_stand`);
      assert.equal(await werkProjectiesBij(db.db), 1, "the missing snapshot");
      await db.db.execute(sql`delete from dossier_toestanden where dossier_id = ${casus}`);
      assert.equal(await werkProjectiesBij(db.db, 100, { volledig: true }), 1, "on request (the generator)");
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, []);
    });

    it("a state kept in memory counts only while the dossier's event at its version is the one it was kept with (decision 0059)", async () => {
      const ctx = context(db, new Date("2026-11-24T09:00:00.000Z"));
      const id = await openDossier(ctx, sanne, {
        werknaam: "Geheugen",
        aanleiding: "zorg_om_kind",
        omschrijving: "Zorgen.",
      });
      const zoalsDeGebeurtenissen = async (wat: string) => {
        const { toestand } = await bekijkDossier(ctx, sanne, id);
        assert.deepEqual(
          JSON.parse(JSON.stringify(toestand)),
          JSON.parse(JSON.stringify(bouwToestand(await laadGebeurtenissen(db.db, sanne.gebruiker.organisatieId, id)))),
          wat,
        );
        return toestand;
      };
      let versie = (
        await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
          type: "signaal_vastgelegd",
          verwachteVersie: 1,
          gegevens: signaal(1),
        })
      ).versie;
      // Another process appends: this one's memory stays one event behind, and folds that event on.
      const achter = haalToestand(id);
      assert.equal(achter?.toestand.versie, 2, "the append kept its state");
      versie = (
        await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
          type: "signaal_vastgelegd",
          verwachteVersie: versie,
          gegevens: signaal(2),
        })
      ).versie;
      onthoudToestand(id, achter.toestand, achter.laatsteId);
      assert.equal((await zoalsDeGebeurtenissen("behind: the newer event folded on")).signalen.length, 2);
      assert.equal(haalToestand(id)?.toestand.versie, 3, "and kept at the dossier's version");
      assert.equal(
        haalToestand(id)?.toestand.signalen[0],
        achter.toestand.signalen[0],
        "folded onto the kept state (it shares its records), not read from the snapshot",
      );
      // An append that was rolled back kept a state of a version the dossier never reached, or another event at its number.
      const nooit = {
        id: randomUUID(),
        volgnummer: versie + 1,
        type: "signaal_vastgelegd",
        stap: "signalen",
        actor: { id: sanne.gebruiker.id, naam: sanne.gebruiker.naam, rol: "medewerker" },
        opgetredenOp: "2026-11-24T09:00:00.000Z",
        gegevens: signaal(99),
      } as Gebeurtenis;
      onthoudToestand(id, pasToe(haalToestand(id)!.toestand, nooit), nooit.id);
      assert.equal((await zoalsDeGebeurtenissen("ahead: not used")).signalen.length, 2);
      versie = (
        await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
          type: "signaal_vastgelegd",
          verwachteVersie: versie,
          gegevens: signaal(3),
        })
      ).versie;
      onthoudToestand(id, pasToe(achter.toestand, { ...nooit, volgnummer: 3 }), nooit.id);
      versie = (
        await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
          type: "signaal_vastgelegd",
          verwachteVersie: versie,
          gegevens: signaal(4),
        })
      ).versie;
      const na = await zoalsDeGebeurtenissen("another event at the kept number: not used");
      assert.deepEqual(
        na.signalen.map((s) => s.gegevens.waarneming),
        ["Waarneming 1.", "Waarneming 2.", "Waarneming 3.", "Waarneming 4."],
      );
      assert.equal(versie, 5);
      assert.deepEqual(
        (await controleerProjecties(db.db)).verschillen,
        [],
        "the projections written on the way equal a rebuild",
      );
    });

    it("an append rewrites only the task facts whose values change; each keeps the version it was derived at, and the proof checks it (decision 0077)", async () => {
      const ctx = context(db, new Date("2026-11-24T09:00:00.000Z"));
      const id = await openDossier(ctx, sanne, {
        werknaam: "Taakversies",
        aanleiding: "zorg_om_kind",
        omschrijving: "Zorgen.",
      });
      const taken = async () =>
        rijenVan<{ soort: string; voor: string; rang: number; sinds: string | null; vanaf: string; versie: number }>(
          await db.db.execute(
            sql`select soort, voor, rang, sinds, vanaf, versie from dossier_taken where dossier_id = ${id} order by voor, soort`,
          ),
        );
      let versie = 1;
      for (const n of [1, 2])
        versie = (
          await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
            type: "signaal_vastgelegd",
            verwachteVersie: versie,
            gegevens: signaal(n),
          })
        ).versie;
      const voor = await taken();
      assert.ok(voor.length > 0, "the case gives tasks");
      versie = (
        await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
          type: "signaal_vastgelegd",
          verwachteVersie: versie,
          gegevens: signaal(3),
        })
      ).versie;
      const na = await taken();
      const gelijk = na.filter((r) =>
        voor.some(
          (v) =>
            v.soort === r.soort && v.voor === r.voor && v.rang === r.rang && v.sinds === r.sinds && v.vanaf === r.vanaf,
        ),
      );
      assert.ok(gelijk.length > 0, "a third signal leaves some task unchanged");
      for (const r of gelijk)
        assert.equal(
          r.versie,
          voor.find((v) => v.soort === r.soort && v.voor === r.voor)?.versie,
          `${r.soort}: not rewritten, its version stays`,
        );
      assert.ok(
        na.every((r) => r.versie <= versie),
        "no version beyond the dossier's",
      );
      assert.ok(
        gelijk.some((r) => r.versie < versie),
        "an unchanged row keeps an older version",
      );
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, [], "and the proof accepts it");

      // A version beyond the dossier's, and a version at which the events give the task other values or none.
      const zet = async (r: (typeof na)[number], v: number) =>
        db.db.execute(
          sql`update dossier_taken set versie = ${v} where dossier_id = ${id} and soort = ${r.soort} and voor = ${r.voor}`,
        );
      const [eerste] = gelijk;
      await zet(eerste!, versie + 1);
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, [
        { dossierId: id, veld: `taken[${na.indexOf(eerste!)}].versie` },
      ]);
      await zet(eerste!, eerste!.versie);
      // A consultation changes what the case asks for: those rows are rewritten at its version.
      versie = (
        await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
          type: "consultatie_gehouden",
          verwachteVersie: versie,
          gegevens: {
            met: "aandachtsfunctionaris",
            datum: "2026-11-21",
            uitkomst: "Zorg gedeeld.",
            vervolgstap: "Gesprek.",
          },
        })
      ).versie;
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, []);
      const gebeurtenissen = await laadGebeurtenissen(db.db, sanne.gebruiker.organisatieId, id);
      const zoals = (r: (typeof na)[number], v: number) =>
        taakFeiten(bouwToestand(gebeurtenissen.slice(0, v))).some(
          (f) => f.soort === r.soort && f.voor === r.voor && f.sinds === r.sinds && f.vanaf === r.vanaf,
        );
      const daarna = await taken();
      const later = daarna.find((r) => r.versie > 1 && !zoals(r, r.versie - 1));
      assert.ok(later, "a task that came or changed after the opening");
      await zet(later, later.versie - 1);
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, [
        { dossierId: id, veld: `taken[${daarna.indexOf(later)}].versie` },
      ]);
      assert.equal((await controleerProjecties(db.db, { herstel: true })).hersteld, 1);
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, [], "equal again after the repair");
    });
  });
}

/** The n-th of a run of signals (long cases). */
function signaal(n: number) {
  return {
    soort: "signaal",
    waarneming: `Waarneming ${n}.`,
    datumWaarneming: "2026-11-20",
    waargenomenDoor: "Leerkracht",
    bron: "eigen_waarneming",
  };
}

function rijenVan<T>(resultaat: unknown): T[] {
  return (resultaat as { rows: T[] }).rows;
}
