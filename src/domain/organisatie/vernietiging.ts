/**
 * Destruction at the end of the retention term (decision 0050), as pure rules over plain facts. Who
 * may act at all is the policy's (`kanAlgemeen`: `vernietiging_voorstellen`, `vernietiging_beoordelen`,
 * `bewaarplicht_beheren`); these rules decide whether this case may go this way now. Each answers null
 * (allowed) or the reason it is not, as a translation key under `vernietiging.weigering`.
 */

/** Why a step of a destruction is refused. */
export type VernietigingWeigering =
  | "niet_gesloten"
  | "geen_bewaardatum"
  | "termijn_loopt"
  | "bewaarplicht"
  | "al_voorgesteld"
  | "geen_voorstel"
  | "eigen_voorstel"
  | "al_blokkade"
  | "geen_blokkade";

/** The facts of one case that destruction depends on, read under the case's row lock. */
export interface BewaarFeiten {
  /** The case is closed now (its last closing was not followed by a reopening). */
  readonly gesloten: boolean;
  /** `bewaarTot` of the newest closing event (YYYY-MM-DD); null when that closing recorded none. */
  readonly bewaarTot: string | null;
  /** An active legal hold (bewaarplicht) exists. */
  readonly bewaarplicht: boolean;
  /** The open proposal, if any: who made it. */
  readonly openVoorstel: { readonly door: string } | null;
}

/**
 * Is the retention term over on `vandaag` (YYYY-MM-DD, Dutch)? The case is kept *until and including*
 * its retention date, so it may go from the day after. Without a date it is never over: a case closed
 * before the date was recorded must first be judged by a person (decision 0050).
 */
export function isBewaartermijnVerstreken(bewaarTot: string | null, vandaag: string): boolean {
  return bewaarTot !== null && vandaag > bewaarTot;
}

function termijnOver(feiten: BewaarFeiten, vandaag: string): VernietigingWeigering | null {
  if (!feiten.gesloten) return "niet_gesloten";
  if (feiten.bewaarTot === null) return "geen_bewaardatum";
  if (!isBewaartermijnVerstreken(feiten.bewaarTot, vandaag)) return "termijn_loopt";
  if (feiten.bewaarplicht) return "bewaarplicht";
  return null;
}

/** May this case be proposed for destruction today? Closed, past its date, no legal hold, no open proposal. */
export function beoordeelVoorstel(feiten: BewaarFeiten, vandaag: string): VernietigingWeigering | null {
  return termijnOver(feiten, vandaag) ?? (feiten.openVoorstel ? "al_voorgesteld" : null);
}

/**
 * May `beoordelaar` approve the open proposal, which destroys the case? Everything the proposal needed
 * must still hold (the case may have been reopened, or a hold placed, since), and the approver must be
 * a second person: never the one who proposed.
 */
export function beoordeelGoedkeuring(
  feiten: BewaarFeiten,
  beoordelaar: string,
  vandaag: string,
): VernietigingWeigering | null {
  if (!feiten.openVoorstel) return "geen_voorstel";
  if (feiten.openVoorstel.door === beoordelaar) return "eigen_voorstel";
  return termijnOver(feiten, vandaag);
}

/**
 * May the open proposal be rejected? Any person with the role, the proposer included: rejecting keeps
 * the case, the safe direction, so it needs no second person and no hold stands in its way.
 */
export function beoordeelAfwijzing(feiten: BewaarFeiten): VernietigingWeigering | null {
  return feiten.openVoorstel ? null : "geen_voorstel";
}

/** May a legal hold be placed (`instellen`) or lifted (`opheffen`)? One active hold per case. */
export function beoordeelBewaarplicht(
  feiten: Pick<BewaarFeiten, "bewaarplicht">,
  wat: "instellen" | "opheffen",
): VernietigingWeigering | null {
  if (wat === "instellen") return feiten.bewaarplicht ? "al_blokkade" : null;
  return feiten.bewaarplicht ? null : "geen_blokkade";
}
