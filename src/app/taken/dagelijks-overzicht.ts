import type { MailVerzender } from "../../adapters/mail/smtp.ts";
import { actieveGebruikersMetEmail, claimOverzicht, geefOverzichtVrij } from "../../adapters/db/takenoverzicht.repository.ts";
import { STIL_WERKDAGEN, TAAK_SOORTEN } from "../../domain/dossier/vervolg.ts";
import type { TaakSoort } from "../../domain/dossier/vervolg.ts";
import { vandaagInNederland } from "../context.ts";
import type { AppContext } from "../context.ts";
import { takenVoorPersoon } from "./mijn-taken.ts";
import type { DossierTaak } from "./mijn-taken.ts";

/**
 * The daily e-mail with the counts of "Mijn taken". E-mail leaves our hands: it sits in mailboxes,
 * on phones and in forwarding rules we do not control. So the mail says only how many tasks of each
 * kind are waiting, and links to /taken, where signing in shows which cases they are. No werknaam,
 * no dossier id, nothing about a child or a family is ever put in it.
 */

export type OverzichtTaal = "nl" | "en";

/** One line per kind of task: the number is the number of cases, since a case has each kind at most once. */
type Regel = (aantal: number) => string;

const REGELS: Record<OverzichtTaal, Record<TaakSoort, Regel>> = {
  nl: {
    vt_bellen: (n) => (n === 1 ? "1 dossier wacht op het antwoord van Veilig Thuis: bel Veilig Thuis." : `${n} dossiers wachten op het antwoord van Veilig Thuis: bel Veilig Thuis.`),
    melding_versturen: (n) =>
      n === 1 ? "1 dossier heeft een besluit om te melden: verstuur de melding aan Veilig Thuis." : `${n} dossiers hebben een besluit om te melden: verstuur de meldingen aan Veilig Thuis.`,
    voorstel_beoordelen: (n) =>
      n === 1 ? "Bij 1 dossier wacht een voorstel voor het besluit: bevestig het of besluit anders." : `Bij ${n} dossiers wacht een voorstel voor het besluit: bevestig het of besluit anders.`,
    besluit_nemen: (n) =>
      n === 1 ? "Bij 1 dossier is de afweging klaar en wordt u om een besluit gevraagd." : `Bij ${n} dossiers is de afweging klaar en wordt u om een besluit gevraagd.`,
    derde_meldnorm: (n) =>
      n === 1
        ? "1 dossier heeft nieuwe zorgen terwijl hulp of monitoring loopt: weeg opnieuw of u moet melden."
        : `${n} dossiers hebben nieuwe zorgen terwijl hulp of monitoring loopt: weeg opnieuw of u moet melden.`,
    evaluatie: (n) => (n === 1 ? "Bij 1 dossier is de hulp toe aan een evaluatie: leg de evaluatie vast." : `Bij ${n} dossiers is de hulp toe aan een evaluatie: leg de evaluaties vast.`),
    veiligheidscheck: (n) => (n === 1 ? "Bij 1 dossier is een veiligheidscheck nodig: doe de check en leg die vast." : `Bij ${n} dossiers is een veiligheidscheck nodig: doe de checks en leg die vast.`),
    gesprek_plannen: (n) =>
      n === 1 ? "Bij 1 dossier is het gesprek met de ouders nog niet gevoerd: plan het gesprek." : `Bij ${n} dossiers is het gesprek met de ouders nog niet gevoerd: plan de gesprekken.`,
    stap_blijft_liggen: (n) =>
      n === 1
        ? `1 dossier ligt al meer dan ${STIL_WERKDAGEN} werkdagen stil: pak de volgende stap op.`
        : `${n} dossiers liggen al meer dan ${STIL_WERKDAGEN} werkdagen stil: pak de volgende stap op.`,
  },
  en: {
    vt_bellen: (n) => (n === 1 ? "1 case is waiting for the answer of Veilig Thuis: call Veilig Thuis." : `${n} cases are waiting for the answer of Veilig Thuis: call Veilig Thuis.`),
    melding_versturen: (n) => (n === 1 ? "1 case has a decision to report: send the report to Veilig Thuis." : `${n} cases have a decision to report: send the reports to Veilig Thuis.`),
    voorstel_beoordelen: (n) =>
      n === 1 ? "In 1 case a proposed decision is waiting: confirm it or decide otherwise." : `In ${n} cases a proposed decision is waiting: confirm it or decide otherwise.`,
    besluit_nemen: (n) => (n === 1 ? "In 1 case the weighing is done and your decision is asked." : `In ${n} cases the weighing is done and your decision is asked.`),
    derde_meldnorm: (n) =>
      n === 1
        ? "1 case has new concerns while help or monitoring is running: weigh again whether you must report."
        : `${n} cases have new concerns while help or monitoring is running: weigh again whether you must report.`,
    evaluatie: (n) => (n === 1 ? "In 1 case the help is due for evaluation: record the evaluation." : `In ${n} cases the help is due for evaluation: record the evaluations.`),
    veiligheidscheck: (n) => (n === 1 ? "1 case needs a safety check: do the check and record it." : `${n} cases need a safety check: do the checks and record them.`),
    gesprek_plannen: (n) =>
      n === 1 ? "In 1 case the conversation with the parents has not taken place: plan it." : `In ${n} cases the conversation with the parents has not taken place: plan them.`,
    stap_blijft_liggen: (n) =>
      n === 1
        ? `1 case has had no entry for more than ${STIL_WERKDAGEN} working days: take up the next step.`
        : `${n} cases have had no entry for more than ${STIL_WERKDAGEN} working days: take up the next step.`,
  },
};

const TEKSTEN: Record<
  OverzichtTaal,
  { onderwerp: Regel; aanhef: (naam: string) => string; inleiding: Regel; link: string; privacy: string; waarom: string }
> = {
  nl: {
    onderwerp: (n) => (n === 0 ? "Meldwijzer: geen taken voor vandaag" : `Meldwijzer: ${n} ${n === 1 ? "taak" : "taken"} voor vandaag`),
    aanhef: (naam) => `Beste ${naam},`,
    inleiding: (n) => (n === 0 ? "In Meldwijzer staan vandaag geen taken voor u klaar." : `In Meldwijzer ${n === 1 ? "staat" : "staan"} vandaag ${n} ${n === 1 ? "taak" : "taken"} voor u klaar:`),
    link: "Bekijk ze na het inloggen in Meldwijzer:",
    privacy: "Deze e-mail noemt bewust geen dossiers, kinderen of gezinnen. Wat er speelt, leest u alleen in Meldwijzer zelf.",
    waarom: "U krijgt dit overzicht omdat u verantwoordelijk bent voor deze dossiers of voor het besluit erin. Dit is een automatisch bericht.",
  },
  en: {
    onderwerp: (n) => (n === 0 ? "Meldwijzer: no tasks for today" : `Meldwijzer: ${n} ${n === 1 ? "task" : "tasks"} for today`),
    aanhef: (naam) => `Dear ${naam},`,
    inleiding: (n) => (n === 0 ? "There are no tasks waiting for you in Meldwijzer today." : `${n} ${n === 1 ? "task is" : "tasks are"} waiting for you in Meldwijzer today:`),
    link: "See them in Meldwijzer after signing in:",
    privacy: "This e-mail deliberately names no cases, children or families. What is going on can only be read in Meldwijzer itself.",
    waarom: "You receive this overview because you are responsible for these cases or for the decision in them. This is an automated message.",
  },
};

/**
 * The subject and plain text of one digest. Pure: the same tasks give the same mail. Only the kind of
 * each task is read, so no werknaam or dossier id can slip into the text however the wording changes.
 */
export function overzichtTekst(
  taken: readonly DossierTaak[],
  opties: { naam: string; link: string; taal: OverzichtTaal },
): { onderwerp: string; tekst: string } {
  const t = TEKSTEN[opties.taal];
  const regels = REGELS[opties.taal];
  const perSoort = new Map<TaakSoort, number>();
  for (const { soort } of taken) perSoort.set(soort, (perSoort.get(soort) ?? 0) + 1);
  const lijst = TAAK_SOORTEN.flatMap((soort) => {
    const aantal = perSoort.get(soort) ?? 0;
    return aantal === 0 ? [] : [`- ${regels[soort](aantal)}`];
  });
  const blokken = [t.aanhef(opties.naam), [t.inleiding(taken.length), ...lijst].join("\n")];
  if (taken.length > 0) blokken.push(`${t.link}\n${opties.link}`);
  blokken.push(t.privacy, t.waarom);
  return { onderwerp: t.onderwerp(taken.length), tekst: `${blokken.join("\n\n")}\n` };
}

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

/** The link in the mail: /taken under the public address, also when that address ends in a slash or a path. */
export function takenLink(basisUrl: string): string {
  return `${basisUrl.replace(/\/+$/u, "")}/taken`;
}

/**
 * Sends today's digest to every active person with tasks. Per person: compute the tasks, skip when
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
  opties: { basisUrl: string; logger?: OverzichtLogger },
): Promise<OverzichtUitkomst> {
  const nu = ctx.klok();
  const datum = vandaagInNederland(nu);
  const link = takenLink(opties.basisUrl);
  let verzonden = 0;
  let overgeslagen = 0;
  let mislukt = 0;
  for (const ontvanger of await actieveGebruikersMetEmail(ctx.db)) {
    let geclaimd = false;
    try {
      const taken = await takenVoorPersoon(ctx.db, { id: ontvanger.id, organisatieId: ontvanger.organisatieId, rollen: ontvanger.rollen, actief: true }, nu);
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

async function geefVrij(ctx: AppContext, gebruikerId: string, datum: string, logger: OverzichtLogger | undefined): Promise<void> {
  try {
    await geefOverzichtVrij(ctx.db, gebruikerId, datum);
  } catch (fout) {
    // The claim stays: this person misses today's digest rather than the run stopping for everyone.
    logger?.error({ gebruikerId, ...foutKenmerken(fout) }, "claim op takenoverzicht niet vrijgegeven");
  }
}

/** The error's name and codes, never its message (see above). */
function foutKenmerken(fout: unknown): { fout: string; code?: string; smtpCode?: number } {
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

/** How often the schedule looks at the clock: the digest goes out at most this long after the hour. */
export const CONTROLE_INTERVAL_MS = 5 * 60_000;
/** Runs per Dutch date before the schedule gives up until tomorrow: about a quarter of an hour of retries. */
export const MAX_POGINGEN_PER_DAG = 4;

const UUR_IN_NEDERLAND = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "numeric", hourCycle: "h23" });

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
