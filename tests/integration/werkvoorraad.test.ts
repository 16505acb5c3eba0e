import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { loader as werkvoorraadApi } from "../../src/adapters/http/api/werkvoorraad.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import {
  exporteerWerkvoorraad,
  leesWerkvoorraad,
  wijsToeVanuitWerkvoorraad,
  type WerkvoorraadRij,
} from "../../src/app/werkvoorraad/werkvoorraad.ts";
import { controleerProjecties, werkProjectiesBij } from "../../src/app/dossier/projecties.ts";
import { vindDossier } from "../../src/adapters/db/dossier.repository.ts";
import { TOESTAND_VORM } from "../../src/domain/dossier/toestand.ts";
import { PAGINA_GROOTTE } from "../../src/domain/lijst/pagina.ts";
import { BOM } from "../../src/domain/werkvoorraad/werkvoorraad.ts";
import { vertaler } from "../../src/i18n/vertaal.ts";
import { loader as werkvoorraadCsv } from "../../src/ui/routes/werkvoorraad-csv.ts";
import { runtimeDatabases } from "../helpers/app-runtime.ts";
import { startApiOrganisatie, type ApiOrganisatie } from "../helpers/api-sessies.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { code } from "../helpers/uitkomst.ts";
import { MELDING_INHOUD, OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

type Invoer = Record<string, string | undefined>;
const DAG = 24 * 3_600_000;
/** A month after the cases were opened: every step left open since has lain still too long. */
const LATER = new Date(NU.getTime() + 30 * DAG);
const t = vertaler("nl");

function rijen<T>(resultaat: unknown): T[] {
  return (resultaat as { rows: T[] }).rows;
}

/** Every row of the werkvoorraad, following `volgende`; no page over-full, only the last short. */
async function alles(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Invoer = {},
): Promise<{ rijen: WerkvoorraadRij[]; paginas: number[] }> {
  const gezien: WerkvoorraadRij[] = [];
  const paginas: number[] = [];
  let cursor: string | undefined;
  for (;;) {
    const pagina = await leesWerkvoorraad(ctx, wie, { ...invoer, cursor });
    gezien.push(...pagina.items);
    paginas.push(pagina.items.length);
    if (pagina.volgende === null) break;
    assert.equal(pagina.items.length, PAGINA_GROOTTE);
    cursor = pagina.volgende;
    assert.ok(paginas.length < 20, "paging ends");
  }
  return { rijen: gezien, paginas };
}

for (const testDb of await testDatabases()) {
  describe(`werkvoorraad on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let organisatieId: string;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let fatima: Ingelogd;
    let peter: Ingelogd;
    let beheerder: Ingelogd;
    let vreemdeAf: Ingelogd;
    let gevraagd: string;
    let gesloten: string;
    let vers: string;
    let versGevraagd: string;
    let elders: string;

    async function logregels(
      actie: string,
    ): Promise<{ uitkomst: string; details: string | null; gebruiker_id: string }[]> {
      return rijen(
        await db.db.execute(
          sql`select uitkomst, details, gebruiker_id from toegangslog where organisatie_id = ${organisatieId} and actie = ${actie} order by tijdstip`,
        ),
      );
    }

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Regenboog", [
        ["medewerker"],
        ["medewerker"],
        ["aandachtsfunctionaris"],
        ["eindverantwoordelijke"],
        ["beheerder"],
      ]);
      organisatieId = org.organisatieId;
      [sanne, joris, fatima, peter, beheerder] = org.mensen as [Ingelogd, Ingelogd, Ingelogd, Ingelogd, Ingelogd];
      const anker = await maakOrganisatieMetMensen(db, "Anker", [["medewerker"], ["aandachtsfunctionaris"]]);
      vreemdeAf = anker.mensen[1] as Ingelogd;
      elders = await openDossier(context(db, NU), anker.mensen[0] as Ingelogd, {
        ...OPENING.gegevens,
        werknaam: "Elders",
      });
      for (let i = 0; i < 55; i++)
        await openDossier(context(db, new Date(NU.getTime() + i * 60_000)), joris, {
          ...OPENING.gegevens,
          werknaam: `Joris ${i}`,
        });
      const ctx = context(db, NU);
      gevraagd = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: "Gevraagd" });
      await voegGebeurtenisToeAanDossier(ctx, fatima, gevraagd, {
        type: "besluit_voorgesteld",
        verwachteVersie: 1,
        gegevens: {
          besluit: "hulp",
          toelichting: "Ouders staan open voor hulp.",
          afwijkingMotivering: "Nog niet gewogen; de school biedt hulp.",
        },
      });
      gesloten = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: '=Gesloten; "oud"' });
      await voegGebeurtenisToeAanDossier(ctx, sanne, gesloten, {
        type: "dossier_afgesloten",
        verwachteVersie: 1,
        gegevens: { reden: "Zorg weggenomen." },
      });
      vers = await openDossier(context(db, LATER), sanne, { ...OPENING.gegevens, werknaam: "Vers" });
      // Fresh, with a proposal: its only task (to decide) is open from the start, never overdue.
      versGevraagd = await openDossier(context(db, LATER), sanne, { ...OPENING.gegevens, werknaam: "Vers gevraagd" });
      await voegGebeurtenisToeAanDossier(context(db, LATER), fatima, versGevraagd, {
        type: "besluit_voorgesteld",
        verwachteVersie: 1,
        gegevens: {
          besluit: "hulp",
          toelichting: "Ouders staan open voor hulp.",
          afwijkingMotivering: "Nog niet gewogen; de school biedt hulp.",
        },
      });
    });
    after(async () => db.sluit());

    it("the aandachtsfunctionaris sees every case of her organisation once, in pages, with its figures", async () => {
      const ctx = context(db, LATER);
      const { rijen: gezien, paginas } = await alles(ctx, fatima);
      assert.deepEqual(paginas, [50, 9]);
      const ids = gezien.map((r) => r.id);
      assert.equal(new Set(ids).size, 59);
      assert.ok(!ids.includes(elders), "never another organisation's case");
      assert.ok(gezien.every((r) => r.grondslag === "aandachtsfunctionaris" || r.id === gevraagd));
      const rij = (id: string) => gezien.find((r) => r.id === id);
      assert.equal(rij(vers)?.dagenStil, 0);
      assert.equal(rij(gevraagd)?.dagenStil, 30);
      assert.equal(rij(vers)?.achterstalligeTaken, 0, "just opened: nothing overdue");
      assert.deepEqual(
        [rij(versGevraagd)?.openTaken, rij(versGevraagd)?.achterstalligeTaken],
        [1, 0],
        "the decision is open, not overdue",
      );
      assert.ok((rij(gevraagd)?.achterstalligeTaken ?? 0) > 0, "a month still: the step lies still");
      assert.equal(rij(gevraagd)?.besluitGevraagd, true);
      assert.ok((rij(gevraagd)?.openTaken ?? 0) >= (rij(gevraagd)?.achterstalligeTaken ?? 0));
      const dicht = rij(gesloten);
      assert.equal(dicht?.gesloten, true);
      assert.equal(dicht?.openTaken, 0);
      const [afsluiting] = rijen<{ bewaar: string | null }>(
        await db.db.execute(
          sql`select gegevens->>'bewaarTot' as bewaar from gebeurtenissen where dossier_id = ${gesloten} and type = 'dossier_afgesloten'`,
        ),
      );
      assert.ok(afsluiting?.bewaar && /^\d{4}-\d{2}-\d{2}$/.test(afsluiting.bewaar));
      assert.equal(dicht?.bewaarTot, afsluiting.bewaar, "the retention date of the closing");
      assert.equal(rij(vers)?.bewaarTot, null);
    });

    it("the eindverantwoordelijke sees the cases whose decision is asked, as the dossier list does", async () => {
      const { rijen: gezien } = await alles(context(db, LATER), peter);
      const inTabel = rijen<{ id: string }>(
        await db.db.execute(sql`select id from dossiers where organisatie_id = ${organisatieId} and besluit_gevraagd`),
      ).map((r) => r.id);
      assert.deepEqual(gezien.map((r) => r.id).sort(), inTabel.sort());
      assert.ok(inTabel.includes(gevraagd));
      assert.ok(gezien.every((r) => r.grondslag === "eindverantwoordelijke"));
    });

    it("filters: overdue agrees with the row's figures, decision asked, open or closed, phase, search by name and reference", async () => {
      const ctx = context(db, LATER);
      const { rijen: allemaal } = await alles(ctx, fatima);
      const achterstallig = (await alles(ctx, fatima, { achterstallig: "ja" })).rijen.map((r) => r.id);
      assert.deepEqual(
        achterstallig.sort(),
        allemaal
          .filter((r) => r.achterstalligeTaken > 0)
          .map((r) => r.id)
          .sort(),
        "the SQL filter is the domain rule",
      );
      assert.ok(!achterstallig.includes(vers) && !achterstallig.includes(gesloten) && achterstallig.length === 56);
      assert.deepEqual(
        (await alles(ctx, fatima, { besluit_gevraagd: "ja" })).rijen.map((r) => r.id),
        allemaal.filter((r) => r.besluitGevraagd).map((r) => r.id),
      );
      assert.deepEqual(
        (await alles(ctx, fatima, { status: "gesloten" })).rijen.map((r) => r.id),
        [gesloten],
      );
      assert.equal((await alles(ctx, fatima, { status: "open" })).rijen.length, 58);
      assert.deepEqual(
        (await alles(ctx, fatima, { fase: "gesloten" })).rijen.map((r) => r.id),
        [gesloten],
      );
      assert.deepEqual(
        (await alles(ctx, fatima, { zoek: "joris 54" })).rijen.map((r) => r.werknaam),
        ["Joris 54"],
      );
      assert.deepEqual(
        (await alles(ctx, fatima, { zoek: vers.slice(0, 8) })).rijen.map((r) => r.id),
        [vers],
      );
      assert.deepEqual((await alles(ctx, fatima, { zoek: "vers", achterstallig: "ja" })).rijen, []);
    });

    it("sorted on days lying still: the activity order turned around, over pages, and back with the previous-page cursor", async () => {
      const ctx = context(db, LATER);
      const stil = await alles(ctx, fatima, { volgorde: "stil" });
      assert.deepEqual(stil.paginas, [50, 9]);
      assert.deepEqual(
        stil.rijen.map((r) => r.id),
        (await alles(ctx, fatima)).rijen.map((r) => r.id).reverse(),
      );
      assert.ok(stil.rijen[0] && stil.rijen[0].dagenStil >= (stil.rijen.at(-1)?.dagenStil ?? 0));
      const eerste = await leesWerkvoorraad(ctx, fatima, { volgorde: "stil" });
      const tweede = await leesWerkvoorraad(ctx, fatima, { volgorde: "stil", cursor: eerste.volgende ?? undefined });
      assert.equal(tweede.items.length, 9);
      const terug = await leesWerkvoorraad(ctx, fatima, { volgorde: "stil", cursor: tweede.vorige ?? undefined });
      assert.deepEqual(
        terug.items.map((r) => r.id),
        eerste.items.map((r) => r.id),
      );
      assert.ok((await logregels("werkvoorraad_lijst")).some((r) => r.details?.includes("langst stil eerst")));
    });

    it("refuses a medewerker, a beheerder and bad input, and logs that; the log never holds the search term", async () => {
      const ctx = context(db, LATER);
      assert.equal(await code(leesWerkvoorraad(ctx, sanne)), "GEEN_TOEGANG");
      assert.equal(await code(leesWerkvoorraad(ctx, beheerder)), "GEEN_TOEGANG");
      assert.equal(await code(exporteerWerkvoorraad(ctx, joris, {}, t)), "GEEN_TOEGANG");
      assert.equal(await code(leesWerkvoorraad(ctx, fatima, { achterstallig: "nee" })), "ONGELDIGE_INVOER");
      assert.equal(await code(leesWerkvoorraad(ctx, fatima, { cursor: "kapot" })), "ONGELDIGE_INVOER");
      assert.equal(await code(leesWerkvoorraad(ctx, fatima, { onbekend: "1" })), "ONGELDIGE_INVOER");
      const lijst = await logregels("werkvoorraad_lijst");
      assert.ok(lijst.some((r) => r.uitkomst === "geweigerd" && r.gebruiker_id === sanne.gebruiker.id));
      assert.ok(lijst.some((r) => r.uitkomst === "ongeldig"));
      assert.ok(lijst.some((r) => r.details?.includes("gezocht (zoekterm niet vastgelegd)")));
      assert.ok(lijst.every((r) => !r.details?.toLowerCase().includes("joris 54")));
      assert.ok(
        (await logregels("werkvoorraad_exporteren")).some(
          (r) => r.uitkomst === "geweigerd" && r.gebruiker_id === joris.gebruiker.id,
        ),
      );
      // Another organisation's aandachtsfunctionaris sees only her own organisation's case.
      assert.deepEqual(
        (await alles(ctx, vreemdeAf)).rijen.map((r) => r.id),
        [elders],
      );
    });

    it("exports the filtered werkvoorraad as CSV for Dutch Excel and logs the export with the number of rows, never a name", async () => {
      const ctx = context(db, LATER);
      const { csv, aantal } = await exporteerWerkvoorraad(ctx, fatima, { status: "gesloten", cursor: "genegeerd" }, t);
      assert.equal(aantal, 1);
      assert.ok(csv.startsWith(BOM));
      const regels = csv.slice(1).split("\r\n");
      assert.equal(regels.at(-1), "", "every line ends with CRLF");
      assert.equal(
        regels[0],
        "Werknaam;Verwijzing;Stap;Laatste vastlegging;Dagen sinds laatste vastlegging;Open taken;Achterstallige taken;Besluit gevraagd;" +
          "Wacht op Veilig Thuis sinds;Werkdagen wachten op Veilig Thuis;Versnelde route sinds;Uurklok;In monitoring;Gesloten;Bewaren tot",
      );
      const [afsluiting] = rijen<{ bewaar: string }>(
        await db.db.execute(
          sql`select gegevens->>'bewaarTot' as bewaar from gebeurtenissen where dossier_id = ${gesloten} and type = 'dossier_afgesloten'`,
        ),
      );
      // The name quoted (it holds a separator and quotes) and disarmed as a formula.
      assert.equal(
        regels[1],
        `"'=Gesloten; ""oud""";${gesloten.slice(0, 8)};Gesloten;2026-11-22;30;0;0;nee;;;;;nee;ja;${afsluiting?.bewaar}`,
      );
      const groot = await exporteerWerkvoorraad(ctx, fatima, {}, t);
      assert.equal(groot.aantal, 59, "every row, beyond one page");
      assert.equal(groot.csv.slice(1).split("\r\n").length, 61);
      const log = await logregels("werkvoorraad_exporteren");
      const gelukt = log.filter((r) => r.uitkomst === "gelukt");
      assert.deepEqual(
        gelukt.map((r) => r.details),
        ["1 dossiers; gesloten", "59 dossiers"],
      );
      assert.ok(log.every((r) => !r.details?.includes("Gesloten") && !r.details?.includes("Joris")));
    });
  });
}

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

for (const api of await runtimeDatabases("mw-werkvoorraad-")) {
  describe(`GET /api/werkvoorraad and /werkvoorraad.csv on ${api.naam}`, () => {
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

    it("answers the aandachtsfunctionaris with one page, refuses a medewerker with 403 and a bad filter with 400", async () => {
      const goed = await werkvoorraadApi(verzoek("/api/werkvoorraad?zoek=api%202", af));
      assert.equal(goed.status, 200);
      const json = (await goed.json()) as {
        dossiers: { werknaam: string; openTaken: number; grondslag: string }[];
        volgende: unknown;
      };
      assert.deepEqual(
        json.dossiers.map((d) => [d.werknaam, d.grondslag]),
        [["Api 2", "aandachtsfunctionaris"]],
      );
      assert.equal(json.volgende, null);
      assert.equal((await werkvoorraadApi(verzoek("/api/werkvoorraad", medewerker))).status, 403);
      assert.equal((await werkvoorraadApi(verzoek("/api/werkvoorraad?besluit_gevraagd=misschien", af))).status, 400);
    });

    it("serves the CSV file as UTF-8 with a BOM, and refuses a medewerker", async () => {
      const antwoord = await werkvoorraadCsv(verzoek("/werkvoorraad.csv?status=open", af));
      assert.equal(antwoord.status, 200);
      assert.equal(antwoord.headers.get("content-type"), "text/csv; charset=utf-8");
      assert.match(antwoord.headers.get("content-disposition") ?? "", /attachment; filename="werkvoorraad\.csv"/);
      const bytes = new Uint8Array(await antwoord.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(new TextDecoder().decode(bytes).split("\r\n").length, 5, "header, three rows, and the end");
      await assert.rejects(
        werkvoorraadCsv(verzoek("/werkvoorraad.csv", medewerker)),
        (f: unknown) => (f as { init?: { status?: number } }).init?.status === 403,
      );
    });
  });
}
