/**
 * The lists' statements (decision 0081): the dossier list and Mijn taken read and write their entry on one
 * pooled connection, without BEGIN or COMMIT, and the entry is stored before the answer. On PostgreSQL
 * the statements are seen at `pg.Client.prototype.query`, with the connection that sent each.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import pg from "pg";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { opEenVerbinding } from "../../src/adapters/db/een-verbinding.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { leesDossierLijstPagina } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { mijnTaken } from "../../src/app/taken/mijn-taken.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING } from "../helpers/gebeurtenissen.ts";

const gezien: { client: unknown; tekst: string }[] = [];
const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const query = prototype.query;
prototype.query = function (this: unknown, ...args: unknown[]) {
  const eerste = args[0];
  const tekst = typeof eerste === "string" ? eerste : ((eerste as { text?: string } | undefined)?.text ?? "");
  gezien.push({ client: this, tekst });
  return query.apply(this, args);
};

function rijen<T>(resultaat: unknown): { rows: T[] } {
  return resultaat as { rows: T[] };
}

for (const testDb of await testDatabases()) {
  describe(`the lists' statements on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let af: Ingelogd;

    async function lijstregels(): Promise<number> {
      const resultaat = rijen<{ aantal: number }>(
        await db.db.execute(
          sql`select count(*)::int as aantal from toegangslog where actie = 'dossiers_lijst' and uitkomst = 'gelukt'`,
        ),
      );
      return resultaat.rows[0]?.aantal ?? -1;
    }

    /** What `lees` sent: its statements' texts and the connections they went over (PostgreSQL only). */
    async function stuurt(lees: () => Promise<unknown>): Promise<{ teksten: string[]; verbindingen: number }> {
      gezien.length = 0;
      await lees();
      const eigen = gezien.splice(0);
      return { teksten: eigen.map((g) => g.tekst.trim()), verbindingen: new Set(eigen.map((g) => g.client)).size };
    }

    before(async () => {
      db = await testDb.open();
      const org = await maakOrganisatieMetMensen(db, "Statements", [["aandachtsfunctionaris"]]);
      af = org.mensen[0] as Ingelogd;
      await openDossier(context(db), af, OPENING.gegevens);
    });
    after(async () => db.sluit());

    it("the dossier list: candidates, the banner and the entry on one connection, no BEGIN or COMMIT", async () => {
      const voor = await lijstregels();
      const { teksten, verbindingen } = await stuurt(() => leesDossierLijstPagina(context(db), af));
      assert.equal(await lijstregels(), voor + 1, "one entry, stored before the answer");
      if (testDb.naam !== "postgres") return;
      assert.equal(teksten.filter((t) => /^(begin|commit|rollback)\b/iu.test(t)).length, 0, teksten.join("\n"));
      assert.equal(teksten.length, 3, teksten.join("\n"));
      assert.match(teksten.at(-1) ?? "", /insert into "?toegangslog"?/iu, "the entry last");
      assert.equal(verbindingen, 1);
    });

    it("Mijn taken: the candidates and the entry on one connection, no BEGIN or COMMIT", async () => {
      const voor = await lijstregels();
      const { teksten, verbindingen } = await stuurt(() => mijnTaken(context(db), af));
      assert.equal(await lijstregels(), voor + 1);
      if (testDb.naam !== "postgres") return;
      assert.equal(teksten.length, 2, teksten.join("\n"));
      assert.match(teksten.at(-1) ?? "", /insert into "?toegangslog"?/iu);
      assert.equal(verbindingen, 1);
    });

    it("invalid input: no success entry, the refusal logged, the connection given back", async () => {
      const voor = await lijstregels();
      await assert.rejects(
        mijnTaken(context(db), af, { vanaf: "geen-positie" }),
        (fout: unknown) => fout instanceof DomeinFout && fout.code === "ONGELDIGE_INVOER",
      );
      assert.equal(await lijstregels(), voor);
      const resultaat = rijen<{ aantal: number }>(
        await db.db.execute(
          sql`select count(*)::int as aantal from toegangslog where actie = 'dossiers_lijst' and uitkomst = 'ongeldig'`,
        ),
      );
      assert.equal(resultaat.rows[0]?.aantal, 1);
    });

    it("opEenVerbinding: one backend for every statement, each outside a transaction", async () => {
      const gelezen = await opEenVerbinding(db.db, async (v) => {
        const uit: { pid: number; inTransactie: boolean }[] = [];
        for (let i = 0; i < 3; i += 1) {
          const r = rijen<{ pid: number; inTransactie: boolean }>(
            await v.execute(sql`select pg_backend_pid() as pid, now() <> statement_timestamp() as "inTransactie"`),
          );
          uit.push(r.rows[0]!);
        }
        return uit;
      });
      assert.equal(new Set(gelezen.map((g) => g.pid)).size, 1);
      // PGlite (one connection, where this runs on the database itself) does not keep now() and
      // statement_timestamp() equal in a statement of its own under load: there only the pid is asked.
      if (testDb.naam === "postgres")
        assert.deepEqual(
          gelezen.map((g) => g.inTransactie),
          [false, false, false],
        );
      // Given back: the pool serves more than its size of such calls in a row.
      for (let i = 0; i < 25; i += 1) await opEenVerbinding(db.db, (v) => v.execute(sql`select 1`));
    });
  });
}
