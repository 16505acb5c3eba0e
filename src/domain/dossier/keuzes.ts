/**
 * The choice lists and names of the Meldcode dossier, without any validation library, so that the
 * browser bundle can use them. The schemas in gebeurtenis.ts are built on these.
 */

export const SIGNAAL_SOORTEN = ["vroeg_risico", "signaal", "tegenindicatie"] as const;
export const BRONNEN = ["eigen_waarneming", "collega", "andere_professional", "netwerk_gezin", "kind_zelf"] as const;
export const AANLEIDINGEN = ["zorg_om_kind", "zorg_om_volwassen_client"] as const;
export const KINDCHECK_AANLEIDINGEN = [
  "depressie", "verslaving", "huisuitzetting", "geweld_huisgenoten", "suicidepoging", "zwangerschap", "broers_zussen", "anders",
] as const;
export const CONSULTATIE_PARTNERS = [
  "collega", "aandachtsfunctionaris", "gedragswetenschapper", "veilig_thuis", "letseldeskundige", "deskundige_bijzondere_route", "anders",
] as const;
/** Consultations that count as the expert a special route requires (seed 003: always consult an expert). */
export const DESKUNDIGEN_BIJZONDERE_ROUTE: readonly (typeof CONSULTATIE_PARTNERS)[number][] = ["deskundige_bijzondere_route", "veilig_thuis"];
export const GESPREKSPARTNERS = ["ouders", "kind"] as const;
/** The reasons the Meldcode accepts for not talking with the family; "leeftijd" only for the child. */
export const GRONDEN_GEEN_GESPREK = ["veiligheid", "contact_verbroken", "vertrouwensrelatie", "leeftijd"] as const;
export const ANTWOORDEN = ["ja", "nee", "weet_niet"] as const;
export const BESLUITEN = ["melden", "melden_en_hulp", "hulp", "afsluiten"] as const;
export const NIET_VAN_TOEPASSING_STAPPEN = ["kindcheck"] as const;

export const GEBEURTENIS_TYPES = [
  "dossier_geopend", "signaal_vastgelegd", "kindcheck_uitgevoerd", "stap_niet_van_toepassing", "consultatie_gehouden",
  "gesprek_gevoerd", "gesprek_niet_gevoerd", "afweging_beantwoord", "besluit_genomen", "dossier_afgesloten", "dossier_heropend",
  "correctie", "acuut_contact", "participatie_bijgewerkt",
] as const;

/** A participation point is done (who did what, when) or does not apply (why). */
export const PARTICIPATIE_STATUSSEN = ["gedaan", "niet_van_toepassing"] as const;

/** Whom a professional called in acute danger; recorded afterwards, it never waits for the steps. */
export const ACUUT_CONTACTEN = ["alarmnummer_112", "veilig_thuis", "politie", "huisarts_of_spoedzorg", "anders"] as const;
export type GebeurtenisType = (typeof GEBEURTENIS_TYPES)[number];

/** Types whose content can be corrected by a later `correctie` event. */
export const CORRIGEERBAAR: readonly GebeurtenisType[] = [
  "dossier_geopend", "signaal_vastgelegd", "kindcheck_uitgevoerd", "consultatie_gehouden", "gesprek_gevoerd", "gesprek_niet_gevoerd",
  "acuut_contact",
];

/** The Meldcode steps as the task list shows them. */
export const STAPPEN = ["signalen", "kindcheck", "consultatie", "gesprek", "wegen", "beslissen"] as const;
export type Stap = (typeof STAPPEN)[number];
export type StapOfAlgemeen = Stap | "algemeen";

export type Rol = "medewerker" | "aandachtsfunctionaris" | "eindverantwoordelijke" | "beheerder" | "logbeheerder";

