import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { bekijkDossierKader, bekijkMeldingPagina, leesDossierPagina } from "../../src/app/dossier/dossier-pagina.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { LogNietBeschikbaarFout } from "../../src/app/toegang/logboek.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

/**
 * The page use-cases (decision 0061): everything a page of a case shows is read inside the one gate
 * transaction that logs the view, and the loaders of one page request share that read, so a page
 * request writes one view entry whichever of its loaders run.
 */

async function code(belofte: Promise<unknown>): Promise<string> {
  try {
    await belofte;
  } catch (fout) {
    if (fout instanceof DomeinFout) return fout.code;
    throw fout;
  }
  return "GELUKT";
}

/**
 * A context whose database answers only `transaction`: any read outside a transaction throws. The
 * gate's work and its log entry run in `transaction`, and so does a refusal's own entry; the old
 * layout read the organisation's settings and the colleague's name beside the gate and fails here.
 */
function alleenInTransactie(ctx: AppContext): AppContext {
  const db = new Proxy(ctx.db, {
    get(doel, naam) {
      if (naam === "transaction") return doel.transaction.bind(doel);
      throw new Error(`gelezen buiten de transactie: ${String(naam)}`);
    },
  });
  return { ...ctx, db };
}

for (const testDb of await testDatabases()) {
  describe(`page use-cases read inside the gate (${testDb.naam})`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let dossierId = "";

    before(async () => {
      db = await testDb.open();
      const regenboog = await maakOrganisatieMetMensen(db, "Regenboog", [
        ["medewerker"],
        ["medewerker"],
        ["eindverantwoordelijke"],
      ]);
      [sanne, joris] = regenboog.mensen as [Ingelogd, Ingelogd];
      const ctx = context(db);
      dossierId = await openDossier(ctx, sanne, OPENING.gegevens);
      await voegGebeurtenisToeAanDossier(ctx, sanne, dossierId, { ...SIGNAAL, verwachteVersie: 1 });
    });
    after(async () => db.sluit());

    async function logregels(): Promise<string[]> {
      const rijen = await db.db.execute(
        sql`select actie, uitkomst, gebruiker_id from toegangslog where dossier_id = ${dossierId} order by tijdstip, volgnummer`,
      );
      return (rijen as { rows: { actie: string; uitkomst: string; gebruiker_id: string }[] }).rows.map(
        (r) => `${r.actie}:${r.uitkomst}:${r.gebruiker_id === sanne.gebruiker.id ? "sanne" : "joris"}`,
      );
    }

    const vraag = { geschiedenis: { voor: null, aantal: 3 }, taal: "nl" as const };

    it("the layout's part: read in the transaction, one view entry", async () => {
      const voor = await logregels();
      const kader = await bekijkDossierKader(alleenInTransactie(context(db)), sanne, dossierId, vraag, null);
      assert.equal(kader.dossier.id, dossierId);
      assert.equal(kader.toestand.versie, 2);
      assert.equal(kader.gebeurtenissen.length, 2);
      assert.equal(kader.grondslag, "eigen");
      assert.equal(
        kader.bewaarjaren,
        5,
        "onderwijs keeps a closed case 5 years unless the organisation says otherwise",
      );
      assert.deepEqual((await logregels()).slice(voor.length), ["dossier_bekijken:gelukt:sanne"]);
    });

    it("the report's part: read in the transaction, one view entry", async () => {
      const voor = await logregels();
      const melding = await bekijkMeldingPagina(alleenInTransactie(context(db)), sanne, dossierId, vraag, null);
      assert.equal(melding.opgeslagen, false, "no draft saved: the page shows one built from the dossier");
      assert.match(melding.inhoud.melder, /Persoon 0/u, "the draft names the reader as the reporter");
      assert.deepEqual((await logregels()).slice(voor.length), ["dossier_bekijken:gelukt:sanne"]);
    });

    it("one page request, two loaders: one transaction, one view entry", async () => {
      const voor = await logregels();
      const verzoek = {};
      const [kader, melding] = await Promise.all([
        bekijkDossierKader(context(db), sanne, dossierId, vraag, verzoek),
        bekijkMeldingPagina(context(db), sanne, dossierId, vraag, verzoek),
      ]);
      assert.equal(kader.toestand.versie, 2);
      assert.equal(melding.verstuurd.length, 0);
      assert.deepEqual((await logregels()).slice(voor.length), ["dossier_bekijken:gelukt:sanne"]);
      // The same read, not two reads that happened to agree.
      assert.equal(
        await leesDossierPagina(context(db), sanne, dossierId, vraag, verzoek),
        await leesDossierPagina(context(db), sanne, dossierId, vraag, verzoek),
      );
      assert.deepEqual(
        (await logregels()).slice(voor.length),
        ["dossier_bekijken:gelukt:sanne"],
        "asking again in the same request reads nothing new",
      );
    });

    it("two page requests: two view entries", async () => {
      const voor = await logregels();
      await bekijkDossierKader(context(db), sanne, dossierId, vraag, {});
      await bekijkMeldingPagina(context(db), sanne, dossierId, vraag, {});
      assert.deepEqual((await logregels()).slice(voor.length), [
        "dossier_bekijken:gelukt:sanne",
        "dossier_bekijken:gelukt:sanne",
      ]);
    });

    it("refused: nothing is returned, the refusal is logged once per page request", async () => {
      const voor = await logregels();
      const verzoek = {};
      const ctx = alleenInTransactie(context(db));
      const uitkomsten = await Promise.all([
        code(bekijkDossierKader(ctx, joris, dossierId, vraag, verzoek)),
        code(bekijkMeldingPagina(ctx, joris, dossierId, vraag, verzoek)),
      ]);
      assert.deepEqual(uitkomsten, ["NIET_GEVONDEN", "NIET_GEVONDEN"]);
      assert.deepEqual((await logregels()).slice(voor.length), ["dossier_bekijken:geweigerd:joris"]);
    });

    it("closed gate: when the view cannot be logged, neither part is returned", async () => {
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
        const verzoek = {};
        await assert.rejects(bekijkDossierKader(context(db), sanne, dossierId, vraag, verzoek), LogNietBeschikbaarFout);
        await assert.rejects(
          bekijkMeldingPagina(context(db), sanne, dossierId, vraag, verzoek),
          LogNietBeschikbaarFout,
        );
        await assert.rejects(bekijkMeldingPagina(context(db), sanne, dossierId, vraag, null), LogNietBeschikbaarFout);
      } finally {
        await db.db.execute(sql.raw("drop trigger test_log_weigert on toegangslog"));
        await db.db.execute(sql.raw("drop function test_log_weigert()"));
      }
    });
  });
}
