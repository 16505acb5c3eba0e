import type { DossierToestand } from "../../domain/dossier/toestand.ts";
import { maakMeldingConcept, zienswijzenNaConcept, type ConceptContext } from "../../domain/melding/concept.ts";
import { controleerFeitelijkheid, type Bevinding } from "../../domain/melding/feitelijkheid.ts";
import type { FEITELIJKE_VELDEN, MeldingInhoud } from "../../domain/melding/melding.ts";
import { controleerMeldrecht, type MeldrechtControle } from "../../domain/melding/meldrecht.ts";
import { weigeringVersturen } from "../../domain/melding/versturen.ts";

export interface MeldingPagina {
  /** The latest saved draft, or a draft built from the dossier when none was saved yet. */
  readonly inhoud: MeldingInhoud;
  readonly opgeslagen: boolean;
  /** The family's views added after the saved draft: not in the report until the draft is saved with them. */
  readonly zienswijzenNaConcept: string | null;
  /** Whether the saved draft changed after the last report was sent (a new version to send): the domain's send rule. */
  readonly gewijzigdNaVersturen: boolean;
  readonly bevindingen: Readonly<Record<(typeof FEITELIJKE_VELDEN)[number], readonly Bevinding[]>>;
  readonly controle: MeldrechtControle;
  readonly verstuurd: readonly {
    readonly versie: number;
    readonly datum: string;
    readonly tijd: string;
    readonly wijze: string;
    readonly contactpersoon: string;
    readonly referentie: string | null;
    readonly hash: string;
  }[];
}

/**
 * What the report pages show (the page and its check page), a pure function of the dossier's state
 * read in the page's gate transaction (`bekijkMeldingPagina`): the draft, the factuality findings
 * per free-text field, and the meldrecht check.
 */
export function maakMeldingPagina(
  toestand: DossierToestand,
  context: ConceptContext,
  taal: "nl" | "en",
): MeldingPagina {
  const concept = toestand.meldingConcept;
  const inhoud = concept?.gegevens.inhoud ?? maakMeldingConcept(toestand, context);
  const laatste = toestand.meldingen.at(-1);
  return {
    inhoud,
    opgeslagen: concept !== null,
    zienswijzenNaConcept: zienswijzenNaConcept(toestand) ?? null,
    gewijzigdNaVersturen: laatste !== undefined && weigeringVersturen(toestand) === null,
    bevindingen: {
      onveiligNu: controleerFeitelijkheid(inhoud.onveiligNu, taal),
      feiten: controleerFeitelijkheid(inhoud.feiten, taal),
      risicofactoren: controleerFeitelijkheid(inhoud.risicofactoren ?? "", taal),
    },
    controle: controleerMeldrecht(toestand, concept ? inhoud : null),
    verstuurd: toestand.meldingen.map((m, i) => ({
      versie: i + 1,
      datum: m.gegevens.datum,
      tijd: m.gegevens.tijd,
      wijze: m.gegevens.wijze,
      contactpersoon: m.gegevens.contactpersoon,
      referentie: m.gegevens.referentie ?? null,
      hash: m.gegevens.hash,
    })),
  };
}
