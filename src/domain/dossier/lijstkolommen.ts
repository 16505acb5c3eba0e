import { besluitGevraagd } from "./besluit.ts";
import { faseVan } from "./takenlijst.ts";
import type { DossierToestand } from "./toestand.ts";
import { klokMomenten, versneldeRoute } from "./versnelde-route.ts";
import { vtAntwoordStand } from "./vervolg.ts";

/**
 * The list columns of `dossiers` (decisions 0032, 0045): what the dossier list and the werkvoorraad
 * filter and sort on, derived from the state and written in the transaction of every append. The
 * one function that computes them: the append, the rebuild of stale projections, the proof
 * (`projecties:controleer`) and the data generator all call it.
 */
export interface LijstKolommen {
  readonly werknaam: string;
  readonly fase: string;
  readonly besluitGevraagd: boolean;
  /** The Dutch date of the newest report while Veilig Thuis has not answered it; null otherwise or once closed. */
  readonly wachtOpVtSinds: string | null;
  /** When the accelerated route began (an ISO instant); null when no current signal is marked, or once closed. */
  readonly versneldSinds: string | null;
  /** The hour clock of an acute threat: its start, and the first expert consultation or acute call after it. */
  readonly versneldKlokStart: string | null;
  readonly versneldKlokActieOp: string | null;
}

export function lijstKolommen(toestand: DossierToestand): LijstKolommen {
  const open = toestand.status !== "gesloten";
  const vt = open ? vtAntwoordStand(toestand, "") : null;
  const route = open ? versneldeRoute(toestand) : null;
  const klok = open ? klokMomenten(toestand) : null;
  return {
    werknaam: toestand.opening?.gegevens.werknaam ?? "",
    fase: faseVan(toestand),
    besluitGevraagd: besluitGevraagd(toestand),
    wachtOpVtSinds: vt && vt.reactie === null ? vt.melding.gegevens.datum : null,
    versneldSinds: route?.sinds ?? null,
    versneldKlokStart: klok?.start ?? null,
    versneldKlokActieOp: klok?.actieOp ?? null,
  };
}
