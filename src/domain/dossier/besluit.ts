import { adviesVoorBesluit } from "../afweging/afwegingskader.ts";
import { DomeinFout, veldFout } from "../fouten.ts";
import type { DOCUMENTEERT } from "../organisatie/protocol.ts";
import type { GegevensVan } from "./gebeurtenis.ts";
import type { Rol } from "./keuzes.ts";
import type { DossierToestand, Vastlegging } from "./toestand.ts";
import { datumInNederland } from "../tijd/nederlandse-tijd.ts";

/**
 * Decisions by the person who decides (decision 0020). Only the eindverantwoordelijke, or the
 * aandachtsfunctionaris when the organisation's protocol names that role for the decision step,
 * takes the decision, and always in their own name: whoever records it is who took it. Anyone
 * else with access to the case proposes; the proposal waits, with the proposer's name, until a
 * decider confirms it or decides otherwise with a reason.
 */

/**
 * The roles that decide, given the role the organisation's protocol names for the decision step.
 * The eindverantwoordelijke always decides. A protocol that names the aandachtsfunctionaris adds
 * that role; one that names the medewerker adds nothing: the one who raises a worry never decides
 * about it alone.
 */
export function besluitRollen(protocolRol: (typeof DOCUMENTEERT)[number]): readonly Rol[] {
  return protocolRol === "aandachtsfunctionaris"
    ? ["eindverantwoordelijke", "aandachtsfunctionaris"]
    : ["eindverantwoordelijke"];
}

/** May a person with these roles take the decision? */
export function magBesluiten(rollen: readonly Rol[], beslissers: readonly Rol[]): boolean {
  return rollen.some((r) => beslissers.includes(r));
}

/** Who gets the tasks "decision asked" and "proposal waiting": the deciders and the aandachtsfunctionaris, who coordinates. */
export function krijgtBesluitTaken(rollen: readonly Rol[]): boolean {
  return rollen.includes("eindverantwoordelijke") || rollen.includes("aandachtsfunctionaris");
}

/** A choice other than the afwegingskader's advice (or before it has one) must say why: the same rule for a proposal and a decision. */
function controleerAfwijking(
  toestand: DossierToestand,
  besluit: { besluit: string; afwijkingMotivering?: string | undefined },
): void {
  const advies = adviesVoorBesluit(toestand.afweging);
  if (advies !== besluit.besluit && !besluit.afwijkingMotivering) {
    throw veldFout(
      "gegevens.afwijkingMotivering",
      advies === null ? "fout.motivering_zonder_afweging" : "fout.motivering_bij_afwijking",
    );
  }
}

/**
 * A proposal: by someone who does not decide (a decider takes the decision at once). A deviation
 * from the afwegingskader's advice must be motivated, as in a decision, so the decider reads why.
 */
export function beoordeelVoorstel(
  toestand: DossierToestand,
  voorstel: GegevensVan<"besluit_voorgesteld">,
  isBeslisser: boolean,
): void {
  if (isBeslisser) throw veldFout("type", "fout.beslisser_besluit_zelf");
  controleerAfwijking(toestand, voorstel);
}

/**
 * A decision: only by a decider, never on someone else's behalf. When a proposal waits, the
 * decision settles it: the domain records which one, and a decision other than proposed needs a
 * reason. A deviation from the afwegingskader's advice needs its motivation as before.
 */
export function beoordeelBesluit(
  toestand: DossierToestand,
  besluit: GegevensVan<"besluit_genomen">,
  isBeslisser: boolean,
): GegevensVan<"besluit_genomen"> {
  if (!isBeslisser) throw new DomeinFout("GEEN_TOEGANG", [{ veld: "type", sleutel: "fout.alleen_beslisser" }]);
  if (besluit.genomenDoor !== undefined) throw veldFout("gegevens.genomenDoor", "fout.genomen_door_vervallen");
  controleerAfwijking(toestand, besluit);
  const { voorstel: _genegeerd, ...rest } = besluit;
  const open = toestand.openVoorstel;
  if (open === null) return { ...rest, wijzigingReden: undefined };
  if (open.gegevens.besluit !== besluit.besluit && !besluit.wijzigingReden)
    throw veldFout("gegevens.wijzigingReden", "fout.wijziging_zonder_reden");
  return {
    ...rest,
    voorstel: open.gebeurtenisId,
    ...(open.gegevens.besluit === besluit.besluit ? { wijzigingReden: undefined } : {}),
  };
}

/** Who took a decision: the person who recorded it, or, in an event stored before decision 0020, the one it named. */
export function beslisserVan(besluit: Vastlegging<"besluit_genomen">): {
  readonly id: string;
  readonly naam: string | null;
} {
  const genoemd = besluit.gegevens.genomenDoor;
  if (genoemd !== undefined && genoemd !== besluit.vastgelegdDoor.id) return { id: genoemd, naam: null };
  return { id: besluit.vastgelegdDoor.id, naam: besluit.vastgelegdDoor.naam };
}

/** The proposal a decision settled, if any. */
export function voorstelVan(
  toestand: Pick<DossierToestand, "voorstellen">,
  besluit: Vastlegging<"besluit_genomen">,
): Vastlegging<"besluit_voorgesteld"> | null {
  const id = besluit.gegevens.voorstel;
  return id === undefined ? null : (toestand.voorstellen.find((v) => v.gebeurtenisId === id) ?? null);
}

export type BesluitVraag =
  | {
      readonly soort: "voorstel_beoordelen";
      readonly sinds: string;
      readonly voorstel: Vastlegging<"besluit_voorgesteld">;
    }
  | { readonly soort: "besluit_nemen"; readonly sinds: string };

const datumVan = (iso: string) => (iso === "" ? "" : datumInNederland(iso));

/**
 * What the deciders are asked on an open case: a proposal waits (the newest one after the last
 * decision), or the weighing has its outcome and nobody decided yet. Null otherwise. `sinds` is the
 * day it was asked, as a Dutch calendar day.
 */
export function besluitVraag(toestand: DossierToestand): BesluitVraag | null {
  if (toestand.status === "gesloten") return null;
  const voorstel = toestand.openVoorstel;
  if (voorstel) return { soort: "voorstel_beoordelen", sinds: datumVan(voorstel.vastgelegdOp), voorstel };
  if (toestand.besluiten.length > 0 || !wegingKlaar(toestand)) return null;
  const laatsteAntwoord = Object.values(toestand.antwoorden)
    .map((a) => a.beantwoordOp)
    .sort()
    .at(-1);
  return { soort: "besluit_nemen", sinds: datumVan(laatsteAntwoord ?? toestand.laatsteOp ?? "") };
}

/** The weighing has an outcome the decision can follow: also "report" after question 2, when 3 to 5 are for Veilig Thuis. */
function wegingKlaar(toestand: DossierToestand): boolean {
  return adviesVoorBesluit(toestand.afweging) !== null;
}

/**
 * The eindverantwoordelijke is asked to decide, and from then on sees the dossier, once the
 * weighing has an outcome, a proposal was made, or a decision exists.
 */
export function besluitGevraagd(toestand: DossierToestand): boolean {
  return toestand.besluiten.length > 0 || toestand.voorstellen.length > 0 || wegingKlaar(toestand);
}
