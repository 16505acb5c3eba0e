import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import {
  leesWerkvoorraad,
  wijsToeVanuitWerkvoorraad,
  type WerkvoorraadRij,
} from "../../src/app/werkvoorraad/werkvoorraad.ts";
import { controleerProjecties, werkProjectiesBij } from "../../src/app/dossier/projecties.ts";
import { vindDossier } from "../../src/adapters/db/dossier.repository.ts";
import { TOESTAND_VORM } from "../../src/domain/dossier/toestand.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { code } from "../helpers/uitkomst.ts";
import { MELDING_INHOUD, OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";
import { alles, LATER, rijen, type Invoer } from "./werkvoorraad.teststeun.ts";

/** The werkvoorraad's own columns (Veilig Thuis, the accelerated route, monitoring), their counts and sorting, assigning from a row, and the columns as projections. */

for (const testDb of await testDatabases()) {
  describe(`werkvoorraad: Veilig Thuis, the accelerated route, monitoring, counts, sorting and assigning on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let organisatieId: string;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let fatima: Ingelogd;
    let peter: Ingelogd;
    const ids: Record<string, string> = {};

    /** Appends at the dossier's current version, as a page would. */
    async function voeg(ctx: AppContext, wie: Ingelogd, id: string, type: string, gegevens: unknown): Promise<void> {
      const versie = (await vindDossier(db.db, organisatieId, id))?.versie ?? 0;
      await voegGebeurtenisToeAanDossier(ctx, wie, id, { type, verwachteVersie: versie, gegevens });
    }

    /** A case that reported to Veilig Thuis on `datum`: proposed, decided by the eindverantwoordelijke, the draft saved and sent. */
    async function gemeld(ctx: AppContext, werknaam: string, datum: string): Promise<string> {
      const id = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam });
      await voeg(ctx, sanne, id, "besluit_voorgesteld", {
        besluit: "melden",
        toelichting: "Onveilig.",
        afwijkingMotivering: "Acuut; de afweging volgt.",
      });
      await voeg(ctx, peter, id, "besluit_genomen", {
        besluit: "melden",
        toelichting: "Onveilig.",
        afwijkingMotivering: "Acuut; de afweging volgt.",
      });
      await voeg(ctx, sanne, id, "melding_concept_opgeslagen", { inhoud: MELDING_INHOUD });
      await voeg(ctx, sanne, id, "melding_verstuurd", {
        wijze: "telefoon",
        datum,
        tijd: "10:15",
        contactpersoon: "Mw. Jansen",
        referentie: "VT-1",
      });
      return id;
    }

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Vuurtoren", [
        ["medewerker"],
        ["medewerker"],
        ["aandachtsfunctionaris"],
        ["eindverantwoordelijke"],
      ]);
      organisatieId = org.organisatieId;
      [sanne, joris, fatima, peter] = org.mensen as [Ingelogd, Ingelogd, Ingelogd, Ingelogd];
      const ctx = context(db, LATER); // Tuesday 22 December 2026
      ids["lang"] = await gemeld(ctx, "Wacht lang", "2026-12-10"); // 8 working days
      ids["grens"] = await gemeld(ctx, "Wacht vijf", "2026-12-15"); // exactly 5: not more than 5
      ids["beantwoord"] = await gemeld(ctx, "Beantwoord", "2026-12-01");
      // The answer is recorded after the report (the domain compares the moments they were recorded).
      const daarna = context(db, new Date(LATER.getTime() + 60_000));
      await voeg(daarna, sanne, ids["beantwoord"], "vt_reactie_vastgelegd", {
        datum: "2026-12-03",
        contactpersoon: "Mw. Jansen",
        beoordeling: "onveilig",
        vervolg: "voorwaarden_en_vervolg",
        toelichting: "Veilig Thuis stelt voorwaarden.",
      });
      await voeg(daarna, sanne, ids["beantwoord"], "monitoring_gestart", {
        ritmeWeken: "4",
        reden: "Langdurige zorgen, gezin wil geen hulp meer.",
      });
      ids["route"] = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: "Route" });
      await voeg(ctx, sanne, ids["route"], "signaal_vastgelegd", {
        ...SIGNAAL.gegevens,
        bijzondereVormen: ["eergerelateerd_geweld"],
      });
      ids["klok"] = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: "Klok" });
      await voeg(ctx, sanne, ids["klok"], "signaal_vastgelegd", {
        ...SIGNAAL.gegevens,
        bijzondereVormen: ["huwelijksdwang"],
        dreigingAcuut: true,
      });
      ids["gewoon"] = await openDossier(context(db, NU), joris, { ...OPENING.gegevens, werknaam: "Gewoon" });
    });
    after(async () => db.sluit());

    it("each row says whether and since when it waits for Veilig Thuis, its route and clock, monitoring; the filters give exactly those rows", async () => {
      const ctx = context(db, new Date(LATER.getTime() + 30 * 60_000));
      const { rijen: allemaal } = await alles(ctx, fatima);
      const rij = (sleutel: string) => allemaal.find((r) => r.id === ids[sleutel]);
      assert.deepEqual([rij("lang")?.wachtOpVtSinds, rij("lang")?.wachtOpVtWerkdagen], ["2026-12-10", 8]);
      assert.deepEqual([rij("grens")?.wachtOpVtSinds, rij("grens")?.wachtOpVtWerkdagen], ["2026-12-15", 5]);
      assert.equal(rij("beantwoord")?.wachtOpVtSinds, null, "answered");
      assert.equal(rij("beantwoord")?.inMonitoring, true);
      assert.ok(rij("route")?.versneldSinds);
      assert.equal(rij("route")?.klok, null, "no acute threat, no clock");
      assert.equal(rij("klok")?.klok?.status, "lopend");
      assert.equal(rij("klok")?.klok?.minuten, 30);
      const filter = async (invoer: Invoer) => (await alles(ctx, fatima, invoer)).rijen.map((r) => r.id).sort();
      const waar = (f: (r: WerkvoorraadRij) => boolean) =>
        allemaal
          .filter(f)
          .map((r) => r.id)
          .sort();
      assert.deepEqual(
        await filter({ wacht_op_vt: "ja" }),
        waar((r) => r.wachtOpVtSinds !== null),
      );
      assert.deepEqual(await filter({ wacht_op_vt: "ja" }), [ids["lang"], ids["grens"]].sort());
      for (const n of [0, 3, 5, 7, 8, 20]) {
        assert.deepEqual(
          await filter({ vt_meer_dan: String(n) }),
          waar((r) => (r.wachtOpVtWerkdagen ?? -1) > n),
          `more than ${n} working days`,
        );
      }
      assert.deepEqual(await filter({ vt_meer_dan: "5" }), [ids["lang"]]);
      assert.deepEqual(await filter({ versneld: "ja" }), [ids["route"], ids["klok"]].sort());
      assert.deepEqual(await filter({ versneld: "klok" }), [ids["klok"]]);
      assert.deepEqual(await filter({ in_monitoring: "ja" }), [ids["beantwoord"]]);
      assert.equal(await code(leesWerkvoorraad(ctx, fatima, { vt_meer_dan: "-1" })), "ONGELDIGE_INVOER");
      assert.equal(await code(leesWerkvoorraad(ctx, fatima, { vt_meer_dan: "251" })), "ONGELDIGE_INVOER");
      assert.equal(await code(leesWerkvoorraad(ctx, fatima, { versneld: "misschien" })), "ONGELDIGE_INVOER");
      // An hour later the clock has run out without an action.
      const later = await alles(context(db, new Date(LATER.getTime() + 3 * 3_600_000)), fatima, { versneld: "klok" });
      assert.equal(later.rijen[0]?.klok?.status, "verstreken");
    });

    it("counts per filter for the aandachtsfunctionaris equal the rows each filter gives; the eindverantwoordelijke gets none", async () => {
      const ctx = context(db, LATER);
      const pagina = await leesWerkvoorraad(ctx, fatima, { vt_meer_dan: "7" });
      const tellingen = pagina.tellingen;
      assert.ok(tellingen);
      const aantal = async (invoer: Invoer) => (await alles(ctx, fatima, invoer)).rijen.length;
      assert.equal(tellingen.achterstallig, await aantal({ achterstallig: "ja" }));
      assert.equal(tellingen.besluit_gevraagd, await aantal({ besluit_gevraagd: "ja" }));
      assert.equal(tellingen.wacht_op_vt, 2);
      assert.equal(tellingen.wacht_op_vt_lang, await aantal({ vt_meer_dan: "7" }));
      assert.equal(tellingen.wacht_op_vt_lang, 1);
      assert.equal(tellingen.versneld, 2);
      assert.equal(tellingen.versneld_klok, 1);
      assert.equal(tellingen.in_monitoring, 1);
      assert.equal(tellingen.gesloten, 0);
      assert.equal((await leesWerkvoorraad(ctx, peter)).tellingen, null, "she does not see every case: no count");
    });

    it("sorts on days lying still, the longest first", async () => {
      const ctx = context(db, LATER);
      const stil = (await alles(ctx, fatima, { volgorde: "stil" })).rijen;
      assert.equal(stil[0]?.id, ids["gewoon"], "opened a month ago and untouched since");
      for (let i = 1; i < stil.length; i++)
        assert.ok((stil[i - 1]?.bijgewerktOp.getTime() ?? 0) <= (stil[i]?.bijgewerktOp.getTime() ?? 0));
      assert.deepEqual(
        stil.map((r) => r.id),
        (await alles(ctx, fatima)).rijen.map((r) => r.id).reverse(),
        "the activity order turned around",
      );
      assert.equal(
        await code(
          leesWerkvoorraad(ctx, fatima, {
            volgorde: "stil",
            cursor: (await leesWerkvoorraad(ctx, fatima)).volgende ?? "x",
          }),
        ),
        "ONGELDIGE_INVOER",
      );
    });

    it("assigns from a row through the one assignment action: the aandachtsfunctionaris may, the eindverantwoordelijke on a case asked of her may not; logged", async () => {
      const ctx = context(db, LATER);
      const rijAf = (await alles(ctx, fatima)).rijen.find((r) => r.id === ids["lang"]);
      assert.equal(rijAf?.magToewijzen, true);
      assert.equal(
        await code(
          wijsToeVanuitWerkvoorraad(ctx, fatima, {
            dossierId: ids["lang"],
            gebruikerId: joris.gebruiker.id,
            reden: "Joris kent het gezin.",
          }),
        ),
        "GELUKT",
      );
      const toegang = rijen<{ soort: string; reden: string }>(
        await db.db.execute(
          sql`select soort, reden from dossier_toegang where dossier_id = ${ids["lang"]} and gebruiker_id = ${joris.gebruiker.id}`,
        ),
      );
      assert.deepEqual(toegang, [{ soort: "toegewezen", reden: "Joris kent het gezin." }]);
      const log = rijen<{ uitkomst: string; gebruiker_id: string }>(
        await db.db.execute(
          sql`select uitkomst, gebruiker_id from toegangslog where organisatie_id = ${organisatieId} and actie = 'dossier_delen' and dossier_id = ${ids["lang"]}`,
        ),
      );
      assert.deepEqual(log, [{ uitkomst: "gelukt", gebruiker_id: fatima.gebruiker.id }]);
      // Twice to the same colleague: refused with a message, nothing stored.
      assert.equal(
        await code(
          wijsToeVanuitWerkvoorraad(ctx, fatima, {
            dossierId: ids["lang"],
            gebruikerId: joris.gebruiker.id,
            reden: "Nog eens.",
          }),
        ),
        "ONGELDIGE_INVOER",
      );
      assert.equal(
        await code(
          wijsToeVanuitWerkvoorraad(ctx, fatima, {
            dossierId: ids["grens"],
            gebruikerId: joris.gebruiker.id,
            reden: "kort",
          }),
        ),
        "ONGELDIGE_INVOER",
        "a reason of at least 5 characters",
      );
      assert.equal(
        await code(
          wijsToeVanuitWerkvoorraad(ctx, fatima, {
            dossierId: "geen-id",
            gebruikerId: joris.gebruiker.id,
            reden: "Joris kent het gezin.",
          }),
        ),
        "ONGELDIGE_INVOER",
      );
      const rijEv = (await alles(ctx, peter)).rijen.find((r) => r.id === ids["grens"]);
      assert.equal(rijEv?.grondslag, "eindverantwoordelijke");
      assert.equal(rijEv?.magToewijzen, false);
      assert.equal(
        await code(
          wijsToeVanuitWerkvoorraad(ctx, peter, {
            dossierId: ids["grens"],
            gebruikerId: joris.gebruiker.id,
            reden: "Joris kent het gezin.",
          }),
        ),
        "GEEN_TOEGANG",
      );
      // A medewerker has no werkvoorraad, so no assigning from it, not even of her own case.
      assert.equal(
        await code(
          wijsToeVanuitWerkvoorraad(ctx, sanne, {
            dossierId: ids["route"],
            gebruikerId: joris.gebruiker.id,
            reden: "Joris kent het gezin.",
          }),
        ),
        "GEEN_TOEGANG",
      );
      const geweigerd = rijen<{ gebruiker_id: string }>(
        await db.db.execute(
          sql`select gebruiker_id from toegangslog where organisatie_id = ${organisatieId} and actie = 'dossier_delen' and uitkomst = 'geweigerd'`,
        ),
      );
      assert.ok(
        geweigerd.some((r) => r.gebruiker_id === sanne.gebruiker.id) &&
          geweigerd.some((r) => r.gebruiker_id === peter.gebruiker.id),
      );
    });

    it("the list columns are proven by projecties:controleer, and rebuilt from the events after an upgrade (the backfill)", async () => {
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, []);
      await db.db.execute(
        sql`update dossiers set wacht_op_vt_sinds = null, versneld_sinds = null, versneld_klok_start = null where organisatie_id = ${organisatieId}`,
      );
      const controle = await controleerProjecties(db.db);
      assert.ok(controle.verschillen.some((v) => v.dossierId === ids["lang"] && v.veld === "dossiers.wachtOpVtSinds"));
      assert.ok(
        controle.verschillen.some((v) => v.dossierId === ids["klok"] && v.veld === "dossiers.versneldKlokStart"),
      );
      // As after the migration: snapshots of the previous shape, columns empty; the start rebuilds them.
      await db.db.execute(
        sql`update dossier_toestanden set vorm = ${TOESTAND_VORM - 1} where organisatie_id = ${organisatieId}`,
      );
      assert.ok((await werkProjectiesBij(db.db)) >= 6);
      assert.deepEqual((await controleerProjecties(db.db)).verschillen, []);
      const { rijen: gezien } = await alles(context(db, LATER), fatima, { vt_meer_dan: "5" });
      assert.deepEqual(
        gezien.map((r) => r.id),
        [ids["lang"]],
      );
    });
  });
}
