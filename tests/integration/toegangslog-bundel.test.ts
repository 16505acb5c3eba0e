import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { asc, eq, sql } from "drizzle-orm";
import pg from "pg";

import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { toegangslog } from "../../src/adapters/db/schema.ts";
import {
  BUNDELS_ONDERWEG,
  schrijfLogregel,
  type NieuweLogregel,
} from "../../src/adapters/db/toegangslog.repository.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { testDatabases } from "../helpers/databases.ts";
import { maakOrganisatieMetMensen } from "../helpers/fabriek.ts";

/**
 * Entries written on the pool, outside a transaction, go to the database together while earlier ones are
 * under way (decision 0079): every entry is stored once, as given, each caller gets the id of its own entry, one entry's refusal is its own, and the chain seals and verifies as before.
 */
for (const testDb of await testDatabases()) {
  describe(`access-log entries written together on ${testDb.naam}`, () => {
    const open: GeopendeDatabase[] = [];
    after(async () => Promise.all(open.map((d) => d.sluit())));

    const regel = (organisatieId: string, gebruikerId: string, i: number): NieuweLogregel => ({
      tijdstip: new Date(Date.UTC(2026, 11, 5, 10, 0, 0, i)).toISOString(),
      organisatieId,
      gebruikerId,
      rol: "medewerker",
      namens: null,
      actie: "dossier_bekijken",
      dossierId: i % 2 === 0 ? null : "0190a8f0-0000-7000-8000-000000000001",
      uitkomst: "gelukt",
      grondslag: i % 3 === 0 ? null : "toegewezen",
      adres: i % 5 === 0 ? null : `10.0.0.${i}`,
      // Quotes, a backslash, braces and a comma: what an array literal must escape.
      details: i % 4 === 0 ? null : `regel ${i}: "a\\b" {c,d} é 🙂`,
    });

    it("stores every entry once, as given, and gives each caller the id of its own entry", async () => {
      const db = await testDb.open();
      open.push(db);
      const { organisatieId, mensen } = await maakOrganisatieMetMensen(db, "Bundel", [["medewerker"]]);
      const gebruikerId = mensen[0]!.gebruiker.id;
      const regels = Array.from({ length: 150 }, (_, i) => regel(organisatieId, gebruikerId, i));
      // On PostgreSQL, count the INSERTs that reach the driver: more entries than INSERTs means they went together.
      let inserts = 0;
      const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
      const origineel = prototype.query;
      prototype.query = function (this: pg.Client, ...args: unknown[]) {
        const eerste = args[0] as { text?: string } | string;
        const tekst = typeof eerste === "string" ? eerste : (eerste.text ?? "");
        if (tekst.startsWith('insert into "toegangslog"')) inserts += 1;
        return origineel.apply(this, args);
      };
      let ids: number[];
      try {
        ids = await Promise.all(regels.map((r) => schrijfLogregel(db.db, r)));
      } finally {
        prototype.query = origineel;
      }
      assert.equal(new Set(ids).size, regels.length, "one id per entry");
      if (testDb.naam === "postgres")
        assert.ok(
          inserts >= BUNDELS_ONDERWEG && inserts < regels.length,
          `${inserts} INSERTs for ${regels.length} entries`,
        );
      const opgeslagen = await db.db
        .select()
        .from(toegangslog)
        .where(eq(toegangslog.organisatieId, organisatieId))
        .orderBy(asc(toegangslog.id));
      const perId = new Map(opgeslagen.map((r) => [r.id, r]));
      assert.equal(opgeslagen.length, regels.length, "nothing more stored");
      // Each caller's id is the row of its own entry.
      assert.deepEqual(
        ids.map((id) => {
          const r = perId.get(id);
          assert.ok(r, `row ${id}`);
          return {
            tijdstip: r.tijdstip.toISOString(),
            organisatieId: r.organisatieId,
            gebruikerId: r.gebruikerId,
            rol: r.rol,
            namens: r.namens,
            actie: r.actie,
            dossierId: r.dossierId,
            uitkomst: r.uitkomst,
            grondslag: r.grondslag,
            adres: r.adres,
            details: r.details,
            keten: r.keten,
            volgnummer: r.volgnummer,
          };
        }),
        regels.map((r) => ({ ...r, keten: organisatieId, volgnummer: null })),
      );
      await verzegelToegangslog(db.db);
      assert.equal((await controleerToegangslog(db.db)).eersteBreuk, null, "sealed and intact");
    });

    it("refuses only the entry PostgreSQL refuses, not the entries written with it", async () => {
      const db = open[0];
      assert.ok(db, "database from the first test");
      const { organisatieId, mensen } = await maakOrganisatieMetMensen(db, "Weigering", [["medewerker"]]);
      const gebruikerId = mensen[0]!.gebruiker.id;
      await db.db.execute(
        sql.raw(
          "create function test_bundel_weigert() returns trigger as $$ begin if new.details = 'weiger' then raise exception 'geweigerd'; end if; return new; end; $$ language plpgsql",
        ),
      );
      await db.db.execute(
        sql.raw(
          "create trigger test_bundel_weigert before insert on toegangslog for each row execute function test_bundel_weigert()",
        ),
      );
      try {
        const regels = Array.from({ length: 40 }, (_, i) => ({
          ...regel(organisatieId, gebruikerId, i),
          details: i === 17 ? "weiger" : `regel ${i}`,
        }));
        const uitkomsten = await Promise.allSettled(regels.map((r) => schrijfLogregel(db.db, r)));
        assert.deepEqual(
          uitkomsten.map((u, i) => [i, u.status]),
          regels.map((_, i) => [i, i === 17 ? "rejected" : "fulfilled"]),
        );
        const opgeslagen = await db.db
          .select({ details: toegangslog.details })
          .from(toegangslog)
          .where(eq(toegangslog.organisatieId, organisatieId))
          .orderBy(asc(toegangslog.id));
        assert.deepEqual(
          opgeslagen.map((r) => r.details).sort(),
          regels
            .filter((_, i) => i !== 17)
            .map((r) => r.details)
            .sort(),
        );
      } finally {
        await db.db.execute(sql.raw("drop trigger test_bundel_weigert on toegangslog"));
        await db.db.execute(sql.raw("drop function test_bundel_weigert()"));
      }
    });
  });
}
