import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it, mock } from "node:test";
import {
  CONTROLE_INTERVAL_MS,
  MAX_POGINGEN_PER_DAG,
  planDagelijksOverzicht,
  uurInNederland,
} from "./dagelijks-overzicht-planning.ts";
import type { OverzichtLogger } from "./dagelijks-overzicht.ts";

describe("uurInNederland", () => {
  const tabel: readonly [string, number][] = [
    ["2026-01-15T06:00:00Z", 7],
    ["2026-07-15T05:00:00Z", 7],
    ["2026-03-29T00:59:59Z", 1],
    ["2026-03-29T01:00:00Z", 3],
    ["2026-10-25T00:30:00Z", 2],
    ["2026-10-25T01:30:00Z", 2],
    ["2026-12-31T23:30:00Z", 0],
  ];
  for (const [iso, uur] of tabel) {
    it(iso, () => assert.equal(uurInNederland(new Date(iso)), uur, "the hour in Amsterdam, summer time included"));
  }
});

describe("planDagelijksOverzicht", () => {
  let nu: Date;
  let runs: number;
  let gedrag: () => Promise<unknown>;
  let fouten: object[];
  const logger: OverzichtLogger = {
    info: () => undefined,
    warn: () => undefined,
    error: (gegevens) => void fouten.push(gegevens),
  };
  const rust = () => new Promise<void>((klaar) => setImmediate(klaar));
  /** Moves the fake clock and the fake timers on, then lets a started run finish. */
  async function wacht(ms: number): Promise<void> {
    nu = new Date(nu.getTime() + ms);
    mock.timers.tick(ms);
    await rust();
    await rust();
  }
  function plan(uur = 7) {
    return planDagelijksOverzicht({
      klok: () => nu,
      uur,
      logger,
      voerUit: () => {
        runs += 1;
        return gedrag();
      },
    });
  }

  beforeEach(() => {
    mock.timers.enable({ apis: ["setInterval"] });
    runs = 0;
    fouten = [];
    gedrag = () => Promise.resolve();
  });
  afterEach(() => mock.timers.reset());

  it("waits for the hour, runs once that day, and again the next day", async () => {
    nu = new Date("2026-11-23T05:30:00Z"); // 06:30 in Amsterdam
    const planning = plan();
    await rust();
    assert.equal(runs, 0, "not before seven");
    await wacht(30 * 60_000); // 07:00
    assert.equal(runs, 1, "at the first check from seven");
    await wacht(10 * CONTROLE_INTERVAL_MS);
    assert.equal(runs, 1, "once a day");
    await wacht(24 * 60 * 60_000 - 10 * CONTROLE_INTERVAL_MS);
    assert.equal(runs, 2, "again the next day");
    await planning.stop();
  });

  it("runs at once when started after the hour", async () => {
    nu = new Date("2026-11-23T11:00:00Z");
    const planning = plan();
    await rust();
    assert.equal(runs, 1, "a server started at noon still sends");
    await planning.stop();
  });

  it("follows Dutch time, not the server's", async () => {
    nu = new Date("2026-07-15T04:55:00Z"); // 06:55 in Amsterdam (summer), 04:55 UTC
    const planning = plan();
    await rust();
    assert.equal(runs, 0, "06:55 Dutch time");
    await wacht(CONTROLE_INTERVAL_MS);
    assert.equal(runs, 1, "07:00 Dutch time, while UTC says five");
    await planning.stop();
  });

  it(`retries a failed run at the next checks, at most ${MAX_POGINGEN_PER_DAG} times a day, and never throws`, async () => {
    nu = new Date("2026-11-23T06:00:00Z");
    gedrag = () => Promise.reject(new Error("relay weg"));
    const planning = plan();
    await rust();
    for (let i = 0; i < 10; i += 1) await wacht(CONTROLE_INTERVAL_MS);
    assert.equal(runs, MAX_POGINGEN_PER_DAG, "bounded retries");
    assert.equal(fouten.length, MAX_POGINGEN_PER_DAG, "each failure logged");
    assert.deepEqual(
      fouten.at(-1),
      { fout: "Error", datum: "2026-11-23", poging: MAX_POGINGEN_PER_DAG, opnieuw: false },
      "name only, no message",
    );
    gedrag = () => Promise.resolve();
    await wacht(24 * 60 * 60_000);
    assert.equal(runs, MAX_POGINGEN_PER_DAG + 1, "a new day, a new chance");
    await planning.stop();
  });

  it("stops after a retry that succeeds", async () => {
    nu = new Date("2026-11-23T06:00:00Z");
    let eerste = true;
    gedrag = () => (eerste ? ((eerste = false), Promise.reject(new Error("even niet"))) : Promise.resolve());
    const planning = plan();
    await rust();
    for (let i = 0; i < 5; i += 1) await wacht(CONTROLE_INTERVAL_MS);
    assert.equal(runs, 2, "one failure, one success, then done for the day");
    await planning.stop();
  });

  it("never overlaps runs, and stop() waits for the one in progress", async () => {
    nu = new Date("2026-11-23T06:00:00Z");
    let klaar: () => void = () => undefined;
    let afgerond = false;
    gedrag = () =>
      new Promise<void>((r) => {
        klaar = () => {
          afgerond = true;
          r();
        };
      });
    const planning = plan();
    await rust();
    await wacht(3 * CONTROLE_INTERVAL_MS);
    assert.equal(runs, 1, "no second run while the first is busy");
    const gestopt = planning.stop();
    klaar();
    await gestopt;
    assert.ok(afgerond, "stop() resolved after the run");
    await wacht(24 * 60 * 60_000);
    assert.equal(runs, 1, "no run after stop");
  });
});
