import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import {
  bekijkDossierKader,
  bekijkGeschiedenis,
  bekijkMeldingPagina,
  leesDossierPagina,
} from "../../src/app/dossier/dossier-pagina.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { LogNietBeschikbaarFout } from "../../src/app/toegang/logboek.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";
import { vraagNoodtoegang } from "../../src/app/toegang/delen.ts";
import { haalToestand, onthoudToestand, vergeetAlles } from "../../src/app/dossier/toestand-geheugen.ts";

/**
 * The page use-cases (decision 0061): everything a page of a case shows is read by the one gate that logs
 * the view (in its transaction, or, when this process keeps the case's state, in its one statement before
 * the entry: decision 0075), and the loaders of one page request share that read, so a page request writes
 * one view entry whichever of its loaders run.
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

/** A context whose database refuses a transaction: a read that answers here took the one-statement path. */
function zonderTransactie(ctx: AppContext): AppContext {
  const db = new Proxy(ctx.db, {
    get(doel, naam, ontvanger) {
      if (naam === "transaction") throw new Error("een transactie, waar één statement verwacht werd");
      return Reflect.get(doel, naam, ontvanger) as unknown;
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

    it("the layout's part and the overview's: read in the transaction, one view entry", async () => {
      const voor = await logregels();
      const verzoek = {};
      const kader = await bekijkDossierKader(alleenInTransactie(context(db)), sanne, dossierId, vraag, verzoek);
      const overzicht = await bekijkGeschiedenis(alleenInTransactie(context(db)), sanne, dossierId, vraag, verzoek);
      assert.equal(kader.dossier.id, dossierId);
      assert.equal(kader.toestand.versie, 2);
      assert.equal("register" in kader.toestand, false, "the register is not in the shared data (decision 0082)");
      assert.equal(overzicht.gebeurtenissen.length, 2);
      assert.deepEqual([...overzicht.register.keys()].sort(), overzicht.gebeurtenissen.map((g) => g.id).sort());
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

for (const testDb of await testDatabases()) {
  describe(`a page's read in one statement when the state is kept (decision 0075, ${testDb.naam})`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let af: Ingelogd;
    let gewoon = "";
    let collega = "";

    /** The session's person carries the version of the organisation's row, as a signed-in session does. */
    async function metVersie(wie: Ingelogd): Promise<Ingelogd> {
      const rijen = await db.db.execute(
        sql`select xmin::text as versie from organisaties where id = ${wie.gebruiker.organisatieId}`,
      );
      const versie = (rijen as { rows: { versie: string }[] }).rows[0]?.versie;
      return { ...wie, gebruiker: { ...wie.gebruiker, instellingenVersie: versie } };
    }

    async function entries(dossierId: string): Promise<string[]> {
      const rijen = await db.db.execute(
        sql`select actie, uitkomst from toegangslog where dossier_id = ${dossierId} order by tijdstip, volgnummer`,
      );
      return (rijen as { rows: { actie: string; uitkomst: string }[] }).rows.map((r) => `${r.actie}:${r.uitkomst}`);
    }

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Zonnebloem", [
        ["medewerker"],
        ["medewerker"],
        ["aandachtsfunctionaris"],
        ["eindverantwoordelijke"],
        ["eindverantwoordelijke"],
      ]);
      const [s, j, a, ev] = org.mensen as [Ingelogd, Ingelogd, Ingelogd, Ingelogd];
      [sanne, joris, af] = [await metVersie(s), await metVersie(j), await metVersie(a)];
      const ctx = context(db);
      gewoon = await openDossier(ctx, sanne, OPENING.gegevens);
      for (const [i, datum] of ["2026-11-10", "2026-11-12", "2026-11-15", "2026-11-20"].entries())
        await voegGebeurtenisToeAanDossier(ctx, sanne, gewoon, {
          ...SIGNAAL,
          gegevens: { ...SIGNAAL.gegevens, datumWaarneming: datum },
          verwachteVersie: i + 1,
        });
      // Emergency access running on the case: its name, reason and term are on every page.
      await vraagNoodtoegang(ctx, ev, { dossier: gewoon, reden: "Acute zorg buiten kantoortijd." });
      // A case about a colleague by their account: the page names them (decision 0053).
      collega = await openDossier(ctx, sanne, {
        ...OPENING.gegevens,
        soort: "vermoeden_medewerker",
        betrokkeneGebruikerId: joris.gebruiker.id,
      });
    });
    after(async () => db.sluit());

    const vragen = [
      { geschiedenis: { voor: null, aantal: 3 }, taal: "nl" as const },
      { geschiedenis: { voor: 4, aantal: 2 }, taal: "nl" as const },
    ];

    it("reads what the transaction reads, in one statement, with one view entry", async () => {
      for (const dossierId of [gewoon, collega])
        for (const vraag of vragen) {
          for (const wie of [sanne, af]) {
            // Nothing kept: the transaction reads (and keeps the state and the settings).
            vergeetAlles();
            const voor = await entries(dossierId);
            const traag = await leesDossierPagina(alleenInTransactie(context(db)), wie, dossierId, vraag, null);
            const snel = await leesDossierPagina(zonderTransactie(context(db)), wie, dossierId, vraag, null);
            assert.deepEqual(
              snel,
              traag,
              `${dossierId === gewoon ? "case" : "colleague case"} ${vraag.geschiedenis.voor}`,
            );
            assert.deepEqual((await entries(dossierId)).slice(voor.length), [
              "dossier_bekijken:gelukt",
              "dossier_bekijken:gelukt",
            ]);
          }
        }
      // The state of each case kept again (the loop forgot it), then what the pages show from the one statement.
      await leesDossierPagina(context(db), sanne, gewoon, vragen[0]!, null);
      await leesDossierPagina(context(db), sanne, collega, vragen[0]!, null);
      const kader = await bekijkDossierKader(zonderTransactie(context(db)), sanne, gewoon, vragen[0]!, null);
      assert.equal(kader.noodtoegang.length, 1, "the running emergency access");
      assert.equal(kader.noodtoegang[0]?.reden, "Acute zorg buiten kantoortijd.");
      assert.equal(kader.eindverantwoordelijken.length, 2);
      const { gebeurtenissen } = await bekijkGeschiedenis(
        zonderTransactie(context(db)),
        sanne,
        gewoon,
        vragen[0]!,
        null,
      );
      assert.deepEqual(
        gebeurtenissen.map((g) => g.volgnummer),
        [5, 4, 3],
      );
      const overCollega = await bekijkDossierKader(zonderTransactie(context(db)), sanne, collega, vragen[0]!, null);
      assert.deepEqual(overCollega.route?.betrokkene, { naam: joris.gebruiker.naam, account: true });
    });

    it("a state kept at an older version (another process appended since): folded on in the one statement", async () => {
      const vraag = vragen[0]!;
      vergeetAlles();
      await leesDossierPagina(context(db), sanne, gewoon, vraag, null);
      const ouder = haalToestand(gewoon);
      assert.ok(ouder, "the transaction kept the state");
      await voegGebeurtenisToeAanDossier(context(db), sanne, gewoon, {
        ...SIGNAAL,
        gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2026-11-21" },
        verwachteVersie: ouder.toestand.versie,
      });
      // As a process that kept the state before another process's append.
      onthoudToestand(gewoon, ouder.toestand, ouder.laatsteId);
      const snel = await leesDossierPagina(zonderTransactie(context(db)), sanne, gewoon, vraag, null);
      assert.equal(snel.toestand.versie, ouder.toestand.versie + 1);
      vergeetAlles();
      const traag = await leesDossierPagina(alleenInTransactie(context(db)), sanne, gewoon, vraag, null);
      assert.deepEqual(snel, traag);
    });

    it("a kept state that does not fit what was read: the transaction reads, and the view is logged once", async () => {
      vergeetAlles();
      const vraag = vragen[0]!;
      const traag = await leesDossierPagina(context(db), sanne, gewoon, vraag, null);
      // Kept with another event id than the case's: as after a rolled-back append, or a restored database.
      onthoudToestand(gewoon, traag.toestand, "00000000-0000-4000-8000-000000000000");
      const voor = await entries(gewoon);
      const opnieuw = await leesDossierPagina(context(db), sanne, gewoon, vraag, null);
      assert.deepEqual(opnieuw, traag);
      assert.deepEqual((await entries(gewoon)).slice(voor.length), ["dossier_bekijken:gelukt"]);
    });

    it("refused on the one-statement path: NIET_GEVONDEN, one refusal entry, nothing returned", async () => {
      await leesDossierPagina(context(db), sanne, collega, vragen[0]!, null);
      const voor = await entries(collega);
      // Joris is the colleague the case is about: it is hidden from him (decision 0053). The refusal's own
      // entry is written in a transaction of its own, as every refusal's.
      assert.equal(await code(leesDossierPagina(context(db), joris, collega, vragen[0]!, null)), "NIET_GEVONDEN");
      assert.deepEqual((await entries(collega)).slice(voor.length), ["dossier_bekijken:geweigerd"]);
    });

    it("closed gate: when the view cannot be logged, the one-statement read returns nothing", async () => {
      await leesDossierPagina(context(db), sanne, gewoon, vragen[0]!, null);
      await db.db.execute(
        sql.raw(
          "create function test_log_weigert2() returns trigger as $$ begin raise exception 'log kapot'; end; $$ language plpgsql",
        ),
      );
      await db.db.execute(
        sql.raw(
          "create trigger test_log_weigert2 before insert on toegangslog for each row execute function test_log_weigert2()",
        ),
      );
      try {
        await assert.rejects(
          leesDossierPagina(zonderTransactie(context(db)), sanne, gewoon, vragen[0]!, null),
          LogNietBeschikbaarFout,
        );
      } finally {
        await db.db.execute(sql.raw("drop trigger test_log_weigert2 on toegangslog"));
        await db.db.execute(sql.raw("drop function test_log_weigert2()"));
      }
    });
  });
}
