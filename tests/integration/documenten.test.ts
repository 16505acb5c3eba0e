import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import {
  documentenVanOrganisatie,
  verwijderOrganisatieDocument,
  voegOrganisatieDocumentToe,
} from "../../src/app/organisatie/documenten.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { MAX_DOCUMENTEN_PER_STAP } from "../../src/domain/organisatie/documenten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";

async function fout(belofte: Promise<unknown>): Promise<DomeinFout> {
  try {
    await belofte;
  } catch (f) {
    if (f instanceof DomeinFout) return f;
    throw f;
  }
  return assert.fail("expected a DomeinFout");
}

async function logRegels(db: GeopendeDatabase, details: string): Promise<{ uitkomst: string }[]> {
  const rijen = await db.db.execute<{ uitkomst: string }>(
    sql`select uitkomst from toegangslog where details = ${details} order by volgnummer`,
  );
  return (rijen as { rows: { uitkomst: string }[] }).rows;
}

for (const testDb of await testDatabases()) {
  describe(`documents beside the steps on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let beheerder: Ingelogd;
    let medewerker: Ingelogd;
    let ander: Ingelogd;

    before(async () => {
      db = await testDb.open();
      const regenboog = await maakOrganisatieMetMensen(db, "Regenboog", [["beheerder"], ["medewerker"]]);
      [beheerder, medewerker] = regenboog.mensen as [Ingelogd, Ingelogd];
      ander = (await maakOrganisatieMetMensen(db, "Anker", [["beheerder"]])).mensen[0] as Ingelogd;
    });
    after(async () => db.sluit());

    it("a beheerder adds and removes; every member reads; another organisation sees nothing; each change is logged", async () => {
      const ctx = context(db);
      await voegOrganisatieDocumentToe(ctx, beheerder, {
        stap: "gesprek",
        titel: "Gespreksprotocol",
        url: "https://school.example/gesprek.pdf",
      });
      const lijst = await documentenVanOrganisatie(ctx, medewerker);
      assert.deepEqual(
        lijst.map((d) => [d.stap, d.titel, d.url]),
        [["gesprek", "Gespreksprotocol", "https://school.example/gesprek.pdf"]],
        "the member sees it",
      );
      assert.deepEqual(await documentenVanOrganisatie(ctx, ander), [], "not in another organisation");
      await verwijderOrganisatieDocument(ctx, beheerder, lijst[0]?.id ?? "");
      assert.deepEqual(await documentenVanOrganisatie(ctx, medewerker), [], "removed");
      assert.equal((await logRegels(db, "document toegevoegd")).length, 1, "addition logged");
      assert.equal((await logRegels(db, "document verwijderd")).length, 1, "removal logged");
    });

    const slecht: [string, Record<string, unknown>, string, string][] = [
      ["http", { stap: "gesprek", titel: "x", url: "http://school.example/a.pdf" }, "url", "fout.link_geen_https"],
      ["internal host", { stap: "gesprek", titel: "x", url: "https://192.168.1.10/a.pdf" }, "url", "fout.link_intern"],
      [
        "sign-in details",
        { stap: "gesprek", titel: "x", url: "https://jan:geheim@school.example/" },
        "url",
        "fout.link_met_inlog",
      ],
      ["javascript", { stap: "gesprek", titel: "x", url: "javascript:alert(1)" }, "url", "fout.link_geen_https"],
      ["unknown step", { stap: "melden", titel: "x", url: "https://school.example/" }, "stap", "fout.ongeldige_keuze"],
      ["empty title", { stap: "gesprek", titel: " ", url: "https://school.example/" }, "titel", "fout.verplicht"],
      [
        "extra field",
        { stap: "gesprek", titel: "x", url: "https://school.example/", id: "kies-ik-zelf" },
        "id",
        "fout.onbekend_veld",
      ],
    ];
    for (const [naam, invoer, veld, sleutel] of slecht) {
      it(`refuses ${naam} with a field message and stores nothing`, async () => {
        const ctx = context(db);
        const f = await fout(voegOrganisatieDocumentToe(ctx, beheerder, invoer));
        assert.equal(f.code, "ONGELDIGE_INVOER", "invalid input");
        assert.deepEqual(
          f.velden.map((v) => [v.veld, v.sleutel]),
          [[veld, sleutel]],
          "one clear message",
        );
        assert.deepEqual(await documentenVanOrganisatie(ctx, beheerder), [], "nothing stored");
      });
    }

    it("refuses a medewerker, and an unknown id", async () => {
      const ctx = context(db);
      assert.equal(
        (
          await fout(
            voegOrganisatieDocumentToe(ctx, medewerker, {
              stap: "gesprek",
              titel: "x",
              url: "https://school.example/",
            }),
          )
        ).code,
        "GEEN_TOEGANG",
        "not a beheerder",
      );
      assert.equal(
        (await fout(verwijderOrganisatieDocument(ctx, beheerder, "00000000-0000-4000-8000-000000000000"))).code,
        "NIET_GEVONDEN",
        "unknown",
      );
    });

    it(`keeps at most ${MAX_DOCUMENTEN_PER_STAP} per step, also when added at the same time`, async () => {
      const ctx = context(db);
      const pogingen = Array.from({ length: MAX_DOCUMENTEN_PER_STAP + 3 }, (_, i) =>
        voegOrganisatieDocumentToe(ctx, beheerder, {
          stap: "wegen",
          titel: `Document ${i}`,
          url: `https://school.example/${i}`,
        }).then(
          () => "ok",
          (f: unknown) => (f instanceof DomeinFout ? f.velden[0]?.sleutel : "anders"),
        ),
      );
      const uitkomsten = await Promise.all(pogingen);
      assert.equal(uitkomsten.filter((u) => u === "ok").length, MAX_DOCUMENTEN_PER_STAP, "exactly the maximum added");
      assert.ok(
        uitkomsten.every((u) => u === "ok" || u === "fout.te_veel_documenten"),
        "the rest refused with a clear message",
      );
      assert.equal(
        (await documentenVanOrganisatie(ctx, medewerker)).filter((d) => d.stap === "wegen").length,
        MAX_DOCUMENTEN_PER_STAP,
        "stored once each",
      );
    });
  });
}
