import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { eq, sql } from "drizzle-orm";
import pg from "pg";

import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { maakOrganisatie } from "../../src/adapters/db/organisatie.repository.ts";
import { organisaties } from "../../src/adapters/db/schema.ts";
import { vasteOpdracht, vasteSelect } from "../../src/adapters/db/vaste-query.ts";
import { testDatabases } from "../helpers/databases.ts";

/**
 * A built-once statement asks PostgreSQL to describe its result only the first time in a process (decision
 * 0079): later executions, on any connection of the pool and in a transaction, send no Describe and map the
 * same rows as the statement run directly.
 */
const velden = {
  id: organisaties.id,
  naam: organisaties.naam,
  aangemaakt: sql<string>`'2026-12-05 10:00:00+00'::timestamptz`,
  getal: sql<number>`41 + 1`,
  leeg: sql<string | null>`null::text`,
};
const lees = vasteSelect<typeof velden, { id: string; naam: string; aangemaakt: string; getal: number; leeg: null }>(
  "test_vaste_query_beschrijving",
  velden,
  (qb, v) =>
    qb
      .select(v)
      .from(organisaties)
      .where(eq(organisaties.id, sql.placeholder("id"))),
);
const hernoem = vasteOpdracht<{ naam: string }>("test_vaste_query_hernoem", () =>
  sql.join([
    sql`update ${organisaties} set naam = ${sql.placeholder("naam")} where id = ${sql.placeholder("id")}::uuid `,
    sql`returning naam`,
  ]),
);

for (const testDb of await testDatabases()) {
  describe(`built-once statements on ${testDb.naam}`, () => {
    const open: GeopendeDatabase[] = [];
    after(async () => Promise.all(open.map((d) => d.sluit())));

    it("describe their result once, and map the same rows on every connection and in a transaction", async () => {
      const db = await testDb.open();
      open.push(db);
      const id = await maakOrganisatie(db.db, "Beschrijving", "onderwijs");
      const verwacht = await db.db.select(velden).from(organisaties).where(eq(organisaties.id, id));
      const connection = pg.Connection.prototype as unknown as { describe: (...args: unknown[]) => unknown };
      const origineel = connection.describe;
      let beschreven = 0;
      connection.describe = function (this: unknown, ...args: unknown[]) {
        beschreven += 1;
        return origineel.apply(this, args);
      };
      try {
        assert.deepEqual(await lees(db.db, { id }), verwacht);
        // At once, so that the pool opens or uses several connections, some of which never parsed it.
        const tegelijk = await Promise.all(Array.from({ length: 20 }, () => lees(db.db, { id })));
        for (const rijen of tegelijk) assert.deepEqual(rijen, verwacht);
        const inTransactie = await db.db.transaction(async (tx) => {
          const [naam] = await hernoem(tx, { id, naam: "Beschrijving 2" });
          return { naam, rijen: await lees(tx, { id }) };
        });
        assert.deepEqual(inTransactie, {
          naam: { naam: "Beschrijving 2" },
          rijen: verwacht.map((r) => ({ ...r, naam: "Beschrijving 2" })),
        });
        assert.deepEqual(await hernoem(db.db, { id, naam: "Beschrijving 3" }), [{ naam: "Beschrijving 3" }]);
        // An error is still the statement's, and the connection stays usable.
        await assert.rejects(lees(db.db, { id: "geen-uuid" }), /test_vaste_query_beschrijving|select/u);
        assert.deepEqual(
          await lees(db.db, { id }),
          verwacht.map((r) => ({ ...r, naam: "Beschrijving 3" })),
        );
      } finally {
        connection.describe = origineel;
      }
      // On PostgreSQL each statement is described once (PGlite goes through drizzle and node-postgres is not used).
      if (testDb.naam === "postgres") assert.equal(beschreven, 2, "one Describe per statement");
    });
  });
}
