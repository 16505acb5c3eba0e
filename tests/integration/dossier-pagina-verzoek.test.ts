import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { bouwServerBuild, startAppInProces, type AppInProces } from "../helpers/app-in-proces.ts";
import { testDatabases, verseDatabaseUrl } from "../helpers/databases.ts";

/**
 * Decision 0061, through the real Express server and the route modules: a page request of a case
 * writes one view entry whichever of its loaders run (the layout's and the report page's together, or
 * the report page's alone when a data request names only it), the access page keeps its own entry
 * beside the view as before, and on PostgreSQL the report page's own part costs no statement beyond
 * the overview's (the statements are counted at `pg.Client.prototype.query`). A step page's own guidance
 * (decision 0065) comes from that same read.
 */

const pgBeheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
const metPostgres = (await testDatabases()).some((d) => d.naam === "postgres");
const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-pagina-"));
process.env["LOG_LEVEL"] = process.env["TEST_LOG"] ?? "silent";
const { startSamenstelling } = await import("../helpers/app-runtime.ts");
const { DEMO_WACHTWOORD } = await import("../../src/app/demo-seed.ts");
const { toegangslog } = await import("../../src/adapters/db/schema.ts");
const { stapKennis } = await import("../../src/domain/kennis/inhoud.ts");
const { default: pg } = await import("pg");

const build = await bouwServerBuild();

/** Statements sent to PostgreSQL by this process (PGlite sends none through pg). */
let statements = 0;
const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const query = Object.getOwnPropertyDescriptor(prototype, "query")?.value as (...args: unknown[]) => unknown;
prototype.query = function (this: unknown, ...args: unknown[]) {
  statements += 1;
  return query.apply(this, args);
};

after(() => {
  prototype.query = query;
  rmSync(dataDir, { recursive: true, force: true });
});

for (const database of metPostgres ? (["pglite", "postgres"] as const) : (["pglite"] as const)) {
  describe(`one view entry per page request (${database})`, () => {
    let app: AppInProces;
    let samenstelling: Awaited<ReturnType<typeof startSamenstelling>>;
    let dossierId = "";
    const cookies: Record<string, string> = {};

    async function vraag(
      wie: string,
      pad: string,
      opties: { methode?: string; body?: string } = {},
    ): Promise<{ status: number; tekst: string }> {
      const r = await fetch(`${app.basis}${pad}`, {
        method: opties.methode ?? "GET",
        redirect: "manual",
        headers: {
          cookie: cookies[wie] ?? "",
          accept: "application/json",
          origin: app.basis,
          ...(opties.body ? { "content-type": "application/json" } : {}),
        },
        ...(opties.body ? { body: opties.body } : {}),
      });
      return { status: r.status, tekst: await r.text() };
    }

    async function entries(): Promise<string[]> {
      const rijen = await samenstelling.db
        .select({ actie: toegangslog.actie, uitkomst: toegangslog.uitkomst })
        .from(toegangslog)
        .where(eq(toegangslog.dossierId, dossierId))
        .orderBy(toegangslog.tijdstip, toegangslog.volgnummer);
      return rijen.map((r) => `${r.actie}:${r.uitkomst}`);
    }

    /** The entries and statements one request adds. */
    async function verzoek(
      wie: string,
      pad: string,
    ): Promise<{ status: number; tekst: string; entries: string[]; statements: number }> {
      const voor = (await entries()).length;
      const begin = statements;
      const antwoord = await vraag(wie, pad);
      const na = statements;
      return { ...antwoord, entries: (await entries()).slice(voor), statements: na - begin };
    }

    before(async () => {
      // The demo organisation (with its known passwords) on a fresh database of this test's own.
      const omgeving =
        database === "postgres" && pgBeheerUrl
          ? { DATABASE_URL: await verseDatabaseUrl(pgBeheerUrl) }
          : { DATABASE_URL: undefined, DATA_DIR: mkdtempSync(path.join(dataDir, "pglite-")) };
      samenstelling = await startSamenstelling({
        ...omgeving,
        MELDWIJZER_DEMO: undefined,
        MELDWIJZER_KLOK_VERSCHUIVING_MS: "0",
      });
      app = await startAppInProces(() => Promise.resolve(build), undefined, undefined, samenstelling);
      for (const [wie, email] of [
        ["sanne", "medewerker@regenboog.example"],
        ["joris", "medewerker2@regenboog.example"],
      ] as const) {
        const r = await fetch(`${app.basis}/api/sessie`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, wachtwoord: DEMO_WACHTWOORD }),
        });
        assert.equal(r.status, 201, email);
        cookies[wie] = (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      }
      const nieuw = await vraag("sanne", "/api/dossiers", {
        methode: "POST",
        body: JSON.stringify({
          gegevens: {
            werknaam: "L. (groep 6)",
            aanleiding: "zorg_om_kind",
            omschrijving: "Zorgen over blauwe plekken.",
          },
        }),
      });
      assert.equal(nieuw.status, 201, nieuw.tekst);
      dossierId = (JSON.parse(nieuw.tekst) as { id: string }).id;
    });
    after(async () => {
      await app.stop();
      await samenstelling.database.sluit();
    });

    it("the report pages: the layout's and the page's loader, one view entry", async () => {
      for (const pad of [`/dossiers/${dossierId}/melding.data`, `/dossiers/${dossierId}/melding/controle.data`]) {
        const a = await verzoek("sanne", pad);
        assert.equal(a.status, 200, pad);
        assert.ok(
          a.tekst.includes("L. (groep 6)") && a.tekst.includes("bevindingen"),
          `${pad}: the header and the report's part`,
        );
        assert.deepEqual(a.entries, ["dossier_bekijken:gelukt"], pad);
      }
    });

    it("a data request for the report page's loader alone (_routes): one view entry", async () => {
      const a = await verzoek("sanne", `/dossiers/${dossierId}/melding.data?_routes=routes/dossier-melding`);
      assert.equal(a.status, 200);
      assert.ok(a.tekst.includes("bevindingen") && !a.tekst.includes("takenlijst"), "only the report's part");
      assert.deepEqual(a.entries, ["dossier_bekijken:gelukt"]);
    });

    it("the overview and a step page: one view entry; the access page its own entry beside it, as before", async () => {
      assert.deepEqual((await verzoek("sanne", `/dossiers/${dossierId}.data`)).entries, ["dossier_bekijken:gelukt"]);
      assert.deepEqual((await verzoek("sanne", `/dossiers/${dossierId}/signalen.data`)).entries, [
        "dossier_bekijken:gelukt",
      ]);
      assert.deepEqual([...(await verzoek("sanne", `/dossiers/${dossierId}/toegang.data`)).entries].sort(), [
        "dossier_bekijken:gelukt",
        "toegang_bekijken:gelukt",
      ]);
    });

    it("a step page: its own guidance only, one view entry, also for its loader alone (decision 0065)", async () => {
      // A piece of each step's guidance as the loader data carries it (JSON text, no quotes to escape).
      const stuk = (stap: "gesprek" | "signalen") => stapKennis(stap, "nl").uitleg.slice(0, 40);
      assert.ok(!stuk("gesprek").includes('"') && !stuk("signalen").includes('"'));
      const gesprek = await verzoek("sanne", `/dossiers/${dossierId}/gesprek.data`);
      assert.equal(gesprek.status, 200);
      assert.ok(
        gesprek.tekst.includes("L. (groep 6)") && gesprek.tekst.includes(stuk("gesprek")),
        "header and guidance",
      );
      assert.ok(!gesprek.tekst.includes(stuk("signalen")), "not another step's guidance");
      assert.deepEqual(gesprek.entries, ["dossier_bekijken:gelukt"]);
      const overzicht = await verzoek("sanne", `/dossiers/${dossierId}.data`);
      assert.ok(!overzicht.tekst.includes(stuk("gesprek")) && !overzicht.tekst.includes(stuk("signalen")));
      const alleen = await verzoek("sanne", `/dossiers/${dossierId}/gesprek.data?_routes=routes/dossier-gesprek`);
      assert.ok(alleen.tekst.includes(stuk("gesprek")) && !alleen.tekst.includes("L. (groep 6)"));
      assert.deepEqual(alleen.entries, ["dossier_bekijken:gelukt"]);
      const geweigerd = await verzoek("joris", `/dossiers/${dossierId}/gesprek.data?_routes=routes/dossier-gesprek`);
      assert.ok(!geweigerd.tekst.includes(stuk("gesprek")), "a refused reader gets the refusal, not the page");
      assert.deepEqual(geweigerd.entries, ["dossier_bekijken:geweigerd"]);
    });

    it("refused: one refusal per page request, and nothing of the case in the answer", async () => {
      const a = await verzoek("joris", `/dossiers/${dossierId}/melding.data`);
      assert.ok(!a.tekst.includes("L. (groep 6)"));
      assert.deepEqual(a.entries, ["dossier_bekijken:geweigerd"]);
    });

    if (database === "postgres") {
      it("the report page's part costs no statement beyond the overview's", async () => {
        const overzicht = await verzoek("sanne", `/dossiers/${dossierId}.data`);
        const melding = await verzoek("sanne", `/dossiers/${dossierId}/melding.data`);
        const alleen = await verzoek("sanne", `/dossiers/${dossierId}/melding.data?_routes=routes/dossier-melding`);
        if (process.env["TEST_LOG_TELLING"])
          console.log(
            `statements: overview ${overzicht.statements}, report page ${melding.statements}, report page's loader alone ${alleen.statements}`,
          );
        assert.ok(overzicht.statements > 0, "the counter counts");
        assert.equal(melding.statements, overzicht.statements);
        assert.equal(
          alleen.statements,
          overzicht.statements,
          "alone, the page's loader reads what the layout would have",
        );
      });

      it("a page of a case whose state this process keeps: the session, one statement and the log entry (decision 0075)", async () => {
        await verzoek("sanne", `/dossiers/${dossierId}.data`);
        const overzicht = await verzoek("sanne", `/dossiers/${dossierId}.data`);
        assert.equal(overzicht.status, 200);
        assert.equal(overzicht.statements, 3, "no BEGIN, no COMMIT, no statement per part of the page");
        assert.deepEqual(overzicht.entries, ["dossier_bekijken:gelukt"]);
      });
    }
  });
}
