/**
 * `npm start` with MELDWIJZER_PROCESSEN=N: N app processes on one port (node:cluster, decision 0058). The
 * settings are checked before anything starts; on PostgreSQL two workers serve, one that dies is replaced,
 * and a SIGTERM stops them all gracefully with exit code 0. The embedded
 * database belongs to one process, so more than one is refused there. The PostgreSQL part is skipped (with
 * a message) without TEST_DATABASE_URL.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { bouwAlsNodig } from "../../scripts/bouw.mjs";
import { controleerProcessen, leesProcessen } from "../../scripts/processen.mjs";
import { leesDatabaseVerbindingen } from "../../src/adapters/http/samenstelling.ts";
import { kinderen, startServer, type TestServer } from "../e2e/server.ts";
import { testDatabases, verseDatabaseUrl } from "../helpers/databases.ts";

const beheerUrl = process.env["TEST_DATABASE_URL"] ?? process.env["DATABASE_URL"];
const metPostgres = (await testDatabases()).some((d) => d.naam === "postgres");
const OVERSLAAN = metPostgres
  ? false
  : "geen PostgreSQL (TEST_DATABASE_URL niet ingesteld of niet bereikbaar): meerdere processen op één poort niet getest";

describe("MELDWIJZER_PROCESSEN", () => {
  const gevallen: [string | undefined, number | null][] = [
    [undefined, 1],
    ["", 1],
    [" ", 1],
    ["1", 1],
    ["2", 2],
    [" 4 ", 4],
    ["64", 64],
    ["auto", 2],
    ["0", null],
    ["65", null],
    ["-1", null],
    ["1.5", null],
    ["twee", null],
    ["2e1", null],
    ["AUTO", null],
  ];
  for (const [waarde, verwacht] of gevallen) {
    it(`${JSON.stringify(waarde)} → ${verwacht === null ? "refused" : verwacht} (on 2 cores)`, () => {
      if (verwacht === null)
        assert.throws(
          () => leesProcessen(waarde, 2),
          /MELDWIJZER_PROCESSEN moet "auto" of een heel getal van 1 tot en met 64 zijn/u,
        );
      else assert.equal(leesProcessen(waarde, 2), verwacht);
    });
  }

  it("more than one process needs PostgreSQL; one process runs on either", () => {
    assert.throws(() => controleerProcessen(2, undefined), /vraagt om PostgreSQL/u);
    assert.throws(() => controleerProcessen(2, ""), /vraagt om PostgreSQL/u);
    assert.doesNotThrow(() => controleerProcessen(2, "postgres://meldwijzer@db.example/meldwijzer"));
    assert.doesNotThrow(() => controleerProcessen(1, undefined));
  });

  it("npm start with the embedded database and two processes stops before it builds or opens anything, with the reason", () => {
    const r = spawnSync(process.execPath, ["scripts/start.mjs"], {
      env: { ...process.env, DATABASE_URL: "", MELDWIJZER_PROCESSEN: "2" },
      encoding: "utf8",
      timeout: 60_000,
    });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /MELDWIJZER_PROCESSEN=2 vraagt om PostgreSQL/u);
  });
});

describe("MELDWIJZER_DATABASE_VERBINDINGEN", () => {
  const gevallen: [string | undefined, number | null][] = [
    [undefined, 10],
    ["", 10],
    ["1", 1],
    [" 25 ", 25],
    ["500", 500],
    ["0", null],
    ["501", null],
    ["-3", null],
    ["2.5", null],
    ["tien", null],
  ];
  for (const [waarde, verwacht] of gevallen) {
    it(`${JSON.stringify(waarde)} → ${verwacht === null ? "refused" : verwacht}`, () => {
      if (verwacht === null)
        assert.throws(
          () => leesDatabaseVerbindingen(waarde),
          /MELDWIJZER_DATABASE_VERBINDINGEN moet een heel getal van 1 tot en met 500 zijn/u,
        );
      else assert.equal(leesDatabaseVerbindingen(waarde), verwacht);
    });
  }
});

/** The worker processes of the primary (Linux). */
const werkers = kinderen;

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("two processes on one port, on PostgreSQL", { skip: OVERSLAAN }, () => {
  let server: TestServer;
  before(async () => {
    assert.ok(bouwAlsNodig(process.cwd()), "de app bouwt");
    server = await startServer({
      DATABASE_URL: await verseDatabaseUrl(beheerUrl ?? ""),
      MELDWIJZER_PROCESSEN: "2",
      MELDWIJZER_DATABASE_VERBINDINGEN: "4",
    });
  });
  after(async () => server?.stop());

  it("serves with two workers, replaces one that dies, and stops all (one still starting, perhaps) with exit code 0", async () => {
    const eerst = werkers(server.pid);
    assert.equal(eerst.length, 2, `workers: ${eerst.join(", ")}`);
    // No kept-alive connections: one to the worker killed below would break under the next request.
    const vraag = async (pad: string) =>
      (await fetch(`${server.basis}${pad}`, { headers: { connection: "close" }, signal: AbortSignal.timeout(30_000) }))
        .status;
    for (let i = 0; i < 6; i += 1) assert.equal(await vraag("/inloggen"), 200);
    const [dood, blijft] = eerst as [number, number];
    process.kill(dood, "SIGKILL");
    // Once the primary has seen the death it forks a replacement. The bound only keeps a broken restart from hanging the test.
    let nu = werkers(server.pid);
    for (let poging = 0; poging < 1200 && !(nu.length === 2 && !nu.includes(dood)); poging += 1) {
      await new Promise((klaar) => setTimeout(klaar, 100));
      nu = werkers(server.pid);
    }
    assert.equal(nu.length, 2, `workers after the kill: ${nu.join(", ")}`);
    assert.ok(nu.includes(blijft) && !nu.includes(dood), "the dead one replaced, the other kept");
    const nieuw = nu.find((p) => p !== blijft) ?? 0;
    // Whether or not the new worker listens yet, every request finds one that does; the stop below may reach it while it still starts.
    for (let i = 0; i < 6; i += 1) assert.equal(await vraag("/inloggen"), 200);
    assert.equal(await server.stop(), 0, "a graceful stop");
    assert.ok(!leeft(blijft) && !leeft(nieuw), "no worker left behind");
  });
});

describe("a stop that reaches a worker while it still loads, on PostgreSQL", { skip: OVERSLAAN }, () => {
  it("asks it again once it listens, and every process stops with exit code 0", async () => {
    const server = await startServer({
      DATABASE_URL: await verseDatabaseUrl(beheerUrl ?? ""),
      MELDWIJZER_PROCESSEN: "2",
      MELDWIJZER_DATABASE_VERBINDINGEN: "4",
    });
    const eerst = werkers(server.pid);
    assert.equal(eerst.length, 2, `workers: ${eerst.join(", ")}`);
    const [dood] = eerst as [number, number];
    process.kill(dood, "SIGKILL");
    // The stop is sent the moment the replacement exists, before it has loaded its modules: Node drops an IPC
    // message nobody listens to yet, and a primary that did not ask again waited for that worker for ever.
    let nieuw: number | undefined;
    for (let poging = 0; poging < 6000 && nieuw === undefined; poging += 1) {
      nieuw = werkers(server.pid).find((p) => !eerst.includes(p));
      if (nieuw === undefined) await new Promise((klaar) => setTimeout(klaar, 5));
    }
    assert.ok(nieuw !== undefined, "a replacement was forked");
    const alleWerkers = werkers(server.pid);
    assert.equal(await server.stop(), 0, "a graceful stop");
    assert.deepEqual(
      alleWerkers.filter((p) => leeft(p)),
      [],
      "no worker left behind",
    );
  });
});
