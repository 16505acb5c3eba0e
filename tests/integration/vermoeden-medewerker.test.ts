import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { eq, sql } from "drizzle-orm";
import type { Samenstelling } from "../../src/adapters/http/samenstelling.ts";
import { bouwServerBuild, startAppInProces, type AppInProces } from "../helpers/app-in-proces.ts";
import { testDatabases } from "../helpers/databases.ts";

/**
 * Decision 0053: the staff member a suspicion is about can never see or find the case, whatever
 * their role. Here that colleague holds every role at once (medewerker, aandachtsfunctionaris,
 * eindverantwoordelijke, beheerder, logbeheerder), has a share, an assignment and running emergency
 * access on the case, and walks every route of the app (src/ui/routes.ts) and every API path, through
 * the real Express server. Every answer must equal, byte for byte after removing the id and the
 * per-request nonce, the answer for a dossier that does not exist. Positive controls prove the same
 * requests do show the case to the aandachtsfunctionaris, so the comparison cannot pass by accident.
 */

const pgBeheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
const metPostgres = (await testDatabases()).some((d) => d.naam === "postgres");
const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-collega-"));
process.env["DATA_DIR"] = dataDir;
process.env["DATABASE_URL"] = "";
process.env["LOG_LEVEL"] = process.env["TEST_LOG"] ?? "silent";
delete process.env["MELDWIJZER_DEMO"];
const { startSamenstelling } = await import("../helpers/app-runtime.ts");
const { DEMO_WACHTWOORD } = await import("../../src/app/demo-seed.ts");
const { gebruikers, dossierToegang, noodtoegang } = await import("../../src/adapters/db/schema.ts");
const { takenVoorPersoon } = await import("../../src/app/taken/mijn-taken.ts");
const routes: readonly RouteConfigEntry[] = (await import("../../src/ui/routes.ts")).default;

const build = await bouwServerBuild();
const pgDatabase = `meldwijzer_collega_${process.pid}`;

let samenstelling: Samenstelling | undefined;
/** The composition root these tests' apps share, built on the database the environment names (gebruikDatabase). */
async function haalSamenstelling(): Promise<Samenstelling> {
  samenstelling ??= await startSamenstelling();
  return samenstelling;
}
async function sluitSamenstelling(): Promise<void> {
  await samenstelling?.database.sluit();
  samenstelling = undefined;
}

async function gebruikDatabase(naam: "pglite" | "postgres"): Promise<void> {
  await sluitSamenstelling();
  if (naam === "pglite" || !pgBeheerUrl) {
    process.env["DATABASE_URL"] = "";
    return;
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: pgBeheerUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${pgDatabase}`);
  await client.end();
  const url = new URL(pgBeheerUrl);
  url.pathname = `/${pgDatabase}`;
  process.env["DATABASE_URL"] = url.toString();
}

after(async () => {
  await sluitSamenstelling();
  rmSync(dataDir, { recursive: true, force: true });
  if (metPostgres && pgBeheerUrl) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: pgBeheerUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${pgDatabase} WITH (FORCE)`);
    await client.end();
  }
});

/** Every path of the route table with its dynamic segments, flattened. */
function paden(lijst: readonly RouteConfigEntry[], ouder = ""): string[] {
  return lijst.flatMap((r) => {
    const pad = r.index ? ouder : [ouder, r.path ?? ""].filter(Boolean).join("/");
    return [pad, ...paden(r.children ?? [], pad)];
  });
}

interface Antwoord {
  readonly status: number;
  readonly tekst: string;
  readonly soort: string;
}

const WERKNAAM = "Groep 7, invalkracht";

for (const database of metPostgres ? (["pglite", "postgres"] as const) : (["pglite"] as const)) {
  describe(`a suspicion against a colleague is invisible to that colleague (${database})`, () => {
    let app: AppInProces;
    let dossierId = "";
    let onbekend = "";
    const cookies: Record<string, string> = {};

    async function vraag(
      wie: string,
      methode: string,
      pad: string,
      opties: { accept?: string; body?: string; soort?: string } = {},
    ): Promise<Antwoord> {
      const r = await fetch(`${app.basis}${pad}`, {
        method: methode,
        redirect: "manual",
        headers: {
          cookie: cookies[wie] ?? "",
          accept: opties.accept ?? "text/html",
          origin: app.basis,
          ...(opties.soort ? { "content-type": opties.soort } : {}),
        },
        ...(opties.body !== undefined ? { body: opties.body } : {}),
      });
      return { status: r.status, tekst: await r.text(), soort: r.headers.get("content-type") ?? "" };
    }

    /** The answer with what legitimately differs between two requests taken out: the ids asked for, nonces, timestamps of the request itself. */
    function gelijkgemaakt(a: Antwoord, id: string): string {
      return `${a.status} ${a.soort}\n${a.tekst
        .replaceAll(id, "<ID>")
        .replaceAll(id.slice(0, 8), "<KENMERK>")
        .replace(/nonce="[^"]*"/gu, 'nonce=""')
        .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/gu, "<TIJD>")}`;
    }

    async function alsOnbekend(
      wie: string,
      methode: string,
      pad: (id: string) => string,
      opties: { accept?: string; body?: (id: string) => string; soort?: string } = {},
    ): Promise<void> {
      const echt = await vraag(wie, methode, pad(dossierId), { ...opties, body: opties.body?.(dossierId) });
      const nep = await vraag(wie, methode, pad(onbekend), { ...opties, body: opties.body?.(onbekend) });
      assert.equal(
        gelijkgemaakt(echt, dossierId),
        gelijkgemaakt(nep, onbekend),
        `${methode} ${pad("<ID>")} (${opties.accept ?? "html"}) verschilt van een dossier dat niet bestaat`,
      );
      // Page components are not rendered by this in-process build (no Vite), so only data and JSON answers must be whole.
      if (opties.accept === "application/json" || pad(dossierId).includes(".data"))
        assert.ok(echt.status < 500, `${methode} ${pad("<ID>")}: ${echt.status}`);
      assert.ok(!echt.tekst.includes(WERKNAAM), `${methode} ${pad("<ID>")}: de werknaam staat in het antwoord`);
    }

    before(async () => {
      await gebruikDatabase(database);
      app = await startAppInProces(() => Promise.resolve(build), undefined, undefined, await haalSamenstelling());
      const runtime = await haalSamenstelling();
      for (const [wie, email] of [
        ["sanne", "medewerker@regenboog.example"],
        ["fatima", "af@regenboog.example"],
        ["peter", "directie@regenboog.example"],
      ] as const) {
        const r = await fetch(`${app.basis}/api/sessie`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, wachtwoord: DEMO_WACHTWOORD }),
        });
        assert.equal(r.status, 201, email);
        cookies[wie] = (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      }
      const [peter] = await runtime.db
        .select({ id: gebruikers.id, organisatieId: gebruikers.organisatieId })
        .from(gebruikers)
        .where(eq(gebruikers.email, "directie@regenboog.example"));
      const [sanne] = await runtime.db
        .select({ id: gebruikers.id })
        .from(gebruikers)
        .where(eq(gebruikers.email, "medewerker@regenboog.example"));
      assert.ok(peter && sanne);
      // Sanne opens the case about Peter through the API, and records a fact and a step.
      const nieuw = await vraag("sanne", "POST", "/api/dossiers", {
        accept: "application/json",
        soort: "application/json",
        body: JSON.stringify({
          gegevens: {
            werknaam: WERKNAAM,
            aanleiding: "zorg_om_kind",
            omschrijving: "Een leerling vertelde over de directeur.",
            soort: "vermoeden_medewerker",
            betrokkeneGebruikerId: peter.id,
          },
        }),
      });
      assert.equal(nieuw.status, 201, nieuw.tekst);
      dossierId = (JSON.parse(nieuw.tekst) as { id: string }).id;
      const stap = await vraag("sanne", "POST", `/api/dossiers/${dossierId}/gebeurtenissen`, {
        accept: "application/json",
        soort: "application/json",
        body: JSON.stringify({
          type: "routestap_vastgelegd",
          verwachteVersie: 1,
          gegevens: {
            stap: "bestuur_geinformeerd",
            datum: "2026-12-01",
            toelichting: "De voorzitter van het bestuur gebeld.",
          },
        }),
      });
      assert.equal(stap.status, 201, stap.tekst);
      // An unknown id that sorts and looks like a real one, with a prefix no dossier has.
      do onbekend = randomUUID();
      while (onbekend.slice(0, 8) === dossierId.slice(0, 8));
      // Peter gets every role, a share, an assignment and emergency access: none of it may help.
      await runtime.db
        .update(gebruikers)
        .set({ rollen: ["medewerker", "aandachtsfunctionaris", "eindverantwoordelijke", "beheerder", "logbeheerder"] })
        .where(eq(gebruikers.id, peter.id));
      const nu = new Date();
      for (const soort of ["gedeeld", "toegewezen"] as const) {
        await runtime.db.insert(dossierToegang).values({
          organisatieId: peter.organisatieId,
          dossierId,
          gebruikerId: peter.id,
          soort,
          reden: "Test: mag niets uitmaken.",
          door: sanne.id,
          sinds: nu,
        });
      }
      await runtime.db.insert(noodtoegang).values({
        organisatieId: peter.organisatieId,
        dossierId,
        gebruikerId: peter.id,
        reden: "Test: mag niets uitmaken.",
        begin: nu,
        tot: new Date(nu.getTime() + 3600_000),
      });
    });
    after(async () => app.stop());

    it("the positive control: the aandachtsfunctionaris sees the case on the same paths", async () => {
      assert.equal((await vraag("fatima", "GET", `/dossiers/${dossierId}.data`)).status, 200);
      assert.equal(
        (await vraag("fatima", "GET", `/api/dossiers/${dossierId}`, { accept: "application/json" })).status,
        200,
      );
      assert.ok(
        (await vraag("fatima", "GET", `/dossiers.data?zoek=${dossierId.slice(0, 8)}`)).tekst.includes(WERKNAAM),
      );
      assert.ok((await vraag("fatima", "GET", "/werkvoorraad.data")).tekst.includes(WERKNAAM));
      assert.ok(
        (await vraag("fatima", "GET", "/api/werkvoorraad", { accept: "application/json" })).tekst.includes(WERKNAAM),
      );
      assert.equal(
        (await vraag("peter", "GET", "/dossiers.data")).status,
        200,
        "Peter is signed in and may list cases",
      );
    });

    const dossierPaden = paden(routes).filter((p) => p.includes(":id"));
    it("finds the dossier routes", () => assert.ok(dossierPaden.length >= 20, `${dossierPaden.length}`));
    for (const sjabloon of dossierPaden) {
      const pad = (id: string) =>
        `/${sjabloon.replace(":id", id).replace(":gebeurtenisId", "00000000-0000-4000-8000-000000000001")}${sjabloon.endsWith("gezin") ? "?kind=Tim" : ""}`;
      it(`every way into /${sjabloon} answers as for a dossier that does not exist`, async () => {
        await alsOnbekend("peter", "GET", pad);
        await alsOnbekend("peter", "GET", pad, { accept: "application/json" });
        if (!sjabloon.startsWith("api/"))
          await alsOnbekend("peter", "GET", (id) => `${pad(id).replace(/\?.*$/u, "")}.data`);
        await alsOnbekend("peter", "POST", pad, {
          soort: "application/x-www-form-urlencoded",
          body: () => "versie=2&werknaam=x",
        });
        if (sjabloon.startsWith("api/"))
          await alsOnbekend("peter", "POST", pad, {
            accept: "application/json",
            soort: "application/json",
            body: () => JSON.stringify({ type: "signaal_vastgelegd", verwachteVersie: 2, gegevens: {} }),
          });
      });
    }

    it("lists, search, werkvoorraad, its export, Mijn taken: no trace of the case", async () => {
      const kenmerk = (id: string) => id.slice(0, 8);
      await alsOnbekend("peter", "GET", (id) => `/dossiers.data?zoek=${kenmerk(id)}`);
      await alsOnbekend("peter", "GET", (id) => `/api/dossiers?zoek=${kenmerk(id)}`, { accept: "application/json" });
      for (const pad of [
        "/dossiers.data",
        "/api/dossiers",
        "/werkvoorraad.data",
        "/api/werkvoorraad",
        "/werkvoorraad.csv",
        "/taken.data",
        "/noodtoegang.data",
        "/_root.data",
      ]) {
        const a = await vraag("peter", "GET", pad, {
          accept: pad.startsWith("/api/") ? "application/json" : "text/html",
        });
        assert.ok(a.status < 400, `${pad}: ${a.status}`);
        assert.ok(
          !a.tekst.includes(dossierId) && !a.tekst.includes(kenmerk(dossierId)) && !a.tekst.includes(WERKNAAM),
          `${pad} noemt het dossier`,
        );
      }
    });

    it("the digest's tasks hold nothing of the case", async () => {
      const runtime = await haalSamenstelling();
      const [peter] = await runtime.db
        .select()
        .from(gebruikers)
        .where(eq(gebruikers.email, "directie@regenboog.example"));
      assert.ok(peter);
      const taken = await takenVoorPersoon(
        runtime.db,
        { id: peter.id, organisatieId: peter.organisatieId, rollen: peter.rollen as never, actief: true },
        new Date(),
      );
      assert.ok(!taken.some((t) => t.dossierId === dossierId));
    });

    it("emergency access and the access log answer as for an unknown reference", async () => {
      const form = "application/x-www-form-urlencoded";
      await alsOnbekend("peter", "POST", () => "/noodtoegang", {
        soort: form,
        body: (id) => `dossier=${id.slice(0, 8)}&reden=${encodeURIComponent("Ik wil het zien.")}`,
      });
      await alsOnbekend("peter", "POST", () => "/noodtoegang", {
        soort: form,
        body: (id) => `dossier=${id}&reden=${encodeURIComponent("Ik wil het zien.")}`,
      });
      await alsOnbekend("peter", "POST", () => "/noodtoegang.data", {
        soort: form,
        body: (id) => `dossier=${id.slice(0, 8)}&reden=${encodeURIComponent("Ik wil het zien.")}`,
      });
      const nood = await vraag("peter", "POST", "/noodtoegang.data", {
        soort: form,
        body: `dossier=${dossierId.slice(0, 8)}&reden=${encodeURIComponent("Ik wil het zien.")}`,
      });
      assert.equal(nood.status, 400, nood.tekst);
      await alsOnbekend("peter", "GET", (id) => `/toegangslog.data?dossier=${id}`);
      await alsOnbekend("peter", "GET", (id) => `/api/auditlog?dossier=${id}`, { accept: "application/json" });
      await alsOnbekend("peter", "GET", (id) => `/toegangslog.data?dossier=${id.slice(0, 8)}`);
      const log = await vraag("peter", "GET", "/api/auditlog", { accept: "application/json" });
      assert.equal(log.status, 200);
      assert.ok(!log.tekst.includes(dossierId), "het toegangslog toont een regel over het dossier");
      // Control: the log does hold entries about the case (Sanne's and Fatima's), only not for Peter.
      const runtime = await haalSamenstelling();
      const rijen = await runtime.db.execute(
        sql`select count(*)::int as n from toegangslog where dossier_id = ${dossierId} and uitkomst = 'gelukt'`,
      );
      assert.ok(Number((rijen as { rows: { n: number }[] }).rows[0]?.n) > 0);
    });
  });
}
