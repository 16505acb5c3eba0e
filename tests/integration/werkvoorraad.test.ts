import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { exporteerWerkvoorraad, leesWerkvoorraad } from "../../src/app/werkvoorraad/werkvoorraad.ts";
import { BOM } from "../../src/domain/werkvoorraad/werkvoorraad.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { code } from "../helpers/uitkomst.ts";
import { OPENING } from "../helpers/gebeurtenissen.ts";
import { alles, LATER, rijen, t } from "./werkvoorraad.teststeun.ts";

/** The werkvoorraad as a list: who sees which cases, in pages, filtered, sorted, refused, exported (decision 0045). */

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
