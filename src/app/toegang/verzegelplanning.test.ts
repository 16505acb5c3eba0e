import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Verzegeling } from "./verzegelen.ts";
import { planVerzegeling, type Wekker } from "./verzegelplanning.ts";

/** A clock moved by hand: `verder(ms)` fires, in order, every timer due by then. */
function handwekker() {
  let nu = 0;
  let volgnummer = 0;
  const timers = new Map<number, { om: number; doe: () => void }>();
  const wekker: Wekker = {
    nu: () => nu,
    zet(ms, doe) {
      const id = (volgnummer += 1);
      timers.set(id, { om: nu + ms, doe });
      return () => void timers.delete(id);
    },
  };
  return {
    wekker,
    nu: () => nu,
    /** Moves the clock on, letting each turn that a timer starts finish before the next timer. */
    async verder(ms: number): Promise<void> {
      const tot = nu + ms;
      for (;;) {
        const [id, volgende] = [...timers].sort((a, b) => a[1].om - b[1].om)[0] ?? [];
        if (id === undefined || !volgende || volgende.om > tot) break;
        timers.delete(id);
        nu = volgende.om;
        volgende.doe();
        await uitgewerkt();
      }
      nu = tot;
    },
    wachtend: () => timers.size,
  };
}

/** Lets every promise that is ready settle (a turn's await chain is a few microtasks long). */
async function uitgewerkt(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

/**
 * A stand-in for the database: a number of entries waiting, each turn seals them all (or fails while
 * `storing` is set), and the moments of every turn are kept.
 */
function logboek(hand: ReturnType<typeof handwekker>) {
  const state = { wachtend: 0, storing: false, beurten: [] as number[], fouten: 0 };
  const beurt = (): Promise<Verzegeling> => {
    state.beurten.push(hand.nu());
    if (state.storing) return Promise.reject(Object.assign(new Error("verbinding weg"), { code: "ECONNREFUSED" }));
    const verzegeld = state.wachtend;
    state.wachtend = 0;
    return Promise.resolve({ verzegeld, overgeslagen: 0 });
  };
  return { state, beurt };
}

function start(hand: ReturnType<typeof handwekker>, log: ReturnType<typeof logboek>) {
  return planVerzegeling({
    beurt: log.beurt,
    intervalMs: 250,
    terugvalMs: 10_000,
    bijFout: () => (log.state.fouten += 1),
    wekker: hand.wekker,
  });
}

describe("when the sealer runs (decision 0073)", () => {
  it("idle: one turn soon after the start, then one per fallback interval, however long", async () => {
    const hand = handwekker();
    const log = logboek(hand);
    const planning = start(hand, log);
    await hand.verder(60_000);
    assert.deepEqual(log.state.beurten, [250, 10_250, 20_250, 30_250, 40_250, 50_250]);
    await planning.stop();
  });

  it("told of an entry: a turn one interval later, which seals everything accepted meanwhile, then quiet", async () => {
    const hand = handwekker();
    const log = logboek(hand);
    const planning = start(hand, log);
    await hand.verder(1000); // the first turn (250) found nothing
    for (const na of [0, 50, 100, 200]) {
      await hand.verder(na === 0 ? 0 : 50);
      log.state.wachtend += 1;
      planning.aanvaard();
    }
    await hand.verder(9000);
    // Told at 1000, 1050, 1100, 1150: one turn at 1250 (seals 4), one more at 1500 (it found work), then
    // nothing until the fallback interval after that.
    assert.deepEqual(log.state.beurten, [250, 1250, 1500]);
    assert.equal(log.state.wachtend, 0);
    await hand.verder(10_000);
    assert.deepEqual(log.state.beurten, [250, 1250, 1500, 11_500]);
    await planning.stop();
  });

  it("busy: one turn per interval while entries keep coming, never two at once", async () => {
    const hand = handwekker();
    const log = logboek(hand);
    let bezig = 0;
    let hoogste = 0;
    const planning = planVerzegeling({
      beurt: async () => {
        bezig += 1;
        hoogste = Math.max(hoogste, bezig);
        await uitgewerkt();
        bezig -= 1;
        return log.beurt();
      },
      intervalMs: 250,
      terugvalMs: 10_000,
      bijFout: () => undefined,
      wekker: hand.wekker,
    });
    for (let t = 0; t < 2000; t += 10) {
      log.state.wachtend += 1;
      planning.aanvaard();
      await hand.verder(10);
    }
    // A turn here spans a few ticks of this clock; the next one is due an interval after it ended.
    const tussenpozen = log.state.beurten.slice(1).map((t, i) => t - (log.state.beurten[i] ?? 0));
    assert.equal(log.state.beurten[0], 250);
    assert.ok(tussenpozen.length >= 5, `turns at ${log.state.beurten.join(", ")}`);
    assert.ok(
      tussenpozen.every((ms) => ms >= 250 && ms <= 300),
      `one turn per interval: ${tussenpozen.join(", ")}`,
    );
    assert.equal(hoogste, 1);
    await planning.stop();
    assert.equal(log.state.wachtend, 0, "the stop sealed the rest");
  });

  it("a failure backs off from the interval to the fallback, and a success returns to normal", async () => {
    const hand = handwekker();
    const log = logboek(hand);
    const planning = start(hand, log);
    log.state.storing = true;
    await hand.verder(20_000);
    planning.aanvaard(); // told during the outage: the back-off stands
    await hand.verder(10_000);
    const tussenpozen = log.state.beurten.slice(1).map((t, i) => t - (log.state.beurten[i] ?? 0));
    assert.deepEqual(tussenpozen.slice(0, 7), [250, 500, 1000, 2000, 4000, 8000, 10_000]);
    assert.ok(tussenpozen.every((ms) => ms <= 10_000));
    assert.equal(log.state.fouten, log.state.beurten.length);
    log.state.storing = false;
    const voor = log.state.beurten.length;
    await hand.verder(10_000); // the database is back: the next turn succeeds
    log.state.wachtend = 1;
    planning.aanvaard();
    await hand.verder(250);
    assert.equal(log.state.beurten.length, voor + 2);
    assert.equal(log.state.wachtend, 0);
    await planning.stop();
  });

  it("stop: no more timers, waits for a running turn, and runs one last turn", async () => {
    const hand = handwekker();
    const log = logboek(hand);
    const planning = start(hand, log);
    log.state.wachtend = 3;
    planning.aanvaard();
    await planning.stop();
    assert.deepEqual(log.state.beurten, [0]);
    assert.equal(log.state.wachtend, 0);
    assert.equal(hand.wachtend(), 0);
    planning.aanvaard();
    await hand.verder(60_000);
    assert.equal(log.state.beurten.length, 1, "nothing after the stop");
  });
});
