import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { AppLoadContext, LoaderFunctionArgs } from "react-router";
import { maakSessieToken, sessieIdVan } from "../../src/adapters/crypto/sessie-token.ts";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { bewaarSessie } from "../../src/adapters/db/sessie.repository.ts";
import { loader as werkvoorraadApi } from "../../src/adapters/http/api/werkvoorraad.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { exporteerWerkvoorraad, leesWerkvoorraad, type WerkvoorraadRij } from "../../src/app/werkvoorraad/werkvoorraad.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { PAGINA_GROOTTE } from "../../src/domain/lijst/pagina.ts";
import { BOM } from "../../src/domain/werkvoorraad/werkvoorraad.ts";
import { vertaler } from "../../src/i18n/vertaal.ts";
import { loader as werkvoorraadCsv } from "../../src/ui/routes/werkvoorraad-csv.ts";
import { runtimeDatabases, startTestRuntime } from "../helpers/app-runtime.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { OPENING } from "../helpers/gebeurtenissen.ts";

type Invoer = Record<string, string | undefined>;
const DAG = 24 * 3_600_000;
/** A month after the cases were opened: every step left open since has lain still too long. */
const LATER = new Date(NU.getTime() + 30 * DAG);
const t = vertaler("nl");

function rijen<T>(resultaat: unknown): T[] {
  return (resultaat as { rows: T[] }).rows;
}

async function code(belofte: Promise<unknown>): Promise<string> {
  try {
    await belofte;
    return "GELUKT";
  } catch (fout) {
    if (fout instanceof DomeinFout) return fout.code;
    throw fout;
  }
}

/** Every row of the werkvoorraad, following `volgende`; no page over-full, only the last short. */
async function alles(ctx: AppContext, wie: Ingelogd, invoer: Invoer = {}): Promise<{ rijen: WerkvoorraadRij[]; paginas: number[] }> {
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

    async function logregels(actie: string): Promise<{ uitkomst: string; details: string | null; gebruiker_id: string }[]> {
      return rijen(await db.db.execute(sql`select uitkomst, details, gebruiker_id from toegangslog where organisatie_id = ${organisatieId} and actie = ${actie} order by tijdstip`));
    }

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"], ["medewerker"], ["aandachtsfunctionaris"], ["eindverantwoordelijke"], ["beheerder"]]);
      organisatieId = org.organisatieId;
      [sanne, joris, fatima, peter, beheerder] = org.mensen as [Ingelogd, Ingelogd, Ingelogd, Ingelogd, Ingelogd];
      const anker = await maakOrganisatieMetMensen(db, "Anker", [["medewerker"], ["aandachtsfunctionaris"]]);
      vreemdeAf = anker.mensen[1] as Ingelogd;
      elders = await openDossier(context(db, NU), anker.mensen[0] as Ingelogd, { ...OPENING.gegevens, werknaam: "Elders" });
      for (let i = 0; i < 55; i++) await openDossier(context(db, new Date(NU.getTime() + i * 60_000)), joris, { ...OPENING.gegevens, werknaam: `Joris ${i}` });
      const ctx = context(db, NU);
      gevraagd = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: "Gevraagd" });
      await voegGebeurtenisToeAanDossier(ctx, fatima, gevraagd, { type: "besluit_voorgesteld", verwachteVersie: 1, gegevens: { besluit: "hulp", toelichting: "Ouders staan open voor hulp.", afwijkingMotivering: "Nog niet gewogen; de school biedt hulp." } });
      gesloten = await openDossier(ctx, sanne, { ...OPENING.gegevens, werknaam: "=Gesloten; \"oud\"" });
      await voegGebeurtenisToeAanDossier(ctx, sanne, gesloten, { type: "dossier_afgesloten", verwachteVersie: 1, gegevens: { reden: "Zorg weggenomen." } });
      vers = await openDossier(context(db, LATER), sanne, { ...OPENING.gegevens, werknaam: "Vers" });
      // Fresh, with a proposal: its only task (to decide) is open from the start, never overdue.
      versGevraagd = await openDossier(context(db, LATER), sanne, { ...OPENING.gegevens, werknaam: "Vers gevraagd" });
      await voegGebeurtenisToeAanDossier(context(db, LATER), fatima, versGevraagd, { type: "besluit_voorgesteld", verwachteVersie: 1, gegevens: { besluit: "hulp", toelichting: "Ouders staan open voor hulp.", afwijkingMotivering: "Nog niet gewogen; de school biedt hulp." } });
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
      assert.deepEqual([rij(versGevraagd)?.openTaken, rij(versGevraagd)?.achterstalligeTaken], [1, 0], "the decision is open, not overdue");
      assert.ok((rij(gevraagd)?.achterstalligeTaken ?? 0) > 0, "a month still: the step lies still");
      assert.equal(rij(gevraagd)?.besluitGevraagd, true);
      assert.ok((rij(gevraagd)?.openTaken ?? 0) >= (rij(gevraagd)?.achterstalligeTaken ?? 0));
      const dicht = rij(gesloten);
      assert.equal(dicht?.gesloten, true);
      assert.equal(dicht?.openTaken, 0);
      const [afsluiting] = rijen<{ bewaar: string | null }>(await db.db.execute(sql`select gegevens->>'bewaarTot' as bewaar from gebeurtenissen where dossier_id = ${gesloten} and type = 'dossier_afgesloten'`));
      assert.ok(afsluiting?.bewaar && /^\d{4}-\d{2}-\d{2}$/.test(afsluiting.bewaar));
      assert.equal(dicht?.bewaarTot, afsluiting.bewaar, "the retention date of the closing");
      assert.equal(rij(vers)?.bewaarTot, null);
    });

    it("the eindverantwoordelijke sees the cases whose decision is asked, as the dossier list does", async () => {
      const { rijen: gezien } = await alles(context(db, LATER), peter);
      const inTabel = rijen<{ id: string }>(await db.db.execute(sql`select id from dossiers where organisatie_id = ${organisatieId} and besluit_gevraagd`)).map((r) => r.id);
      assert.deepEqual(gezien.map((r) => r.id).sort(), inTabel.sort());
      assert.ok(inTabel.includes(gevraagd));
      assert.ok(gezien.every((r) => r.grondslag === "eindverantwoordelijke"));
    });

    it("filters: overdue agrees with the row's figures, decision asked, open or closed, phase, search by name and reference", async () => {
      const ctx = context(db, LATER);
      const { rijen: allemaal } = await alles(ctx, fatima);
      const achterstallig = (await alles(ctx, fatima, { achterstallig: "ja" })).rijen.map((r) => r.id);
      assert.deepEqual(achterstallig.sort(), allemaal.filter((r) => r.achterstalligeTaken > 0).map((r) => r.id).sort(), "the SQL filter is the domain rule");
      assert.ok(!achterstallig.includes(vers) && !achterstallig.includes(gesloten) && achterstallig.length === 56);
      assert.deepEqual((await alles(ctx, fatima, { besluit_gevraagd: "ja" })).rijen.map((r) => r.id), allemaal.filter((r) => r.besluitGevraagd).map((r) => r.id));
      assert.deepEqual((await alles(ctx, fatima, { status: "gesloten" })).rijen.map((r) => r.id), [gesloten]);
      assert.equal((await alles(ctx, fatima, { status: "open" })).rijen.length, 58);
      assert.deepEqual((await alles(ctx, fatima, { fase: "gesloten" })).rijen.map((r) => r.id), [gesloten]);
      assert.deepEqual((await alles(ctx, fatima, { zoek: "joris 54" })).rijen.map((r) => r.werknaam), ["Joris 54"]);
      assert.deepEqual((await alles(ctx, fatima, { zoek: vers.slice(0, 8) })).rijen.map((r) => r.id), [vers]);
      assert.deepEqual((await alles(ctx, fatima, { zoek: "vers", achterstallig: "ja" })).rijen, []);
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
      assert.ok((await logregels("werkvoorraad_exporteren")).some((r) => r.uitkomst === "geweigerd" && r.gebruiker_id === joris.gebruiker.id));
      // Another organisation's aandachtsfunctionaris sees only her own organisation's case.
      assert.deepEqual((await alles(ctx, vreemdeAf)).rijen.map((r) => r.id), [elders]);
    });

    it("exports the filtered werkvoorraad as CSV for Dutch Excel and logs the export with the number of rows, never a name", async () => {
      const ctx = context(db, LATER);
      const { csv, aantal } = await exporteerWerkvoorraad(ctx, fatima, { status: "gesloten", cursor: "genegeerd" }, t);
      assert.equal(aantal, 1);
      assert.ok(csv.startsWith(BOM));
      const regels = csv.slice(1).split("\r\n");
      assert.equal(regels.at(-1), "", "every line ends with CRLF");
      assert.equal(regels[0], "Werknaam;Verwijzing;Stap;Laatste vastlegging;Dagen sinds laatste vastlegging;Open taken;Achterstallige taken;Besluit gevraagd;Gesloten;Bewaren tot");
      const [afsluiting] = rijen<{ bewaar: string }>(await db.db.execute(sql`select gegevens->>'bewaarTot' as bewaar from gebeurtenissen where dossier_id = ${gesloten} and type = 'dossier_afgesloten'`));
      // The name quoted (it holds a separator and quotes) and disarmed as a formula.
      assert.equal(regels[1], `"'=Gesloten; ""oud""";${gesloten.slice(0, 8)};Gesloten;2026-11-22;30;0;0;nee;ja;${afsluiting?.bewaar}`);
      const groot = await exporteerWerkvoorraad(ctx, fatima, {}, t);
      assert.equal(groot.aantal, 59, "every row, beyond one page");
      assert.equal(groot.csv.slice(1).split("\r\n").length, 61);
      const log = await logregels("werkvoorraad_exporteren");
      const gelukt = log.filter((r) => r.uitkomst === "gelukt");
      assert.deepEqual(gelukt.map((r) => r.details), ["1 dossiers; gesloten", "59 dossiers"]);
      assert.ok(log.every((r) => !r.details?.includes("Gesloten") && !r.details?.includes("Joris")));
    });
  });
}

for (const api of await runtimeDatabases("mw-werkvoorraad-")) {
  describe(`GET /api/werkvoorraad and /werkvoorraad.csv on ${api.naam}`, () => {
    let stop: () => Promise<void> = async () => {};
    const cookies = new Map<string, string>();
    let medewerker: Ingelogd;
    let af: Ingelogd;

    before(async () => {
      const gestart = await startTestRuntime(api);
      stop = gestart.stop;
      const { runtime } = gestart;
      const org = await maakOrganisatieMetMensen(runtime.database, `Api ${api.naam}`, [["medewerker"], ["aandachtsfunctionaris"]]);
      [medewerker, af] = org.mensen as [Ingelogd, Ingelogd];
      const nu = runtime.klok();
      for (const wie of org.mensen) {
        const token = maakSessieToken();
        await bewaarSessie(runtime.db, { id: sessieIdVan(token), gebruikerId: wie.gebruiker.id, aangemaaktOp: nu, laatstGebruiktOp: nu, stap: "volledig", verlooptOp: new Date(nu.getTime() + 3600_000) });
        cookies.set(wie.gebruiker.id, `mw_sessie=${token}`);
      }
      for (let i = 0; i < 3; i++) await openDossier(runtime, medewerker, { ...OPENING.gegevens, werknaam: `Api ${i}` });
    });
    after(async () => stop());

    function verzoek(pad: string, wie: Ingelogd) {
      const request = new Request(`http://localhost${pad}`, { headers: { cookie: cookies.get(wie.gebruiker.id) ?? "" } });
      return { request, params: {}, context: { nonce: "", adres: "127.0.0.1" } } as unknown as LoaderFunctionArgs<AppLoadContext>;
    }

    it("answers the aandachtsfunctionaris with one page, refuses a medewerker with 403 and a bad filter with 400", async () => {
      const goed = await werkvoorraadApi(verzoek("/api/werkvoorraad?zoek=api%202", af));
      assert.equal(goed.status, 200);
      const json = (await goed.json()) as { dossiers: { werknaam: string; openTaken: number; grondslag: string }[]; volgende: unknown };
      assert.deepEqual(json.dossiers.map((d) => [d.werknaam, d.grondslag]), [["Api 2", "aandachtsfunctionaris"]]);
      assert.equal(json.volgende, null);
      assert.equal((await werkvoorraadApi(verzoek("/api/werkvoorraad", medewerker))).status, 403);
      assert.equal((await werkvoorraadApi(verzoek("/api/werkvoorraad?besluit_gevraagd=misschien", af))).status, 400);
    });

    it("serves the CSV file as UTF-8 with a BOM, and refuses a medewerker", async () => {
      const antwoord = (await werkvoorraadCsv(verzoek("/werkvoorraad.csv?status=open", af)));
      assert.equal(antwoord.status, 200);
      assert.equal(antwoord.headers.get("content-type"), "text/csv; charset=utf-8");
      assert.match(antwoord.headers.get("content-disposition") ?? "", /attachment; filename="werkvoorraad\.csv"/);
      const bytes = new Uint8Array(await antwoord.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(new TextDecoder().decode(bytes).split("\r\n").length, 5, "header, three rows, and the end");
      await assert.rejects(werkvoorraadCsv(verzoek("/werkvoorraad.csv", medewerker)), (f: unknown) => (f as { init?: { status?: number } }).init?.status === 403);
    });
  });
}
