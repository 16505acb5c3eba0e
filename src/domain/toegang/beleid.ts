import type { DossierSoort, GebeurtenisType, Rol } from "../dossier/keuzes.ts";

/**
 * Who may do what with a dossier: one declarative policy over plain data. Routes and use-cases ask
 * `kan(...)`; nothing else decides access. A refusal carries no reason on purpose: outside, a
 * refused dossier looks exactly like one that does not exist.
 */

export const ROLLEN = [
  "medewerker",
  "aandachtsfunctionaris",
  "eindverantwoordelijke",
  "beheerder",
  "logbeheerder",
] as const satisfies readonly Rol[];

/** Actions on one dossier. */
export const DOSSIER_ACTIES = [
  "bekijken",
  "toevoegen",
  "delen",
  "delen_intrekken",
  "toegang_bekijken",
  "inzage_overzicht",
  "afdrukken",
  "exporteren",
  "correctieverzoek_vastleggen",
  "correctieverzoek_beslissen",
  "zienswijze_toevoegen",
  "inzage_afschrift",
] as const;
export type DossierActie = (typeof DOSSIER_ACTIES)[number];

/** Actions that concern no single dossier. */
export const ALGEMENE_ACTIES = [
  "dossiers_lijst",
  "werkvoorraad",
  "cijfers",
  "dossier_aanmaken",
  "noodtoegang_vragen",
  "toegangslog_lezen",
  "gebruikers_beheren",
  "organisatie_beheren",
  "protocol_lezen",
  "eigen_account",
  "oefenen",
  "teamsessie_leiden",
  "vernietiging_bekijken",
  "vernietiging_voorstellen",
  "vernietiging_beoordelen",
  "bewaarplicht_beheren",
] as const;
export type AlgemeneActie = (typeof ALGEMENE_ACTIES)[number];

/** Why someone may see a dossier: the basis the access log records (NEN 7513). */
export const GRONDSLAGEN = [
  "eigen",
  "toegewezen",
  "gedeeld",
  "aandachtsfunctionaris",
  "eindverantwoordelijke",
  "noodtoegang",
] as const;
export type Grondslag = (typeof GRONDSLAGEN)[number];

export interface Persoon {
  readonly id: string;
  readonly organisatieId: string;
  readonly rollen: readonly Rol[];
  readonly actief: boolean;
}

/** The facts about one dossier that access depends on; loaded by the repository, nothing more. */
export interface DossierFeiten {
  readonly organisatieId: string;
  readonly aangemaaktDoor: string;
  /** Active (not revoked) assignments and shares. */
  readonly toegang: readonly {
    readonly gebruikerId: string;
    readonly soort: "toegewezen" | "gedeeld";
    readonly door: string;
  }[];
  /** Emergency access granted to people; `tot` is an ISO instant. */
  readonly noodtoegang: readonly { readonly gebruikerId: string; readonly tot: string }[];
  /** True once the weighing has an outcome or a decision exists: the eindverantwoordelijke is then asked to decide. */
  readonly besluitGevraagd: boolean;
  /** The dossier's route; `vermoeden_medewerker` has stricter rules (decision 0053). */
  readonly soort: DossierSoort;
  /** The staff member a `vermoeden_medewerker` case is about, when they are a user; null otherwise. */
  readonly betrokkenMedewerkerId: string | null;
}

export type Oordeel = { readonly toegestaan: true; readonly grondslag: Grondslag } | { readonly toegestaan: false };

const GEWEIGERD: Oordeel = Object.freeze({ toegestaan: false });
const CASUSROLLEN: readonly Rol[] = ["medewerker", "aandachtsfunctionaris", "eindverantwoordelijke"];

/**
 * The strongest basis a person has for a dossier, in this order: own, assigned, as
 * aandachtsfunctionaris, shared, as eindverantwoordelijke asked to decide, emergency access that
 * has not expired. Null: no basis at all. Inactive people and other organisations never have one.
 */
export function grondslagVoor(persoon: Persoon, dossier: DossierFeiten, nu: string): Grondslag | null {
  if (!persoon.actief || persoon.organisatieId !== dossier.organisatieId) return null;
  if (!persoon.rollen.some((r) => CASUSROLLEN.includes(r))) return null;
  // Before every other basis: no role, share, assignment or emergency access lets the staff member a
  // suspicion is about see it; even a case they opened themselves (decision 0053).
  if (isVerborgenVoor(persoon, dossier)) return null;
  if (dossier.aangemaaktDoor === persoon.id) return "eigen";
  const eigen = dossier.toegang.filter((t) => t.gebruikerId === persoon.id);
  if (eigen.some((t) => t.soort === "toegewezen")) return "toegewezen";
  // The aandachtsfunctionaris role gives more than a share does, so it counts first.
  if (persoon.rollen.includes("aandachtsfunctionaris")) return "aandachtsfunctionaris";
  if (eigen.some((t) => t.soort === "gedeeld")) return "gedeeld";
  // The board is told of a suspicion against a colleague at once, not only when a decision is asked.
  if (
    persoon.rollen.includes("eindverantwoordelijke") &&
    (dossier.besluitGevraagd || dossier.soort === "vermoeden_medewerker")
  )
    return "eindverantwoordelijke";
  if (dossier.noodtoegang.some((n) => n.gebruikerId === persoon.id && n.tot > nu)) return "noodtoegang";
  return null;
}

/**
 * True when this person is the staff member a suspicion is about: for them the case does not exist.
 * Every path (view, lists, search, tasks, emergency access, shares, the log) answers as for an
 * unknown dossier.
 */
export function isVerborgenVoor(
  persoon: Pick<Persoon, "id">,
  dossier: Pick<DossierFeiten, "soort" | "betrokkenMedewerkerId">,
): boolean {
  return dossier.soort === "vermoeden_medewerker" && dossier.betrokkenMedewerkerId === persoon.id;
}

/**
 * Which dossiers a list pre-selects for this person, besides their own, shared and emergency ones:
 * all of the organisation's (aandachtsfunctionaris), and those with a decision asked
 * (eindverantwoordelijke). Only a narrowing for the query: `kan` still decides every row.
 */
export function lijstBereik(persoon: Persoon): { readonly alleDossiers: boolean; readonly besluitGevraagde: boolean } {
  return {
    alleDossiers: persoon.rollen.includes("aandachtsfunctionaris"),
    besluitGevraagde: persoon.rollen.includes("eindverantwoordelijke"),
  };
}

/** What each basis allows beyond reading and adding. */
const MAG_DELEN: readonly Grondslag[] = ["eigen", "toegewezen", "aandachtsfunctionaris"];
/** A suspicion against a colleague is shared only by the aandachtsfunctionaris or the board (need-to-know, decision 0053). */
const DELEN_MEDEWERKER: readonly Rol[] = ["aandachtsfunctionaris", "eindverantwoordelijke"];

function magDelen(persoon: Persoon, grondslag: Grondslag, dossier: DossierFeiten): boolean {
  if (dossier.soort === "vermoeden_medewerker") return persoon.rollen.some((r) => DELEN_MEDEWERKER.includes(r));
  return MAG_DELEN.includes(grondslag);
}

/** Who answers a family's request for correction or removal: the organisation's responsible roles, not the author of the entry. */
const BESLISSEN_OVER_VERZOEK: readonly Rol[] = ["aandachtsfunctionaris", "eindverantwoordelijke"];

/**
 * May someone with these roles and this basis decide a family's request? Emergency access is for
 * reading in a hurry, not for answering a request. `kan` asks this; pages ask it to offer the form.
 */
export function magOverVerzoekBeslissen(rollen: readonly Rol[], grondslag: Grondslag): boolean {
  return grondslag !== "noodtoegang" && rollen.some((r) => BESLISSEN_OVER_VERZOEK.includes(r));
}

/**
 * The action an append asks for, by the event's type: the family's rights have their own actions,
 * so the page and `POST /api/dossiers/{id}/gebeurtenissen` are judged alike. An unknown type asks
 * `toevoegen`; the domain then refuses the type itself.
 */
export function actieVoorGebeurtenis(type: unknown): DossierActie {
  switch (type as GebeurtenisType) {
    case "correctieverzoek_vastgelegd":
      return "correctieverzoek_vastleggen";
    case "correctieverzoek_beslist":
      return "correctieverzoek_beslissen";
    case "zienswijze_toegevoegd":
      return "zienswijze_toevoegen";
    // The entries of a family's copy: the responsible roles only (decision 0048).
    case "inzageverzoek_ontvangen":
    case "inzage_voorbereid":
    case "inzage_verstrekt":
      return "inzage_afschrift";
    default:
      return "toevoegen";
  }
}

/**
 * Who prepares and hands over a copy for a family (AVG article 15): the people responsible for the
 * Meldcode in the organisation, not every colleague on the case (decision 0048).
 */
const AFSCHRIFT_ROLLEN: readonly Rol[] = ["aandachtsfunctionaris", "eindverantwoordelijke"];

/** Whether these roles can prepare a copy at all; `kan` still decides per dossier. For showing the page in the navigation. */
export function magAfschrift(rollen: readonly Rol[]): boolean {
  return rollen.some((r) => AFSCHRIFT_ROLLEN.includes(r));
}

/** Decides one action of one person on one dossier at instant `nu` (ISO). */
export function kan(persoon: Persoon, actie: DossierActie, dossier: DossierFeiten, nu: string): Oordeel {
  const grondslag = grondslagVoor(persoon, dossier, nu);
  if (grondslag === null) return GEWEIGERD;
  switch (actie) {
    case "bekijken":
    case "toevoegen":
    case "toegang_bekijken":
    case "inzage_overzicht":
    case "afdrukken":
    case "exporteren":
    case "correctieverzoek_vastleggen":
    case "zienswijze_toevoegen":
      return { toegestaan: true, grondslag };
    case "correctieverzoek_beslissen":
      return magOverVerzoekBeslissen(persoon.rollen, grondslag) ? { toegestaan: true, grondslag } : GEWEIGERD;
    case "delen":
      return magDelen(persoon, grondslag, dossier) ? { toegestaan: true, grondslag } : GEWEIGERD;
    case "delen_intrekken":
      // Whoever may share may revoke; the person who shared may always undo their own share (checked per share).
      return magDelen(persoon, grondslag, dossier) ? { toegestaan: true, grondslag } : GEWEIGERD;
    case "inzage_afschrift":
      // Any basis to see the case, held by someone with a responsible role (an emergency basis included:
      // the log shows it, and the role already sees the case it answers for).
      return magAfschrift(persoon.rollen) ? { toegestaan: true, grondslag } : GEWEIGERD;
  }
}

/** May this person take back this particular share or assignment? */
export function magIntrekken(
  persoon: Persoon,
  dossier: DossierFeiten,
  toegang: { readonly door: string },
  nu: string,
): Oordeel {
  const algemeen = kan(persoon, "delen_intrekken", dossier, nu);
  if (algemeen.toegestaan) return algemeen;
  const grondslag = grondslagVoor(persoon, dossier, nu);
  return grondslag !== null && toegang.door === persoon.id ? { toegestaan: true, grondslag } : GEWEIGERD;
}

/** Decides an action that concerns no single dossier. */
export function kanAlgemeen(persoon: Persoon, actie: AlgemeneActie): boolean {
  if (!persoon.actief) return false;
  const heeft = (...rollen: Rol[]) => rollen.some((r) => persoon.rollen.includes(r));
  switch (actie) {
    case "dossiers_lijst":
    case "dossier_aanmaken":
      return heeft("medewerker", "aandachtsfunctionaris", "eindverantwoordelijke");
    case "noodtoegang_vragen":
    case "werkvoorraad":
      return heeft("aandachtsfunctionaris", "eindverantwoordelijke");
    case "cijfers":
      // Aggregated figures with small numbers suppressed (decision 0047): also for the beheerder, who sees no case.
      return heeft("aandachtsfunctionaris", "eindverantwoordelijke", "beheerder");
    case "toegangslog_lezen":
      return heeft("logbeheerder");
    case "gebruikers_beheren":
    case "organisatie_beheren":
      // Two actions for one role today: the organisation's settings (protocol, documents, retention,
      // single sign-on) are a different thing to authorise and log than its people.
      return heeft("beheerder");
    case "teamsessie_leiden":
      // The aandachtsfunctionaris leads the team's practice (issue 12); anyone may join with the code.
      return heeft("aandachtsfunctionaris");
    case "protocol_lezen":
    case "eigen_account":
    case "oefenen":
      return true;
    // Destruction at the end of the retention term (decision 0050): the beheerder proposes; a second
    // beheerder or the eindverantwoordelijke judges (never the proposer: `beoordeelGoedkeuring`). The
    // list shows references and dates only, no content, so both may see it.
    case "vernietiging_bekijken":
    case "vernietiging_beoordelen":
    case "bewaarplicht_beheren":
      return heeft("beheerder", "eindverantwoordelijke");
    case "vernietiging_voorstellen":
      return heeft("beheerder");
  }
}

/** Who may be given a share: an active colleague in the same organisation with a case role, not already having a basis. */
export function magOntvangen(ontvanger: Persoon, dossier: DossierFeiten, nu: string): boolean {
  return (
    ontvanger.actief &&
    ontvanger.organisatieId === dossier.organisatieId &&
    ontvanger.rollen.some((r) => CASUSROLLEN.includes(r)) &&
    !isVerborgenVoor(ontvanger, dossier) &&
    !["eigen", "toegewezen", "gedeeld"].includes(grondslagVoor(ontvanger, dossier, nu) ?? "")
  );
}

/** Emergency access lasts at most this long. */
export const NOODTOEGANG_DUUR_MS = 24 * 60 * 60 * 1000;
