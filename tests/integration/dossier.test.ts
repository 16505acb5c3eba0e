import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { laadGebeurtenissen, vindDossier } from "../../src/adapters/db/dossier.repository.ts";
import { bekijkDossier, leesDossierLijstPagina, lijstMijnDossiers } from "../../src/app/dossier/bekijk-dossier.ts";
import { mijnTaken } from "../../src/app/taken/mijn-taken.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { deelDossier } from "../../src/app/toegang/delen.ts";
import { LogNietBeschikbaarFout } from "../../src/app/toegang/logboek.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { code } from "../helpers/uitkomst.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

/** Drizzle wraps the database's error; the message we look for is in its cause. */
function dbFout(patroon: RegExp) {
  return (fout: unknown) => {
    const f = fout as { message?: string; cause?: { message?: string } };
    return patroon.test(`${f.message ?? ""} ${f.cause?.message ?? ""}`);
  };
}

async function tel(db: GeopendeDatabase, tabel: "gebeurtenissen" | "toegangslog" | "dossiers"): Promise<number> {
  const rijen = await db.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${tabel}`));
  return Number((rijen as { rows: { n: number }[] }).rows[0]?.n);
}

for (const testDb of await testDatabases()) {
  describe(`dossier use-cases on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let vreemde: Ingelogd;
    let evId: string;

    before(async () => {
      db = await testDb.open();
      const regenboog = await maakOrganisatieMetMensen(db, "Regenboog", [
        ["medewerker"],
        ["medewerker"],
        ["eindverantwoordelijke"],
      ]);
      const anker = await maakOrganisatieMetMensen(db, "Anker", [["medewerker"]]);
      [sanne, joris] = regenboog.mensen as [Ingelogd, Ingelogd];
      vreemde = anker.mensen[0] as Ingelogd;
      evId = (regenboog.mensen[2] as Ingelogd).gebruiker.id;
    });
    after(async () => db.sluit());

    /** Sanne opens a dossier and shares it with Joris, so both may work in it. */
    async function gedeeldDossier(): Promise<string> {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      await deelDossier(ctx, sanne, id, {
        gebruikerId: joris.gebruiker.id,
        soort: "gedeeld",
        reden: "Duo-collega in groep 4.",
      });
      return id;
    }

    it("opens a dossier and appends events with increasing versions", async () => {
      const ctx = context(db);
      const id = await gedeeldDossier();
      const eerste = await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
      assert.equal(eerste.versie, 2);
      const { toestand, dossier, gebeurtenissen } = await bekijkDossier(ctx, joris, id, "alles");
      assert.equal(toestand.versie, 2);
      assert.equal(dossier.fase, "consultatie");
      assert.equal(toestand.signalen[0]?.vastgelegdDoor.id, sanne.gebruiker.id);
      assert.equal(gebeurtenissen.find((g) => g.volgnummer === 2)?.actor.rol, "medewerker");
    });

    it("refuses a stale version and stores nothing", async () => {
      const ctx = context(db);
      const id = await gedeeldDossier();
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
      const voor = await tel(db, "gebeurtenissen");
      assert.equal(
        await code(voegGebeurtenisToeAanDossier(ctx, joris, id, { ...SIGNAAL, verwachteVersie: 1 })),
        "VERSIE_CONFLICT",
      );
      assert.equal(await tel(db, "gebeurtenissen"), voor);
    });

    it("lets exactly one of two simultaneous writers win", async () => {
      const ctx = context(db);
      const id = await gedeeldDossier();
      const uitkomsten = await Promise.all([
        code(voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 })),
        code(voegGebeurtenisToeAanDossier(ctx, joris, id, { ...SIGNAAL, verwachteVersie: 1 })),
      ]);
      assert.deepEqual(uitkomsten.sort(), ["GELUKT", "VERSIE_CONFLICT"]);
      assert.equal((await bekijkDossier(ctx, sanne, id)).toestand.versie, 2);
    });

    it("stores nothing for invalid input, but audits the refused attempt", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      const [gebeurtenissen, audit] = [await tel(db, "gebeurtenissen"), await tel(db, "toegangslog")];
      const toekomst = {
        ...SIGNAAL,
        gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2026-12-01" },
        verwachteVersie: 1,
      };
      assert.equal(await code(voegGebeurtenisToeAanDossier(ctx, sanne, id, toekomst)), "ONGELDIGE_INVOER");
      assert.equal(await code(openDossier(ctx, sanne, { werknaam: "" })), "ONGELDIGE_INVOER");
      assert.equal(await tel(db, "gebeurtenissen"), gebeurtenissen);
      assert.equal(await tel(db, "toegangslog"), audit + 2, "each refused attempt is logged once");
    });

    it("stores a conversation's preparation, reads it back as state, and refuses an unsafe one without reasons", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      const voorbereiding = {
        met: "ouders",
        opening: "We willen allebei dat K. zich veilig voelt.",
        feiten: "Op 10 november zonder jas bij vorst.",
        veilig: "nee",
        waaromNietVeilig: "Vader dreigde na het vorige gesprek.",
        inPlaatsDaarvan: "Eerst advies bij Veilig Thuis.",
        aanwezigen: "Moeder, leerkracht",
        gespreksleider: "Intern begeleider",
      };
      const voor = await tel(db, "gebeurtenissen");
      const zonderReden = { ...voorbereiding, waaromNietVeilig: "" };
      assert.equal(
        await code(
          voegGebeurtenisToeAanDossier(ctx, sanne, id, {
            type: "gesprek_voorbereid",
            gegevens: zonderReden,
            verwachteVersie: 1,
          }),
        ),
        "ONGELDIGE_INVOER",
      );
      assert.equal(await tel(db, "gebeurtenissen"), voor, "nothing stored for a refused preparation");
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
        type: "gesprek_voorbereid",
        gegevens: voorbereiding,
        verwachteVersie: 1,
      });
      const { toestand, dossier, gebeurtenissen } = await bekijkDossier(ctx, sanne, id, "alles");
      assert.deepEqual(toestand.voorbereidingen[0]?.gegevens, voorbereiding);
      assert.equal(gebeurtenissen.find((g) => g.volgnummer === 2)?.stap, "gesprek");
      assert.equal(dossier.fase, "signalen", "a preparation does not replace the first signal");
    });

    it("keeps organisations apart at the repository level", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      const vreemdeOrg = vreemde.gebruiker.organisatieId;
      assert.equal(await vindDossier(db.db, vreemdeOrg, id), null);
      assert.deepEqual(await laadGebeurtenissen(db.db, vreemdeOrg, id), []);
      assert.equal(await code(bekijkDossier(ctx, vreemde, id)), "NIET_GEVONDEN");
      assert.equal(
        await code(voegGebeurtenisToeAanDossier(ctx, vreemde, id, { ...SIGNAAL, verwachteVersie: 1 })),
        "NIET_GEVONDEN",
      );
      assert.ok(!(await lijstMijnDossiers(ctx, vreemde)).items.some((d) => d.id === id));
      assert.equal((await bekijkDossier(ctx, sanne, id)).toestand.versie, 1, "nothing was appended by the stranger");
    });

    it("logs every read, change and refusal with its basis", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      assert.equal(await code(bekijkDossier(ctx, joris, id)), "NIET_GEVONDEN", "not shared yet");
      await deelDossier(ctx, sanne, id, {
        gebruikerId: joris.gebruiker.id,
        soort: "gedeeld",
        reden: "Duo-collega in groep 4.",
      });
      await bekijkDossier(ctx, joris, id);
      const rijen = await db.db.execute(
        sql`select actie, uitkomst, gebruiker_id, grondslag from toegangslog where dossier_id = ${id} order by id`,
      );
      const regels = (
        rijen as { rows: { actie: string; uitkomst: string; gebruiker_id: string; grondslag: string | null }[] }
      ).rows;
      assert.deepEqual(
        regels.map((r) => `${r.actie}:${r.uitkomst}:${r.grondslag ?? "-"}`),
        [
          "dossier_aanmaken:gelukt:eigen",
          "dossier_bekijken:geweigerd:-",
          "dossier_delen:gelukt:eigen",
          "dossier_bekijken:gelukt:gedeeld",
        ],
        "log entries",
      );
      assert.equal(regels[3]?.gebruiker_id, joris.gebruiker.id, "who");
    });

    it("fails closed: when the log entry cannot be written, nothing is shown or stored (a case, the lists, Mijn taken)", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      const voor = await tel(db, "gebeurtenissen");
      await db.db.execute(
        sql.raw(
          "create function test_audit_weigert() returns trigger as $$ begin raise exception 'audit kapot'; end; $$ language plpgsql",
        ),
      );
      await db.db.execute(
        sql.raw(
          "create trigger test_audit_weigert before insert on toegangslog for each row execute function test_audit_weigert()",
        ),
      );
      try {
        await assert.rejects(
          voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 }),
          LogNietBeschikbaarFout,
        );
        await assert.rejects(bekijkDossier(ctx, sanne, id), LogNietBeschikbaarFout);
        // The lists read without a transaction (decision 0072): the entry is still written before the answer.
        await assert.rejects(lijstMijnDossiers(ctx, sanne), LogNietBeschikbaarFout);
        await assert.rejects(leesDossierLijstPagina(ctx, sanne), LogNietBeschikbaarFout);
        await assert.rejects(mijnTaken(ctx, sanne), LogNietBeschikbaarFout);
      } finally {
        await db.db.execute(sql.raw("drop trigger test_audit_weigert on toegangslog"));
        await db.db.execute(sql.raw("drop function test_audit_weigert()"));
      }
      assert.equal(await tel(db, "gebeurtenissen"), voor);
    });

    it("refuses UPDATE, DELETE and TRUNCATE on events and audit entries", async () => {
      const ctx = context(db);
      await openDossier(ctx, sanne, OPENING.gegevens);
      for (const opdracht of [
        "update gebeurtenissen set stap = 'x'",
        "delete from gebeurtenissen",
        "truncate gebeurtenissen",
        // The superseded audit table is empty in a new database: its statement trigger still holds.
        "truncate auditlog",
        "update toegangslog set uitkomst = 'x'",
        "delete from toegangslog",
        "truncate toegangslog",
        "truncate noodtoegang",
      ]) {
        await assert.rejects(db.db.execute(sql.raw(opdracht)), dbFout(/alleen-toevoegen/), opdracht);
      }
    });

    it("takes a decision only from an eindverantwoordelijke, in their own name; anyone else proposes", async () => {
      const ctx = context(db);
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      const gegevens = {
        besluit: "melden",
        toelichting: "Acuut.",
        afwijkingMotivering: "Acuut gevaar, direct gemeld.",
      };
      const ev = (await bekijkDossier(ctx, sanne, id)).eindverantwoordelijken[0];
      assert.equal(ev?.id, evId, "the organisation's eindverantwoordelijke");
      assert.equal(
        await code(
          voegGebeurtenisToeAanDossier(ctx, sanne, id, {
            type: "besluit_genomen",
            verwachteVersie: 1,
            gegevens: { ...gegevens, genomenDoor: evId },
          }),
        ),
        "GEEN_TOEGANG",
      );
      assert.equal(
        await code(
          voegGebeurtenisToeAanDossier(ctx, sanne, id, { type: "besluit_genomen", verwachteVersie: 1, gegevens }),
        ),
        "GEEN_TOEGANG",
      );
      assert.equal(
        await code(
          voegGebeurtenisToeAanDossier(ctx, sanne, id, { type: "besluit_voorgesteld", verwachteVersie: 1, gegevens }),
        ),
        "GELUKT",
      );
      const rijen = await db.db.execute(
        sql`select namens from toegangslog where dossier_id = ${id} and actie = 'gebeurtenis_toevoegen' and uitkomst = 'gelukt'`,
      );
      assert.deepEqual(
        (rijen as { rows: { namens: string | null }[] }).rows.map((r) => r.namens),
        [null],
        "nobody records on someone else's behalf",
      );
    });
  });
}
