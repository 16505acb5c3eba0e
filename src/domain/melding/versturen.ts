import type { Verzending } from "../dossier/gebeurtenis.ts";
import type { DossierToestand } from "../dossier/toestand.ts";
import { veldFout } from "../fouten.ts";
import { meldingHash } from "./melding.ts";

/**
 * Why the dossier has no report to send now, or null when it has (decisions 0017 and 0030). Without
 * a saved draft there is nothing to send. A draft not saved again since the last report, or saved
 * again with exactly the content already sent, was sent: sending it again would only duplicate it.
 */
export function weigeringVersturen(toestand: DossierToestand): "fout.eerst_concept" | "fout.al_verstuurd" | null {
  const concept = toestand.meldingConcept;
  if (!concept) return "fout.eerst_concept";
  const laatste = toestand.meldingen.at(-1);
  if (!laatste) return null;
  if (concept.vastgelegdOp <= laatste.vastgelegdOp) return "fout.al_verstuurd";
  if (meldingHash(concept.gegevens.inhoud) === laatste.gegevens.hash) return "fout.al_verstuurd";
  return null;
}

/**
 * The data of `melding_verstuurd` for a dossier as it stands: the latest saved draft, frozen with its
 * hash, and how and when it went. `beoordeelGebeurtenis` calls this on every entry path, page and API
 * alike: the caller never gives the content.
 */
export function meldingAlsVerstuurd(toestand: DossierToestand, verzending: Verzending): Record<string, unknown> {
  const weigering = weigeringVersturen(toestand);
  if (weigering) throw veldFout("type", weigering);
  const inhoud = toestand.meldingConcept!.gegevens.inhoud;
  return { ...verzending, inhoud, hash: meldingHash(inhoud) };
}
