/**
 * Two real app processes (scripts/start.mjs, built app) on one PostgreSQL database, as behind a load
 * balancer (decision 0034): they start together on an empty database, concurrent writers append to the
 * same dossiers through both, and sessions, emergency access, sign-in throttling, one-time links, the daily
 * digest and the access log with its checkpoints hold across them. Skipped (with a message) without TEST_DATABASE_URL.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { sql, type SQL } from "drizzle-orm";
import { bouwAlsNodig } from "../../scripts/bouw.mjs";
import { leesControlepunten } from "../../src/adapters/bestanden/controlepunten.ts";
import { openDatabase, type GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { vindGebruikerOpEmail } from "../../src/adapters/db/gebruiker.repository.ts";
import { nodigUit } from "../../src/app/beheer/gebruikers.ts";
import { vandaagInNederland } from "../../src/app/context.ts";
import { DEMO_WACHTWOORD } from "../../src/app/demo-seed.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { PER_PAAR } from "../../src/domain/aanmelding/afremmen.ts";
import { startServer, type TestServer } from "../e2e/server.ts";
import { testDatabases, verseDatabaseUrl } from "../helpers/databases.ts";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink.ts";

const beheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
const metPostgres = (await testDatabases()).some((d) => d.naam === "postgres");
const OVERSLAAN = metPostgres
  ? false
  : "geen PostgreSQL (TEST_DATABASE_URL niet ingesteld of niet bereikbaar): twee processen op één database niet getest";

const OPENING = { werknaam: "Twee processen", aanleiding: "zorg_om_kind", omschrijving: "Zorg om een kind." };
const SIGNAAL = {
  soort: "signaal",
  waarneming: "Blauwe plek.",
  datumWaarneming: "2026-11-01",
  waargenomenDoor: "Leerkracht",
  bron: "eigen_waarneming",
};
const VOORSTEL_MELDEN = {
  besluit: "melden",
  toelichting: "Acuut.",
  afwijkingMotivering: "Acuut gevaar, direct gemeld.",
};
const DOSSIERS = 3;
const SCHRIJVERS = 8;
const POGINGEN_PER_SCHRIJVER = 12;

interface Antwoord {
  readonly status: number;
  readonly body: string;
  readonly cookie: string | null;
  readonly locatie: string | null;
}

async function vraag(
  basis: string,
  methode: string,
  pad: string,
  opties: { cookie?: string; json?: unknown; formulier?: Record<string, string> } = {},
): Promise<Antwoord> {
  const headers: Record<string, string> = {};
  if (opties.cookie) headers["Cookie"] = opties.cookie;
  let body: string | undefined;
  if (opties.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(opties.json);
  } else if (opties.formulier) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(opties.formulier).toString();
  }
  const r = await fetch(`${basis}${pad}`, { method: methode, headers, body, redirect: "manual" });
  return {
    status: r.status,
    body: await r.text(),
    cookie: (r.headers.get("set-cookie") ?? "").split(";")[0] || null,
    locatie: r.headers.get("location"),
  };
}

async function inloggen(basis: string, email: string, wachtwoord = DEMO_WACHTWOORD): Promise<Antwoord> {
  return vraag(basis, "POST", "/api/sessie", { json: { email, wachtwoord } });
}

/** The rows of a raw query. */
async function rijen<T>(db: GeopendeDatabase, query: SQL): Promise<T[]> {
  const resultaat: unknown = await db.db.execute(query);
  return (resultaat as { rows: T[] }).rows;
}

const code = (a: Antwoord): string | null =>
  a.status >= 400 && a.body.startsWith("{") ? (JSON.parse(a.body) as { fout: { code: string } }).fout.code : null;

describe("two app processes on one PostgreSQL database", { skip: OVERSLAAN }, () => {
  let url: string;
  let sink: SmtpSink;
  let controlepuntenMap: string;
  let sleutel: string;
  let a: TestServer;
  let b: TestServer;
  let db: GeopendeDatabase;
  let gestopt = false;
  let omgeving: Record<string, string>;
  let dataDir: string;

  before(async () => {
    assert.ok(bouwAlsNodig(process.cwd()), "de app bouwt");
    url = await verseDatabaseUrl(beheerUrl ?? "");
    sink = await startSmtpSink();
    controlepuntenMap = mkdtempSync(path.join(tmpdir(), "meldwijzer-controlepunten-"));
    sleutel = randomBytes(32).toString("hex");
    omgeving = {
      DATABASE_URL: url,
      // Both run the daily digest at start (the hour is past), at the same moment.
      MELDWIJZER_SMTP_URL: `smtp://127.0.0.1:${sink.poort}`,
      MELDWIJZER_OVERZICHT_UUR: "0",
      // One key and one checkpoint directory for both, as docs/operations.md asks.
      MELDWIJZER_LOG_SLEUTEL: sleutel,
      MELDWIJZER_CONTROLEPUNTEN: controlepuntenMap,
      // Both seal the access log (decision 0057), often, so that their sealers meet while the writers write.
      MELDWIJZER_VERZEGEL_MS: "20",
    };
    // Started together on an empty database: both migrate and seed under the start lock. They share one
    // DATA_DIR too: on PostgreSQL the data-directory lock of PGlite (decision 0024) is not taken.
    dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-gedeeld-"));
    const gestart = await Promise.allSettled([startServer(omgeving, dataDir), startServer(omgeving, dataDir)]);
    const [eerste, tweede] = gestart;
    if (eerste?.status === "fulfilled") a = eerste.value;
    if (tweede?.status === "fulfilled") b = tweede.value;
    for (const s of gestart) if (s.status === "rejected") throw s.reason;
    db = await openDatabase({ databaseUrl: url, dataDir: "", migratiesMap: path.resolve("drizzle") });
  });

  after(async () => {
    if (!gestopt) await Promise.all([a?.stop(), b?.stop()]);
    await db?.sluit();
    await sink?.stop();
    rmSync(controlepuntenMap, { recursive: true, force: true });
  });

  it("start together on an empty database: migrated once, the demo seeded once", async () => {
    const tel = async (tabel: string) =>
      Number((await rijen<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${tabel}`)))[0]?.n);
    assert.equal(await tel("organisaties"), 2);
    assert.equal(await tel("gebruikers"), 7);
    assert.equal(await tel("dossiers"), 1);
    const migraties = readdirSync("drizzle").filter((n) => n.endsWith(".sql")).length;
    assert.equal(await tel("drizzle.__drizzle_migrations"), migraties);
    assert.equal(existsSync(path.join(dataDir, "meldwijzer.sock")), false, "geen slot op de datamap bij PostgreSQL");
    for (const s of [a, b]) {
      assert.equal((await vraag(s.basis, "GET", "/gezond")).status, 200);
      assert.equal((await vraag(s.basis, "GET", "/gereed")).status, 200);
    }
  });

  it("a session made on one process works on the other, and signing out on the other ends it on both", async () => {
    const aanmelding = await inloggen(a.basis, "medewerker2@regenboog.example");
    assert.equal(aanmelding.status, 201);
    const cookie = aanmelding.cookie ?? "";
    assert.equal((await vraag(b.basis, "GET", "/api/dossiers", { cookie })).status, 200);
    // The read of one dossier looks the session up in its own statement (decision 0074): signed in on both
    // processes (200 or 404, never 401), then signed out on one, refused on both.
    const [dossier] = await rijen<{ id: string }>(db, sql`select id from dossiers limit 1`);
    const pad = `/api/dossiers/${dossier?.id ?? ""}`;
    for (const s of [a, b]) assert.notEqual((await vraag(s.basis, "GET", pad, { cookie })).status, 401);
    const uit = await vraag(b.basis, "POST", "/uitloggen", { cookie, formulier: {} });
    assert.ok(uit.status >= 300 && uit.status < 400, `uitloggen: ${uit.status}`);
    assert.equal((await vraag(a.basis, "GET", "/api/dossiers", { cookie })).status, 401);
    assert.equal((await vraag(b.basis, "GET", "/api/dossiers", { cookie })).status, 401);
    for (const s of [a, b]) assert.equal((await vraag(s.basis, "GET", pad, { cookie })).status, 401);
  });

  it("emergency access asked through one process opens the dossier through the other at once, and is logged as such", async () => {
    // Before the throttling tests below, which leave directie@ (the eindverantwoordelijke) locked out for a while.
    const sanne = (await inloggen(a.basis, "medewerker@regenboog.example")).cookie ?? "";
    const geopend = await vraag(a.basis, "POST", "/api/dossiers", {
      cookie: sanne,
      json: { gegevens: { ...OPENING, werknaam: "Noodtoegang over twee processen" } },
    });
    assert.equal(geopend.status, 201, geopend.body);
    const id = (JSON.parse(geopend.body) as { id: string }).id;
    const pad = `/api/dossiers/${id}`;
    const directie = await inloggen(b.basis, "directie@regenboog.example");
    assert.equal(directie.status, 201, directie.body);
    const peter = directie.cookie ?? "";
    // No basis yet: both processes answer as if the dossier did not exist (A keeps the case's state from its opening).
    for (const s of [a, b]) assert.equal((await vraag(s.basis, "GET", pad, { cookie: peter })).status, 404);

    const nood = await vraag(a.basis, "POST", "/noodtoegang", {
      cookie: peter,
      formulier: { dossier: id.slice(0, 8), reden: "Acuut: de aandachtsfunctionaris is niet bereikbaar." },
    });
    assert.equal(nood.status, 302, nood.body.slice(0, 300));
    assert.equal(nood.locatie, `/dossiers/${id}`);
    for (const s of [b, a]) assert.equal((await vraag(s.basis, "GET", pad, { cookie: peter })).status, 200);

    const [gebruiker] = await rijen<{ id: string }>(
      db,
      sql`select id from gebruikers where email = 'directie@regenboog.example'`,
    );
    const regels = await rijen<{ actie: string; uitkomst: string; grondslag: string | null }>(
      db,
      sql`select actie, uitkomst, grondslag from toegangslog where dossier_id = ${id} and gebruiker_id = ${gebruiker?.id ?? ""} order by id`,
    );
    assert.deepEqual(
      regels.map((r) => [r.actie, r.uitkomst === "gelukt", r.grondslag]),
      [
        ["dossier_bekijken", false, null],
        ["dossier_bekijken", false, null],
        ["noodtoegang", true, "noodtoegang"],
        ["dossier_bekijken", true, "noodtoegang"],
        ["dossier_bekijken", true, "noodtoegang"],
      ],
    );
    const [grant] = await rijen<{ n: number }>(
      db,
      sql`select count(*)::int as n from noodtoegang where dossier_id = ${id} and gebruiker_id = ${gebruiker?.id ?? ""}`,
    );
    assert.equal(grant?.n, 1, "one grant, whichever process reads it");
  });

  it("sign-in throttling counts the failed attempts made on both processes together", async () => {
    const email = "af@regenboog.example";
    for (let poging = 0; poging < PER_PAAR.maxPogingen; poging += 1) {
      const r = await inloggen(poging % 2 === 0 ? a.basis : b.basis, email, `fout-wachtwoord-${poging}`);
      assert.equal(r.status, 401, `poging ${poging + 1}`);
    }
    // The limit is reached over both: the next attempt is refused on either, even with the right password.
    for (const s of [a, b]) {
      const r = await inloggen(s.basis, email);
      assert.equal(r.status, 429);
      assert.equal(code(r), "TE_VEEL_POGINGEN");
    }
  });

  it("parallel failed attempts through both processes never get past the limit", async () => {
    const email = "directie@regenboog.example";
    const uitkomsten = await Promise.all(
      Array.from({ length: 4 * PER_PAAR.maxPogingen }, (_, i) =>
        inloggen(i % 2 === 0 ? a.basis : b.basis, email, `fout-${i}`),
      ),
    );
    const geprobeerd = uitkomsten.filter((r) => r.status === 401).length;
    assert.ok(geprobeerd >= 1 && geprobeerd <= PER_PAAR.maxPogingen, `${geprobeerd} pogingen doorgelaten`);
    assert.ok(
      uitkomsten.every((r) => r.status === 401 || r.status === 429),
      uitkomsten.map((r) => r.status).join(","),
    );
  });

  it("a one-time link used on one process is refused on the other, also when both are used at once", async () => {
    const beheerder = await vindGebruikerOpEmail(db.db, "beheer@regenboog.example");
    assert.ok(beheerder);
    const { token } = await nodigUit(
      { db: db.db, klok: () => new Date() },
      { gebruiker: beheerder, adres: null },
      { email: "nieuw@regenboog.example", naam: "Nieuwe Collega", rollen: ["medewerker"] },
    );
    const pad = `/wachtwoord-instellen/${token}`;
    assert.equal((await vraag(b.basis, "GET", pad)).status, 200);
    const wachtwoord = "Zonnebloem-Kade-Lantaarn-2026";
    const [viaA, viaB] = await Promise.all(
      [a, b].map((s) => vraag(s.basis, "POST", pad, { formulier: { nieuwWachtwoord: wachtwoord } })),
    );
    const statussen = [viaA?.status, viaB?.status].sort();
    assert.deepEqual(statussen, [302, 404], `statussen ${statussen.join(",")}`);
    for (const s of [a, b]) {
      assert.equal((await vraag(s.basis, "GET", pad)).status, 404);
      assert.equal(
        (await vraag(s.basis, "POST", pad, { formulier: { nieuwWachtwoord: `${wachtwoord}-x` } })).status,
        404,
      );
    }
    // The link that won set the password, whichever process served it.
    assert.equal((await inloggen(b.basis, "nieuw@regenboog.example", wachtwoord)).status, 201);
  });

  it("concurrent appends to the same dossiers through both processes: each lands once or gets VERSIE_CONFLICT, no gap, no double", async () => {
    const cookie = (await inloggen(a.basis, "medewerker@regenboog.example")).cookie ?? "";
    const ids: string[] = [];
    for (let i = 0; i < DOSSIERS; i += 1) {
      const r = await vraag(i % 2 === 0 ? a.basis : b.basis, "POST", "/api/dossiers", {
        cookie,
        json: { gegevens: { ...OPENING, werknaam: `Twee processen ${i + 1}` } },
      });
      assert.equal(r.status, 201, r.body);
      ids.push((JSON.parse(r.body) as { id: string }).id);
    }
    const beginversie = new Map<string, number>();
    for (const id of ids)
      beginversie.set(
        id,
        (JSON.parse((await vraag(a.basis, "GET", `/api/dossiers/${id}`, { cookie })).body) as { versie: number })
          .versie,
      );

    const geland = new Map<string, number[]>(ids.map((id) => [id, []]));
    let conflicten = 0;
    const onverwacht: string[] = [];
    const schrijver = async (nummer: number) => {
      for (let poging = 0; poging < POGINGEN_PER_SCHRIJVER; poging += 1) {
        const id = ids[(nummer + poging) % ids.length] ?? "";
        const lezer = (nummer + poging) % 2 === 0 ? a : b;
        const schrijfproces = lezer === a ? b : a;
        const gelezen = JSON.parse((await vraag(lezer.basis, "GET", `/api/dossiers/${id}`, { cookie })).body) as {
          versie: number;
        };
        const r = await vraag(schrijfproces.basis, "POST", `/api/dossiers/${id}/gebeurtenissen`, {
          cookie,
          json: { type: "signaal_vastgelegd", verwachteVersie: gelezen.versie, gegevens: SIGNAAL },
        });
        if (r.status === 201) geland.get(id)?.push((JSON.parse(r.body) as { versie: number }).versie);
        else if (r.status === 409 && code(r) === "VERSIE_CONFLICT") conflicten += 1;
        else onverwacht.push(`${r.status} ${r.body.slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: SCHRIJVERS }, (_, i) => schrijver(i)));
    assert.deepEqual(onverwacht, []);
    assert.equal(
      [...geland.values()].reduce((n, l) => n + l.length, 0) + conflicten,
      SCHRIJVERS * POGINGEN_PER_SCHRIJVER,
    );
    assert.ok(conflicten > 0, "de schrijvers zaten elkaar in de weg (anders toetst dit niets)");

    for (const id of ids) {
      const begin = beginversie.get(id) ?? 0;
      const versies = [...(geland.get(id) ?? [])].sort((x, y) => x - y);
      // Every acknowledged append has its own version, right after the one before.
      assert.deepEqual(
        versies,
        Array.from({ length: versies.length }, (_, i) => begin + i + 1),
        `dossier ${id}`,
      );
      const volgnummers = (
        await rijen<{ volgnummer: number }>(
          db,
          sql`select volgnummer from gebeurtenissen where dossier_id = ${id} order by volgnummer`,
        )
      ).map((r) => Number(r.volgnummer));
      assert.deepEqual(
        volgnummers,
        Array.from({ length: begin + versies.length }, (_, i) => i + 1),
        `volgnummers van ${id}`,
      );
      const [dossier] = await rijen<{ versie: number }>(db, sql`select versie from dossiers where id = ${id}`);
      assert.equal(Number(dossier?.versie), begin + versies.length);
    }

    // A proposal to report gives the aandachtsfunctionaris and the eindverantwoordelijke a task for the digest below.
    const id = ids[0] ?? "";
    const { versie } = JSON.parse((await vraag(b.basis, "GET", `/api/dossiers/${id}`, { cookie })).body) as {
      versie: number;
    };
    const voorstel = await vraag(a.basis, "POST", `/api/dossiers/${id}/gebeurtenissen`, {
      cookie,
      json: { type: "besluit_voorgesteld", verwachteVersie: versie, gegevens: VOORSTEL_MELDEN },
    });
    assert.equal(voorstel.status, 201, voorstel.body);
  });

  it("restarted together, both run the daily digest at once: one mail per person; after a graceful stop the access log verifies against both processes' checkpoints", async () => {
    assert.deepEqual(await Promise.all([a.stop(), b.stop()]), [0, 0]);
    assert.equal(sink.berichten.length, 0, "bij de eerste start had niemand taken");
    // Both start again together; each runs the digest at start (the hour is past), now that there are tasks.
    dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-gedeeld-"));
    [a, b] = await Promise.all([startServer(omgeving, dataDir), startServer(omgeving, dataDir)]);
    const codes = await Promise.all([a.stop(), b.stop()]);
    gestopt = true;
    assert.deepEqual(codes, [0, 0]);

    // Each process sealed at its stop: nothing is left unsealed (decision 0057).
    const [onverzegeld] = await rijen<{ n: number }>(
      db,
      sql`select count(*)::int as n from toegangslog where volgnummer is null`,
    );
    assert.equal(onverzegeld?.n, 0, "every entry sealed");
    // No chain has a missing or double sequence number, whichever process wrote or sealed the entry.
    const ketens = await rijen<{ keten: string; n: number; verschillend: number; laagste: number; hoogste: number }>(
      db,
      sql`select keten, count(*)::int as n, count(distinct volgnummer)::int as verschillend, min(volgnummer)::int as laagste, max(volgnummer)::int as hoogste from toegangslog group by keten`,
    );
    assert.ok(ketens.length >= 1);
    for (const k of ketens)
      assert.deepEqual([k.n, k.verschillend, k.laagste], [k.hoogste, k.hoogste, 1], `keten ${k.keten}`);

    const punten = await leesControlepunten(controlepuntenMap);
    assert.ok(punten.length >= 1, "controlepunten geschreven");
    const rapport = await controleerToegangslog(db.db, {
      controlepunten: { punten, sleutel: new TextEncoder().encode(sleutel) },
    });
    assert.equal(rapport.eersteBreuk, null, JSON.stringify(rapport.eersteBreuk));
    assert.equal(rapport.controlepunten, punten.length);
    // Written one process at a time, the stop of the second finds the first one's checkpoint and adds none.
    const standen = punten.map((p) => JSON.stringify(p.punt?.koppen));
    for (let i = 1; i < standen.length; i += 1)
      assert.notEqual(
        standen[i],
        standen[i - 1],
        `controlepunten ${punten[i - 1]?.naam} en ${punten[i]?.naam} leggen dezelfde stand vast`,
      );

    // One mail per person and day, and exactly to those whose day was claimed.
    const vandaag = vandaagInNederland(new Date());
    const claims = await rijen<{ email: string }>(
      db,
      sql`select g.email from takenoverzichten t join gebruikers g on g.id = t.gebruiker_id where t.datum = ${vandaag}`,
    );
    const ontvangers = sink.berichten.flatMap((m) => m.envelop.aan);
    assert.ok(ontvangers.length >= 1, "er was een takenoverzicht te versturen");
    assert.equal(new Set(ontvangers).size, ontvangers.length, `dubbel verstuurd: ${ontvangers.join(", ")}`);
    assert.deepEqual([...ontvangers].sort(), claims.map((r) => r.email).sort());
  });
});
