import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { leesOrganisatieProtocol } from "../../src/adapters/db/organisatie.repository.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { voegOrganisatieDocumentToe } from "../../src/app/organisatie/documenten.ts";
import { wijzigBewaartermijn, wijzigProtocol } from "../../src/app/organisatie/protocol.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { STANDAARD_PROTOCOL } from "../../src/domain/organisatie/protocol.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";

type Regel = {
  gebruiker_id: string;
  actie: string;
  uitkomst: string;
  details: string | null;
};

async function regelsVan(db: GeopendeDatabase, wie: Ingelogd): Promise<Regel[]> {
  const rijen = await db.db.execute<Regel>(
    sql`select gebruiker_id, actie, uitkomst, details from toegangslog where gebruiker_id = ${wie.gebruiker.id} order by tijdstip, volgnummer`,
  );
  return (rijen as { rows: Regel[] }).rows;
}

const geweigerd = (f: unknown) => f instanceof DomeinFout && f.code === "GEEN_TOEGANG";

for (const testDb of await testDatabases()) {
  describe(`the organisation's settings are managed as organisatie_beheren on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let beheerder: Ingelogd;
    let medewerker: Ingelogd;

    before(async () => {
      db = await testDb.open();
      [beheerder, medewerker] = (await maakOrganisatieMetMensen(db, "Regenboog", [["beheerder"], ["medewerker"]]))
        .mensen as [Ingelogd, Ingelogd];
    });
    after(async () => db.sluit());

    it("a beheerder changing the protocol is logged as organisatie_beheren, in the same transaction as the change", async () => {
      const ctx = context(db);
      const protocol = {
        ...STANDAARD_PROTOCOL,
        veiligThuis: { ...STANDAARD_PROTOCOL.veiligThuis, naam: "Veilig Thuis Utrecht" },
      };
      await wijzigProtocol(ctx, beheerder, protocol);
      assert.equal(
        (await leesOrganisatieProtocol(db.db, beheerder.gebruiker.organisatieId)).veiligThuis.naam,
        "Veilig Thuis Utrecht",
      );
      assert.deepEqual(
        (await regelsVan(db, beheerder)).map((r) => [r.actie, r.uitkomst, r.details]),
        [["organisatie_beheren", "gelukt", "protocol gewijzigd"]],
      );
    });

    it("a medewerker trying is refused, nothing changes, and the refusal is logged as organisatie_beheren", async () => {
      const ctx = context(db);
      const voor = await leesOrganisatieProtocol(db.db, medewerker.gebruiker.organisatieId);
      await assert.rejects(
        wijzigProtocol(ctx, medewerker, {
          ...STANDAARD_PROTOCOL,
          veiligThuis: { ...STANDAARD_PROTOCOL.veiligThuis, naam: "Veilig Thuis Twente" },
        }),
        geweigerd,
      );
      await assert.rejects(wijzigBewaartermijn(ctx, medewerker, { bewaarjaren: "3" }), geweigerd);
      await assert.rejects(
        voegOrganisatieDocumentToe(ctx, medewerker, {
          stap: "gesprek",
          titel: "x",
          url: "https://school.example/x.pdf",
        }),
        geweigerd,
      );
      assert.deepEqual(
        await leesOrganisatieProtocol(db.db, medewerker.gebruiker.organisatieId),
        voor,
        "the protocol is unchanged",
      );
      assert.deepEqual(
        (await regelsVan(db, medewerker)).map((r) => [r.actie, r.uitkomst, r.details]),
        [
          ["organisatie_beheren", "geweigerd", "protocol"],
          ["organisatie_beheren", "geweigerd", "bewaartermijn"],
          ["organisatie_beheren", "geweigerd", "documenten"],
        ],
      );
    });

    it("invalid input from a beheerder is logged as ongeldig and stores nothing", async () => {
      const ctx = context(db);
      await assert.rejects(
        wijzigBewaartermijn(ctx, beheerder, { bewaarjaren: "0" }),
        (f: unknown) => f instanceof DomeinFout && f.code === "ONGELDIGE_INVOER",
      );
      await wijzigBewaartermijn(ctx, beheerder, { bewaarjaren: "9" });
      assert.deepEqual(
        (await regelsVan(db, beheerder)).slice(1).map((r) => [r.actie, r.uitkomst, r.details]),
        [
          ["organisatie_beheren", "ongeldig", "bewaartermijn"],
          ["organisatie_beheren", "gelukt", "bewaartermijn 9"],
        ],
      );
    });
  });
}
