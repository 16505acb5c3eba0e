import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import pg from "pg";
import { maakSessieToken, sessieIdVan } from "../../src/adapters/crypto/sessie-token.ts";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { laadGebeurtenissen } from "../../src/adapters/db/dossier.repository.ts";
import { bewaarSessie, verwijderSessie, vindSessie } from "../../src/adapters/db/sessie.repository.ts";
import { loader } from "../../src/adapters/http/api/dossier.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { bekijkDossier, leesDossierVoorApi, type DossierVoorApi } from "../../src/app/dossier/bekijk-dossier.ts";
import { vergeetTekst } from "../../src/app/dossier/gebeurtenissen-tekst.ts";
import { vergeetToestand } from "../../src/app/dossier/toestand-geheugen.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { LogNietBeschikbaarFout } from "../../src/app/toegang/logboek.ts";
import type { SessieStap } from "../../src/domain/aanmelding/sessie.ts";
import { maakTakenlijst } from "../../src/domain/dossier/takenlijst.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

/**
 * The API's read of a dossier (decisions 0064, 0074): one statement reads the session with its person and
 * the row, its access facts and the events this process does not hold yet; the state comes from this
 * process's kept state, the events' JSON from its kept text; and the log entry is written on its own
 * before anything is returned. Without a usable kept state it reads in the gate's transaction, as every
 * other read. Both ways answer the same bytes as serialising the whole answer would, and log the same.
 */

/** The context, and how many transactions were begun through it. */
function geteld(ctx: AppContext): { ctx: AppContext; transacties: () => number } {
  let aantal = 0;
  const db = new Proxy(ctx.db, {
    get(doel, naam) {
      if (naam === "transaction") {
        aantal += 1;
        return doel.transaction.bind(doel);
      }
      const waarde: unknown = Reflect.get(doel, naam);
      return typeof waarde === "function" ? (waarde as (...a: unknown[]) => unknown).bind(doel) : waarde;
    },
  });
  return { ctx: { ...ctx, db }, transacties: () => aantal };
}

for (const testDb of await testDatabases()) {
  describe(`the API's read of a dossier (${testDb.naam})`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let joris: Ingelogd;
    let tokenSanne = "";
    let tokenJoris = "";
    let dossierId = "";

    /** A session for `wie` as sign-in stores it, in step `stap`, used `geleden` ms before the context's clock. */
    async function sessie(wie: Ingelogd, stap: SessieStap = "volledig", geleden = 0): Promise<string> {
      const token = maakSessieToken();
      const nu = context(db).klok();
      await bewaarSessie(db.db, {
        id: sessieIdVan(token),
        gebruikerId: wie.gebruiker.id,
        aangemaaktOp: new Date(nu.getTime() - geleden),
        laatstGebruiktOp: new Date(nu.getTime() - geleden),
        stap,
        verlooptOp: new Date(nu.getTime() + 3600_000),
      });
      return token;
    }

    /** The use-case's read; signed out is a failure here. */
    async function lees(ctx: AppContext, token = tokenSanne): Promise<DossierVoorApi> {
      const gelezen = await leesDossierVoorApi(ctx, token, "127.0.0.1", dossierId);
      assert.ok(gelezen, "signed in");
      return gelezen;
    }

    /** The answer as serialising it whole wrote it (before decision 0074): the state the page reads, every event the table holds. */
    async function zoalsVoorheen(): Promise<string> {
      const { dossier, toestand } = await bekijkDossier(context(db), sanne, dossierId);
      const { register: _register, ...rest } = toestand;
      return JSON.stringify({
        id: dossier.id,
        versie: toestand.versie,
        toestand: { ...rest, takenlijst: maakTakenlijst(toestand) },
        gebeurtenissen: await laadGebeurtenissen(db.db, dossier.organisatieId, dossierId),
      });
    }

    /** The route's answer, as bytes. */
    async function antwoord(token = tokenSanne): Promise<{ status: number; tekst: string; soort: string | null }> {
      const request = new Request(`http://localhost/api/dossiers/${dossierId}`, {
        headers: { cookie: `mw_sessie=${token}` },
      });
      const context_ = { nonce: "", adres: "127.0.0.1", samenstelling: context(db) };
      const res = await loader({ request, params: { id: dossierId }, context: context_ } as never);
      return { status: res.status, tekst: await res.text(), soort: res.headers.get("content-type") };
    }

    before(async () => {
      db = await testDb.open();
      const regenboog = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"], ["medewerker"]]);
      [sanne, joris] = regenboog.mensen as [Ingelogd, Ingelogd];
      const ctx = context(db);
      dossierId = await openDossier(ctx, sanne, OPENING.gegevens);
      await voegGebeurtenisToeAanDossier(ctx, sanne, dossierId, { ...SIGNAAL, verwachteVersie: 1 });
      tokenSanne = await sessie(sanne);
      tokenJoris = await sessie(joris);
    });
    after(async () => db.sluit());

    async function logregels(): Promise<string[]> {
      const rijen = await db.db.execute(
        sql`select actie, uitkomst, gebruiker_id, grondslag from toegangslog where dossier_id = ${dossierId} order by id`,
      );
      return (
        rijen as { rows: { actie: string; uitkomst: string; gebruiker_id: string; grondslag: string | null }[] }
      ).rows.map(
        (r) =>
          `${r.actie}:${r.uitkomst}:${r.gebruiker_id === sanne.gebruiker.id ? "sanne" : "joris"}:${r.grondslag ?? "-"}`,
      );
    }

    it("without a kept state it reads in the gate's transaction; then in one statement: the same answer, one entry each", async () => {
      vergeetToestand(dossierId);
      vergeetTekst(dossierId);
      const voor = await logregels();
      const eerst = geteld(context(db));
      const eerste = await lees(eerst.ctx);
      assert.equal(eerst.transacties(), 1, "no kept state: the usual gate");
      const daarna = geteld(context(db));
      const tweede = await lees(daarna.ctx);
      assert.equal(daarna.transacties(), 0, "kept state: no transaction");
      assert.deepEqual(tweede, eerste);
      assert.equal(tweede.toestand.versie, 2);
      assert.deepEqual(
        (JSON.parse(`[${tweede.gebeurtenissenJson.toString("utf8")}]`) as { volgnummer: number }[]).map(
          (g) => g.volgnummer,
        ),
        [1, 2],
        "every event, oldest first",
      );
      assert.deepEqual(
        tweede.toestand,
        (await bekijkDossier(context(db), sanne, dossierId)).toestand,
        "the state the page reads",
      );
      assert.deepEqual((await logregels()).slice(voor.length), [
        "dossier_bekijken:gelukt:sanne:eigen",
        "dossier_bekijken:gelukt:sanne:eigen",
        "dossier_bekijken:gelukt:sanne:eigen",
      ]);
    });

    it("answers byte for byte what serialising the whole answer wrote: with nothing kept, kept, after an append, with only the text kept", async () => {
      vergeetToestand(dossierId);
      vergeetTekst(dossierId);
      const leeg = await antwoord();
      assert.equal(leeg.status, 200);
      assert.equal(leeg.soort, "application/json");
      assert.equal(leeg.tekst, await zoalsVoorheen(), "nothing kept");
      assert.equal((await antwoord()).tekst, await zoalsVoorheen(), "state and text kept");
      // Text with quotes, a backslash, a line break, a control character and characters outside ASCII.
      const versie = (await lees(context(db))).toestand.versie;
      await voegGebeurtenisToeAanDossier(context(db), sanne, dossierId, {
        ...SIGNAAL,
        gegevens: { ...SIGNAAL.gegevens, waarneming: 'Zegt: "thuis\\nooit"\nrust;\u0007 één 😟 \u2028' },
        verwachteVersie: versie,
      });
      assert.equal((await antwoord()).tekst, await zoalsVoorheen(), "an event appended since");
      vergeetToestand(dossierId);
      assert.equal((await antwoord()).tekst, await zoalsVoorheen(), "only the text kept");
      vergeetTekst(dossierId);
      assert.equal((await antwoord()).tekst, await zoalsVoorheen(), "only the state kept");
    });

    it(
      "with the state and text kept, a read sends two statements: the session with the dossier, the log entry",
      {
        skip: testDb.naam !== "postgres" && "counted at node-postgres's client",
      },
      async () => {
        await lees(context(db));
        const teksten: string[] = [];
        // Every statement of the pool passes through the client's query.
        const prototype = pg.Client.prototype as unknown as Record<"query", (...a: unknown[]) => unknown>;
        const origineel = Reflect.get<typeof prototype, "query">(prototype, "query");
        prototype.query = function (this: pg.Client, ...args: unknown[]) {
          const eerste = args[0] as string | { text?: string };
          teksten.push(typeof eerste === "string" ? eerste : (eerste.text ?? ""));
          return origineel.apply(this, args);
        };
        try {
          await lees(context(db));
        } finally {
          prototype.query = origineel;
        }
        assert.equal(teksten.length, 2, teksten.join("\n---\n"));
        assert.match(teksten[0] ?? "", /from "sessies"/);
        assert.match(teksten[1] ?? "", /insert into "toegangslog"/);
      },
    );

    it("an event appended since the state was kept is folded on and answered", async () => {
      const voor = await lees(context(db));
      await voegGebeurtenisToeAanDossier(context(db), sanne, dossierId, {
        ...SIGNAAL,
        verwachteVersie: voor.toestand.versie,
      });
      const { ctx, transacties } = geteld(context(db));
      const gelezen = await lees(ctx);
      assert.equal(transacties(), 0);
      assert.equal(gelezen.toestand.versie, voor.toestand.versie + 1);
      assert.equal(
        (JSON.parse(`[${gelezen.gebeurtenissenJson.toString("utf8")}]`) as unknown[]).length,
        gelezen.toestand.versie,
      );
      assert.deepEqual(gelezen.toestand, (await bekijkDossier(context(db), sanne, dossierId)).toestand);
    });

    it("refused: NIET_GEVONDEN as for a dossier that does not exist, the refusal logged once", async () => {
      await lees(context(db));
      const voor = await logregels();
      await assert.rejects(
        leesDossierVoorApi(context(db), tokenJoris, "127.0.0.1", dossierId),
        (fout: unknown) => fout instanceof DomeinFout && fout.code === "NIET_GEVONDEN",
      );
      assert.deepEqual((await logregels()).slice(voor.length), ["dossier_bekijken:geweigerd:joris:-"]);
    });

    it("the session is judged on every read: signed out, expired, idle, inactive or halfway is not signed in, and nothing is logged", async () => {
      await lees(context(db));
      const voor = await logregels();
      const uit = await sessie(sanne);
      assert.ok(await leesDossierVoorApi(context(db), uit, null, dossierId), "signed in");
      await verwijderSessie(db.db, sessieIdVan(uit));
      assert.equal(await leesDossierVoorApi(context(db), uit, null, dossierId), null, "signed out");
      assert.equal(await leesDossierVoorApi(context(db), maakSessieToken(), null, dossierId), null, "unknown");
      const stil = await sessie(sanne, "volledig", 2 * 3600_000);
      assert.equal(await leesDossierVoorApi(context(db), stil, null, dossierId), null, "idle too long");
      assert.equal(await vindSessie(db.db, sessieIdVan(stil)), null, "and removed");
      const half = await sessie(sanne, "tweede_stap");
      assert.equal(await leesDossierVoorApi(context(db), half, null, dossierId), null, "second step pending");
      assert.equal((await antwoord(half)).status, 401);
      await db.db.execute(sql`update gebruikers set actief = false where id = ${joris.gebruiker.id}`);
      try {
        assert.equal(await leesDossierVoorApi(context(db), tokenJoris, null, dossierId), null, "inactive");
        assert.equal((await antwoord(tokenJoris)).status, 401);
      } finally {
        await db.db.execute(sql`update gebruikers set actief = true where id = ${joris.gebruiker.id}`);
      }
      assert.deepEqual((await logregels()).slice(voor.length), ["dossier_bekijken:gelukt:sanne:eigen"]);
    });

    it("closed gate: when the view cannot be logged, nothing is returned", async () => {
      await lees(context(db));
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
        const { ctx, transacties } = geteld(context(db));
        await assert.rejects(lees(ctx), LogNietBeschikbaarFout);
        assert.equal(transacties(), 0, "refused on the one-statement read itself");
      } finally {
        await db.db.execute(sql.raw("drop trigger test_log_weigert on toegangslog"));
        await db.db.execute(sql.raw("drop function test_log_weigert()"));
      }
    });
  });
}
