import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { AppLoadContext, LoaderFunctionArgs } from "react-router";
import { loader as auditlogApi } from "../../src/adapters/http/api/auditlog.ts";
import { loader as dossiersApi } from "../../src/adapters/http/api/dossiers.ts";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { lijstMijnDossiers } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { deelDossier } from "../../src/app/toegang/delen.ts";
import { leesToegangslog, leesToegangslogPagina } from "../../src/app/toegang/toegangslog-lezen.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { LIJST_FASEN } from "../../src/domain/dossier/takenlijst.ts";
import { maakCursor, PAGINA_GROOTTE } from "../../src/domain/lijst/pagina.ts";
import nl from "../../src/i18n/nl.json" with { type: "json" };
import { runtimeDatabases } from "../helpers/app-runtime.ts";
import { startApiOrganisatie, type ApiOrganisatie } from "../helpers/api-sessies.ts";
import { weigering } from "../helpers/uitkomst.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

type Invoer = Record<string, string | undefined>;

function rijen<T>(resultaat: unknown): T[] {
  return (resultaat as { rows: T[] }).rows;
}

/** Every page of a list, following `volgende` from the first; asserts that no page is empty or over-full. */
async function allePaginas<T>(
  lees: (
    cursor: string | undefined,
  ) => Promise<{ items: readonly T[]; volgende: string | null; vorige: string | null }>,
) {
  const paginas: { items: readonly T[]; volgende: string | null; vorige: string | null }[] = [];
  let cursor: string | undefined;
  for (;;) {
    const pagina = await lees(cursor);
    assert.ok(pagina.items.length <= PAGINA_GROOTTE);
    paginas.push(pagina);
    if (pagina.volgende === null) break;
    assert.equal(pagina.items.length, PAGINA_GROOTTE, "only the last page may be short");
    cursor = pagina.volgende;
    assert.ok(paginas.length < 100, "paging ends");
  }
  return paginas;
}

for (const testDb of await testDatabases()) {
  describe(`lists that scale on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let organisatieId: string;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let fatima: Ingelogd;
    let peter: Ingelogd;
    let ruud: Ingelogd;
    let vreemde: Ingelogd;
    const vanSanne: string[] = [];
    const vanJoris: string[] = [];
    let gedeeldMetSanne: string;

    /** All of the organisation's dossiers in the list's order, straight from the table. */
    async function alleIds(volgorde: "activiteit" | "geopend" = "activiteit"): Promise<string[]> {
      const kolom = volgorde === "geopend" ? sql`aangemaakt_op` : sql`bijgewerkt_op`;
      return rijen<{ id: string }>(
        await db.db.execute(
          sql`select id from dossiers where organisatie_id = ${organisatieId} order by ${kolom} desc, id desc`,
        ),
      ).map((r) => r.id);
    }

    async function logregels(actie: string, uitkomst: string): Promise<number> {
      const r = rijen<{ n: number }>(
        await db.db.execute(
          sql`select count(*)::int as n from toegangslog where organisatie_id = ${organisatieId} and actie = ${actie} and uitkomst = ${uitkomst}`,
        ),
      );
      return Number(r[0]?.n);
    }

    before(async () => {
      db = await testDb.open();
      const regenboog = await maakOrganisatieMetMensen(db, "Regenboog", [
        ["medewerker"],
        ["medewerker"],
        ["aandachtsfunctionaris"],
        ["eindverantwoordelijke"],
        ["logbeheerder"],
      ]);
      organisatieId = regenboog.organisatieId;
      [sanne, joris, fatima, peter, ruud] = regenboog.mensen as [Ingelogd, Ingelogd, Ingelogd, Ingelogd, Ingelogd];
      vreemde = (await maakOrganisatieMetMensen(db, "Anker", [["medewerker"]])).mensen[0] as Ingelogd;
      // 60 of Sanne's at one and the same instant: only the id can order them.
      const nu = context(db, NU);
      for (let i = 0; i < 60; i++)
        vanSanne.push(await openDossier(nu, sanne, { ...OPENING.gegevens, werknaam: `Sanne ${i} (groep ${i % 8})` }));
      // 55 of Joris', in pairs that share an instant.
      for (let i = 0; i < 55; i++) {
        const ctx = context(db, new Date(NU.getTime() + Math.floor(i / 2) * 60_000));
        vanJoris.push(
          await openDossier(ctx, joris, { ...OPENING.gegevens, werknaam: i === 0 ? "Joris 100%_zeker" : `Joris ${i}` }),
        );
      }
      gedeeldMetSanne = vanJoris[7] as string;
      await deelDossier(context(db, NU), joris, gedeeldMetSanne, {
        gebruikerId: sanne.gebruiker.id,
        soort: "gedeeld",
        reden: "Duo-collega.",
      });
    });
    after(async () => db.sluit());

    it("pages the whole list without duplicates or gaps, also across equal timestamps, both orders, and back", async () => {
      const ctx = context(db, new Date(NU.getTime() + 3_600_000));
      for (const volgorde of ["activiteit", "geopend"] as const) {
        const paginas = await allePaginas((cursor) => lijstMijnDossiers(ctx, fatima, { volgorde, cursor }));
        const gezien = paginas.flatMap((p) => p.items.map((d) => d.id));
        assert.deepEqual(gezien, await alleIds(volgorde), `${volgorde}: every dossier once, in order`);
        assert.deepEqual(
          paginas.map((p) => p.items.length),
          [50, 50, 15],
        );
        assert.equal(paginas[0]?.vorige, null);
        // Back from the last page with `vorige`: the same pages in reverse.
        let terug = paginas.at(-1);
        for (let i = paginas.length - 2; i >= 0; i--) {
          assert.ok(terug?.vorige);
          terug = await lijstMijnDossiers(ctx, fatima, { volgorde, cursor: terug.vorige });
          assert.deepEqual(
            terug.items.map((d) => d.id),
            paginas[i]?.items.map((d) => d.id),
            `${volgorde}: page ${i + 1} again`,
          );
        }
        assert.equal(terug?.vorige, null, "back on the first page");
      }
    });

    it("stays stable when dossiers are opened while someone pages", async () => {
      const ctx = context(db, new Date(NU.getTime() + 3_600_000));
      const voor = await alleIds("geopend");
      const eerste = await lijstMijnDossiers(ctx, fatima, { volgorde: "geopend" });
      const nieuw = await openDossier(context(db, new Date(NU.getTime() + 7_200_000)), joris, {
        ...OPENING.gegevens,
        werknaam: "Later geopend",
      });
      // A second one at exactly the instant of the first page's last row.
      const laatsteTijd = eerste.items.at(-1)?.aangemaaktOp ?? NU;
      const gelijk = await openDossier(context(db, laatsteTijd), joris, {
        ...OPENING.gegevens,
        werknaam: "Zelfde tijdstip",
      });
      const rest = await allePaginas((cursor) =>
        lijstMijnDossiers(ctx, fatima, { volgorde: "geopend", cursor: cursor ?? eerste.volgende ?? undefined }),
      );
      const gezien = [...eerste.items, ...rest.flatMap((p) => p.items)].map((d) => d.id).filter((id) => id !== gelijk);
      assert.deepEqual(gezien, voor, "the original dossiers each once, in order");
      assert.ok(!gezien.includes(nieuw));
      vanJoris.push(nieuw, gelijk);
    });

    it("never shows a dossier outside the person's basis, through paging, search or a crafted cursor", async () => {
      const ctx = context(db, new Date(NU.getTime() + 3_600_000));
      const sannes = (await allePaginas((cursor) => lijstMijnDossiers(ctx, sanne, { cursor }))).flatMap((p) => p.items);
      assert.deepEqual(new Set(sannes.map((d) => d.id)), new Set([...vanSanne, gedeeldMetSanne]));
      assert.equal(sannes.find((d) => d.id === gedeeldMetSanne)?.grondslag, "gedeeld");
      assert.equal(
        (await lijstMijnDossiers(ctx, sanne, { zoek: "Joris" })).items.map((d) => d.id).join(),
        gedeeldMetSanne,
        "only the shared one of Joris'",
      );
      assert.deepEqual(
        (await lijstMijnDossiers(ctx, sanne, { zoek: (vanJoris[3] as string).slice(0, 8) })).items,
        [],
        "another's reference finds nothing",
      );
      // A cursor made at one of Joris' dossiers: the page after it still holds only Sanne's.
      const [rij] = rijen<{ t: string }>(
        await db.db.execute(
          sql`select to_char(bijgewerkt_op at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t from dossiers where id = ${vanJoris[20] as string}`,
        ),
      );
      const gemaakt = maakCursor({
        richting: "na",
        volgorde: "activiteit",
        sleutel: [rij?.t ?? "", vanJoris[20] as string],
      });
      const na = await lijstMijnDossiers(ctx, sanne, { cursor: gemaakt });
      assert.ok(na.items.length > 0 && na.items.every((d) => d.id === gedeeldMetSanne || vanSanne.includes(d.id)));
      assert.deepEqual(
        (await lijstMijnDossiers(ctx, peter, {})).items,
        [],
        "no decision asked: nothing for the eindverantwoordelijke",
      );
      assert.deepEqual((await lijstMijnDossiers(ctx, vreemde, { zoek: "Sanne" })).items, [], "another organisation");
      assert.deepEqual(
        (await lijstMijnDossiers(ctx, vreemde, { cursor: gemaakt })).items,
        [],
        "another organisation, with a cursor",
      );
    });

    it("searches the working name (any case, substring from three characters, the start below, LIKE characters literal) and the reference", async () => {
      const ctx = context(db, new Date(NU.getTime() + 3_600_000));
      const namen = async (invoer: Invoer, wie: Ingelogd = fatima) =>
        (await allePaginas((cursor) => lijstMijnDossiers(ctx, wie, { ...invoer, cursor }))).flatMap((p) =>
          p.items.map((d) => d.werknaam),
        );
      assert.deepEqual(
        (await namen({ zoek: "sanne 1" })).sort(),
        ["Sanne 1 (groep 1)", ...Array.from({ length: 10 }, (_, i) => `Sanne 1${i} (groep ${(10 + i) % 8})`)].sort(),
      );
      assert.equal((await namen({ zoek: "GROEP 7" })).length, 7);
      assert.deepEqual(await namen({ zoek: "100%_" }), ["Joris 100%_zeker"]);
      assert.deepEqual(await namen({ zoek: "0%_" }), ["Joris 100%_zeker"], "% is a character, not a wildcard");
      assert.deepEqual(await namen({ zoek: "%_z" }), ["Joris 100%_zeker"]);
      // One or two characters (decision 0072): the start of the name, any case, LIKE characters literal.
      const vanJo = await namen({ zoek: "jO" });
      assert.ok(vanJo.length > 1, "the start of the name");
      assert.deepEqual(vanJo, await namen({ zoek: "joris" }));
      assert.equal((await namen({ zoek: "s" })).length, (await namen({ zoek: "sanne" })).length);
      assert.deepEqual(await namen({ zoek: "oe" }), [], "not inside the name");
      assert.deepEqual(await namen({ zoek: "%" }), [], "% is a character: no name starts with it");
      assert.deepEqual(await namen({ zoek: "_" }), []);
      const id = vanSanne[5] as string;
      assert.deepEqual(
        await namen({ zoek: id.slice(0, 8).toUpperCase() }),
        ["Sanne 5 (groep 5)"],
        "the reference, any case",
      );
      assert.deepEqual(await namen({ zoek: id }), ["Sanne 5 (groep 5)"], "the whole id");
      assert.deepEqual(await namen({ zoek: "   " }), await namen({}), "blank is no search");
    });

    it("filters by phase and open or closed, and combines with search", async () => {
      const ctx = context(db, new Date(NU.getTime() + 3 * 3_600_000));
      for (const id of vanSanne.slice(0, 3))
        await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
      // Closing a case takes a decision first; the list reads the projection, so set it there.
      await db.db.execute(sql`update dossiers set fase = 'gesloten' where id = ${vanSanne[10] as string}`);
      const ids = async (invoer: Invoer) =>
        (await allePaginas((cursor) => lijstMijnDossiers(ctx, fatima, { ...invoer, cursor }))).flatMap((p) =>
          p.items.map((d) => d.id),
        );
      assert.deepEqual(new Set(await ids({ fase: "consultatie" })), new Set(vanSanne.slice(0, 3)));
      assert.deepEqual(await ids({ status: "gesloten" }), [vanSanne[10]]);
      assert.deepEqual(await ids({ fase: "gesloten" }), [vanSanne[10]]);
      const open = await ids({ status: "open" });
      assert.equal(open.length, (await alleIds()).length - 1);
      assert.ok(!open.includes(vanSanne[10] as string));
      assert.deepEqual(await ids({ zoek: "Sanne 1", fase: "consultatie" }), [vanSanne[1]]);
      assert.deepEqual(await ids({ zoek: "Sanne 1", status: "gesloten" }), [vanSanne[10]]);
      // The newest activity first: the three with a signal lead the list.
      assert.deepEqual(
        new Set((await lijstMijnDossiers(ctx, fatima, {})).items.slice(0, 3).map((d) => d.id)),
        new Set(vanSanne.slice(0, 3)),
      );
    });

    it("refuses a malformed cursor or filter with a Dutch field error, logged as invalid and never as a listing", async () => {
      const ctx = context(db, new Date(NU.getTime() + 3_600_000));
      const gelukt = await logregels("dossiers_lijst", "gelukt");
      const ongeldig = await logregels("dossiers_lijst", "ongeldig");
      const logCursor = maakCursor({
        richting: "na",
        volgorde: "tijd",
        sleutel: ["2026-11-22T09:00:00.000000Z", "1", organisatieId],
      });
      const geopendCursor = maakCursor({
        richting: "na",
        volgorde: "geopend",
        sleutel: ["2026-11-22T09:00:00.000000Z", vanSanne[0] as string],
      });
      const gevallen: [Invoer, string, string][] = [
        [{ cursor: "dit-is-geen-cursor" }, "cursor", "fout.ongeldige_cursor"],
        [{ cursor: "%%%" }, "cursor", "fout.ongeldige_cursor"],
        [{ cursor: logCursor }, "cursor", "fout.ongeldige_cursor"],
        [
          {
            cursor: maakCursor({
              richting: "na",
              volgorde: "activiteit",
              sleutel: ["gisteren", vanSanne[0] as string],
            }),
          },
          "cursor",
          "fout.ongeldige_cursor",
        ],
        [
          {
            cursor: maakCursor({
              richting: "na",
              volgorde: "activiteit",
              sleutel: ["2026-11-22T09:00:00.000000Z", "1; drop table dossiers"],
            }),
          },
          "cursor",
          "fout.ongeldige_cursor",
        ],
        [{ cursor: geopendCursor, volgorde: "activiteit" }, "cursor", "fout.ongeldige_cursor"],
        [{ fase: "onbekend" }, "fase", "fout.ongeldige_keuze"],
        [{ status: "half" }, "status", "fout.ongeldige_keuze"],
        [{ volgorde: "naam" }, "volgorde", "fout.ongeldige_keuze"],
        [{ zoek: "x".repeat(101) }, "zoek", "fout.te_lang"],
        [{ zoek: "a\u0000b" }, "zoek", "fout.ongeldig_teken"],
        [{ pagina: "2" }, "pagina", "fout.onbekend_veld"],
      ];
      for (const [invoer, veld, sleutel] of gevallen) {
        const fout = await weigering(lijstMijnDossiers(ctx, fatima, invoer));
        assert.equal(fout.code, "ONGELDIGE_INVOER", JSON.stringify(invoer));
        assert.deepEqual(
          fout.velden.map((v) => [v.veld, v.sleutel]),
          [[veld, sleutel]],
          JSON.stringify(invoer),
        );
      }
      assert.equal(await logregels("dossiers_lijst", "gelukt"), gelukt, "nothing logged as a listing");
      assert.equal(
        await logregels("dossiers_lijst", "ongeldig"),
        ongeldig + gevallen.length,
        "each attempt logged as invalid",
      );
      assert.match(nl.fout.ongeldige_cursor, /paginaverwijzing/, "a Dutch message for the cursor");
    });

    it("logs a search without its term", async () => {
      const ctx = context(db, new Date(NU.getTime() + 3_600_000));
      await lijstMijnDossiers(ctx, fatima, { zoek: "Sanne 4", fase: "signalen" });
      const [laatste] = rijen<{ details: string }>(
        await db.db.execute(
          sql`select details from toegangslog where gebruiker_id = ${fatima.gebruiker.id} and actie = 'dossiers_lijst' order by id desc limit 1`,
        ),
      );
      assert.equal(laatste?.details, "11 dossiers; gezocht (zoekterm niet vastgelegd); fase signalen");
      assert.ok(!laatste.details.includes("Sanne"));
    });

    it("accepts exactly the phases faseVan gives, each with a Dutch name", () => {
      assert.deepEqual([...LIJST_FASEN].sort(), Object.keys(nl.fase).sort());
    });

    describe("the access log", () => {
      async function regelsVanOrganisatie(): Promise<string[]> {
        const r = rijen<{ k: string }>(
          await db.db.execute(
            sql`select id::text as k from toegangslog where organisatie_id = ${organisatieId} order by tijdstip desc, id desc`,
          ),
        );
        return r.map((x) => x.k);
      }

      it("pages every entry once, newest first, although most share one instant, while reading adds entries", async () => {
        // Later than every entry so far, as a real clock would be: what reading writes is newer than all it reads.
        const ctx: AppContext = context(db, new Date(NU.getTime() + 10 * 3_600_000));
        const voor = await regelsVanOrganisatie();
        assert.ok(voor.length > 2 * PAGINA_GROOTTE);
        const paginas = await allePaginas((cursor) => leesToegangslog(ctx, ruud, { cursor }));
        const gezien = paginas.flatMap((p) => p.items.map((r) => String(r.id)));
        // Reading wrote entries at NU with higher ids: they sort before the first page's position and never show up later.
        const nieuw = gezien.filter((k) => !voor.includes(k));
        assert.deepEqual(
          gezien.filter((k) => voor.includes(k)),
          voor,
          "the entries that existed: each once, in order",
        );
        assert.deepEqual(nieuw, [], "what reading wrote is newer than the first page");
        const terug = await leesToegangslog(ctx, ruud, { cursor: paginas[1]?.vorige ?? undefined });
        assert.deepEqual(
          terug.items.map((r) => r.id),
          paginas[0]?.items.map((r) => r.id),
          "back: the first page's entries again",
        );
        assert.notEqual(terug.vorige, null, "and above them, what reading has written since");
      });

      it("pages oldest first: the same entries the other way round, and back; a cursor of the other order is refused (decision 0083)", async () => {
        const ctx: AppContext = context(db, NU);
        const filter = { actie: "dossier_aanmaken" };
        const nieuwste = (await allePaginas((cursor) => leesToegangslog(ctx, ruud, { ...filter, cursor }))).flatMap(
          (p) => p.items.map((r) => r.id),
        );
        const paginas = await allePaginas((cursor) =>
          leesToegangslog(ctx, ruud, { ...filter, volgorde: "oudste", cursor }),
        );
        assert.ok(paginas.length >= 2, "more than one page");
        assert.deepEqual(
          paginas.flatMap((p) => p.items.map((r) => r.id)),
          [...nieuwste].reverse(),
        );
        const terug = await leesToegangslog(ctx, ruud, {
          ...filter,
          volgorde: "oudste",
          cursor: paginas[1]?.vorige ?? undefined,
        });
        assert.deepEqual(
          terug.items.map((r) => r.id),
          paginas[0]?.items.map((r) => r.id),
          "back: the first page again",
        );
        const fout = await weigering(
          leesToegangslog(ctx, ruud, { ...filter, cursor: paginas[0]?.volgende ?? undefined }),
        );
        assert.deepEqual(
          fout.velden.map((v) => [v.veld, v.sleutel]),
          [["cursor", "fout.ongeldige_cursor"]],
        );
      });

      it("filters by action, outcome, person, reference and dates", async () => {
        const ctx: AppContext = context(db, NU);
        const alle = async (invoer: Invoer) =>
          (await allePaginas((cursor) => leesToegangslog(ctx, ruud, { ...invoer, cursor }))).flatMap((p) => p.items);
        const aanmaken = await alle({ actie: "dossier_aanmaken" });
        assert.equal(aanmaken.length, (await alleIds()).length);
        assert.ok(aanmaken.every((r) => r.actie === "dossier_aanmaken"));
        await weigering(lijstMijnDossiers(ctx, sanne, { fase: "onbekend" }));
        const ongeldig = await alle({ uitkomst: "ongeldig" });
        assert.ok(ongeldig.length >= 1 && ongeldig.every((r) => r.uitkomst === "ongeldig"));
        assert.ok(ongeldig.some((r) => r.gebruikerId === sanne.gebruiker.id && r.actie === "dossiers_lijst"));
        const vanJorisGelogd = await alle({ gebruiker: joris.gebruiker.id, actie: "dossier_aanmaken" });
        assert.equal(vanJorisGelogd.length, vanJoris.length);
        const id = vanSanne[2] as string;
        const perKenmerk = await alle({ dossier: id.slice(0, 8) });
        assert.ok(perKenmerk.length >= 2 && perKenmerk.every((r) => r.dossierId === id));
        assert.deepEqual(
          (await alle({ dossier: id })).map((r) => r.id),
          perKenmerk.map((r) => r.id),
        );
        assert.deepEqual(await alle({ van: "2026-11-23" }), []);
        assert.deepEqual(await alle({ tot: "2026-11-21" }), []);
        assert.equal(
          (await alle({ van: "2026-11-22", tot: "2026-11-22", actie: "dossier_aanmaken" })).length,
          aanmaken.length,
        );
      });

      it("refuses malformed filters and cursors with a field error, logged as invalid", async () => {
        const ctx: AppContext = context(db, NU);
        const dossierCursor = maakCursor({
          richting: "na",
          volgorde: "activiteit",
          sleutel: ["2026-11-22T09:00:00.000000Z", vanSanne[0] as string],
        });
        const gevallen: [Invoer, string][] = [
          [{ cursor: "xyz!" }, "cursor"],
          [{ cursor: dossierCursor }, "cursor"],
          [
            { cursor: maakCursor({ richting: "na", volgorde: "tijd", sleutel: ["2026-11-22T09:00:00.000000Z", "0"] }) },
            "cursor",
          ],
          [{ actie: "alles" }, "actie"],
          [{ uitkomst: "misschien" }, "uitkomst"],
          [{ dossier: "abc" }, "dossier"],
          [{ van: "gisteren" }, "van"],
        ];
        const gelukt = await logregels("toegangslog_lezen", "gelukt");
        for (const [invoer, veld] of gevallen) {
          const fout = await weigering(leesToegangslog(ctx, ruud, invoer));
          assert.equal(fout.code, "ONGELDIGE_INVOER", JSON.stringify(invoer));
          assert.deepEqual(
            fout.velden.map((v) => v.veld),
            [veld],
          );
        }
        assert.equal(await logregels("toegangslog_lezen", "gelukt"), gelukt);
        assert.equal((await weigering(leesToegangslog(ctx, fatima, {}))).code, "GEEN_TOEGANG", "only a logbeheerder");
      });

      it("gives the page the same log page and the organisation's people, names only, in one gated read", async () => {
        const ctx: AppContext = context(db, new Date(NU.getTime() + 11 * 3_600_000));
        const pagina = await leesToegangslogPagina(ctx, ruud, { gebruiker: sanne.gebruiker.id });
        const api = await leesToegangslog(ctx, ruud, { gebruiker: sanne.gebruiker.id });
        assert.deepEqual(
          pagina.items.map((r) => r.id),
          api.items.map((r) => r.id),
          "the same entries as the API's read",
        );
        const ids = pagina.mensen.map((m) => m.id);
        for (const wie of [sanne, joris, fatima, peter, ruud])
          assert.ok(ids.includes(wie.gebruiker.id), `${wie.gebruiker.naam} in the list`);
        assert.ok(!ids.includes(vreemde.gebruiker.id), "nobody of another organisation");
        assert.ok(
          pagina.mensen.every((m) => Object.keys(m).sort().join() === "id,naam"),
          "no e-mail addresses or roles for the page",
        );
        const geweigerd = await logregels("toegangslog_lezen", "geweigerd");
        assert.equal(
          (await weigering(leesToegangslogPagina(ctx, fatima, {}))).code,
          "GEEN_TOEGANG",
          "only a logbeheerder",
        );
        assert.equal(await logregels("toegangslog_lezen", "geweigerd"), geweigerd + 1, "the refusal is logged");
      });
    });
  });
}

/**
 * The JSON API over the same use-cases: the page shape, following `volgende`, and a Dutch 400 for a
 * malformed cursor. The API reads the database from the environment, so each database gets a runtime.
 */
for (const api of await runtimeDatabases("mw-lijsten-")) {
  describe(`GET /api/dossiers and /api/auditlog in pages on ${api.naam}`, () => {
    let app: ApiOrganisatie | undefined;
    let medewerker: Ingelogd;
    let logbeheerder: Ingelogd;

    before(async () => {
      app = await startApiOrganisatie(api, `Api ${api.naam}`, [["medewerker"], ["logbeheerder"]]);
      [medewerker, logbeheerder] = app.mensen as [Ingelogd, Ingelogd];
      for (let i = 0; i < 53; i++)
        await openDossier(app.runtime, medewerker, { ...OPENING.gegevens, werknaam: `Api ${i}` });
    });
    after(async () => app?.stop());

    async function vraag(
      loader: (args: LoaderFunctionArgs<AppLoadContext>) => Promise<Response>,
      pad: string,
      wie: Ingelogd,
    ) {
      assert.ok(app);
      const antwoord = await loader(app.sessies.get(pad, wie));
      return {
        status: antwoord.status,
        json: (await antwoord.json()) as Record<string, unknown> & {
          fout?: { code: string; velden: { veld: string; melding: string }[] };
        },
      };
    }

    it("pages the dossiers with the cursor from `volgende`, and refuses a malformed one in Dutch", async () => {
      const eerste = await vraag(dossiersApi, "/api/dossiers", medewerker);
      assert.equal(eerste.status, 200);
      assert.equal((eerste.json["dossiers"] as unknown[]).length, 50);
      assert.equal(eerste.json["vorige"], null);
      const volgende = eerste.json["volgende"] as string;
      const tweede = await vraag(dossiersApi, `/api/dossiers?cursor=${volgende}`, medewerker);
      const namen = [
        ...(eerste.json["dossiers"] as { werknaam: string }[]),
        ...(tweede.json["dossiers"] as { werknaam: string }[]),
      ].map((d) => d.werknaam);
      assert.equal(new Set(namen).size, 53);
      assert.equal(tweede.json["volgende"], null);
      const zoek = await vraag(dossiersApi, "/api/dossiers?zoek=api%2052", medewerker);
      assert.deepEqual(
        (zoek.json["dossiers"] as { werknaam: string }[]).map((d) => d.werknaam),
        ["Api 52"],
      );
      const fout = await vraag(dossiersApi, "/api/dossiers?cursor=kapot", medewerker);
      assert.equal(fout.status, 400);
      assert.equal(fout.json.fout?.code, "ONGELDIGE_INVOER");
      assert.deepEqual(
        fout.json.fout?.velden.map((v) => v.veld),
        ["cursor"],
      );
      assert.match(fout.json.fout?.velden[0]?.melding ?? "", /paginaverwijzing is ongeldig/);
      assert.equal(
        (await vraag(dossiersApi, "/api/dossiers?onbekend=1", medewerker)).status,
        400,
        "an unknown parameter",
      );
    });

    it("pages the log, keeps `afgekapt`, and refuses a malformed cursor", async () => {
      const eerste = await vraag(auditlogApi, "/api/auditlog?actie=dossier_aanmaken", logbeheerder);
      assert.equal(eerste.status, 200);
      assert.equal((eerste.json["regels"] as unknown[]).length, 50);
      assert.equal(eerste.json["afgekapt"], true);
      const tweede = await vraag(
        auditlogApi,
        `/api/auditlog?actie=dossier_aanmaken&cursor=${eerste.json["volgende"] as string}`,
        logbeheerder,
      );
      assert.equal((tweede.json["regels"] as unknown[]).length, 3);
      assert.equal(tweede.json["afgekapt"], false);
      assert.equal(tweede.json["volgende"], null);
      const fout = await vraag(auditlogApi, "/api/auditlog?cursor=kapot", logbeheerder);
      assert.equal(fout.status, 400);
      assert.deepEqual(
        fout.json.fout?.velden.map((v) => v.veld),
        ["cursor"],
      );
    });
  });
}
