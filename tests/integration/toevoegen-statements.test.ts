/**
 * The append path's statements (decision 0067): the access-log entry is written in the statement that
 * stores the event, the protocol comes from the organisation's settings per version, and the gate still
 * guarantees an entry for every stored change. On PostgreSQL the statements of one append are counted at
 * `pg.Client.prototype.query`.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import pg from "pg";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { vergeetInstellingen } from "../../src/app/organisatie/instellingen-per-versie.ts";
import { begin, sessieVan } from "../../src/app/sessie/inloggen.ts";
import { metDossierToegang } from "../../src/app/toegang/dossier-toegang.ts";
import { bijAanvaarding } from "../../src/adapters/db/toegangslog.repository.ts";
import { alsLogFout, LogNietBeschikbaarFout } from "../../src/app/toegang/logboek.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";

let statements = 0;
const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const query = prototype.query;
prototype.query = function (this: unknown, ...args: unknown[]) {
  statements += 1;
  return query.apply(this, args);
};

const OPENING = { werknaam: "Statements (groep 4)", aanleiding: "zorg_om_kind", omschrijving: "Telt de statements." };
const SIGNAAL = {
  type: "signaal_vastgelegd",
  gegevens: {
    soort: "signaal",
    waarneming: "Komt zonder jas naar school.",
    datumWaarneming: "2026-11-20",
    waargenomenDoor: "Leerkracht",
    bron: "eigen_waarneming",
  },
};

async function rijen<T>(db: GeopendeDatabase, query: ReturnType<typeof sql>): Promise<T[]> {
  const resultaat: unknown = await db.db.execute(query);
  return (resultaat as { rows: T[] }).rows;
}

for (const testDb of await testDatabases()) {
  describe(`the append's statements on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sanne: Ingelogd;
    let sessies = 0;

    /** Sanne as a request sees her: through the session, with the version of her organisation's row. */
    async function viaSessie(): Promise<Ingelogd> {
      const token = `sessie-toevoegen-${testDb.naam}-${(sessies += 1)}`;
      await begin(db.db, token, sanne.gebruiker.id, "volledig", NU);
      const sessie = await sessieVan(context(db), token);
      assert.ok(sessie, "session found");
      return { gebruiker: sessie.gebruiker, adres: null };
    }

    async function entries(dossierId: string): Promise<{ actie: string; uitkomst: string; details: string | null }[]> {
      return rijen(
        db,
        sql`select actie, uitkomst, details from toegangslog where dossier_id = ${dossierId} order by id`,
      );
    }

    before(async () => {
      db = await testDb.open();
      vergeetInstellingen();
      const org = await maakOrganisatieMetMensen(db, "Vlinder", [["medewerker"]]);
      sanne = org.mensen[0] as Ingelogd;
    });
    after(async () => db.sluit());

    it("writes the entry with the event: one entry per append, committed with it", async () => {
      const ctx = context(db);
      const wie = await viaSessie();
      const id = await openDossier(ctx, wie, OPENING);
      const { versie } = await voegGebeurtenisToeAanDossier(ctx, wie, id, { ...SIGNAAL, verwachteVersie: 1 });
      assert.equal(versie, 2);
      assert.deepEqual(
        (await entries(id)).map((r) => `${r.actie}:${r.uitkomst}`),
        ["dossier_aanmaken:gelukt", "gebeurtenis_toevoegen:gelukt"],
      );
      const [entry] = await rijen<{ volgnummer: unknown; hash: unknown; keten: string; grondslag: string }>(
        db,
        sql`select volgnummer, hash, keten, grondslag from toegangslog where dossier_id = ${id} and actie = 'gebeurtenis_toevoegen'`,
      );
      assert.equal(entry?.volgnummer, null, "accepted unsealed, as schrijfLogregel does");
      assert.equal(entry?.hash, null);
      assert.equal(entry?.keten, sanne.gebruiker.organisatieId, "in the organisation's chain");
      assert.equal(entry?.grondslag, "eigen");
    });

    it("tells this process's sealer once per append whose entry goes into the event's statement", async () => {
      const ctx = context(db);
      const wie = await viaSessie();
      const id = await openDossier(ctx, wie, OPENING);
      let gemeld = 0;
      const stop = bijAanvaarding(() => (gemeld += 1));
      try {
        let { versie } = await voegGebeurtenisToeAanDossier(ctx, wie, id, { ...SIGNAAL, verwachteVersie: 1 });
        ({ versie } = await voegGebeurtenisToeAanDossier(ctx, wie, id, { ...SIGNAAL, verwachteVersie: versie }));
        assert.equal(versie, 3);
      } finally {
        stop();
      }
      assert.equal(gemeld, 2);
    });

    it("a stale version stores neither the event nor a success entry (409 and its refusal)", async () => {
      const ctx = context(db);
      const wie = await viaSessie();
      const id = await openDossier(ctx, wie, OPENING);
      await voegGebeurtenisToeAanDossier(ctx, wie, id, { ...SIGNAAL, verwachteVersie: 1 });
      await assert.rejects(
        voegGebeurtenisToeAanDossier(ctx, wie, id, { ...SIGNAAL, verwachteVersie: 1 }),
        (fout: unknown) => fout instanceof DomeinFout && fout.code === "VERSIE_CONFLICT",
      );
      assert.deepEqual(
        (await entries(id)).map((r) => `${r.actie}:${r.uitkomst}`),
        ["dossier_aanmaken:gelukt", "gebeurtenis_toevoegen:gelukt", "gebeurtenis_toevoegen:conflict"],
      );
      const [{ aantal } = { aantal: -1 }] = await rijen<{ aantal: number | string }>(
        db,
        sql`select count(*) as aantal from gebeurtenissen where dossier_id = ${id}`,
      );
      assert.equal(Number(aantal), 2);
    });

    it("work that takes the entry and does not confirm it fails, and stores nothing", async () => {
      const ctx = context(db);
      const wie = await viaSessie();
      const id = await openDossier(ctx, wie, OPENING);
      await assert.rejects(
        metDossierToegang(
          ctx,
          wie,
          id,
          { actie: "toevoegen", logActie: "gebeurtenis_toevoegen", schrijven: true },
          async ({ tx, logregel }) => {
            logregel(null);
            await tx.execute(sql`update dossiers set werknaam = 'Mag niet blijven' where id = ${id}`);
            return "klaar";
          },
        ),
        /logregel genomen maar niet geschreven/u,
      );
      const [rij] = await rijen<{ werknaam: string }>(db, sql`select werknaam from dossiers where id = ${id}`);
      assert.equal(rij?.werknaam, OPENING.werknaam, "rolled back");
      assert.deepEqual(
        (await entries(id)).map((r) => r.actie),
        ["dossier_aanmaken"],
        "no success entry: a fault is no refusal, so none is logged for it either",
      );
    });

    it("work that does not take the entry is logged by the gate, as before", async () => {
      const ctx = context(db);
      const wie = await viaSessie();
      const id = await openDossier(ctx, wie, OPENING);
      const uit = await metDossierToegang(
        ctx,
        wie,
        id,
        { actie: "bekijken", logActie: "dossier_bekijken", schrijven: true, details: () => "eigen details" },
        () => Promise.resolve("klaar"),
      );
      assert.equal(uit, "klaar");
      const laatste = (await entries(id)).at(-1);
      assert.deepEqual(laatste, { actie: "dossier_bekijken", uitkomst: "gelukt", details: "eigen details" });
    });

    it("an error of the combined statement is the log's, unless the database names the event's own table", () => {
      const eigen = Object.assign(new Error("duplicate key"), { table: "gebeurtenissen" });
      assert.equal(alsLogFout(eigen), eigen);
      const verpakt = Object.assign(new Error("Failed query"), { cause: eigen });
      assert.equal(alsLogFout(verpakt), verpakt, "through drizzle's wrapper");
      assert.ok(alsLogFout(new Error("audit kapot")) instanceof LogNietBeschikbaarFout);
      assert.ok(alsLogFout(Object.assign(new Error("x"), { table: "toegangslog" })) instanceof LogNietBeschikbaarFout);
    });

    if (testDb.naam === "postgres")
      it("an append to a dossier this process holds costs four statements, the log entry included", async () => {
        const ctx = context(db);
        const wie = await viaSessie();
        const id = await openDossier(ctx, wie, OPENING);
        // The first append reads the stored snapshot and the organisation's settings; the next ones need neither.
        let versie = (await voegGebeurtenisToeAanDossier(ctx, wie, id, { ...SIGNAAL, verwachteVersie: 1 })).versie;
        const per: number[] = [];
        for (let i = 0; i < 3; i += 1) {
          const voor = statements;
          ({ versie } = await voegGebeurtenisToeAanDossier(ctx, wie, id, { ...SIGNAAL, verwachteVersie: versie }));
          per.push(statements - voor);
        }
        // BEGIN, the dossier's lock with its access facts and the snapshot's head with the tail (decision 0071),
        // the one write (event, dossier, task facts, entry), COMMIT.
        assert.deepEqual(per, [4, 4, 4]);
      });
  });
}
