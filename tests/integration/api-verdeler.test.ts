import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { matchRoutes, type RouteObject } from "react-router";
import { bouwApiTabel, zoekApiRoute } from "../../src/adapters/http/api-verdeler.ts";
import { bouwServerBuild, startAppInProces, type AppInProces } from "../helpers/app-in-proces.ts";
import { testDatabases, verseDatabaseUrl } from "../helpers/databases.ts";

/**
 * Decision 0069: the JSON API is dispatched by the app's own table (api-verdeler.ts), not by React
 * Router's request handler. The table must know every `/api` route React Router knows, pick the
 * same route for a path, and a request must get the same status, headers and body through both paths.
 */

const pgBeheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
const metPostgres = (await testDatabases()).some((d) => d.naam === "postgres");
const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-verdeler-"));
process.env["LOG_LEVEL"] = process.env["TEST_LOG"] ?? "silent";
const { startSamenstelling } = await import("../helpers/app-runtime.ts");
const { DEMO_WACHTWOORD } = await import("../../src/app/demo-seed.ts");
const routeTabel: readonly RouteConfigEntry[] = (await import("../../src/ui/routes.ts")).default;

const build = await bouwServerBuild();
/** The same, with a route under /api whose loader fails outright: the 500 with only the kenmerk. */
const buildMetFout = await bouwServerBuild([
  {
    id: "test/api-fout",
    path: "api/test-fout",
    module: {
      loader: () => {
        throw new TypeError("interne details die niemand mag zien");
      },
    },
  },
]);
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** React Router's own route tree of the build, for its `matchRoutes`. */
function rrBoom(): RouteObject[] {
  const kinderen = (ouder: string | undefined): RouteObject[] =>
    Object.values(build.routes)
      .filter((r) => r && r.parentId === ouder)
      .map((r) => ({
        id: r!.id,
        ...(r!.index ? { index: true as const } : { path: r!.path ?? "", children: kinderen(r!.id) }),
      }));
  return kinderen(undefined);
}

/** Every route of src/ui/routes.ts with its full path. */
function plat(lijst: readonly RouteConfigEntry[], ouder = ""): { pad: string; bestand: string }[] {
  return lijst.flatMap((r) => {
    const pad = r.index ? ouder : [ouder, r.path ?? ""].filter(Boolean).join("/");
    return [{ pad, bestand: r.file }, ...plat(r.children ?? [], pad)];
  });
}

const ID = "0b7d3a52-5c1e-4f0a-9d7e-2f6a1c3b4d5e";

describe("the API table covers what React Router routes under /api", () => {
  const tabel = bouwApiTabel(build);
  const boom = rrBoom();
  const apiRoutes = plat(routeTabel).filter((r) => r.pad === "api" || r.pad.startsWith("api/"));

  it("finds the API routes of routes.ts", () => assert.ok(apiRoutes.length >= 12, `gevonden: ${apiRoutes.length}`));

  it("has exactly the /api routes of routes.ts, each with the module's own loader and action", () => {
    assert.deepEqual(tabel.map((r) => r.patroon).sort(), apiRoutes.map((r) => r.pad).sort());
    for (const r of tabel) {
      const module = build.routes[r.id]!.module as { loader?: unknown; action?: unknown };
      assert.equal(r.loader, module.loader, `${r.patroon}: loader`);
      assert.equal(r.action, module.action, `${r.patroon}: action`);
    }
  });

  for (const { pad } of apiRoutes) {
    it(`/${pad}: the same route as React Router's matching`, () => {
      const url = `/${pad.replaceAll(/:[^/]+/gu, ID)}`;
      const rr = matchRoutes(boom, url)?.at(-1);
      const eigen = zoekApiRoute(tabel, url);
      assert.ok(eigen, `${url}: niet in de tabel`);
      assert.equal(eigen.route.id, rr?.route.id, url);
      assert.deepEqual(eigen.params, Object.fromEntries(Object.entries(rr?.params ?? {})), url);
    });
  }

  it("leaves to React Router what it does not match exactly", () => {
    for (const url of [
      "/api/bestaat-niet",
      "/api/dossiers/",
      `/api/dossiers/${ID}/onbekend`,
      "/API/dossiers",
      "/api/dossiers%2F",
      `/api/dossiers/${ID}.data`,
      "/api//dossiers",
      "/api",
      "/dossiers",
    ])
      assert.equal(zoekApiRoute(tabel, url), null, url);
  });

  it("refuses a pattern it could not match as React Router does", () => {
    const splat = {
      ...build,
      routes: {
        ...build.routes,
        "api-splat": { id: "api-splat", parentId: "root", path: "api/bestanden/*", module: { loader: () => null } },
      },
    } as unknown as typeof build;
    assert.throws(() => bouwApiTabel(splat), /api\/bestanden\/\*/u);
  });
});

/** What may differ between two answers to the same request: the transport and the per-request values. */
// content-encoding: React Router's path streamed the body without a length, so `compression` gzipped even a body
// below its 1 kB threshold; the table writes the body with its length (decision 0069). fetch decodes either.
const VERVOER = new Set([
  "date",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "vary",
  "content-encoding",
]);

interface Antwoord {
  readonly status: number;
  readonly koppen: Record<string, string>;
  readonly tekst: string;
}

function gelijkgemaakt(a: Antwoord): Antwoord {
  const koppen = { ...a.koppen };
  if (koppen["content-security-policy"])
    koppen["content-security-policy"] = koppen["content-security-policy"].replace(/'nonce-[^']+'/u, "'nonce-…'");
  if (koppen["set-cookie"]) koppen["set-cookie"] = koppen["set-cookie"].replace(/=[^;]+;/u, "=…;");
  return { ...a, koppen, tekst: a.tekst.replaceAll(/"correlatie":"[^"]+"/gu, '"correlatie":"…"') };
}

for (const database of metPostgres ? (["pglite", "postgres"] as const) : (["pglite"] as const)) {
  describe(`the same answer through the table and through React Router (${database})`, () => {
    let zelf: AppInProces;
    let rr: AppInProces;
    let samenstelling: Awaited<ReturnType<typeof startSamenstelling>>;
    let cookie = "";
    let dossierId = "";

    async function vraag(
      app: AppInProces,
      methode: string,
      pad: string,
      opties: { body?: string; koppen?: Record<string, string> } = {},
    ): Promise<Antwoord> {
      const r = await fetch(`${app.basis}${pad}`, {
        method: methode,
        redirect: "manual",
        headers: { cookie, ...opties.koppen },
        ...(opties.body !== undefined ? { body: opties.body } : {}),
      });
      const koppen: Record<string, string> = {};
      for (const [k, v] of r.headers) if (!VERVOER.has(k)) koppen[k] = v;
      return { status: r.status, koppen, tekst: await r.text() };
    }

    /** The request through React Router, then through the table: the same answer. */
    async function beide(
      methode: string,
      pad: string,
      opties: { body?: string; koppen?: Record<string, string> } = {},
    ): Promise<Antwoord> {
      const via = gelijkgemaakt(await vraag(rr, methode, pad, opties));
      const eigen = gelijkgemaakt(await vraag(zelf, methode, pad, opties));
      assert.deepEqual(eigen, via, `${methode} ${pad}`);
      return eigen;
    }

    before(async () => {
      const omgeving =
        database === "postgres" && pgBeheerUrl
          ? { DATABASE_URL: await verseDatabaseUrl(pgBeheerUrl) }
          : { DATABASE_URL: undefined, DATA_DIR: mkdtempSync(path.join(dataDir, "pglite-")) };
      samenstelling = await startSamenstelling({
        ...omgeving,
        MELDWIJZER_DEMO: undefined,
        MELDWIJZER_KLOK_VERSCHUIVING_MS: "0",
      });
      zelf = await startAppInProces(() => Promise.resolve(buildMetFout), undefined, undefined, samenstelling);
      rr = await startAppInProces(() => Promise.resolve(buildMetFout), undefined, undefined, samenstelling, {
        apiZelf: false,
      });
      const r = await fetch(`${zelf.basis}/api/sessie`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "medewerker@regenboog.example", wachtwoord: DEMO_WACHTWOORD }),
      });
      assert.equal(r.status, 201);
      cookie = (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const nieuw = await fetch(`${zelf.basis}/api/dossiers`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({
          gegevens: { werknaam: "M. (groep 3)", aanleiding: "zorg_om_kind", omschrijving: "Komt vaak te laat." },
        }),
      });
      assert.equal(nieuw.status, 201);
      dossierId = ((await nieuw.json()) as { id: string }).id;
    });
    after(async () => {
      await zelf.stop();
      await rr.stop();
      await samenstelling.database.sluit();
    });

    it("reads: the dossier, the list, HEAD, the description", async () => {
      const lezen = await beide("GET", `/api/dossiers/${dossierId}`);
      assert.equal(lezen.status, 200);
      assert.match(lezen.koppen["content-type"] ?? "", /application\/json/u);
      assert.equal(lezen.koppen["cache-control"], "no-store");
      assert.equal(lezen.koppen["x-frame-options"], "DENY");
      assert.ok(lezen.tekst.includes("M. (groep 3)"));
      const hoofd = await beide("HEAD", `/api/dossiers/${dossierId}`);
      assert.equal(hoofd.status, 200);
      assert.equal(hoofd.tekst, "");
      assert.equal((await beide("GET", "/api/dossiers")).status, 200);
      assert.equal((await beide("GET", "/api/dossiers?volgorde=geopend")).status, 200);
      assert.equal((await beide("GET", "/api/dossiers?volgorde=onzin")).status, 400);
      assert.equal((await beide("GET", "/api/openapi.json", { koppen: { cookie: "" } })).status, 200);
      assert.equal((await beide("HEAD", "/api/openapi.json")).status, 200);
    });

    it("refusals: no session, unknown and malformed ids, wrong methods, unknown paths", async () => {
      assert.equal(
        (await beide("GET", `/api/dossiers/${dossierId}`, { koppen: { cookie: "mw_sessie=onzin" } })).status,
        401,
      );
      assert.equal((await beide("GET", `/api/dossiers/${ID}`)).status, 404);
      assert.equal((await beide("GET", "/api/dossiers/geen-id")).status, 404);
      const methode = await beide("GET", `/api/dossiers/${dossierId}/gebeurtenissen`);
      assert.equal(methode.status, 405);
      assert.equal(methode.koppen["allow"], "POST");
      assert.equal((await beide("DELETE", `/api/dossiers/${dossierId}`)).status, 405);
      assert.equal((await beide("OPTIONS", "/api/dossiers")).status, 405);
      assert.equal((await beide("GET", "/api/bestaat-niet")).status, 404);
      assert.equal((await beide("GET", "/API/DOSSIERS")).status, 200);
      assert.equal((await beide("GET", "/api/dossiers?zoek=%00")).status, 400);
      const fout = await beide("GET", "/api/test-fout");
      assert.equal(fout.status, 500);
      assert.match(fout.tekst, /"code":"ONVERWACHT"/u);
      assert.doesNotMatch(fout.tekst, /interne details|TypeError/u);
    });

    it("bodies: wrong type, broken JSON, a stale version, a foreign origin", async () => {
      const pad = `/api/dossiers/${dossierId}/gebeurtenissen`;
      const json = { "content-type": "application/json" };
      assert.equal((await beide("POST", pad, { body: "{}", koppen: { "content-type": "text/plain" } })).status, 415);
      assert.equal((await beide("POST", pad, { body: "{", koppen: json })).status, 400);
      const fout = await beide("POST", pad, {
        body: JSON.stringify({ type: "notitie", verwachteVersie: 0, gegevens: { tekst: "Te laat" } }),
        koppen: json,
      });
      assert.ok(fout.status === 400 || fout.status === 409, fout.tekst);
      assert.equal(
        (await beide("POST", pad, { body: "{}", koppen: { ...json, origin: "https://elders.example" } })).status,
        403,
      );
      const aanmelden = await beide("POST", "/api/sessie", {
        body: JSON.stringify({ email: "medewerker@regenboog.example", wachtwoord: "fout-wachtwoord" }),
        koppen: { ...json, cookie: "" },
      });
      assert.equal(aanmelden.status, 401);
    });

    it("a successful append and sign-in: the same status, headers and body but for the new ids", async () => {
      const antwoorden: Antwoord[] = [];
      for (const app of [rr, zelf]) {
        const lezen = await fetch(`${app.basis}/api/dossiers/${dossierId}`, { headers: { cookie } });
        const { versie } = (await lezen.json()) as { versie: number };
        const toevoegen = await vraag(app, "POST", `/api/dossiers/${dossierId}/gebeurtenissen`, {
          body: JSON.stringify({
            type: "signaal_vastgelegd",
            verwachteVersie: versie,
            gegevens: {
              soort: "signaal",
              waarneming: "Komt zonder jas naar school.",
              datumWaarneming: "2026-01-05",
              waargenomenDoor: "Leerkracht",
              bron: "eigen_waarneming",
            },
          }),
          koppen: { "content-type": "application/json" },
        });
        assert.equal(toevoegen.status, 201, toevoegen.tekst);
        const { versie: nieuw } = JSON.parse(toevoegen.tekst) as { versie: number };
        assert.equal(nieuw, versie + 1);
        antwoorden.push({ ...toevoegen, tekst: toevoegen.tekst.replace(/"id":"[^"]+","versie":\d+/u, "…") });
        const aanmelden = await vraag(app, "POST", "/api/sessie", {
          body: JSON.stringify({ email: "medewerker@regenboog.example", wachtwoord: DEMO_WACHTWOORD }),
          koppen: { "content-type": "application/json", cookie: "" },
        });
        assert.equal(aanmelden.status, 201);
        antwoorden.push(gelijkgemaakt(aanmelden));
      }
      assert.deepEqual(antwoorden.slice(2).map(gelijkgemaakt), antwoorden.slice(0, 2).map(gelijkgemaakt));
    });
  });
}
