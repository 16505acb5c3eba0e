import type { Verzegeling } from "./verzegelen.ts";

/**
 * When the sealer runs (decision 0073). It knows nothing of the database: the server's start-up
 * (`startVerzegelaar` in src/adapters/http/samenstelling.ts) hands it the turn and tells it when this
 * process accepted a log entry.
 *
 * - **Told (`aanvaard`)**: a turn `intervalMs` later. Everything accepted in that time, in every request,
 *   is sealed by that one turn.
 * - **A turn that found work** (sealed something, or left a chain to another process's sealer) or that was
 *   told of a new entry while it ran: the next turn `intervalMs` later. A busy process seals on the interval,
 *   as before.
 * - **A turn that found nothing**: the next one only after `terugvalMs`, unless told sooner. An idle process
 *   asks the database once per `terugvalMs`. That slow turn also seals what no one told this process about:
 *   entries of a process that was killed before its sealer ran, and an entry whose transaction was still
 *   open at the turn it was told of.
 * - **A turn that failed** (database unreachable): logged, and tried again after twice the last wait, from
 *   `intervalMs` up to `terugvalMs`: an outage of minutes does not fill the log four times a second.
 *
 * Two turns never overlap. The first turn runs `intervalMs` after the start (what a stopped process left).
 * `stop` ends the schedule, waits for a turn in progress, runs one last turn and waits for it.
 */
export function planVerzegeling(opties: {
  readonly beurt: () => Promise<Verzegeling>;
  readonly intervalMs: number;
  readonly terugvalMs: number;
  readonly bijFout: (fout: unknown) => void;
  readonly wekker?: Wekker;
}): VerzegelPlanning {
  const wekker = opties.wekker ?? systeemWekker;
  const terugval = Math.max(opties.terugvalMs, opties.intervalMs);
  let gepland: { readonly om: number; readonly annuleer: () => void } | null = null;
  let bezig: Promise<void> | null = null;
  let gemeldTijdensBeurt = false;
  let wachtNaFout = 0;
  let gestopt = false;

  /** A turn in `ms`, unless one is already due sooner. */
  const plan = (ms: number): void => {
    if (gestopt) return;
    const om = wekker.nu() + ms;
    if (gepland && gepland.om <= om) return;
    gepland?.annuleer();
    gepland = { om, annuleer: wekker.zet(ms, draai) };
  };

  const draai = (): void => {
    gepland = null;
    if (gestopt || bezig) return;
    gemeldTijdensBeurt = false;
    bezig = (async () => {
      let volgende = terugval;
      try {
        const uitkomst = await opties.beurt();
        wachtNaFout = 0;
        if (uitkomst.verzegeld > 0 || uitkomst.overgeslagen > 0) volgende = opties.intervalMs;
      } catch (fout) {
        opties.bijFout(fout);
        wachtNaFout = Math.min(wachtNaFout === 0 ? opties.intervalMs : wachtNaFout * 2, terugval);
        volgende = wachtNaFout;
      } finally {
        bezig = null;
      }
      plan(gemeldTijdensBeurt && wachtNaFout === 0 ? opties.intervalMs : volgende);
    })();
  };

  plan(opties.intervalMs);
  return {
    aanvaard(): void {
      if (bezig) gemeldTijdensBeurt = true;
      else if (wachtNaFout === 0) plan(opties.intervalMs);
    },
    async stop(): Promise<void> {
      gestopt = true;
      gepland?.annuleer();
      gepland = null;
      await bezig;
      try {
        await opties.beurt(); // what was accepted until the last request ended
      } catch (fout) {
        opties.bijFout(fout);
      }
    },
  };
}

export interface VerzegelPlanning {
  /** This process accepted a log entry: seal it soon. Cheap; call it for every entry. */
  aanvaard(): void;
  stop(): Promise<void>;
}

/** A clock and a one-shot timer. The system's by default; a test passes one it moves by hand. */
export interface Wekker {
  nu(): number;
  /** Calls `doe` once after `ms`; the function returned cancels it. Must not keep the process alive. */
  zet(ms: number, doe: () => void): () => void;
}

const systeemWekker: Wekker = {
  nu: () => performance.now(),
  zet(ms, doe) {
    const timer = setTimeout(doe, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};
