/**
 * What a case page takes from the organisation's settings (the Veilig Thuis contact, the step documents, who
 * decides) is parsed once per version of the organisation's row and process (decision 0058). The version is
 * the row's `xmin`, read with the session: a change made elsewhere (another process, straight in the database)
 * is seen by the next request without any message between processes, and a hit sends no statement at all.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { Database, GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { organisatieBijDossier, vergeetInstellingen } from "../../src/app/organisatie/protocol.ts";
import { begin, sessieVan } from "../../src/app/sessie/inloggen.ts";
import { STANDAARD_PROTOCOL } from "../../src/domain/organisatie/protocol.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";

/** A context whose database refuses every statement: what still answers, answers from the process's memory. */
function zonderDatabase(): AppContext {
  const weiger = () => {
    throw new Error("geen statement verwacht");
  };
  return { db: new Proxy({}, { get: weiger }) as unknown as Database, klok: () => NU };
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

    it("reads and parses once per version: a second request with the same version sends no statement", async () => {
      const wie = await viaSessie();
      assert.equal(typeof wie.gebruiker.instellingenVersie, "string", "the session carries the version");
      const eerste = await organisatieBijDossier(context(db), wie);
      assert.deepEqual(eerste.veiligThuis, STANDAARD_PROTOCOL.veiligThuis);
      assert.deepEqual(eerste.documenten, []);
      const tweede = await organisatieBijDossier(zonderDatabase(), wie);
      assert.deepEqual(tweede, eerste);
    });

    it("a change made elsewhere, straight in the database, is seen by the next request", async () => {
      const voor = await viaSessie();
      await organisatieBijDossier(context(db), voor);
      const protocol = { ...STANDAARD_PROTOCOL, veiligThuis: { naam: "Veilig Thuis Vlinderregio", telefoon: "0800 1234" } };
      const documenten = [{ id: "5b0c7d0e-3f7a-4c1e-9a51-2d6f8e1b4c39", stap: "gesprek", titel: "Gespreksprotocol", url: "https://vlinder.example/gesprek.pdf" }];
      await db.db.execute(sql`update organisaties set protocol = ${JSON.stringify(protocol)}::jsonb, documenten = ${JSON.stringify(documenten)}::jsonb where id = ${organisatieId}`);
      const na = await viaSessie();
      assert.notEqual(na.gebruiker.instellingenVersie, voor.gebruiker.instellingenVersie, "every update of the row changes the version");
      const gelezen = await organisatieBijDossier(context(db), na);
      assert.deepEqual(gelezen.veiligThuis, { naam: "Veilig Thuis Vlinderregio", telefoon: "0800 1234" });
      assert.deepEqual(gelezen.documenten.map((d) => [d.stap, d.titel]), [["gesprek", "Gespreksprotocol"]]);
      // A request that began before the change (its session read the old version) is not served the old settings from memory.
      await assert.rejects(organisatieBijDossier(zonderDatabase(), voor), /geen statement verwacht/u);
      assert.deepEqual((await organisatieBijDossier(context(db), voor)).veiligThuis, gelezen.veiligThuis);
    });

    it("an update of another column (the retention term) also counts as a new version", async () => {
      const voor = await viaSessie();
      await organisatieBijDossier(context(db), voor);
      await db.db.execute(sql`update organisaties set bewaarjaren = 25 where id = ${organisatieId}`);
      const na = await viaSessie();
      assert.notEqual(na.gebruiker.instellingenVersie, voor.gebruiker.instellingenVersie);
      assert.equal((await organisatieBijDossier(context(db), na)).bewaarjaren, 25);
    });

    it("a person read without a session (no version) is always read from the database", async () => {
      await assert.rejects(organisatieBijDossier(zonderDatabase(), medewerker), /geen statement verwacht/u);
    });

    it("what is shared between requests cannot be changed by one of them", async () => {
      const wie = await viaSessie();
      const gelezen = await organisatieBijDossier(context(db), wie);
      assert.throws(() => (gelezen.documenten as unknown[]).push({}), TypeError);
      assert.throws(() => Object.assign(gelezen.veiligThuis, { telefoon: "112" }), TypeError);
    });
  });
}
