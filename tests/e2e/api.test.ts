import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { OPENAPI_DOCUMENT } from "../../src/adapters/http/api/openapi-document.ts";
import { startServer, type TestServer } from "./server.ts";
import { leesBronbestand } from "../helpers/bronbestand.ts";

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => server.stop());

type Antwoord = { status: number; body: unknown; headers: Headers };

async function inloggen(email: string): Promise<string> {
  const r = await fetch(`${server.basis}/api/sessie`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, wachtwoord: "meldwijzer-demo" }),
  });
  assert.equal(r.status, 201, "inloggen");
  const cookie = r.headers.get("set-cookie") ?? "";
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  return cookie.split(";")[0] ?? "";
}

async function vraag(
  methode: string,
  pad: string,
  cookie: string | null,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<Antwoord> {
  const headers: Record<string, string> = { ...extra };
  if (cookie) headers["Cookie"] = cookie;
  if (body !== undefined) headers["Content-Type"] ??= "application/json";
  const r = await fetch(`${server.basis}${pad}`, {
    method: methode,
    headers,
    body: typeof body === "string" ? body : body === undefined ? undefined : JSON.stringify(body),
  });
  const tekst = await r.text();
  let geparsed: unknown = tekst;
  try {
    geparsed = JSON.parse(tekst);
  } catch {
    // not JSON: keep the text
  }
  return { status: r.status, body: geparsed, headers: r.headers };
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "openapi", components: OPENAPI_DOCUMENT.components });

/** Validates a real response against the schema the OpenAPI document declares for it. */
function volgtDocument(pad: string, methode: string, a: Antwoord) {
  const operatie = (
    OPENAPI_DOCUMENT.paths as Record<
      string,
      Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
    >
  )[pad]?.[methode];
  assert.ok(operatie, `${methode} ${pad} staat niet in het OpenAPI-document`);
  const beschreven = operatie.responses[String(a.status)];
  assert.ok(beschreven, `${methode} ${pad} antwoordde ${a.status}, dat niet in het document staat`);
  const schema = beschreven.content?.["application/json"]?.schema;
  if (!schema) return;
  const metRefs = JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"openapi#/components')) as object;
  const geldig = ajv.validate(metRefs, a.body);
  assert.ok(geldig, `${methode} ${pad} ${a.status}: ${ajv.errorsText()}`);
}

const OPENING = { werknaam: "API-test", aanleiding: "zorg_om_kind", omschrijving: "Zorg." };
const SIGNAAL = {
  soort: "signaal",
  waarneming: "Blauwe plek.",
  datumWaarneming: "2026-11-01",
  waargenomenDoor: "Leerkracht",
  bron: "eigen_waarneming",
};

describe("JSON API", () => {
  it("every API route in the route table is in the OpenAPI document, and the document is served", async () => {
    const routes = leesBronbestand("src/ui/routes.ts", [/route\("api\//u]);
    const apiPaden = [...routes.matchAll(/route\("(api\/[^"]+)"/g)].map((m) => `/${m[1]}`.replace(/:(\w+)/g, "{$1}"));
    assert.ok(apiPaden.length >= 6, "api-routes gevonden");
    assert.deepEqual(apiPaden.sort(), Object.keys(OPENAPI_DOCUMENT.paths).sort());
    const a = await vraag("GET", "/api/openapi.json", null);
    assert.equal(a.status, 200);
    assert.equal((a.body as { openapi: string }).openapi, "3.1.0");
  });

  it("runs a dossier through the API, each answer as documented", async () => {
    const cookie = await inloggen("medewerker@regenboog.example");
    const nieuw = await vraag("POST", "/api/dossiers", cookie, { gegevens: OPENING });
    volgtDocument("/api/dossiers", "post", nieuw);
    assert.equal(nieuw.status, 201);
    const id = (nieuw.body as { id: string }).id;

    const taken = await vraag("GET", "/api/taken?volgorde=wachtend", cookie);
    volgtDocument("/api/taken", "get", taken);
    assert.equal(taken.status, 200, "Mijn taken");
    const takenFout = await vraag("GET", "/api/taken?soort=koffie", cookie);
    assert.equal(takenFout.status, 400, "an unknown kind of task");
    volgtDocument("/api/taken", "get", takenFout);

    const lijst = await vraag("GET", "/api/dossiers", cookie);
    volgtDocument("/api/dossiers", "get", lijst);
    assert.ok(
      (lijst.body as { dossiers: { id: string }[] }).dossiers.some((d) => d.id === id),
      "nieuw dossier in de lijst",
    );

    const toegevoegd = await vraag("POST", `/api/dossiers/${id}/gebeurtenissen`, cookie, {
      type: "signaal_vastgelegd",
      verwachteVersie: 1,
      gegevens: SIGNAAL,
    });
    volgtDocument("/api/dossiers/{id}/gebeurtenissen", "post", toegevoegd);
    assert.equal(toegevoegd.status, 201);
    assert.equal((toegevoegd.body as { versie: number }).versie, 2);

    const verouderd = await vraag("POST", `/api/dossiers/${id}/gebeurtenissen`, cookie, {
      type: "signaal_vastgelegd",
      verwachteVersie: 1,
      gegevens: SIGNAAL,
    });
    volgtDocument("/api/dossiers/{id}/gebeurtenissen", "post", verouderd);
    assert.equal(verouderd.status, 409);
    assert.equal((verouderd.body as { fout: { code: string } }).fout.code, "VERSIE_CONFLICT");

    const dossier = await vraag("GET", `/api/dossiers/${id}`, cookie);
    volgtDocument("/api/dossiers/{id}", "get", dossier);
    assert.equal((dossier.body as { versie: number }).versie, 2);
    assert.equal(dossier.headers.get("cache-control"), "no-store");
  });

  it("answers bad input with a clear Dutch 4xx naming the field, and stores nothing", async () => {
    const cookie = await inloggen("medewerker@regenboog.example");
    const id = ((await vraag("POST", "/api/dossiers", cookie, { gegevens: OPENING })).body as { id: string }).id;
    const pad = `/api/dossiers/${id}/gebeurtenissen`;
    const gevallen: {
      naam: string;
      body: unknown;
      headers?: Record<string, string>;
      status: number;
      veld?: string;
      melding?: RegExp;
    }[] = [
      { naam: "malformed JSON", body: "{ kapot", status: 400, melding: /geen geldige JSON/ },
      {
        naam: "not JSON",
        body: "type=x",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        status: 415,
      },
      {
        naam: "too large",
        body: JSON.stringify({
          type: "signaal_vastgelegd",
          verwachteVersie: 1,
          gegevens: { ...SIGNAAL, waarneming: "x".repeat(70_000) },
        }),
        status: 413,
      },
      {
        naam: "unknown top-level field",
        body: { type: "signaal_vastgelegd", verwachteVersie: 1, gegevens: SIGNAAL, extra: true },
        status: 400,
        veld: "extra",
      },
      {
        naam: "missing version",
        body: { type: "signaal_vastgelegd", gegevens: SIGNAAL },
        status: 400,
        veld: "verwachteVersie",
        melding: /Verwachte versie: Vul dit veld in/,
      },
      {
        naam: "wrong type",
        body: { type: "signaal_vastgelegd", verwachteVersie: "1", gegevens: SIGNAAL },
        status: 400,
        veld: "verwachteVersie",
      },
      {
        naam: "future observation",
        body: {
          type: "signaal_vastgelegd",
          verwachteVersie: 1,
          gegevens: { ...SIGNAAL, datumWaarneming: "2099-01-01" },
        },
        status: 400,
        veld: "gegevens.datumWaarneming",
        melding: /Datum van de waarneming: Deze datum ligt in de toekomst/,
      },
      {
        naam: "text over the limit",
        body: {
          type: "signaal_vastgelegd",
          verwachteVersie: 1,
          gegevens: { ...SIGNAAL, waarneming: "x".repeat(4001) },
        },
        status: 400,
        veld: "gegevens.waarneming",
        melding: /hoogstens 4000 tekens/,
      },
      {
        naam: "unknown event type",
        body: { type: "wissen", verwachteVersie: 1, gegevens: {} },
        status: 400,
        veld: "type",
      },
    ];
    for (const geval of gevallen) {
      const a = await vraag("POST", pad, cookie, geval.body, geval.headers);
      assert.equal(a.status, geval.status, geval.naam);
      volgtDocument("/api/dossiers/{id}/gebeurtenissen", "post", a);
      const fout = (a.body as { fout: { melding: string; velden: { veld: string; melding: string }[] } }).fout;
      assert.ok(fout.melding.length > 0, `${geval.naam}: melding`);
      if (geval.veld)
        assert.ok(
          fout.velden.some((v) => v.veld === geval.veld),
          `${geval.naam}: ${JSON.stringify(fout.velden)}`,
        );
      if (geval.melding) assert.match(JSON.stringify(fout), geval.melding, geval.naam);
      assert.doesNotMatch(JSON.stringify(a.body), /at \w+ \(|node_modules/, `${geval.naam}: geen stacktrace`);
    }
    assert.equal(
      ((await vraag("GET", `/api/dossiers/${id}`, cookie)).body as { versie: number }).versie,
      1,
      "niets opgeslagen",
    );
  });

  it("hides a dossier of another organisation completely, and refuses foreign origins and anonymous callers", async () => {
    const eigen = await inloggen("medewerker@regenboog.example");
    const vreemd = await inloggen("medewerker@anker.example");
    const id = (
      (await vraag("POST", "/api/dossiers", eigen, { gegevens: { ...OPENING, werknaam: "Geheim-123" } })).body as {
        id: string;
      }
    ).id;
    const lezen = await vraag("GET", `/api/dossiers/${id}`, vreemd);
    const bestaatNiet = await vraag("GET", "/api/dossiers/00000000-0000-4000-8000-000000000000", vreemd);
    assert.equal(lezen.status, 404);
    assert.deepEqual(lezen.body, bestaatNiet.body, "same answer as for a dossier that does not exist");
    assert.doesNotMatch(JSON.stringify(lezen.body), /Geheim-123/);
    assert.equal((await vraag("GET", "/api/dossiers/geen-uuid", vreemd)).status, 404);
    const schrijven = await vraag("POST", `/api/dossiers/${id}/gebeurtenissen`, vreemd, {
      type: "signaal_vastgelegd",
      verwachteVersie: 1,
      gegevens: SIGNAAL,
    });
    assert.equal(schrijven.status, 404);
    assert.ok(!JSON.stringify((await vraag("GET", "/api/dossiers", vreemd)).body).includes(id), "not in their list");

    const vreemdeHerkomst = await vraag(
      "POST",
      `/api/dossiers/${id}/gebeurtenissen`,
      eigen,
      { type: "signaal_vastgelegd", verwachteVersie: 1, gegevens: SIGNAAL },
      { Origin: "https://kwaadwillend.example" },
    );
    assert.equal(vreemdeHerkomst.status, 403);
    assert.equal((await vraag("GET", "/api/dossiers", null)).status, 401);
    assert.equal(
      ((await vraag("GET", `/api/dossiers/${id}`, eigen)).body as { versie: number }).versie,
      1,
      "nothing stored",
    );
  });

  it("gives the same refusal for an unknown address and a wrong password", async () => {
    const onbekend = await vraag("POST", "/api/sessie", null, {
      email: "niemand@regenboog.example",
      wachtwoord: "meldwijzer-demo",
    });
    const fout = await vraag("POST", "/api/sessie", null, {
      email: "medewerker@regenboog.example",
      wachtwoord: "verkeerd-wachtwoord",
    });
    assert.equal(onbekend.status, 401);
    assert.deepEqual(onbekend.body, fout.body);
    volgtDocument("/api/sessie", "post", onbekend);
    const zonderSessie = await vraag("POST", "/api/sessie/code", null, { code: "123456" });
    assert.equal(zonderSessie.status, 401, "no second step without a first");
    volgtDocument("/api/sessie/code", "post", zonderSessie);
  });

  it("reads the access log for a logbeheerder only, in the documented shape", async () => {
    const log = await inloggen("log@regenboog.example");
    const antwoord = await vraag("GET", "/api/auditlog", log);
    assert.equal(antwoord.status, 200, "logbeheerder");
    volgtDocument("/api/auditlog", "get", antwoord);
    assert.ok((antwoord.body as { regels: unknown[] }).regels.length > 0, "entries");
    const medewerker = await inloggen("medewerker@regenboog.example");
    const geweigerd = await vraag("GET", "/api/auditlog", medewerker);
    assert.equal(geweigerd.status, 403, "not for a medewerker");
    volgtDocument("/api/auditlog", "get", geweigerd);
    const fout = await vraag("GET", "/api/auditlog?van=gisteren", log);
    assert.equal(fout.status, 400, "a bad date");
  });

  it("evaluates the afwegingskader without a session", async () => {
    const a = await vraag("POST", "/api/afwegingskader/evaluatie", null, {
      antwoorden: { "1": "ja", "2": "ja" },
      disclosure: false,
    });
    volgtDocument("/api/afwegingskader/evaluatie", "post", a);
    assert.deepEqual(
      { melden: true, volgendeVraag: 3, meldnorm: 1, samenMetVeiligThuis: true },
      (({ melden, volgendeVraag, meldnorm, samenMetVeiligThuis }) => ({
        melden,
        volgendeVraag,
        meldnorm,
        samenMetVeiligThuis,
      }))(a.body as Record<string, unknown>),
    );
    const fout = await vraag("POST", "/api/afwegingskader/evaluatie", null, {
      antwoorden: { "6": "ja" },
      disclosure: false,
    });
    assert.equal(fout.status, 400);
    volgtDocument("/api/afwegingskader/evaluatie", "post", fout);
  });

  it("sends the security headers", async () => {
    const a = await fetch(`${server.basis}/inloggen`);
    const csp = a.headers.get("content-security-policy") ?? "";
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(a.headers.get("x-content-type-options"), "nosniff");
    assert.equal(a.headers.get("referrer-policy"), "same-origin");
  });
  it("checks a text for factuality with character offsets, for signed-in callers only", async () => {
    const anoniem = await vraag("POST", "/api/melding/feitelijkheidscheck", null, { tekst: "Vader is agressief." });
    volgtDocument("/api/melding/feitelijkheidscheck", "post", anoniem);
    assert.equal(anoniem.status, 401, "a sign-in is needed");
    const cookie = await inloggen("medewerker@regenboog.example");
    const tekst = "Moeder lijkt altijd boos. Op 3 mei had Sara een blauwe plek van 4 cm.";
    const a = await vraag("POST", "/api/melding/feitelijkheidscheck", cookie, { tekst });
    volgtDocument("/api/melding/feitelijkheidscheck", "post", a);
    const bevindingen = (a.body as { bevindingen: { begin: number; eind: number; soort: string }[] }).bevindingen;
    assert.deepEqual(
      bevindingen.map((b) => [tekst.slice(b.begin, b.eind), b.soort]),
      [
        ["lijkt", "voorbehoud"],
        ["altijd", "generalisatie"],
        ["boos", "vaag"],
      ],
      "the hedge, the generalisation and the inner state, not the factual sentence",
    );
    const fout = await vraag("POST", "/api/melding/feitelijkheidscheck", cookie, { tekst: 12 });
    volgtDocument("/api/melding/feitelijkheidscheck", "post", fout);
    assert.equal(fout.status, 400, "a text is required");
  });

  it("serves the report as PDF to someone with a basis, and the same 404 to others", async () => {
    const cookie = await inloggen("medewerker@regenboog.example");
    const id = ((await vraag("POST", "/api/dossiers", cookie, { gegevens: OPENING })).body as { id: string }).id;
    const r = await fetch(`${server.basis}/api/dossiers/${id}/melding.pdf`, { headers: { Cookie: cookie } });
    assert.equal(r.status, 200, "PDF");
    assert.equal(r.headers.get("content-type"), "application/pdf", "content type");
    assert.equal(r.headers.get("cache-control"), "no-store", "never cached");
    assert.equal(
      Buffer.from(await r.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      "%PDF-",
      "a PDF file",
    );
    const ander = await inloggen("medewerker2@regenboog.example");
    const geweigerd = await vraag("GET", `/api/dossiers/${id}/melding.pdf`, ander);
    volgtDocument("/api/dossiers/{id}/melding.pdf", "get", geweigerd);
    assert.equal(geweigerd.status, 404, "no basis: not found");
  });
});
