import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { loader as cijfersApi } from "../../src/adapters/http/api/cijfers.ts";
import { exporteerCijfers, leesCijfers } from "../../src/app/cijfers/reflectiecijfers.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import type { Figuur, Reflectiecijfers } from "../../src/domain/cijfers/cijfers.ts";
import { BOM } from "../../src/domain/werkvoorraad/werkvoorraad.ts";
import { vertaler } from "../../src/i18n/vertaal.ts";
import { loader as cijfersCsv } from "../../src/ui/routes/cijfers-csv.ts";
import { runtimeDatabases } from "../helpers/app-runtime.ts";
import { startApiOrganisatie, type ApiOrganisatie } from "../helpers/api-sessies.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { code } from "../helpers/uitkomst.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

const t = vertaler("nl");
const CONSULTATIE = { met: "collega", datum: "2026-11-15", uitkomst: "Zorg gedeeld.", vervolgstap: "Gesprek plannen." };

const figuur = (c: Reflectiecijfers, id: string): Figuur => {
  const f = c.figuren.find((x) => x.id === id);
  assert.ok(f, id);
  return f;
};
const cel = (c: Reflectiecijfers, id: string, categorie: string) =>
  figuur(c, id).rijen.find((r) => r.categorie === categorie)?.cel;

for (const testDb of await testDatabases()) {
  describe(`reflection figures on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let organisatieId: string;
    let sanne: Ingelogd;
    let fatima: Ingelogd;
    let peter: Ingelogd;
    let beheerder: Ingelogd;
    let logbeheerder: Ingelogd;
    let vreemdeAf: Ingelogd;

    async function logregels(
      actie: string,
    ): Promise<{ uitkomst: string; details: string | null; gebruiker_id: string; dossier_id: string | null }[]> {
      const r = await db.db.execute(
        sql`select uitkomst, details, gebruiker_id, dossier_id from toegangslog where organisatie_id = ${organisatieId} and actie = ${actie} order by tijdstip, volgnummer`,
      );
      return (
        r as { rows: { uitkomst: string; details: string | null; gebruiker_id: string; dossier_id: string | null }[] }
      ).rows;
    }

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Regenboog", [
        ["medewerker"],
        ["aandachtsfunctionaris"],
        ["eindverantwoordelijke"],
        ["beheerder"],
        ["logbeheerder"],
      ]);
      organisatieId = org.organisatieId;
      [sanne, fatima, peter, beheerder, logbeheerder] = org.mensen as [
        Ingelogd,
        Ingelogd,
        Ingelogd,
        Ingelogd,
        Ingelogd,
      ];
      const ctx = context(db, NU);
      // Eight cases this school year: six with a signal and a consultation with a colleague (the
      // first corrected to the aandachtsfunctionaris), two of those with the parents' conversation
      // waived for safety.
      for (let i = 0; i < 8; i++) {
        const id = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: `Kind ${i}` });
        if (i >= 6) continue;
        await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
          type: "signaal_vastgelegd",
          verwachteVersie: 1,
          gegevens: SIGNAAL.gegevens,
        });
        const { gebeurtenisId } = await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
          type: "consultatie_gehouden",
          verwachteVersie: 2,
          gegevens: CONSULTATIE,
        });
        let versie = 3;
        if (i === 0) {
          await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
            type: "correctie",
            verwachteVersie: versie,
            gegevens: {
              corrigeert: gebeurtenisId,
              reden: "Het was de aandachtsfunctionaris.",
              gegevens: { ...CONSULTATIE, met: "aandachtsfunctionaris" },
            },
          });
          versie += 1;
        }
        if (i < 2)
          await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
            type: "gesprek_niet_gevoerd",
            verwachteVersie: versie,
            gegevens: { met: "ouders", grond: "veiligheid", toelichting: "Vader is dreigend geweest." },
          });
        // One case weighed: no suspicion, so the afwegingskader closes it (the question number travels as text from SQL).
        if (i === 2)
          await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
            type: "afweging_beantwoord",
            verwachteVersie: versie,
            gegevens: { vraag: 1, antwoord: "nee", toelichting: "De zorg is weggenomen." },
          });
      }
      // One in the previous school year, and one in another organisation.
      await openDossier(context(db, new Date("2026-05-04T09:00:00.000Z")), sanne, {
        ...OPENING.gegevens,
        werknaam: "Vorig jaar",
      });
      const anker = await maakOrganisatieMetMensen(db, "Anker", [["medewerker"], ["aandachtsfunctionaris"]]);
      vreemdeAf = anker.mensen[1] as Ingelogd;
      await openDossier(ctx, anker.mensen[0] as Ingelogd, { ...OPENING.gegevens, werknaam: "Elders" });
    });
    after(async () => db.sluit());

    it("the aandachtsfunctionaris sees the current school year's figures, corrections applied and small counts suppressed", async () => {
      const c = await leesCijfers(context(db, NU), fatima);
      assert.deepEqual(c.periode, { van: "2026-08-01", tot: "2027-07-31" });
      assert.deepEqual(c.geopend, { soort: "getal", waarde: 8 });
      assert.deepEqual(cel(c, "geopend", "2026-11"), { soort: "getal", waarde: 8 });
      assert.deepEqual(cel(c, "geopend", "2026-10"), { soort: "getal", waarde: 0 });
      // Furthest step: 2 only opened, 3 consultation, 2 conversation, 1 weighing: every one under 5.
      assert.deepEqual(
        figuur(c, "verste_stap")
          .rijen.filter((r) => r.cel.soort !== "getal")
          .map((r) => [r.categorie, r.cel.soort]),
        [
          ["geen", "onder5"],
          ["consultatie", "onder5"],
          ["gesprek", "onder5"],
          ["wegen", "onder5"],
        ],
      );
      // The correction moved one consultation from the colleague to the aandachtsfunctionaris.
      assert.deepEqual(cel(c, "consultaties", "collega"), { soort: "getal", waarde: 5 });
      assert.deepEqual(cel(c, "consultaties", "aandachtsfunctionaris"), { soort: "onder5" });
      // Parents: 2 waived for safety ("< 5"), 6 not yet: hidden too, or the 2 would follow from the total.
      assert.deepEqual(cel(c, "gesprek_ouders", "veiligheid"), { soort: "onder5" });
      assert.deepEqual(cel(c, "gesprek_ouders", "nog_niet"), { soort: "aanvullend" });
      assert.deepEqual(cel(c, "melding", "niet_gemeld"), { soort: "getal", waarde: 8 });
      assert.deepEqual(cel(c, "afweging", "afsluiten"), { soort: "onder5" });
      assert.deepEqual(cel(c, "afweging", "niet_gewogen"), { soort: "aanvullend" });
      const alleCellen = [
        c.geopend,
        ...c.figuren.flatMap((f) => f.rijen.map((r) => r.cel)),
        ...c.medianen.map((m) => m.aantal),
      ];
      assert.ok(alleCellen.every((x) => x.soort !== "getal" || x.waarde === 0 || x.waarde >= 5));
    });

    it("the eindverantwoordelijke and the beheerder see the same aggregated figures; another organisation only its own", async () => {
      const af = await leesCijfers(context(db, NU), fatima);
      assert.deepEqual(await leesCijfers(context(db, NU), peter), af);
      assert.deepEqual(await leesCijfers(context(db, NU), beheerder), af);
      assert.deepEqual((await leesCijfers(context(db, NU), vreemdeAf)).geopend, { soort: "onder5" });
    });

    it("a chosen period", async () => {
      const vorig = await leesCijfers(context(db, NU), fatima, { van: "2025-08-01", tot: "2026-07-31" });
      assert.deepEqual(vorig.geopend, { soort: "onder5" });
      assert.deepEqual(cel(vorig, "geopend", "2026-05"), { soort: "onder5" });
      const leeg = await leesCijfers(context(db, NU), fatima, { van: "2026-12-01", tot: "2026-12-31" });
      assert.deepEqual(leeg.geopend, { soort: "getal", waarde: 0 });
    });

    it("refuses a medewerker and a logbeheerder, and bad dates; logs a view of aggregated data, with the period and no case", async () => {
      const ctx = context(db, NU);
      assert.equal(await code(leesCijfers(ctx, sanne)), "GEEN_TOEGANG");
      assert.equal(await code(leesCijfers(ctx, logbeheerder)), "GEEN_TOEGANG");
      assert.equal(await code(exporteerCijfers(ctx, sanne, {}, t, "nl")), "GEEN_TOEGANG");
      for (const fout of [
        { van: "2026-08-01" },
        { van: "2026-09-01", tot: "2026-08-01" },
        { van: "2026-13-01", tot: "2027-01-01" },
        { van: "2024-08-01", tot: "2026-08-01" },
        { jaar: "2026" },
      ]) {
        assert.equal(await code(leesCijfers(ctx, fatima, fout)), "ONGELDIGE_INVOER", JSON.stringify(fout));
      }
      const log = await logregels("cijfers_bekijken");
      assert.ok(log.some((r) => r.uitkomst === "geweigerd" && r.gebruiker_id === sanne.gebruiker.id));
      assert.ok(log.some((r) => r.uitkomst === "geweigerd" && r.gebruiker_id === logbeheerder.gebruiker.id));
      assert.ok(log.some((r) => r.uitkomst === "ongeldig"));
      const gelukt = log.filter((r) => r.uitkomst === "gelukt");
      assert.ok(
        gelukt.some(
          (r) =>
            r.gebruiker_id === fatima.gebruiker.id &&
            r.details === "reflectiecijfers (geaggregeerd, geen dossier), periode 2026-08-01 t/m 2027-07-31",
        ),
      );
      assert.ok(log.every((r) => r.dossier_id === null && !r.details?.includes("Kind")));
      assert.ok((await logregels("cijfers_exporteren")).some((r) => r.uitkomst === "geweigerd"));
    });

    it("exports the figures as CSV for Dutch Excel, suppressed like the page, and logs the export", async () => {
      const { csv, periode } = await exporteerCijfers(context(db, NU), fatima, {}, t, "nl");
      assert.deepEqual(periode, { van: "2026-08-01", tot: "2027-07-31" });
      assert.ok(csv.startsWith(BOM));
      const regels = csv.slice(1).split("\r\n");
      assert.equal(regels[0], "Cijfer;Categorie;Aantal");
      assert.equal(regels[1], "Periode;2026-08-01 – 2027-07-31;");
      assert.equal(regels[2], "Dossiers geopend in deze periode;;8");
      assert.ok(regels.includes("Gesprek met de ouders;Niet gevoerd: veiligheid;< 5"));
      assert.ok(regels.includes("Gesprek met de ouders;Nog niet;×"));
      assert.ok(regels.includes("Consultaties, en met wie;Collega;5"));
      assert.ok(regels.includes("Geopende dossiers per maand;november 2026;8"));
      assert.ok(
        regels.every((r) => !/;[1-4]$/.test(r)),
        "no count 1–4 anywhere",
      );
      assert.ok(
        (await logregels("cijfers_exporteren")).some(
          (r) => r.uitkomst === "gelukt" && r.details?.includes("2026-08-01") && r.dossier_id === null,
        ),
      );
    });
  });
}

for (const api of await runtimeDatabases("mw-cijfers-")) {
  describe(`GET /api/cijfers and /cijfers.csv on ${api.naam}`, () => {
    let app: ApiOrganisatie | undefined;
    let medewerker: Ingelogd;
    let af: Ingelogd;

    before(async () => {
      app = await startApiOrganisatie(api, `Api ${api.naam}`, [["medewerker"], ["aandachtsfunctionaris"]]);
      [medewerker, af] = app.mensen as [Ingelogd, Ingelogd];
      for (let i = 0; i < 3; i++)
        await openDossier(app.runtime, medewerker, { ...OPENING.gegevens, werknaam: `Api ${i}` });
    });
    after(async () => app?.stop());

    const verzoek = (pad: string, wie: Ingelogd) => {
      assert.ok(app);
      return app.sessies.get(pad, wie);
    };

    it("answers the aandachtsfunctionaris with the figures, a count under 5 as {waarde: null, onder: 5}; 403 for a medewerker; 400 in Dutch for a bad period", async () => {
      const goed = await cijfersApi(verzoek("/api/cijfers", af));
      assert.equal(goed.status, 200);
      const json = (await goed.json()) as {
        periode: { van: string };
        geopend: unknown;
        figuren: { id: string; soort: string; rijen: { categorie: string; aantal: { waarde: number | null } }[] }[];
        medianen: { waarde: unknown }[];
      };
      assert.deepEqual(json.geopend, { waarde: null, onder: 5 });
      assert.equal(json.figuren.length, 10);
      const tekst = JSON.stringify(json);
      for (const n of [1, 2, 3, 4]) assert.ok(!tekst.includes(`"waarde":${n}}`), `no count ${n}`);
      assert.ok(json.medianen.every((m) => m.waarde === null));
      assert.equal((await cijfersApi(verzoek("/api/cijfers", medewerker))).status, 403);
      const fout = await cijfersApi(verzoek("/api/cijfers?van=2026-09-01&tot=2026-08-01", af));
      assert.equal(fout.status, 400);
      assert.match(JSON.stringify(await fout.json()), /De einddatum ligt vóór de begindatum/);
    });

    it("serves the CSV as UTF-8 with a BOM and the period in its name, and refuses a medewerker", async () => {
      const antwoord = await cijfersCsv(verzoek("/cijfers.csv?van=2026-01-01&tot=2026-12-31", af));
      assert.equal(antwoord.status, 200);
      assert.equal(antwoord.headers.get("content-type"), "text/csv; charset=utf-8");
      assert.match(
        antwoord.headers.get("content-disposition") ?? "",
        /attachment; filename="reflectiecijfers-2026-01-01-2026-12-31\.csv"/,
      );
      const bytes = new Uint8Array(await antwoord.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.match(new TextDecoder().decode(bytes), /Dossiers geopend in deze periode;;< 5\r\n/);
      await assert.rejects(
        cijfersCsv(verzoek("/cijfers.csv", medewerker)),
        (f: unknown) => (f as { init?: { status?: number } }).init?.status === 403,
      );
    });
  });
}
