import type { DossierToestand } from "../dossier/toestand.ts";
import { versneldeRoute } from "../dossier/versnelde-route.ts";
import type { MeldingInhoud } from "./melding.ts";
import { openPlekken } from "./concept.ts";

/**
 * What the check page lists before a report is marked sent: what a careful report needs under the
 * meldrecht (seed 004, and the Meldcode's own conditions). It warns, it never blocks: a report in
 * acute danger goes out at once, and the page says so.
 */

export const MELDRECHT_PUNTEN = [
  "deskundige_geraadpleegd",
  "feiten_verzameld",
  "belangen_gewogen",
  "gezin_geinformeerd",
  "concept_ingevuld",
] as const;
export type MeldrechtPunt = (typeof MELDRECHT_PUNTEN)[number];

export interface MeldrechtControle {
  readonly punten: readonly { readonly punt: MeldrechtPunt; readonly voldaan: boolean }[];
  readonly ontbreekt: readonly MeldrechtPunt[];
  /** Acute danger: report now, whatever is missing. */
  readonly acuut: boolean;
  /** Placeholders the draft still holds, such as "[telefoonnummer en tijden]". */
  readonly openPlekken: readonly string[];
}

export function controleerMeldrecht(t: DossierToestand, inhoud: MeldingInhoud | null): MeldrechtControle {
  const open = inhoud ? openPlekken(inhoud) : [];
  const ouders =
    t.gesprekken.some((g) => g.gegevens.met === "ouders") ||
    t.gesprekkenNietGevoerd.some((g) => g.gegevens.met === "ouders");
  const voldaan: Record<MeldrechtPunt, boolean> = {
    // An expert: the aandachtsfunctionaris, a behavioural scientist, Veilig Thuis, or another specialist; a colleague alone is not enough.
    deskundige_geraadpleegd: t.consultaties.some((c) => c.gegevens.met !== "collega"),
    feiten_verzameld: t.disclosure || t.signalen.some((s) => s.gegevens.soort === "signaal"),
    belangen_gewogen: t.besluiten.length > 0 && (t.disclosure || t.afweging.pad.some((p) => p.vraag === 2)),
    gezin_geinformeerd:
      ouders && (inhoud === null || inhoud.gezinGeinformeerd === "ja" || inhoud.grondNietGeinformeerd !== undefined),
    concept_ingevuld: inhoud !== null && open.length === 0,
  };
  const punten = [...MELDRECHT_PUNTEN].map((punt) => ({ punt, voldaan: voldaan[punt] }));
  const route = versneldeRoute(t);
  return {
    punten,
    ontbreekt: punten.filter((p) => !p.voldaan).map((p) => p.punt),
    acuut: inhoud?.urgentie === "acuut" || route?.dreigingAcuut === true || t.acuteContacten.length > 0,
    openPlekken: open,
  };
}
