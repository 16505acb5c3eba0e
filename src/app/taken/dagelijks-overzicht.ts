import type { MailVerzender } from "../../adapters/mail/smtp.ts";
import {
  actieveGebruikersMetEmail,
  claimOverzicht,
  geefOverzichtVrij,
} from "../../adapters/db/takenoverzicht.repository.ts";
import { vandaagInNederland } from "../context.ts";
import type { AppContext } from "../context.ts";
import { overzichtTekst, takenLink } from "./dagelijks-overzicht-tekst.ts";
import { takenVoorPersoon } from "./mijn-taken.ts";

/**
 * The run of the daily digest of "Mijn taken": build and send, once per person per Dutch date. The
 * wording is in ./dagelijks-overzicht-tekst.ts (texts in the language catalogues), the timer that
 * calls the run in ./dagelijks-overzicht-planning.ts.
 */

/** What the schedule and the digest may log through: pino's Logger fits. */
export interface OverzichtLogger {
  info(gegevens: object, bericht: string): void;
  warn(gegevens: object, bericht: string): void;
  error(gegevens: object, bericht: string): void;
}

export interface OverzichtUitkomst {
  readonly verzonden: number;
  /** No tasks today, or the day was already claimed (sent earlier, or by another instance). */
  readonly overgeslagen: number;
  /** The tasks could not be computed or the mail could not be sent; the day is given back. */
  readonly mislukt: number;
}

/**
 * Sends the digest of the Dutch date of `nu` (default: the context's clock) to every active person
 * with tasks, in one organisation when `organisatieId` is given, else in all. Per person: compute the tasks, skip when
 * there are none, claim the Dutch date, and only then send, so two runs never both send.
 *
 * When the send fails after the claim, the claim is given back: a later run the same day (the
 * schedule's next check, a restart, another instance) tries again. The cost is that a mail the relay
 * did accept before the connection broke may arrive twice; a second list of counts is harmless, a
 * missed reminder of a report to send is not. One person's failure never stops the others.
 *
 * The digest is written by the system, not read by a person, and carries no case content: the
 * access log (which records people reading cases) is not written; the counts are kept in
 * `takenoverzichten`. Failures are logged with the person's id and the error's name and code only:
 * an SMTP error message can quote the address, and a database error message its parameters.
 *
 * There is no stored language per person (the UI language is a cookie), so the mail is Dutch.
 */
export async function verstuurDagelijkseOverzichten(
  ctx: AppContext,
  verzender: MailVerzender,
  opties: { basisUrl: string; logger?: OverzichtLogger; nu?: Date; organisatieId?: string },
): Promise<OverzichtUitkomst> {
  const nu = opties.nu ?? ctx.klok();
  const datum = vandaagInNederland(nu);
  const link = takenLink(opties.basisUrl);
  let verzonden = 0;
  let overgeslagen = 0;
  let mislukt = 0;
  const ontvangers = (await actieveGebruikersMetEmail(ctx.db)).filter(
    (o) => opties.organisatieId === undefined || o.organisatieId === opties.organisatieId,
  );
  for (const ontvanger of ontvangers) {
    let geclaimd = false;
    try {
      const taken = await takenVoorPersoon(
        ctx.db,
        { id: ontvanger.id, organisatieId: ontvanger.organisatieId, rollen: ontvanger.rollen, actief: true },
        nu,
      );
      if (taken.length === 0 || !(await claimOverzicht(ctx.db, ontvanger.id, datum, taken.length, nu))) {
        overgeslagen += 1;
        continue;
      }
      geclaimd = true;
      const { onderwerp, tekst } = overzichtTekst(taken, { naam: ontvanger.naam, link, taal: "nl" });
      await verzender.verstuur({ aan: ontvanger.email, onderwerp, tekst });
      verzonden += 1;
    } catch (fout) {
      mislukt += 1;
      opties.logger?.warn({ gebruikerId: ontvanger.id, ...foutKenmerken(fout) }, "takenoverzicht niet verstuurd");
      if (geclaimd) await geefVrij(ctx, ontvanger.id, datum, opties.logger);
    }
  }
  return { verzonden, overgeslagen, mislukt };
}

async function geefVrij(
  ctx: AppContext,
  gebruikerId: string,
  datum: string,
  logger: OverzichtLogger | undefined,
): Promise<void> {
  try {
    await geefOverzichtVrij(ctx.db, gebruikerId, datum);
  } catch (fout) {
    // The claim stays: this person misses today's digest rather than the run stopping for everyone.
    logger?.error({ gebruikerId, ...foutKenmerken(fout) }, "claim op takenoverzicht niet vrijgegeven");
  }
}

/** The error's name and codes, never its message (see above). */
export function foutKenmerken(fout: unknown): { fout: string; code?: string; smtpCode?: number } {
  if (!(fout instanceof Error)) return { fout: typeof fout };
  const { code, responseCode } = fout as Error & { code?: unknown; responseCode?: unknown };
  return {
    fout: fout.name,
    ...(typeof code === "string" ? { code } : {}),
    ...(typeof responseCode === "number" ? { smtpCode: responseCode } : {}),
  };
}

/** A scheduled run left people without their digest; thrown so that the schedule tries again. */
export class OverzichtOnvolledigFout extends Error {
  constructor(readonly uitkomst: OverzichtUitkomst) {
    super(`${uitkomst.mislukt} takenoverzicht(en) niet verstuurd`);
    this.name = "OverzichtOnvolledigFout";
  }
}

/**
 * One run of the schedule: send, log the counts (numbers only), and reject when someone's mail did
 * not go out. Their claim was given back, so the schedule's retry sends to them and to no one else.
 */
export async function voerDagelijksOverzichtUit(
  ctx: AppContext,
  verzender: MailVerzender,
  opties: { basisUrl: string; logger: OverzichtLogger },
): Promise<OverzichtUitkomst> {
  const uitkomst = await verstuurDagelijkseOverzichten(ctx, verzender, opties);
  opties.logger.info({ ...uitkomst }, "dagelijks takenoverzicht");
  if (uitkomst.mislukt > 0) throw new OverzichtOnvolledigFout(uitkomst);
  return uitkomst;
}
