import { vandaagInNederland } from "../context.ts";
import { foutKenmerken } from "./dagelijks-overzicht.ts";
import type { OverzichtLogger } from "./dagelijks-overzicht.ts";

/**
 * The schedule of the daily digest: a timer that calls the run once per Dutch date. It knows nothing
 * of mail or tasks; the server's start-up (`startDagelijksOverzicht` in src/adapters/http/samenstelling.ts)
 * hands it the run.
 */

/** How often the schedule looks at the clock: the digest goes out at most this long after the hour. */
export const CONTROLE_INTERVAL_MS = 5 * 60_000;
/** Runs per Dutch date before the schedule gives up until tomorrow: about a quarter of an hour of retries. */
export const MAX_POGINGEN_PER_DAG = 4;

const UUR_IN_NEDERLAND = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hour: "numeric",
  hourCycle: "h23",
});

/** The hour (0–23) on the clock in the Netherlands, summer time included, whatever the server's zone. */
export function uurInNederland(nu: Date): number {
  return Number(UUR_IN_NEDERLAND.formatToParts(nu).find((p) => p.type === "hour")?.value ?? "0");
}

/**
 * Runs `voerUit` once per Dutch date, at the first check at or after `uur` o'clock Dutch time: at
 * start, then every five minutes. A server started at noon still sends that morning's digest.
 *
 * A run that resolves counts as done for the date. A run that rejects is logged and tried again at
 * the next check, at most MAX_POGINGEN_PER_DAG times a date, so a relay that is down for a few
 * minutes at seven delays the digest instead of cancelling it, and a lasting fault does not fill the
 * log all day. Nothing is thrown out of the schedule. Two runs never overlap; the claims in the
 * database stop doubles between processes.
 *
 * The timer is unref'd: the schedule never keeps the process alive. `stop()` ends the checks and
 * waits for a run in progress, so the database can then be closed safely.
 */
export function planDagelijksOverzicht(opties: {
  klok: () => Date;
  uur: number;
  voerUit: () => Promise<unknown>;
  logger: OverzichtLogger;
}): { stop(): Promise<void> } {
  let klaarOp: string | null = null;
  const pogingen = new Map<string, number>();
  let bezig: Promise<void> | null = null;
  let gestopt = false;

  const controleer = (): void => {
    if (gestopt || bezig !== null) return;
    const nu = opties.klok();
    const datum = vandaagInNederland(nu);
    const poging = (pogingen.get(datum) ?? 0) + 1;
    if (klaarOp === datum || poging > MAX_POGINGEN_PER_DAG || uurInNederland(nu) < opties.uur) return;
    pogingen.clear(); // only today's count matters
    pogingen.set(datum, poging);
    bezig = (async () => {
      try {
        await opties.voerUit();
        klaarOp = datum;
      } catch (fout) {
        const opnieuw = poging < MAX_POGINGEN_PER_DAG;
        opties.logger.error({ ...foutKenmerken(fout), datum, poging, opnieuw }, "dagelijks takenoverzicht mislukt");
      } finally {
        bezig = null;
      }
    })();
  };

  const timer = setInterval(controleer, CONTROLE_INTERVAL_MS);
  timer.unref();
  controleer();
  return {
    async stop(): Promise<void> {
      gestopt = true;
      clearInterval(timer);
      await bezig;
    },
  };
}
