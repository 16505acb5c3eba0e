import type { DossierToestand } from "../dossier/toestand.ts";
import { veldFout } from "../fouten.ts";
import { meldingHash } from "./melding.ts";

/** How and when the report went, as the professional records it; validated with the event. */
export interface Verzending {
  readonly wijze: unknown;
  readonly datum: unknown;
  readonly tijd: unknown;
  readonly contactpersoon: unknown;
  readonly referentie?: unknown;
}

/**
 * The data of `melding_verstuurd` for a dossier as it stands: the latest saved draft, frozen with its
 * hash. Without a saved draft there is nothing to send; a draft not changed since the last report was
 * already sent, so sending it again would only make a duplicate version.
 */
export function meldingAlsVerstuurd(toestand: DossierToestand, verzending: Verzending): Record<string, unknown> {
  const concept = toestand.meldingConcept;
  if (!concept) throw veldFout("type", "fout.eerst_concept");
  const laatste = toestand.meldingen.at(-1);
  if (laatste && concept.vastgelegdOp <= laatste.vastgelegdOp) throw veldFout("type", "fout.al_verstuurd");
  const inhoud = concept.gegevens.inhoud;
  return { ...verzending, inhoud, hash: meldingHash(inhoud) };
}
