import { dagenNa, werkdagenNa } from "../tijd/werkdagen.ts";
import { besluitVraag } from "./besluit.ts";
import { maakTakenlijst } from "./takenlijst.ts";
import type { DossierToestand } from "./toestand.ts";
import {
  derdeMeldnorm,
  hulpStand,
  meldingNodig,
  monitoringStand,
  STIL_WERKDAGEN,
  vtAntwoordStand,
  type TaakSoort,
} from "./vervolg.ts";
import { versneldeRoute } from "./versnelde-route.ts";
import { routeVoortgang, soortVan } from "./route.ts";

/**
 * Tasks as facts that do not depend on today (decision 0032). A task becomes due on a day (after N
 * working days, on the evaluation date) and stays due until an event changes the case; so per case
 * the tasks are a list of facts with the day from which each is due, computed when an event is
 * appended and stored beside the case. "What is due today" is then these facts with `vanaf <= today`:
 * an indexed query instead of replaying every case. `takenVoorDossier` and `besluitVraag` stay the
 * definition; the tests prove that the facts, filtered on a day, give exactly their tasks.
 */

/** Due from the first day there is: the task does not wait for a date. */
export const ALTIJD = "0001-01-01";

/** Who gets the task: whoever is responsible for the case (opened or assigned), or the deciders. */
export type TaakVoor = "verantwoordelijken" | "beslissers";

export interface TaakFeit {
  readonly soort: TaakSoort;
  /** The day shown as "since" (as `Taak.sinds`); null for a task without a date. */
  readonly sinds: string | null;
  /** The first calendar day (YYYY-MM-DD, Dutch) on which the task is due. */
  readonly vanaf: string;
  readonly voor: TaakVoor;
}

/**
 * Every task the case can give, with the day from which each is due. Only the state is read, never
 * today: each rule of `takenVoorDossier` that looks at today does so as "today is on or after a
 * day", and that day is `vanaf`. The order is the order of `takenVoorDossier`, then the decision.
 */
export function taakFeiten(t: DossierToestand): TaakFeit[] {
  const feiten: TaakFeit[] = [];
  const verantwoordelijk = (soort: TaakSoort, sinds: string | null, vanaf: string) =>
    feiten.push({ soort, sinds, vanaf, voor: "verantwoordelijken" });
  if (t.status !== "gesloten" && t.opening !== null) {
    // vtAntwoordStand, hulpStand and monitoringStand use today only for their "due" flag; the rest is the state.
    const vt = vtAntwoordStand(t, ALTIJD);
    if (vt && vt.reactie === null)
      verantwoordelijk("vt_bellen", werkdagenNa(vt.verwachtUiterlijk, 1), dagenNa(vt.verwachtUiterlijk, 1));
    const melden = meldingNodig(t);
    if (melden !== null) verantwoordelijk("melding_versturen", melden, ALTIJD);
    if (derdeMeldnorm(t, ALTIJD)) verantwoordelijk("derde_meldnorm", null, ALTIJD);
    const hulp = hulpStand(t, ALTIJD);
    if (hulp?.volgendeEvaluatie) verantwoordelijk("evaluatie", hulp.volgendeEvaluatie, hulp.volgendeEvaluatie);
    const monitoring = monitoringStand(t, ALTIJD);
    if (monitoring) verantwoordelijk("veiligheidscheck", monitoring.volgendeCheck, monitoring.volgendeCheck);
    if (t.besluiten.length === 0 && monitoring === null && hulp === null) {
      // A route beside the Meldcode (decisions 0053, 0054) has no conversation with the parents to plan, and
      // lies still when its own steps do.
      const opRoute = soortVan(t) !== "meldcode";
      const oudersGedaan =
        t.gesprekken.some((g) => g.gegevens.met === "ouders") ||
        t.gesprekkenNietGevoerd.some((g) => g.gegevens.met === "ouders");
      if (!opRoute && t.consultaties.length > 0 && !oudersGedaan && !t.disclosure && versneldeRoute(t) === null)
        verantwoordelijk("gesprek_plannen", null, ALTIJD);
      const open = opRoute
        ? routeVoortgang(t).some((s) => !s.gedaan)
        : maakTakenlijst(t).some((s) => s.status === "niet_gestart" || s.status === "bezig");
      if (open && t.laatsteOp !== null) {
        // Lying still: more than STIL_WERKDAGEN working days after the last entry, so from the next working day after them.
        const stil = werkdagenNa(t.laatsteOp.slice(0, 10), STIL_WERKDAGEN + 1);
        verantwoordelijk("stap_blijft_liggen", stil, stil);
      }
    }
  }
  const vraag = besluitVraag(t);
  if (vraag) feiten.push({ soort: vraag.soort, sinds: vraag.sinds, vanaf: ALTIJD, voor: "beslissers" });
  return feiten;
}

/** The facts due on `vandaag` for one kind of receiver, as tasks. */
export function takenOp(
  feiten: readonly TaakFeit[],
  voor: TaakVoor,
  vandaag: string,
): { soort: TaakSoort; sinds: string | null }[] {
  return feiten.filter((f) => f.voor === voor && f.vanaf <= vandaag).map((f) => ({ soort: f.soort, sinds: f.sinds }));
}
