import type { Gebeurtenis } from "../../src/domain/dossier/gebeurtenis.ts";
import { lijstKolommen, type LijstKolommen } from "../../src/domain/dossier/lijstkolommen.ts";
import { bouwToestand, type DossierToestand } from "../../src/domain/dossier/toestand.ts";

/** The columns of `dossiers` that are derived from the events (the rest is who opened it, and when). */
export interface AfgeleideDossierKolommen extends LijstKolommen {
  readonly versie: number;
  readonly bijgewerktOp: Date;
}

/**
 * Everything the generator stores that is derived from a dossier's events rather than recorded: today
 * the list columns of `dossiers`. This is the ONE place that computes them, with the app's own domain
 * functions (as the append path does in `voeg-gebeurtenis-toe.ts`), so a projection added later (a
 * stored state, task facts) is added here as another member and the consistency check covers it.
 */
export interface AfgeleideRijen {
  readonly dossier: AfgeleideDossierKolommen;
}

/** Computes the derived rows of one dossier from its events, oldest first (at least the opening). */
export function afgeleideRijen(
  gebeurtenissen: readonly Gebeurtenis[],
  toestand: DossierToestand = bouwToestand(gebeurtenissen),
): AfgeleideRijen {
  const laatste = gebeurtenissen.at(-1);
  if (!laatste) throw new Error("Een dossier zonder gebeurtenissen heeft geen afgeleide gegevens.");
  return {
    dossier: {
      ...lijstKolommen(toestand),
      versie: toestand.versie,
      bijgewerktOp: new Date(laatste.opgetredenOp),
    },
  };
}
