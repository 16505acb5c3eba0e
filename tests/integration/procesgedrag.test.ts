/**
 * The process as an operator runs it (scripts/start.mjs, built app, embedded database): liveness
 * (`/gezond`), an oversized body answered with a 413 instead of a reset connection, and a graceful
 * stop on SIGTERM that lets a request in progress finish, and one that cuts off a request that does not
 * finish within MELDWIJZER_STOPTIJD_SECONDEN. See docs/operations.md and decision 0034.
 */
import assert from "node:assert/strict";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { connect } from "node:net";
import { after, before, describe, it } from "node:test";
import { bouwAlsNodig } from "../../scripts/bouw.mjs";
import { MAX_RESTANT_BYTES } from "../../src/adapters/http/restant.ts";
import { leesStoptijd } from "../../src/adapters/http/server.ts";
import { startAppInProces } from "../helpers/app-in-proces.ts";
import { startServer, type TestServer } from "../e2e/server.ts";

const TWEE_MB = 2 * 1024 * 1024;

/** Whether a new TCP connection to the server's port is accepted. */
function neemtVerbindingAan(basis: string): Promise<boolean> {
  const url = new URL(basis);
  return new Promise((klaar) => {
    const socket = connect(Number(url.port), url.hostname);
    socket.once("connect", () => {
      socket.destroy();
      klaar(true);
    });
    socket.once("error", () => klaar(false));
  });
}

/** Polls until the server stops accepting connections; the bound only keeps a broken stop from hanging the test. */
async function wachtTotDicht(basis: string): Promise<void> {
  for (let poging = 0; poging < 600; poging += 1) {
    if (!(await neemtVerbindingAan(basis))) return;
    await new Promise((klaar) => setTimeout(klaar, 50));
  }
  assert.fail("de server bleef nieuwe verbindingen aannemen");
}

interface LopendVerzoek {
  /** Sends the rest of the body. */
  rest(): void;
  readonly antwoord: Promise<{ status: number; headers: IncomingMessage["headers"]; tekst: string }>;
}

/**
 * A sign-in whose body is sent in two halves. Resolves once the server has read the headers (it answers
 * `Expect: 100-continue` with 100 Continue), so the request is in progress on the server.
 */
async function halfVerzoek(basis: string): Promise<LopendVerzoek> {
  const url = new URL(basis);
  const body = JSON.stringify({ email: "niemand@onbekend.example", wachtwoord: "geen-wachtwoord-van-iemand" });
  const helft = Math.floor(body.length / 2);
  const req = httpRequest({
    host: url.hostname,
    port: url.port,
    method: "POST",
    path: "/api/sessie",
    agent: false,
    headers: {
      "Content-Type": "application/json",
      "Content-Length": String(Buffer.byteLength(body)),
      Expect: "100-continue",
    },
  });
  const antwoord = new Promise<{ status: number; headers: IncomingMessage["headers"]; tekst: string }>(
    (klaar, mislukt) => {
      req.once("error", mislukt);
      req.once("response", (res) => {
        let tekst = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (tekst += d));
        res.once("end", () => klaar({ status: res.statusCode ?? 0, headers: res.headers, tekst }));
        res.once("error", mislukt);
      });
    },
  );
  antwoord.catch(() => undefined);
  await new Promise<void>((klaar, mislukt) => {
    req.once("continue", () => klaar());
    req.once("error", mislukt);
    req.flushHeaders();
  });
  req.write(body.slice(0, helft));
  return { rest: () => req.end(body.slice(helft)), antwoord };
}

before(() => {
  // Several tests start a server; each would otherwise check the build on its own.
  assert.ok(bouwAlsNodig(process.cwd()), "de app bouwt");
});

describe("a running process", () => {
  let server: TestServer;
  before(async () => (server = await startServer()));
  after(async () => server.stop());

  it("GET /gezond answers 200 without a database call, and is never cached", async () => {
    const r = await fetch(`${server.basis}/gezond`);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { gezond: true });
    assert.equal(r.headers.get("cache-control"), "no-store");
    const gereed = await fetch(`${server.basis}/gereed`);
    assert.equal(gereed.status, 200);
  });

  for (const soort of ["met Content-Length", "gestreamd, zonder lengte"] as const) {
    it(`a 2 MB body (${soort}) gets the 413 with the JSON error, every time, and the connection keeps working`, async () => {
      const body = JSON.stringify({ email: "x".repeat(TWEE_MB), wachtwoord: "y" });
      for (let keer = 0; keer < 15; keer += 1) {
        const init: RequestInit & { duplex?: "half" } =
          soort === "met Content-Length"
            ? { method: "POST", headers: { "Content-Type": "application/json" }, body }
            : {
                method: "POST",
                headers: { "Content-Type": "application/json" },
                body: new Blob([body]).stream(),
                duplex: "half",
              };
        const r = await fetch(`${server.basis}/api/sessie`, init);
        assert.equal(r.status, 413, `poging ${keer + 1}`);
        const fout = (await r.json()) as { fout: { code: string; melding: string } };
        assert.equal(fout.fout.code, "TE_GROOT");
        assert.match(fout.fout.melding, /te groot/u);
      }
      // The server is still whole: an ordinary request on the same client answers.
      assert.equal((await fetch(`${server.basis}/gezond`)).status, 200);
    });
  }

  it("a client that keeps sending far past the limit after its 413 loses the connection (no endless drain)", async () => {
    const url = new URL(server.basis);
    const aangekondigd = 64 * 1024 * 1024;
    const socket = connect(Number(url.port), url.hostname);
    let antwoord = "";
    socket.setEncoding("latin1");
    socket.on("data", (d: string) => (antwoord += d));
    socket.on("error", () => undefined);
    const gesloten = new Promise<void>((klaar) => socket.once("close", () => klaar()));
    socket.write(
      `POST /api/sessie HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${aangekondigd}\r\n\r\n`,
    );
    const blok = Buffer.alloc(1024 * 1024, 0x20);
    let verstuurd = 0;
    while (verstuurd < aangekondigd && !socket.destroyed) {
      const verder = socket.write(blok);
      verstuurd += blok.byteLength;
      if (!verder) await Promise.race([new Promise((klaar) => socket.once("drain", klaar)), gesloten]);
    }
    await gesloten;
    assert.match(antwoord, /^HTTP\/1\.1 413 /u);
    assert.ok(verstuurd < aangekondigd, `de server las alle ${verstuurd} bytes`);
    assert.ok(verstuurd > MAX_RESTANT_BYTES, `verbinding al na ${verstuurd} bytes gesloten`);
  });
});

describe("the stop time (MELDWIJZER_STOPTIJD_SECONDEN)", () => {
  const gevallen: [string | undefined, number | null][] = [
    [undefined, 25_000],
    ["", 25_000],
    ["  ", 25_000],
    ["1", 1000],
    ["30", 30_000],
    [" 600 ", 600_000],
    ["0", null],
    ["601", null],
    ["-5", null],
    ["2.5", null],
    ["1e2", null],
    ["tien", null],
    ["0x10", null],
  ];
  for (const [waarde, verwacht] of gevallen) {
    it(`${JSON.stringify(waarde)} → ${verwacht === null ? "refused" : `${verwacht} ms`}`, () => {
      if (verwacht === null)
        assert.throws(
          () => leesStoptijd(waarde),
          /MELDWIJZER_STOPTIJD_SECONDEN moet een heel getal van 1 tot en met 600 zijn/u,
        );
      else assert.equal(leesStoptijd(waarde), verwacht);
    });
  }
});

describe("a stopping process (in this process, no database)", () => {
  it("answers /gereed with 503 SERVER_STOPT and Connection: close, while /gezond stays 200", async () => {
    const levensloop = { stopt: true };
    // Neither route reaches React Router or the database: a build that cannot load proves it.
    const app = await startAppInProces(() => Promise.reject(new Error("niet nodig")), undefined, levensloop);
    try {
      const gereed = await fetch(`${app.basis}/gereed`);
      assert.equal(gereed.status, 503);
      assert.equal(gereed.headers.get("retry-after"), "5");
      assert.equal(gereed.headers.get("connection"), "close");
      const fout = (await gereed.json()) as { fout: { code: string; melding: string } };
      assert.equal(fout.fout.code, "SERVER_STOPT");
      assert.match(fout.fout.melding, /stopt/u);
      const gezond = await fetch(`${app.basis}/gezond`);
      assert.equal(gezond.status, 200);
      assert.deepEqual(await gezond.json(), { gezond: true });
    } finally {
      await app.stop();
    }
  });
});

describe("a graceful stop (SIGTERM)", () => {
  it("stops accepting connections, finishes the request in progress, and exits with 0", async () => {
    const server = await startServer();
    const lopend = await halfVerzoek(server.basis);
    const gestopt = server.stop();
    await wachtTotDicht(server.basis);
    lopend.rest();
    const antwoord = await lopend.antwoord;
    assert.equal(antwoord.status, 401, antwoord.tekst);
    assert.equal((JSON.parse(antwoord.tekst) as { fout: { code: string } }).fout.code, "NIET_INGELOGD");
    // The client is told not to reuse the connection: the next request goes to another process.
    assert.equal(antwoord.headers.connection, "close");
    assert.equal(await gestopt, 0);
  });

  it("closes a request that does not finish within MELDWIJZER_STOPTIJD_SECONDEN, and still exits with 0", async () => {
    const server = await startServer({ MELDWIJZER_STOPTIJD_SECONDEN: "1" });
    const lopend = await halfVerzoek(server.basis);
    const gestopt = server.stop();
    // The rest of the body never comes: the stop closes the connection after the time limit.
    await assert.rejects(lopend.antwoord);
    assert.equal(await gestopt, 0);
  });

  it("refuses a stop time that is not a whole number of seconds from 1 to 600", async () => {
    await assert.rejects(
      startServer({ MELDWIJZER_STOPTIJD_SECONDEN: "0" }),
      /MELDWIJZER_STOPTIJD_SECONDEN moet een heel getal/u,
    );
  });
});
