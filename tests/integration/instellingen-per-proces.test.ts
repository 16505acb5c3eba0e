/**
 * What a case page takes from the organisation's settings (the Veilig Thuis contact, the step documents, who
 * decides) is read once per version of the organisation's row and process (decision 0058). The version is
 * the row's `xmin`, read with the session: a change made elsewhere (another process, straight in the database)
 * is seen by the next request without any message between processes, and a hit sends no statement at all.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { Database, GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { instellingenVanOrganisatie, vergeetInstellingen } from "../../src/app/organisatie/instellingen-per-versie.ts";
import { begin, sessieVan } from "../../src/app/sessie/inloggen.ts";
import { STANDAARD_PROTOCOL } from "../../src/domain/organisatie/protocol.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";

/** A database that refuses every statement: what still answers, answers from the process's memory. */
function zonderDatabase(): Database {
  const weiger = () => {
    throw new Error("geen statement verwacht");
  };
  return new Proxy({}, { get: weiger }) as unknown as Database;
}

for (const testDb of await testDatabases()) {
  describe(`the organisation's settings per process on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let organisatieId: string;
    let medewerker: Ingelogd;
    let sessieTeller = 0;

    /** The person as a request sees them: through the session's one statement, with the row's version. */
    async function viaSessie(): Promise<Ingelogd> {
      const token = `sessie-instellingen-${testDb.naam}-${(sessieTeller += 1)}`;
      await begin(db.db, token, medewerker.gebruiker.id, "volledig", NU);
      const sessie = await sessieVan(context(db), token);
      assert.ok(sessie, "session found");
      return { gebruiker: sessie.gebruiker, adres: null };
    }

    before(async () => {
      db = await testDb.open();
      vergeetInstellingen();
      const org = await maakOrganisatieMetMensen(db, "Vlinder", [["medewerker"]]);
      organisatieId = org.organisatieId;
      medewerker = org.mensen[0] as Ingelogd;
    });
    after(async () => db.sluit());

    /** What a page reads, for the person as the request saw them. */
    const lees = (db2: Database, wie: Ingelogd) =>
      instellingenVanOrganisatie(db2, organisatieId, wie.gebruiker.instellingenVersie);

    it("reads once per version: a second request with the same version sends no statement", async () => {
      const wie = await viaSessie();
      assert.equal(typeof wie.gebruiker.instellingenVersie, "string", "the session carries the version");
      const eerste = await lees(db.db, wie);
      assert.deepEqual(eerste, { protocol: STANDAARD_PROTOCOL, documenten: [] });
      assert.equal(await lees(zonderDatabase(), wie), eerste);
    });

    it("a change made elsewhere, straight in the database, is seen by the next request", async () => {
      const voor = await viaSessie();
      await lees(db.db, voor);
      const protocol = {
        ...STANDAARD_PROTOCOL,
        veiligThuis: { naam: "Veilig Thuis Vlinderregio", telefoon: "0800 1234" },
      };
      const documenten = [
        {
          id: "5b0c7d0e-3f7a-4c1e-9a51-2d6f8e1b4c39",
          stap: "gesprek",
          titel: "Gespreksprotocol",
          url: "https://vlinder.example/gesprek.pdf",
        },
      ];
      await db.db.execute(
        sql`update organisaties set protocol = ${JSON.stringify(protocol)}::jsonb, documenten = ${JSON.stringify(documenten)}::jsonb where id = ${organisatieId}`,
      );
      const na = await viaSessie();
      assert.notEqual(
        na.gebruiker.instellingenVersie,
        voor.gebruiker.instellingenVersie,
        "every update of the row changes the version",
      );
      const gelezen = await lees(db.db, na);
      assert.deepEqual(gelezen.protocol.veiligThuis, protocol.veiligThuis);
      assert.deepEqual(
        gelezen.documenten.map((d) => [d.stap, d.titel]),
        [["gesprek", "Gespreksprotocol"]],
      );
      // A request that began before the change (its session read the old version) is not served from memory; it reads the new settings.
      await assert.rejects(lees(zonderDatabase(), voor), /geen statement verwacht/u);
      assert.deepEqual((await lees(db.db, voor)).protocol.veiligThuis, protocol.veiligThuis);
    });

    it("an update of another column (the retention term) also counts as a new version", async () => {
      const voor = await viaSessie();
      await lees(db.db, voor);
      await db.db.execute(sql`update organisaties set bewaarjaren = 25 where id = ${organisatieId}`);
      const na = await viaSessie();
      assert.notEqual(na.gebruiker.instellingenVersie, voor.gebruiker.instellingenVersie);
      await assert.rejects(lees(zonderDatabase(), na), /geen statement verwacht/u, "read again");
    });

    it("a person read without a session (no version) is always read from the database", async () => {
      await assert.rejects(lees(zonderDatabase(), medewerker), /geen statement verwacht/u);
    });

    it("what is shared between requests cannot be changed by one of them", async () => {
      const wie = await viaSessie();
      await db.db.execute(
        sql`update organisaties set documenten = ${JSON.stringify([{ id: "5b0c7d0e-3f7a-4c1e-9a51-2d6f8e1b4c39", stap: "gesprek", titel: "G", url: "https://vlinder.example/g.pdf" }])}::jsonb where id = ${organisatieId}`,
      );
      const gelezen = await lees(db.db, await viaSessie());
      assert.throws(() => (gelezen.documenten as unknown[]).push({}), TypeError);
      assert.throws(() => Object.assign(gelezen.documenten[0] ?? {}, { url: "https://elders.example/" }), TypeError);
      assert.throws(() => Object.assign(gelezen.protocol.veiligThuis, { telefoon: "112" }), TypeError);
      assert.ok(wie.gebruiker.instellingenVersie, "a session before the change has a version too");
    });
  });
}
