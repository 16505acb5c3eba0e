import { veldFout } from "../fouten.ts";
import type { GegevensVan } from "./gebeurtenis.ts";
import {
  ROUTE_STAPPEN_GEDRAG,
  ROUTE_STAPPEN_MEDEWERKER,
  type DossierSoort,
  type RouteStap,
  type Vlag,
} from "./keuzes.ts";
import type { DossierToestand, Vastlegging } from "./toestand.ts";

/**
 * The routes beside the Meldcode (decisions 0053, 0054): a suspicion against a staff member, and
 * harmful behaviour between children in the group. Each has its own steps, recorded as
 * `routestap_vastgelegd`; none of them blocks another, as in the Meldcode itself.
 */

/** The route of a dossier; a dossier opened before routes existed is a Meldcode dossier. */
export function soortVan(toestand: Pick<DossierToestand, "opening">): DossierSoort {
  return toestand.opening?.gegevens.soort ?? "meldcode";
}

/** The steps of a route in their order; the Meldcode's own steps are not route steps. */
export function stappenVanRoute(soort: DossierSoort): readonly RouteStap[] {
  switch (soort) {
    case "meldcode":
      return [];
    case "vermoeden_medewerker":
      return ROUTE_STAPPEN_MEDEWERKER;
    case "gedrag_kinderen":
      return ROUTE_STAPPEN_GEDRAG;
  }
}

/** The working names of the children of a gedrag_kinderen case, as recorded at opening (after corrections). */
export function kinderenVan(toestand: Pick<DossierToestand, "opening">): readonly string[] {
  return toestand.opening?.gegevens.kinderen ?? [];
}

export interface RouteStapStand {
  readonly stap: RouteStap;
  /** Every record of this step, oldest first. */
  readonly vastleggingen: readonly Vastlegging<"routestap_vastgelegd">[];
  /** Route gedrag_kinderen, step ouders_geinformeerd: the children whose parents have not been told yet. */
  readonly openVoorKinderen: readonly string[];
  readonly gedaan: boolean;
}

/** Where each step of the dossier's route stands. */
export function routeVoortgang(toestand: DossierToestand): readonly RouteStapStand[] {
  const kinderen = kinderenVan(toestand);
  return stappenVanRoute(soortVan(toestand)).map((stap) => {
    const vastleggingen = toestand.routestappen.filter((r) => r.gegevens.stap === stap);
    const perKind = stap === "ouders_geinformeerd" && soortVan(toestand) === "gedrag_kinderen";
    const openVoorKinderen = perKind
      ? kinderen.filter((k) => !vastleggingen.some((v) => zelfdeKind(v.gegevens.kind, k)))
      : [];
    return {
      stap,
      vastleggingen,
      openVoorKinderen,
      gedaan: perKind ? openVoorKinderen.length === 0 : vastleggingen.length > 0,
    };
  });
}

/** The latest flag given to the behaviour, or null before it was weighed. */
export function huidigeVlag(toestand: DossierToestand): Vlag | null {
  return toestand.routestappen.filter((r) => r.gegevens.stap === "gedrag_ingeschaald").at(-1)?.gegevens.vlag ?? null;
}

function zelfdeKind(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** True when `tekst` names `naam` as a word (any case), so "Tim" is found in "met Tim gespeeld" but not in "Timo". */
export function noemt(tekst: string, naam: string): boolean {
  const schoon = naam.trim();
  if (schoon === "") return false;
  const escaped = schoon.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(tekst);
}

/**
 * True when `tekst` names this child of the case: its whole working name, or the first word of it
 * when that is a name of two letters or more ("Sara" for "Sara (groep 3)"), because that is how
 * people write.
 */
export function noemtKind(tekst: string, werknaam: string): boolean {
  const eerste = /^[\p{L}][\p{L}'-]+/u.exec(werknaam.trim())?.[0];
  return noemt(tekst, werknaam) || (eerste !== undefined && noemt(tekst, eerste));
}

/**
 * Judges a route step against the dossier: it must belong to the dossier's route; on route
 * gedrag_kinderen, informing parents names exactly one child of the case, and what is written
 * for that family never names another child of the case (decision 0054).
 */
export function beoordeelRoutestap(toestand: DossierToestand, gegevens: GegevensVan<"routestap_vastgelegd">): void {
  const soort = soortVan(toestand);
  if (!stappenVanRoute(soort).includes(gegevens.stap)) throw veldFout("gegevens.stap", "fout.routestap_niet_op_route");
  if (soort !== "gedrag_kinderen") {
    if (gegevens.kind !== undefined) throw veldFout("gegevens.kind", "fout.kind_alleen_bij_gedrag");
    return;
  }
  const kinderen = kinderenVan(toestand);
  if (gegevens.kind !== undefined && !kinderen.some((k) => zelfdeKind(gegevens.kind, k)))
    throw veldFout("gegevens.kind", "fout.kind_onbekend");
  if (gegevens.stap === "ouders_geinformeerd" && gegevens.kind === undefined)
    throw veldFout("gegevens.kind", "fout.kind_verplicht");
  if (gegevens.kind !== undefined) {
    const ander = kinderen.find((k) => !zelfdeKind(gegevens.kind, k) && noemtKind(gegevens.toelichting, k));
    if (ander !== undefined) throw veldFout("gegevens.toelichting", "fout.ander_kind_genoemd");
  }
}

/** What one family of a gedrag_kinderen case may be shown or given on paper. */
export interface Gezinsoverzicht {
  readonly kind: string;
  readonly vlag: Vlag | null;
  /** Only the records made for this child's family; general records and other families' stay out. */
  readonly vastleggingen: readonly { readonly stap: RouteStap; readonly datum: string; readonly toelichting: string }[];
}

/**
 * The overview for one family: their own child's name, the flag given to the behaviour, and the
 * records made for this family only. Nothing else of the case is in it (not the working name, not
 * the description, not the general steps' free text), because any of those may name another child.
 * Null when `kind` is not a child of this case.
 */
export function gezinsoverzicht(toestand: DossierToestand, kind: string): Gezinsoverzicht | null {
  if (soortVan(toestand) !== "gedrag_kinderen") return null;
  const naam = kinderenVan(toestand).find((k) => zelfdeKind(kind, k));
  if (naam === undefined) return null;
  return {
    kind: naam,
    vlag: huidigeVlag(toestand),
    vastleggingen: toestand.routestappen
      .filter((r) => zelfdeKind(r.gegevens.kind, naam))
      .map((r) => ({ stap: r.gegevens.stap, datum: r.gegevens.datum, toelichting: r.gegevens.toelichting })),
  };
}
