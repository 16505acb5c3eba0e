import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Samenstelling } from "../../src/adapters/http/samenstelling.ts";
import { bouwServerBuild, startAppInProces, type AppInProces } from "../helpers/app-in-proces.ts";
import { testDatabases } from "../helpers/databases.ts";
import { corpusRegels } from "../helpers/open-redirect-corpus.ts";

const leesCorpusRegel = (regel: string) => new URLSearchParams(`terug=${regel}`).get("terug") ?? "";

// Drills as an attacker would run them, through the real Express server and the real route
// modules in this process (no build): error pages, return paths, hostile input. The runtime opens
// an embedded database with the demo seed in a fresh directory.
// PostgreSQL as well when the test databases include it (see tests/helpers/databases.ts).
const pgBeheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
const metPostgres = (await testDatabases()).some((d) => d.naam === "postgres");
const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-vijandig-"));
process.env["DATA_DIR"] = dataDir;
process.env["DATABASE_URL"] = "";
process.env["LOG_LEVEL"] = "silent";
delete process.env["MELDWIJZER_DEMO"];
const { startSamenstelling } = await import("../helpers/app-runtime.ts");
const { DEMO_WACHTWOORD } = await import("../../src/app/demo-seed.ts");

const GEHEIM = "geheime-foutmelding-uit-de-database";
const KENMERK = /^[0-9A-Z]{5}-[0-9A-Z]{5}$/u;
/** What must never reach a client: stack frames, file paths, the error's own message or class. */
const INTERN = [
  /\bat \S+ \(/u,
  /node_modules/u,
  new RegExp(path.resolve(".").replaceAll("/", "\\/"), "u"),
  /ForbiddenError|BadRequestError|URIError/u,
  new RegExp(GEHEIM, "u"),
  /"stack"/u,
];

const build = await bouwServerBuild([
  {
    id: "test/pagina-fout",
    path: "test/pagina-fout",
    module: {
      loader: () => {
        throw new Error(GEHEIM);
      },
      default: () => null,
    },
  },
  {
    id: "test/api-fout",
    path: "api/test-fout",
    module: {
      loader: () => {
        throw new TypeError(GEHEIM);
      },
    },
  },
]);

interface Antwoord {
  readonly status: number;
  readonly soort: string;
  readonly locatie: string | undefined;
  readonly cookie: string | undefined;
  readonly caching: string | undefined;
  readonly tekst: string;
}

/** A raw HTTP request: the path goes out exactly as written (fetch would resolve "..", for one). */
function vraag(
  basis: string,
  methode: string,
  pad: string,
  opties: { headers?: Record<string, string>; body?: string } = {},
): Promise<Antwoord> {
  const url = new URL(basis);
  return new Promise((klaar, mislukt) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: methode, path: pad, headers: opties.headers ?? {} },
      (res) => {
        let tekst = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (tekst += d));
        res.on("end", () =>
          klaar({
            status: res.statusCode ?? 0,
            soort: String(res.headers["content-type"] ?? ""),
            locatie: res.headers.location,
            cookie: res.headers["set-cookie"]?.[0],
            caching: res.headers["cache-control"],
            tekst,
          }),
        );
      },
    );
    req.on("error", mislukt);
    req.end(opties.body);
  });
}

function zonderIntern(a: Antwoord): void {
  for (const patroon of INTERN)
    assert.doesNotMatch(a.tekst, patroon, `antwoord toont interne details (${patroon}):\n${a.tekst.slice(0, 600)}`);
}

const HTML = { accept: "text/html,application/xhtml+xml" };
const JSON_ = { accept: "application/json" };

const pgDatabase = `meldwijzer_vijandig_${process.pid}`;

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

/** Points the next composition root at a database: the embedded one, or a fresh PostgreSQL database. */
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

for (const nodeEnv of [undefined, "production"] as const) {
  describe(`errors never show internals (NODE_ENV ${nodeEnv ?? "unset"})`, () => {
    let app: AppInProces;
    before(
      async () =>
        (app = await startAppInProces(() => Promise.resolve(build), nodeEnv, undefined, await haalSamenstelling())),
    );
    after(async () => app.stop());

    const traversal: readonly [string, number][] = [
      ["/assets/../../package.json", 404],
      ["/assets/..%2f..%2fpackage.json", 404],
      ["/assets/..%00/package.json", 400],
      ["/assets/%E0%A4%A", 400],
      ["/assets/bestaat-niet.js", 404],
    ];
    for (const [pad, status] of traversal) {
      it(`GET ${pad} → ${status}, an error page without detail`, async () => {
        const html = await vraag(app.basis, "GET", pad, { headers: HTML });
        assert.equal(html.status, status);
        assert.match(html.soort, /text\/html/u);
        zonderIntern(html);
        const json = await vraag(app.basis, "GET", pad, { headers: JSON_ });
        assert.equal(json.status, status);
        assert.equal(
          (JSON.parse(json.tekst) as { fout: { code: string } }).fout.code,
          status === 404 ? "NIET_GEVONDEN" : "ONGELDIG_VERZOEK",
        );
        zonderIntern(json);
      });
    }

    it("serves a real asset", async () => {
      const a = await vraag(app.basis, "GET", "/assets/app.css");
      assert.equal(a.status, 200);
    });

    it("serves the files beside the assets, found at start, for an hour", async () => {
      const a = await vraag(app.basis, "GET", "/favicon.svg");
      assert.equal(a.status, 200);
      assert.equal(a.caching, "public, max-age=3600");
      assert.equal(a.tekst, "<svg xmlns='http://www.w3.org/2000/svg'/>");
    });

    it("an unknown URL is the not-found page for a browser", async () => {
      const a = await vraag(app.basis, "GET", "/bestaat/niet", { headers: HTML });
      assert.equal(a.status, 404);
      assert.match(a.soort, /text\/html/u);
      assert.match(a.tekst, /<h1[^>]*>Niet gevonden<\/h1>/u);
      zonderIntern(a);
    });

    for (const [pad, headers] of [
      ["/api/bestaat-niet", HTML],
      ["/bestaat/niet", JSON_],
    ] as const) {
      it(`an unknown URL is a JSON fout for ${pad} with Accept ${headers.accept}`, async () => {
        const a = await vraag(app.basis, "GET", pad, { headers });
        assert.equal(a.status, 404);
        assert.match(a.soort, /application\/json/u);
        const body = JSON.parse(a.tekst) as { fout: { code: string; melding: string; velden: unknown[] } };
        assert.equal(body.fout.code, "NIET_GEVONDEN");
        assert.equal(body.fout.melding, "Dit adres bestaat niet.");
      });
    }

    it("a loader that throws shows the error page with a kenmerk and nothing else; the log has the kenmerk", async () => {
      // Observe the real logger: the line for this request must carry the kenmerk, the class and
      // the frames, never the message.
      const logger = (await haalSamenstelling()).logger;
      const regels: Record<string, unknown>[] = [];
      const origineel = logger.error.bind(logger);
      logger.error = (object: Record<string, unknown>, bericht?: string) => {
        regels.push(object);
        origineel(object, bericht);
      };
      let a: Antwoord;
      try {
        a = await vraag(app.basis, "GET", "/test/pagina-fout", { headers: HTML });
        await new Promise((klaar) => setImmediate(klaar));
      } finally {
        logger.error = origineel;
      }
      assert.equal(a.status, 500);
      assert.match(a.soort, /text\/html/u);
      assert.match(a.tekst, /Er ging iets mis/u);
      const kenmerk = /data-kenmerk="([^"]+)"/u.exec(a.tekst)?.[1] ?? "";
      assert.match(kenmerk, KENMERK);
      zonderIntern(a);
      const regel = regels.find((r) => r["correlatie"] === kenmerk);
      assert.ok(regel, `geen logregel met kenmerk ${kenmerk}: ${JSON.stringify(regels)}`);
      assert.equal(regel["soort"], "Error");
      assert.equal(regel["pad"], "/test/pagina-fout");
      assert.match(String(regel["stapel"]), /at /u);
      assert.doesNotMatch(JSON.stringify(regel), new RegExp(GEHEIM, "u"));
      // A second request has another kenmerk: it names one request in the log.
      const b = await vraag(app.basis, "GET", "/test/pagina-fout", { headers: HTML });
      assert.notEqual(/data-kenmerk="([^"]+)"/u.exec(b.tekst)?.[1], kenmerk);
    });

    it("the same error as JSON, for Accept: application/json, and for client navigation", async () => {
      const a = await vraag(app.basis, "GET", "/test/pagina-fout", { headers: JSON_ });
      assert.equal(a.status, 500);
      const body = JSON.parse(a.tekst) as { fout: { code: string; correlatie: string } };
      assert.equal(body.fout.code, "ONVERWACHT");
      assert.match(body.fout.correlatie, KENMERK);
      zonderIntern(a);
      const data = await vraag(app.basis, "GET", "/test/pagina-fout.data");
      assert.equal(data.status, 500);
      assert.match(data.tekst, /correlatie/u);
      zonderIntern(data);
    });

    it("an API route that throws answers the JSON fout with a kenmerk", async () => {
      const a = await vraag(app.basis, "GET", "/api/test-fout");
      assert.equal(a.status, 500);
      assert.match(a.soort, /application\/json/u);
      const body = JSON.parse(a.tekst) as { fout: { code: string; correlatie: string } };
      assert.equal(body.fout.code, "ONVERWACHT");
      assert.match(body.fout.correlatie, KENMERK);
      zonderIntern(a);
    });
  });
}

describe("a failing request handler ends in the last Express error handler", () => {
  let app: AppInProces;
  before(async () => (app = await startAppInProces(() => Promise.reject(new Error(GEHEIM)), undefined)));
  after(async () => app.stop());

  it("answers 500 with a kenmerk, HTML or JSON, and no detail", async () => {
    const html = await vraag(app.basis, "GET", "/dossiers", { headers: HTML });
    assert.equal(html.status, 500);
    assert.match(html.tekst, /Kenmerk van deze fout: [0-9A-Z]{5}-[0-9A-Z]{5}/u);
    zonderIntern(html);
    const json = await vraag(app.basis, "GET", "/api/dossiers");
    assert.equal(json.status, 500);
    assert.match((JSON.parse(json.tekst) as { fout: { correlatie: string } }).fout.correlatie, KENMERK);
    zonderIntern(json);
  });
});

for (const database of metPostgres ? (["pglite", "postgres"] as const) : (["pglite"] as const))
  describe(`hostile input on ${database}`, () => {
    let app: AppInProces;
    let cookie = "";
    let dossierId = "";
    const EMAIL = "medewerker@regenboog.example";
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const json = { "content-type": "application/json", accept: "application/json" };
    const inloggen = (terug: string) =>
      vraag(app.basis, "POST", `/inloggen?terug=${terug}`, {
        headers: { ...form, ...HTML },
        body: `email=${encodeURIComponent(EMAIL)}&wachtwoord=${encodeURIComponent(DEMO_WACHTWOORD)}`,
      });

    before(async () => {
      await gebruikDatabase(database);
      app = await startAppInProces(() => Promise.resolve(build), undefined, undefined, await haalSamenstelling());
      const sessie = await vraag(app.basis, "POST", "/api/sessie", {
        headers: json,
        body: JSON.stringify({ email: EMAIL, wachtwoord: DEMO_WACHTWOORD }),
      });
      assert.equal(sessie.status, 201, sessie.tekst);
      cookie = (sessie.cookie ?? "").split(";")[0] ?? "";
      const nieuw = await vraag(app.basis, "POST", "/api/dossiers", {
        headers: { ...json, cookie },
        body: JSON.stringify({ gegevens: { werknaam: "Vijandig", aanleiding: "zorg_om_kind", omschrijving: "Zorg." } }),
      });
      assert.equal(nieuw.status, 201, nieuw.tekst);
      dossierId = (JSON.parse(nieuw.tekst) as { id: string }).id;
    });
    after(async () => app.stop());

    it("sign-in follows a good return path", async () => {
      const a = await inloggen("%2Fprotocol");
      assert.equal(a.status, 302);
      assert.equal(a.locatie, "/protocol");
      assert.ok(a.cookie?.startsWith("mw_sessie="));
    });

    it("sign-in with every corpus payload as return path lands on the case list, signed in", async () => {
      const regels = corpusRegels();
      assert.ok(regels.length >= 60);
      for (const regel of regels) {
        const a = await inloggen(regel);
        if (leesCorpusRegel(regel).includes("\u0000")) {
          // NUL is refused as input before anything else (controleerVelden): 400, no session.
          assert.equal(a.status, 400, `terug=${regel}`);
          assert.equal(a.cookie, undefined);
          continue;
        }
        assert.equal(a.status, 302, `terug=${regel}: ${a.status}`);
        assert.equal(a.locatie, "/dossiers", `terug=${regel}`);
        assert.ok(a.cookie?.startsWith("mw_sessie="), `terug=${regel}: geen sessiecookie`);
      }
    });

    it("the language switch with every corpus payload returns to the start page", async () => {
      for (const regel of corpusRegels()) {
        const a = await vraag(app.basis, "POST", "/taal", {
          headers: { ...form, ...HTML },
          body: `taal=en&terug=${regel}`,
        });
        if (leesCorpusRegel(regel).includes("\u0000")) {
          assert.equal(a.status, 400, `terug=${regel}`);
          continue;
        }
        assert.equal(a.status, 302, `terug=${regel}: ${a.status}`);
        assert.equal(a.locatie, "/", `terug=${regel}`);
      }
      const goed = await vraag(app.basis, "POST", "/taal", {
        headers: { ...form, ...HTML },
        body: "taal=en&terug=%2Fprotocol",
      });
      assert.equal(goed.locatie, "/protocol");
    });

    const versie = async () =>
      (
        JSON.parse(
          (await vraag(app.basis, "GET", `/api/dossiers/${dossierId}`, { headers: { ...json, cookie } })).tekst,
        ) as { versie: number }
      ).versie;
    const signaal = {
      soort: "signaal",
      waarneming: "Blauwe plek.",
      datumWaarneming: "2026-11-01",
      waargenomenDoor: "Leerkracht",
      bron: "eigen_waarneming",
    };
    const voegToe = (body: string) =>
      vraag(app.basis, "POST", `/api/dossiers/${dossierId}/gebeurtenissen`, { headers: { ...json, cookie }, body });

    const weigeringen: readonly [string, (v: number) => string, string, RegExp][] = [
      [
        "__proto__ in gegevens",
        (v) =>
          `{"type":"signaal_vastgelegd","verwachteVersie":${v},"gegevens":{"__proto__":{"x":1},${JSON.stringify(signaal).slice(1)}}`,
        "gegevens.__proto__",
        /onbekend/u,
      ],
      [
        "constructor in gegevens",
        (v) =>
          JSON.stringify({
            type: "signaal_vastgelegd",
            verwachteVersie: v,
            gegevens: { ...signaal, constructor: { prototype: {} } },
          }),
        "gegevens.constructor",
        /onbekend/u,
      ],
      [
        "prototype at the top",
        (v) => JSON.stringify({ type: "signaal_vastgelegd", verwachteVersie: v, gegevens: signaal, prototype: 1 }),
        "prototype",
        /onbekend/u,
      ],
      [
        "NUL in waarneming",
        (v) =>
          JSON.stringify({
            type: "signaal_vastgelegd",
            verwachteVersie: v,
            gegevens: { ...signaal, waarneming: "blauwe\u0000plek" },
          }),
        "gegevens.waarneming",
        /onzichtbaar of onvolledig teken/u,
      ],
      [
        "a lone surrogate in waarneming",
        (v) =>
          `{"type":"signaal_vastgelegd","verwachteVersie":${v},"gegevens":${JSON.stringify({ ...signaal, waarneming: "x" }).replace('"x"', '"half \\ud83c"')}}`,
        "gegevens.waarneming",
        /onzichtbaar of onvolledig teken/u,
      ],
    ];
    for (const [naam, body, veld, melding] of weigeringen) {
      it(`the API refuses ${naam} with 400 and a Dutch field message, and stores nothing`, async () => {
        const voor = await versie();
        const a = await voegToe(body(voor));
        assert.equal(a.status, 400, a.tekst);
        const fout = (JSON.parse(a.tekst) as { fout: { code: string; velden: { veld: string; melding: string }[] } })
          .fout;
        assert.equal(fout.code, "ONGELDIGE_INVOER");
        assert.equal(fout.velden[0]?.veld, veld);
        assert.match(fout.velden[0]?.melding ?? "", melding);
        assert.equal(await versie(), voor);
      });
    }

    it("the same event without the hostile part is stored (the refusals above are not about anything else)", async () => {
      const voor = await versie();
      const a = await voegToe(JSON.stringify({ type: "signaal_vastgelegd", verwachteVersie: voor, gegevens: signaal }));
      assert.equal(a.status, 201, a.tekst);
    });

    it("NUL in a new case's werknaam and in a sign-in e-mail address: 400 with the field", async () => {
      const a = await vraag(app.basis, "POST", "/api/dossiers", {
        headers: { ...json, cookie },
        body: JSON.stringify({ gegevens: { werknaam: "a\u0000b", aanleiding: "zorg_om_kind", omschrijving: "Zorg." } }),
      });
      assert.equal(a.status, 400, a.tekst);
      assert.equal(
        (JSON.parse(a.tekst) as { fout: { velden: { veld: string }[] } }).fout.velden[0]?.veld,
        "gegevens.werknaam",
      );
      const b = await vraag(app.basis, "POST", "/api/sessie", {
        headers: json,
        body: JSON.stringify({ email: "medewerker\u0000@regenboog.example", wachtwoord: "x" }),
      });
      assert.equal(b.status, 400, b.tekst);
      assert.equal((JSON.parse(b.tekst) as { fout: { velden: { veld: string }[] } }).fout.velden[0]?.veld, "email");
    });

    it("NUL in a form field: 400 page naming the field, no session", async () => {
      const a = await vraag(app.basis, "POST", "/inloggen", {
        headers: { ...form, ...HTML },
        body: `email=medewerker%00%40regenboog.example&wachtwoord=${encodeURIComponent(DEMO_WACHTWOORD)}`,
      });
      assert.equal(a.status, 400);
      assert.equal(a.cookie, undefined);
      assert.match(a.tekst, /E-mailadres: Deze tekst bevat een onzichtbaar of onvolledig teken/u);
      zonderIntern(a);
    });

    it("a form body that does not parse is a 400, not an unexpected error", async () => {
      const a = await vraag(app.basis, "POST", "/inloggen", {
        headers: { "content-type": "multipart/form-data; boundary=x", ...HTML },
        body: "geen multipart",
      });
      assert.equal(a.status, 400);
      assert.match(a.tekst, /Verzoek niet verwerkt/u);
      zonderIntern(a);
    });

    it("a form field named __proto__ is refused, also by a resource route (/taal), as a page or as JSON", async () => {
      const body = "taal=en&terug=%2F&__proto__=x&__proto__=y";
      const a = await vraag(app.basis, "POST", "/taal", { headers: { ...form, ...HTML }, body });
      assert.equal(a.status, 400);
      assert.match(a.soort, /text\/html/u);
      assert.match(a.tekst, /__proto__: Dit veld is onbekend/u);
      const b = await vraag(app.basis, "POST", "/taal", { headers: { ...form, ...JSON_ }, body });
      assert.equal(b.status, 400);
      const fout = (JSON.parse(b.tekst) as { fout: { code: string; velden: { veld: string }[] } }).fout;
      assert.equal(fout.code, "ONGELDIGE_INVOER");
      assert.equal(fout.velden[0]?.veld, "__proto__");
    });

    it("NUL in a query value: 400 naming the parameter", async () => {
      const a = await vraag(app.basis, "GET", "/toegangslog?dossier=%00", { headers: { ...HTML, cookie } });
      assert.equal(a.status, 400);
      assert.match(a.tekst, /dossier: Deze tekst bevat een onzichtbaar of onvolledig teken/u);
      const b = await vraag(app.basis, "GET", "/api/dossiers?x=%00", { headers: { cookie } });
      assert.equal(b.status, 400);
      assert.equal((JSON.parse(b.tekst) as { fout: { velden: { veld: string }[] } }).fout.velden[0]?.veld, "x");
    });

    for (const waarde of ["%E0%A4%A", "%", "%ZZ", "%ED%A0%80"]) {
      it(`a malformed session cookie (${waarde}) counts as no session`, async () => {
        const pagina = await vraag(app.basis, "GET", "/dossiers", {
          headers: { ...HTML, cookie: `mw_sessie=${waarde}` },
        });
        assert.equal(pagina.status, 302);
        assert.match(pagina.locatie ?? "", /^\/inloggen\?terug=/u);
        const api = await vraag(app.basis, "GET", "/api/dossiers", { headers: { cookie: `mw_sessie=${waarde}` } });
        assert.equal(api.status, 401);
      });
    }
  });
