import { dagenNa, werkdagenNa, werkdagenTussen } from "../tijd/werkdagen.ts";
import { maakTakenlijst } from "./takenlijst.ts";
import type { DossierToestand, MonitoringPeriode, Vastlegging } from "./toestand.ts";
import { versneldeRoute } from "./versnelde-route.ts";
import { routeVoortgang, soortVan } from "./route.ts";

/**
 * After the decision (seed 001): professionals hear nothing for weeks after a report, step 5 outcomes
 * go unrecorded, and families needing long support drop out of sight. These pure functions say what is
 * due on a case on a given day; the task list, the case pages and the daily digest all use them.
 * Dates are calendar dates in the Netherlands (YYYY-MM-DD).
 */

/** Veilig Thuis lets the melder know within five working days what it does with a report. */
export const VT_ANTWOORD_WERKDAGEN = 5;
/** A case without any entry for this many working days, before a decision, is flagged as lying still. */
export const STIL_WERKDAGEN = 10;

const datumVan = (iso: string) => iso.slice(0, 10);

export interface VtAntwoordStand {
  readonly melding: Vastlegging<"melding_verstuurd">;
  /** The last day the answer is expected: five working days after the report, public holidays counted. */
  readonly verwachtUiterlijk: string;
  readonly reactie: Vastlegging<"vt_reactie_vastgelegd"> | null;
  readonly teLaat: boolean;
}

/** The latest report and whether Veilig Thuis' answer to it came in time. */
export function vtAntwoordStand(t: DossierToestand, vandaag: string): VtAntwoordStand | null {
  const melding = t.meldingen.at(-1);
  if (!melding) return null;
  const reactie = t.vtReacties.find((r) => r.vastgelegdOp > melding.vastgelegdOp) ?? null;
  const verwachtUiterlijk = werkdagenNa(melding.gegevens.datum, VT_ANTWOORD_WERKDAGEN);
  return { melding, verwachtUiterlijk, reactie, teLaat: reactie === null && vandaag > verwachtUiterlijk };
}

export interface HulpStand {
  readonly gestart: Vastlegging<"hulp_gestart">;
  readonly evaluaties: readonly Vastlegging<"evaluatie_vastgelegd">[];
  readonly afspraken: readonly Vastlegging<"hulp_afspraak_vastgelegd">[];
  /** False once an evaluation ended the help (monitoring, closing, or a report). */
  readonly lopend: boolean;
  readonly volgendeEvaluatie: string | null;
  readonly evaluatieNodig: boolean;
}

/** The latest help: its agreements and evaluations, and when afwegingsvraag 5 is asked again. */
export function hulpStand(t: DossierToestand, vandaag: string): HulpStand | null {
  const gestart = t.hulp.at(-1);
  if (!gestart) return null;
  const evaluaties = t.evaluaties.filter((e) => e.vastgelegdOp > gestart.vastgelegdOp);
  const afspraken = t.afspraken.filter((a) => a.vastgelegdOp > gestart.vastgelegdOp);
  const laatste = evaluaties.at(-1)?.gegevens;
  const lopend = laatste === undefined || laatste.vervolg === "hulp_voortzetten";
  const volgendeEvaluatie = !lopend ? null : (laatste?.volgendeEvaluatieOp ?? gestart.gegevens.evaluatieOp);
  return {
    gestart,
    evaluaties,
    afspraken,
    lopend,
    volgendeEvaluatie,
    evaluatieNodig: volgendeEvaluatie !== null && volgendeEvaluatie <= vandaag,
  };
}

export interface MonitoringStand {
  readonly periode: MonitoringPeriode;
  readonly volgendeCheck: string;
  readonly checkNodig: boolean;
}

/** The running monitoring period, and when the next safety check is due. */
export function monitoringStand(t: DossierToestand, vandaag: string): MonitoringStand | null {
  const periode = t.monitoring.at(-1);
  if (!periode || periode.einde !== null) return null;
  const vanaf = periode.checks.at(-1)?.gegevens.datum ?? datumVan(periode.start.vastgelegdOp);
  const volgendeCheck = dagenNa(vanaf, periode.start.gegevens.ritmeWeken * 7);
  return { periode, volgendeCheck, checkNodig: volgendeCheck <= vandaag };
}

/**
 * The third meldnorm: unsafety does not stop, or comes back, while help or monitoring runs. A new
 * worrying signal after the help or monitoring started, or an unsafe safety check, prompts it.
 */
export function derdeMeldnorm(t: DossierToestand, vandaag: string): boolean {
  const hulp = hulpStand(t, vandaag);
  const monitoring = monitoringStand(t, vandaag);
  const sinds = [
    hulp?.lopend ? hulp.gestart.vastgelegdOp : null,
    monitoring ? monitoring.periode.start.vastgelegdOp : null,
  ]
    .filter((s): s is string => s !== null)
    .sort()[0];
  if (sinds === undefined) return false;
  const nieuwSignaal = t.signalen.some((s) => s.gegevens.soort !== "tegenindicatie" && s.vastgelegdOp > sinds);
  const onveiligeCheck = monitoring?.periode.checks.some((c) => c.gegevens.uitkomst === "onveilig") ?? false;
  const alGemeld = t.meldingen.some((m) => m.vastgelegdOp > sinds);
  return (nieuwSignaal || onveiligeCheck) && !alGemeld;
}

/** A report is due: the decision or an evaluation says report, and none went out after it. */
export function meldingNodig(t: DossierToestand): string | null {
  const besluit = t.besluiten.at(-1);
  const evaluatie = t.evaluaties.at(-1);
  const momenten = [
    besluit && (besluit.gegevens.besluit === "melden" || besluit.gegevens.besluit === "melden_en_hulp")
      ? besluit.vastgelegdOp
      : null,
    evaluatie?.gegevens.vervolg === "melden" ? evaluatie.vastgelegdOp : null,
  ]
    .filter((m): m is string => m !== null)
    .sort();
  const sinds = momenten.at(-1);
  if (sinds === undefined || t.meldingen.some((m) => m.vastgelegdOp > sinds)) return null;
  return datumVan(sinds);
}

/**
 * The kinds of task, most urgent first. "voorstel_beoordelen" and "besluit_nemen" are the deciders'
 * and the aandachtsfunctionaris' (`besluitVraag` in besluit.ts); the others are for whoever is
 * responsible for the case (`takenVoorDossier`).
 */
export const TAAK_SOORTEN = [
  "vt_bellen",
  "melding_versturen",
  "voorstel_beoordelen",
  "besluit_nemen",
  "derde_meldnorm",
  "evaluatie",
  "veiligheidscheck",
  "gesprek_plannen",
  "stap_blijft_liggen",
] as const;
export type TaakSoort = (typeof TAAK_SOORTEN)[number];

export interface Taak {
  readonly soort: TaakSoort;
  /** The day it became due; null for a task without a date (a conversation to plan). */
  readonly sinds: string | null;
}

/** What is due on one case today, most urgent first. A closed case has no tasks. */
export function takenVoorDossier(t: DossierToestand, vandaag: string): Taak[] {
  if (t.status === "gesloten" || t.opening === null) return [];
  const taken: Taak[] = [];
  const vt = vtAntwoordStand(t, vandaag);
  if (vt?.teLaat) taken.push({ soort: "vt_bellen", sinds: werkdagenNa(vt.verwachtUiterlijk, 1) });
  const melden = meldingNodig(t);
  if (melden !== null) taken.push({ soort: "melding_versturen", sinds: melden });
  if (derdeMeldnorm(t, vandaag)) taken.push({ soort: "derde_meldnorm", sinds: null });
  const hulp = hulpStand(t, vandaag);
  if (hulp?.evaluatieNodig && hulp.volgendeEvaluatie) taken.push({ soort: "evaluatie", sinds: hulp.volgendeEvaluatie });
  const monitoring = monitoringStand(t, vandaag);
  if (monitoring?.checkNodig) taken.push({ soort: "veiligheidscheck", sinds: monitoring.volgendeCheck });
  if (t.besluiten.length === 0 && monitoring === null && hulp === null) {
    const oudersGedaan =
      t.gesprekken.some((g) => g.gegevens.met === "ouders") ||
      t.gesprekkenNietGevoerd.some((g) => g.gegevens.met === "ouders");
    // Not with a disclosure or a special route: there, talking with the parents waits for Veilig Thuis or the expert.
    // A route beside the Meldcode has no parents' conversation to plan, and lies still on its own steps (decisions 0053, 0054).
    const opRoute = soortVan(t) !== "meldcode";
    if (!opRoute && t.consultaties.length > 0 && !oudersGedaan && !t.disclosure && versneldeRoute(t) === null)
      taken.push({ soort: "gesprek_plannen", sinds: null });
    const laatste = datumVan(t.laatsteOp ?? vandaag);
    const open = opRoute
      ? routeVoortgang(t).some((s) => !s.gedaan)
      : maakTakenlijst(t).some((s) => s.status === "niet_gestart" || s.status === "bezig");
    if (open && laatste < vandaag && werkdagenTussen(laatste, vandaag) > STIL_WERKDAGEN) {
      taken.push({ soort: "stap_blijft_liggen", sinds: werkdagenNa(laatste, STIL_WERKDAGEN + 1) });
    }
  }
  return taken;
}
