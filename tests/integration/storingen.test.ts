/**
 * Fault drills against the real server (scripts/start.mjs, which builds first when the build is
 * missing or stale): PostgreSQL restarted mid-write, and a kill -9 on the embedded database.
 * See docs/operations.md and decisions 0023 and 0024.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { inArray } from "drizzle-orm";
import { openDatabase } from "../../src/adapters/db/database.ts";
import { dossiers, toegangslog } from "../../src/adapters/db/schema.ts";
import { controleerToegangslog } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import { startServer, type TestServer } from "../e2e/server.ts";
import { pgBinMap, startPgCluster } from "../helpers/pg-cluster.ts";

const OPENING = { werknaam: "Storingsoefening", aanleiding: "zorg_om_kind", omschrijving: "Zorg om een kind." };
const SCHRIJVERS = 20;

async function inloggen(basis: string, email: string): Promise<string> {
  const r = await fetch(`${basis}/api/sessie`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, wachtwoord: "meldwijzer-demo" }),
  });
  assert.equal(r.status, 201, `inloggen als ${email}`);
  return (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

async function nieuwDossier(
  basis: string,
  cookie: string,
): Promise<{ status: number; id: string | null; type: string | null; body: string }> {
  const r = await fetch(`${basis}/api/dossiers`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify({ gegevens: OPENING }),
  });
  const body = await r.text();
  return {
    status: r.status,
    id: r.status === 201 ? (JSON.parse(body) as { id: string }).id : null,
    type: r.headers.get("content-type"),
    body,
  };
}

/** Polls `voorwaarde` until it holds; the bound only keeps a broken drill from hanging forever. */
async function wachtTot(wat: string, voorwaarde: () => boolean | Promise<boolean>, maxPogingen = 600): Promise<void> {
  for (let poging = 0; poging < maxPogingen; poging += 1) {
    if (await voorwaarde()) return;
    await new Promise((klaar) => setTimeout(klaar, 100));
  }
  assert.fail(`niet bereikt: ${wat}`);
}

describe("fault drill: PostgreSQL restarted mid-write", () => {
  it("keeps running, answers 503 during the outage and 2xx after, and loses nothing it acknowledged", async (t) => {
    const bin = pgBinMap();
    if (!bin) {
      if (process.env["MELDWIJZER_PG_VERPLICHT"] === "1")
        assert.fail("PostgreSQL-programma's (initdb, pg_ctl) ontbreken, en MELDWIJZER_PG_VERPLICHT=1.");
      t.skip("geen PostgreSQL-programma's (initdb, pg_ctl) gevonden: oefening overgeslagen");
      return;
    }
    const cluster = await startPgCluster(bin);
    let server: TestServer | undefined;
    try {
      server = await startServer({ DATABASE_URL: cluster.url });
      const basis = server.basis;
      const cookies = await Promise.all(
        ["medewerker@regenboog.example", "medewerker2@regenboog.example"].map((e) => inloggen(basis, e)),
      );

      const bevestigd: string[] = [];
      const statussen = new Map<number, number>();
      const onverwacht: string[] = [];
      let naHerstel = 0;
      let hersteld = false;
      let stoppen = false;
      const schrijver = async (nummer: number) => {
        while (!stoppen) {
          const antwoord = await nieuwDossier(basis, cookies[nummer % 2] ?? "").catch((fout: unknown) => ({
            status: 0,
            id: null,
            type: null,
            body: String(fout),
          }));
          statussen.set(antwoord.status, (statussen.get(antwoord.status) ?? 0) + 1);
          if (antwoord.id) {
            bevestigd.push(antwoord.id);
            if (hersteld) naHerstel += 1;
          } else if (antwoord.status === 503) {
            const fout = (JSON.parse(antwoord.body) as { fout: { code: string } }).fout;
            if (fout.code !== "DATABASE_NIET_BESCHIKBAAR" || !antwoord.type?.startsWith("application/json"))
              onverwacht.push(antwoord.body);
          } else {
            onverwacht.push(`${antwoord.status}: ${antwoord.body.slice(0, 200)}`);
          }
        }
      };
      const schrijvers = Array.from({ length: SCHRIJVERS }, (_, i) => schrijver(i));
      try {
        await wachtTot("40 bevestigde schrijfacties voor de herstart", () => bevestigd.length >= 40);
        await cluster.pgCtl("restart", "immediate");
        hersteld = true;
        await wachtTot("weer bevestigde schrijfacties na de herstart", () => naHerstel >= SCHRIJVERS);
      } finally {
        stoppen = true;
        await Promise.all(schrijvers);
      }

      t.diagnostic(`antwoorden rond de herstart: ${JSON.stringify(Object.fromEntries(statussen))}`);
      assert.deepEqual(onverwacht, [], "alleen 201 of 503 DATABASE_NIET_BESCHIKBAAR");
      assert.ok(
        (statussen.get(503) ?? 0) >= 1,
        `schrijvers die tijdens de herstart bezig waren, kregen een 503 (${JSON.stringify(Object.fromEntries(statussen))})`,
      );

      // Down: readiness, the API and a page all say so, with Retry-After.
      await cluster.pgCtl("stop", "immediate");
      const gereed = await fetch(`${basis}/gereed`);
      assert.equal(gereed.status, 503);
      assert.equal(gereed.headers.get("retry-after"), "5");
      assert.equal(((await gereed.json()) as { fout: { code: string } }).fout.code, "DATABASE_NIET_BESCHIKBAAR");
      const api = await fetch(`${basis}/api/dossiers`, { headers: { Cookie: cookies[0] ?? "" } });
      assert.equal(api.status, 503);
      assert.ok(api.headers.get("retry-after"));
      const apiFout = ((await api.json()) as { fout: { code: string; melding: string } }).fout;
      assert.equal(apiFout.code, "DATABASE_NIET_BESCHIKBAAR");
      assert.match(apiFout.melding, /database is tijdelijk niet bereikbaar/);
      const pagina = await fetch(`${basis}/dossiers`, { headers: { Cookie: cookies[0] ?? "" } });
      assert.equal(pagina.status, 503);
      assert.ok(pagina.headers.get("retry-after"));
      assert.match(pagina.headers.get("content-type") ?? "", /^text\/html/);
      assert.match(await pagina.text(), /Database tijdelijk niet bereikbaar/);

      // Back: ready again without a restart of the app, and writes are acknowledged again.
      await cluster.pgCtl("start");
      await wachtTot("/gereed weer 200", async () => (await fetch(`${basis}/gereed`)).status === 200);
      const daarna = await nieuwDossier(basis, cookies[0] ?? "");
      assert.equal(daarna.status, 201);
      if (daarna.id) bevestigd.push(daarna.id);

      // Nothing acknowledged is lost, each has its access-log entry, and the chain is intact.
      const db = await openDatabase({ databaseUrl: cluster.url, dataDir: "", migratiesMap: path.resolve("drizzle") });
      try {
        const gevonden = await db.db.select({ id: dossiers.id }).from(dossiers).where(inArray(dossiers.id, bevestigd));
        assert.equal(gevonden.length, new Set(bevestigd).size, "elk bevestigd dossier staat in de database");
        const gelogd = await db.db
          .selectDistinct({ id: toegangslog.dossierId })
          .from(toegangslog)
          .where(inArray(toegangslog.dossierId, bevestigd));
        assert.equal(gelogd.length, new Set(bevestigd).size, "elk bevestigd dossier staat in het toegangslog");
        await verzegelToegangslog(db.db);
        const keten = await controleerToegangslog(db.db);
        assert.equal(keten.eersteBreuk, null, "de hashketen van het toegangslog is intact");
        assert.ok(keten.gecontroleerd > bevestigd.length);
      } finally {
        await db.sluit();
      }
    } finally {
      await server?.stop();
      await cluster.opruimen();
    }
  });
});

describe("fault drill: kill -9 on the embedded database", () => {
  it("starts again on the same data directory after a crash, and refuses a second live server", async () => {
    const eerste = await startServer();
    let tweede: TestServer | undefined;
    try {
      const cookie = await inloggen(eerste.basis, "medewerker@regenboog.example");
      const voor = await nieuwDossier(eerste.basis, cookie);
      assert.equal(voor.status, 201);

      process.kill(eerste.pid, "SIGKILL");
      await wachtTot("eerste server gestopt", () => !leeft(eerste.pid));
      // What a crash leaves: the lock socket, no longer listened on. And a pid file of the old kind
      // naming a live process (this test runner), as when a container's new server is pid 1 again.
      assert.ok(existsSync(path.join(eerste.dataDir, "meldwijzer.sock")), "de crash liet het slot-bestand achter");
      writeFileSync(path.join(eerste.dataDir, "meldwijzer.lock"), String(process.pid));

      tweede = await startServer({}, eerste.dataDir);
      const opnieuw = await inloggen(tweede.basis, "medewerker@regenboog.example");
      const terug = await fetch(`${tweede.basis}/api/dossiers/${voor.id ?? ""}`, { headers: { Cookie: opnieuw } });
      assert.equal(terug.status, 200, "het dossier van voor de crash is er nog");

      // A second live server on the same directory is refused, naming the holder.
      const derde = spawn(process.execPath, ["scripts/start.mjs"], {
        env: {
          ...process.env,
          PORT: "0",
          HOST: "127.0.0.1",
          DATA_DIR: eerste.dataDir,
          LOG_LEVEL: "warn",
          DATABASE_URL: "",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let uitvoer = "";
      derde.stdout.on("data", (d: Buffer) => (uitvoer += d.toString()));
      derde.stderr.on("data", (d: Buffer) => (uitvoer += d.toString()));
      const code = await new Promise<number | null>((klaar) => derde.once("exit", klaar));
      assert.equal(code, 1, uitvoer);
      assert.match(uitvoer, new RegExp(`De datamap .* is in gebruik door een ander proces \\(pid ${tweede.pid}\\)`));
    } finally {
      // Each stop removes the data directory they share; a killed server has nothing else to stop.
      await tweede?.stop();
      await eerste.stop();
    }
  });
});

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
