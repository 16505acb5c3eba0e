import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { count } from "drizzle-orm";
import fc from "fast-check";
import { OPENAPI_DOCUMENT } from "../../src/adapters/http/api/openapi-document.ts";
import { dossiers, gebeurtenissen } from "../../src/adapters/db/schema.ts";
import { bouwServerBuild, startAppInProces, type AppInProces } from "../helpers/app-in-proces.ts";
import type { Samenstelling } from "../../src/adapters/http/samenstelling.ts";
import { runtimeDatabases, startSamenstelling } from "../helpers/app-runtime.ts";
import { VIJANDIGE_TEKSTEN, eenderWelkeWaarde, gemuteerd, geldig, type Schema } from "../support/schema-arbitrary.ts";

/**
 * Property-based fuzzing of the JSON API, driven by the OpenAPI document (issue 14): requests to every
 * documented operation, with bodies generated from its request schema (valid, mutated, or not JSON at
 * all), hostile path and query values, wrong methods and content types, with and without a session
 * and from a foreign origin. Whatever comes in: never a 5xx, never a hang, and a refused request
 * stores nothing (the number of cases and entries grows by exactly what the 201s say). Afterwards the
 * access log still verifies. The seed is fixed so that a failure can be replayed; FUZZ_AANTAL and
 * FUZZ_ZAAD change the number of requests and the seed.
 */
process.env["LOG_LEVEL"] = "silent";
const { DEMO_WACHTWOORD } = await import("../../src/app/demo-seed.ts");
const { controleerToegangslog } = await import("../../src/app/toegang/controleer-keten.ts");
const { verzegelToegangslog } = await import("../../src/app/toegang/verzegelen.ts");

const AANTAL = {
  pglite: Number(process.env["FUZZ_AANTAL"] ?? 10_000),
  postgres: Math.ceil(Number(process.env["FUZZ_AANTAL"] ?? 10_000) / 4),
};
const ZAAD = Number(process.env["FUZZ_ZAAD"] ?? 20261204);
const WACHTTIJD_MS = 15_000;

const build = await bouwServerBuild();
const componenten = OPENAPI_DOCUMENT.components.schemas as unknown as Record<string, Schema>;

/** The schema with every `$ref` to a component replaced by the component itself. */
function los(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(los);
  if (schema === null || typeof schema !== "object") return schema;
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref === "string") return los(componenten[ref.replace("#/components/schemas/", "")]);
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([k]) => k !== "discriminator")
      .map(([k, v]) => [k, los(v)]),
  );
}

interface Operatie {
  readonly methode: string;
  readonly sjabloon: string;
  readonly body: Schema | null;
  readonly query: readonly { naam: string; schema: Schema }[];
}

const OPERATIES: readonly Operatie[] = Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([sjabloon, methoden]) =>
  Object.entries(
    methoden as Record<
      string,
      {
        requestBody?: { content: Record<string, { schema: unknown }> };
        parameters?: { name: string; in: string; schema: Schema }[];
      }
    >,
  ).map(([methode, op]) => ({
    methode: methode.toUpperCase(),
    sjabloon,
    body: op.requestBody ? (los(op.requestBody.content["application/json"]?.schema) as Schema) : null,
    query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => ({ naam: p.name, schema: p.schema })),
  })),
);

/** Bodies that are not what any schema describes: broken, deep, prototype-polluting, huge. */
const RUWE_BODIES: readonly string[] = [
  "",
  "{",
  '{"a":',
  "null",
  "[]",
  '"tekst"',
  "{}",
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  "[".repeat(5_000) + "]".repeat(5_000),
  '{"a":'.repeat(3_000) + "1" + "}".repeat(3_000),
  "\u0000",
  '{"gegevens":"\\ud83c"}',
  "\ufeff{}",
  "x".repeat(70_000),
];

interface Verzoek {
  readonly methode: string;
  readonly pad: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  readonly operatie: Operatie;
}

interface Context {
  readonly dossierIds: readonly string[];
  readonly cookies: readonly string[];
}

/** Stands for the dossier's current version in a generated body; filled in just before sending. */
const HUIDIGE_VERSIE = -424_242;

/** encodeURIComponent, except that a lone surrogate becomes bytes no UTF-8 decoder accepts. */
const codeer = (tekst: string) =>
  [...tekst].map((c) => (/^[\ud800-\udfff]$/u.test(c) ? "%ED%A0%BC" : encodeURIComponent(c))).join("");

function padWaarde(ctx: Context): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ctx.dossierIds) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...VIJANDIGE_TEKSTEN.filter((t) => t.length < 500)).map(codeer) },
    { weight: 1, arbitrary: fc.constantFrom("%", "%zz", "..%2F..%2Fetc", "%E0%A4%A", ".", "..", "%00") },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map(codeer) },
  );
}

function bodyVoor(op: Operatie): fc.Arbitrary<string | undefined> {
  const ruw = fc.oneof(
    fc.constantFrom(...RUWE_BODIES),
    fc.string({ maxLength: 80 }),
    fc.jsonValue({ maxDepth: 3 }).map((w) => JSON.stringify(w)),
  );
  if (!op.body) return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: ruw });
  const metVersie = op.sjabloon.endsWith("/gebeurtenissen");
  return fc.oneof(
    // A well-formed event at the dossier's current version, so that the domain's own rules are reached.
    {
      weight: metVersie ? 4 : 0,
      arbitrary: geldig(op.body).map((w) => JSON.stringify({ ...(w as object), verwachteVersie: HUIDIGE_VERSIE })),
    },
    { weight: 3, arbitrary: geldig(op.body).map((w) => JSON.stringify(w)) },
    { weight: 5, arbitrary: gemuteerd(op.body).map((w) => JSON.stringify(w) ?? "") },
    { weight: 2, arbitrary: ruw },
  );
}

function queryVoor(op: Operatie): fc.Arbitrary<string> {
  const paren = fc.array(
    fc.oneof(
      ...(op.query.length > 0
        ? [
            fc
              .constantFrom(...op.query)
              .chain((p) =>
                fc
                  .oneof(geldig(p.schema), eenderWelkeWaarde)
                  .map((w) => [p.naam, typeof w === "string" ? w : JSON.stringify(w)] as const),
              ),
          ]
        : []),
      fc.tuple(
        fc.constantFrom("q", "terug", "__proto__", "cursor", "van", "tot"),
        fc.constantFrom(...VIJANDIGE_TEKSTEN.filter((t) => t.length < 500)),
      ),
    ),
    { maxLength: 3 },
  );
  return fc.oneof(
    paren.map((p) => (p.length === 0 ? "" : `?${new URLSearchParams(p.map(([k, v]) => [k, String(v)])).toString()}`)),
    fc.constantFrom("?%", "?a=%E0%A4%A", "?a=%00", "?=&&=="),
  );
}

/** Headers as a well-behaved client sends them: JSON, a session of someone who works on cases, no foreign origin. */
function netjes(ctx: Context): fc.Arbitrary<Record<string, string>> {
  return fc
    .constantFrom(...ctx.cookies.slice(0, 3))
    .map((cookie) => ({ "content-type": "application/json", cookie, accept: "application/json" }));
}

/** Headers anything goes: other content types, no or a broken session, a foreign origin. */
const rommelig = (ctx: Context): fc.Arbitrary<Record<string, string>> =>
  fc
    .record({
      soort: fc.constantFrom(
        "application/json",
        "application/json; charset=utf-8",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "",
      ),
      cookie: fc.oneof(
        fc.constantFrom(...ctx.cookies),
        fc.constantFrom(
          "",
          "mw_sessie=%E0%A4%A",
          "mw_sessie=",
          "mw_sessie=a; mw_sessie=b",
          `mw_sessie=${"a".repeat(5000)}`,
        ),
      ),
      herkomst: fc.constantFrom("", "", "https://kwaadwillend.example", "null"),
      accept: fc.constantFrom("application/json", "text/html", "*/*", ""),
    })
    .map(({ soort, cookie, herkomst, accept }) => {
      const headers: Record<string, string> = {};
      if (soort) headers["content-type"] = soort;
      if (cookie) headers["cookie"] = cookie;
      if (herkomst) headers["origin"] = herkomst;
      if (accept) headers["accept"] = accept;
      return headers;
    });

/** Appending is the write that matters most: it gets four times the share of any other operation. */
const gewicht = (op: Operatie) => (op.sjabloon.endsWith("/gebeurtenissen") ? 4 : 1);

function verzoeken(ctx: Context): fc.Arbitrary<Verzoek> {
  const operatie = fc.oneof(...OPERATIES.map((op) => ({ weight: gewicht(op), arbitrary: fc.constant(op) })));
  return operatie.chain((op) =>
    fc
      .record({
        methode: fc.oneof(
          { weight: 9, arbitrary: fc.constant(op.methode) },
          { weight: 1, arbitrary: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE") },
        ),
        id: padWaarde(ctx),
        query: queryVoor(op),
        body: bodyVoor(op),
        headers: fc.oneof(netjes(ctx), rommelig(ctx)),
      })
      .map(({ methode, id, query, body, headers }) => {
        const metBody = methode !== "GET" && methode !== "HEAD" && body !== undefined;
        const zonderSoort = Object.fromEntries(
          Object.entries(headers).filter(([k]) => metBody || k !== "content-type"),
        );
        return {
          methode,
          pad: op.sjabloon.replace("{id}", id) + query,
          headers: zonderSoort,
          body: metBody ? body : undefined,
          operatie: op,
        };
      }),
  );
}

interface Antwoord {
  readonly status: number;
  readonly tekst: string;
}

async function stuur(basis: string, v: Verzoek, versies: Map<string, number>): Promise<Antwoord> {
  const id = /^\/api\/dossiers\/([0-9a-f-]{36})\//u.exec(v.pad)?.[1] ?? "";
  const body = v.body?.replace(`"verwachteVersie":${HUIDIGE_VERSIE}`, `"verwachteVersie":${versies.get(id) ?? 0}`);
  const a = await fetch(basis + v.pad, {
    method: v.methode,
    headers: v.headers,
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(WACHTTIJD_MS),
  });
  const tekst = await a.text();
  const nieuweVersie = a.status === 201 ? /"versie":(\d+)/u.exec(tekst)?.[1] : undefined;
  if (nieuweVersie !== undefined && id) versies.set(id, Number(nieuweVersie));
  return { status: a.status, tekst };
}

const databases = await runtimeDatabases("meldwijzer-fuzz-");

for (const database of databases) {
  describe(`the API under ${AANTAL[database.naam]} generated requests on ${database.naam}`, () => {
    let app: AppInProces | undefined;
    let gestart: Samenstelling | undefined;
    const eerder: Record<string, string | undefined> = {};
    after(async () => {
      await app?.stop();
      await gestart?.database.sluit();
      for (const [k, w] of Object.entries(eerder)) {
        if (w === undefined) delete process.env[k];
        else process.env[k] = w;
      }
    });

    it("never answers 5xx or hangs, stores nothing it refuses, and leaves the access log intact", async () => {
      const omgeving = {
        ...(await database.omgeving()),
        MELDWIJZER_DEMO: undefined,
        MELDWIJZER_KLOK_VERSCHUIVING_MS: "0",
      };
      for (const [k, w] of Object.entries(omgeving)) {
        eerder[k] = process.env[k];
        if (w === undefined) delete process.env[k];
        else process.env[k] = w;
      }
      const runtime = await startSamenstelling();
      gestart = runtime;
      app = await startAppInProces(() => Promise.resolve(build), undefined, undefined, runtime);
      const basis = app.basis;

      const cookies: string[] = [];
      for (const email of [
        "medewerker@regenboog.example",
        "af@regenboog.example",
        "directie@regenboog.example",
        "medewerker@anker.example",
        "log@regenboog.example",
      ]) {
        const a = await fetch(`${basis}/api/sessie`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, wachtwoord: DEMO_WACHTWOORD }),
        });
        assert.equal(a.status, 201, `${email}: ${await a.text()}`);
        cookies.push((a.headers.get("set-cookie") ?? "").split(";")[0] ?? "");
      }
      const lijst = await fetch(`${basis}/api/dossiers`, {
        headers: { cookie: cookies[1]!, accept: "application/json" },
      });
      const lijstTekst = await lijst.text();
      // Open cases of the medewerker (who may write in them) beside some of the demo's, in every phase.
      const eigen: string[] = [];
      for (const werknaam of ["Fuzz A", "Fuzz B", "Fuzz C"]) {
        const a = await fetch(`${basis}/api/dossiers`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: cookies[0]! },
          body: JSON.stringify({
            gegevens: { werknaam, aanleiding: "zorg_om_kind", omschrijving: "Gegenereerd voor de fuzztest." },
          }),
        });
        const tekst = await a.text();
        assert.equal(a.status, 201, tekst);
        eigen.push((JSON.parse(tekst) as { id: string }).id);
      }
      const dossierIds = [
        ...eigen,
        ...[...lijstTekst.matchAll(/"id":"([0-9a-f-]{36})"/gu)].map((m) => m[1]!).slice(0, 4),
      ];
      assert.ok(dossierIds.length > 0, `geen dossiers in de demo: ${lijstTekst.slice(0, 200)}`);

      const versies = new Map<string, number>();
      for (const id of dossierIds) {
        const a = await fetch(`${basis}/api/dossiers/${id}`, {
          headers: { cookie: cookies[1]!, accept: "application/json" },
        });
        versies.set(id, Number(/"versie":(\d+)/u.exec(await a.text())?.[1] ?? 0));
      }

      const tel = async () => {
        const [d] = await runtime.db.select({ n: count() }).from(dossiers);
        const [g] = await runtime.db.select({ n: count() }).from(gebeurtenissen);
        return { dossiers: Number(d?.n), gebeurtenissen: Number(g?.n) };
      };
      const voor = await tel();
      const aangenomen = { dossiers: 0, gebeurtenissen: 0 };
      const perStatus = new Map<number, number>();

      await fc.assert(
        fc.asyncProperty(verzoeken({ dossierIds, cookies }), async (v) => {
          const a = await stuur(basis, v, versies);
          perStatus.set(a.status, (perStatus.get(a.status) ?? 0) + 1);
          assert.ok(
            a.status < 500,
            `${v.methode} ${v.pad} → ${a.status}\nheaders ${JSON.stringify(v.headers)}\nbody ${String(v.body).slice(0, 300)}\n${a.tekst.slice(0, 300)}`,
          );
          if (a.status === 201 && v.methode === "POST" && v.operatie.sjabloon === "/api/dossiers") {
            aangenomen.dossiers += 1;
            aangenomen.gebeurtenissen += 1;
          }
          if (a.status === 201 && v.methode === "POST" && v.operatie.sjabloon === "/api/dossiers/{id}/gebeurtenissen")
            aangenomen.gebeurtenissen += 1;
        }),
        { numRuns: AANTAL[database.naam], seed: ZAAD, endOnFailure: true },
      );

      const na = await tel();
      assert.deepEqual(
        { dossiers: na.dossiers - voor.dossiers, gebeurtenissen: na.gebeurtenissen - voor.gebeurtenissen },
        aangenomen,
        "alleen een 201 mag iets opslaan",
      );
      const verdeling = [...perStatus.entries()].sort(([a], [b]) => a - b);
      // Not vacuous: the generator reaches success, refusal for input, for access and for state.
      for (const status of [200, 400, 401, 404])
        assert.ok((perStatus.get(status) ?? 0) > 0, `geen enkel antwoord ${status}: ${JSON.stringify(verdeling)}`);
      await verzegelToegangslog(runtime.database.db);
      const rapport = await controleerToegangslog(runtime.database.db);
      assert.equal(rapport.eersteBreuk, null, JSON.stringify(rapport.eersteBreuk));
      console.log(
        `fuzz ${database.naam}: ${AANTAL[database.naam]} verzoeken, statussen ${JSON.stringify(verdeling)}, opgeslagen ${JSON.stringify(aangenomen)}`,
      );
    });
  });
}
