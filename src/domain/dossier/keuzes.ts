/**
 * The choice lists and names of the Meldcode dossier, without any validation library, so that the
 * browser bundle can use them. The schemas in gebeurtenis.ts are built on these.
 */

export const SIGNAAL_SOORTEN = ["vroeg_risico", "signaal", "tegenindicatie"] as const;
export const BRONNEN = ["eigen_waarneming", "collega", "andere_professional", "netwerk_gezin", "kind_zelf"] as const;
export const AANLEIDINGEN = ["zorg_om_kind", "zorg_om_volwassen_client"] as const;
/**
 * The route a dossier follows (decisions 0053, 0054): the Meldcode itself; a suspicion against a staff
 * member of the organisation (stricter access, its own duties); harmful behaviour between children in
 * the group (several children, each family informed on its own).
 */
export const DOSSIER_SOORTEN = ["meldcode", "vermoeden_medewerker", "gedrag_kinderen"] as const;
export type DossierSoort = (typeof DOSSIER_SOORTEN)[number];
/** The steps of the route for a suspicion against a staff member (decision 0053), in their order. */
export const ROUTE_STAPPEN_MEDEWERKER = [
  "bestuur_geinformeerd",
  "kind_beschermd",
  "toezicht_ingelicht",
  "aangifte_afgewogen",
  "ouders_geinformeerd",
  "medewerker_gehoord",
] as const;
/** The steps of the route for harmful behaviour between children (decision 0054), in their order. */
export const ROUTE_STAPPEN_GEDRAG = [
  "gedrag_ingeschaald",
  "kinderen_veilig",
  "deskundige_geraadpleegd",
  "ouders_geinformeerd",
  "thuissituatie_gewogen",
] as const;
export const ROUTE_STAPPEN = [
  ...new Set([...ROUTE_STAPPEN_MEDEWERKER, ...ROUTE_STAPPEN_GEDRAG]),
] as unknown as readonly [
  (typeof ROUTE_STAPPEN_MEDEWERKER)[number] | (typeof ROUTE_STAPPEN_GEDRAG)[number],
  ...((typeof ROUTE_STAPPEN_MEDEWERKER)[number] | (typeof ROUTE_STAPPEN_GEDRAG)[number])[],
];
export type RouteStap = (typeof ROUTE_STAPPEN)[number];
/** The flag system's four colours for sexual behaviour of children: from fitting the age to clearly harmful. */
export const VLAGGEN = ["groen", "geel", "rood", "zwart"] as const;
export type Vlag = (typeof VLAGGEN)[number];
export const KINDCHECK_AANLEIDINGEN = [
  "depressie",
  "verslaving",
  "huisuitzetting",
  "geweld_huisgenoten",
  "suicidepoging",
  "zwangerschap",
  "broers_zussen",
  "anders",
] as const;
export const CONSULTATIE_PARTNERS = [
  "collega",
  "aandachtsfunctionaris",
  "gedragswetenschapper",
  "veilig_thuis",
  "letseldeskundige",
  "deskundige_bijzondere_route",
  "anders",
] as const;
/** Consultations that count as the expert a special route requires (seed 003: always consult an expert). */
export const DESKUNDIGEN_BIJZONDERE_ROUTE: readonly (typeof CONSULTATIE_PARTNERS)[number][] = [
  "deskundige_bijzondere_route",
  "veilig_thuis",
];
export const GESPREKSPARTNERS = ["ouders", "kind"] as const;
/** The safety check of a preparation: is it safe to have this conversation (for the child, for others, for you)? */
export const VEILIG_GESPREK = ["ja", "nee"] as const;
/** The reasons the Meldcode accepts for not talking with the family; "leeftijd" only for the child. */
export const GRONDEN_GEEN_GESPREK = ["veiligheid", "contact_verbroken", "vertrouwensrelatie", "leeftijd"] as const;
export const ANTWOORDEN = ["ja", "nee", "weet_niet"] as const;
export const BESLUITEN = ["melden", "melden_en_hulp", "hulp", "afsluiten"] as const;
export const NIET_VAN_TOEPASSING_STAPPEN = ["kindcheck"] as const;

export const GEBEURTENIS_TYPES = [
  "dossier_geopend",
  "signaal_vastgelegd",
  "kindcheck_uitgevoerd",
  "stap_niet_van_toepassing",
  "consultatie_gehouden",
  "gesprek_voorbereid",
  "gesprek_gevoerd",
  "gesprek_niet_gevoerd",
  "afweging_beantwoord",
  "besluit_voorgesteld",
  "besluit_genomen",
  "dossier_afgesloten",
  "dossier_heropend",
  "correctie",
  "acuut_contact",
  "participatie_bijgewerkt",
  "melding_concept_opgeslagen",
  "melding_verstuurd",
  "vt_reactie_vastgelegd",
  "hulp_gestart",
  "hulp_afspraak_vastgelegd",
  "evaluatie_vastgelegd",
  "monitoring_gestart",
  "veiligheidscheck_vastgelegd",
  "monitoring_beeindigd",
  "correctieverzoek_vastgelegd",
  "correctieverzoek_beslist",
  "zienswijze_toegevoegd",
  "routestap_vastgelegd",
  "inzageverzoek_ontvangen",
  "inzage_voorbereid",
  "inzage_verstrekt",
] as const;

/** How the report reached Veilig Thuis: by phone, or through its own web form. */
export const MELD_WIJZEN = ["telefoon", "webformulier"] as const;
export const MELDING_URGENTIES = ["acuut", "spoed", "regulier"] as const;
/** Veilig Thuis' safety assessment as it tells the melder. */
export const VT_BEOORDELINGEN = ["acuut_onveilig", "structureel_onveilig", "onveilig", "veilig", "onbekend"] as const;
/** What Veilig Thuis does next (its "vervolgbeslissing"). */
export const VT_VERVOLGEN = [
  "onderzoek",
  "voorwaarden_en_vervolg",
  "overdracht_lokaal_veld",
  "advies_aan_melder",
  "geen_vervolg",
] as const;
/** Afwegingsvraag 5 asked again at the agreed term: were the results reached? */
export const EVALUATIE_RESULTATEN = ["bereikt", "niet_bereikt"] as const;
export const EVALUATIE_VERVOLGEN = ["hulp_voortzetten", "monitoren", "afsluiten", "melden"] as const;
export const CHECK_UITKOMSTEN = ["veilig", "zorgen", "onveilig"] as const;
/** Why a case closes; the retention date follows from the organisation's setting. */
export const SLUITREDENEN = [
  "zorg_weggenomen",
  "hulp_afgerond",
  "overgedragen",
  "gemeld_en_afgerond",
  "verhuisd",
  "anders",
] as const;

/** A participation point is done (who did what, when) or does not apply (why). */
export const PARTICIPATIE_STATUSSEN = ["gedaan", "niet_van_toepassing"] as const;

/** Whom a professional called in acute danger; recorded afterwards, it never waits for the steps. */
export const ACUUT_CONTACTEN = [
  "alarmnummer_112",
  "veilig_thuis",
  "politie",
  "huisarts_of_spoedzorg",
  "anders",
] as const;
export type GebeurtenisType = (typeof GEBEURTENIS_TYPES)[number];

/** Who asks for a correction or gives their own view: a parent or carer, an adult client, the young person, a representative. */
export const BETROKKENEN = ["ouder", "client", "jongere", "vertegenwoordiger"] as const;
/** A request under AVG article 16 (correct) or 17 (remove). */
export const VERZOEK_SOORTEN = ["correctie", "verwijdering"] as const;
export const VERZOEK_BESLISSINGEN = ["toegewezen", "deels_toegewezen", "afgewezen"] as const;
/** How the family's own view reached the dossier: in their own writing, or told and written down by a professional. */
export const ZIENSWIJZE_WIJZEN = ["schriftelijk", "mondeling"] as const;
/** The family's rights: these may still be recorded on a closed dossier, which the AVG does not close. */
export const RECHTEN_TYPES: readonly GebeurtenisType[] = [
  "correctieverzoek_vastgelegd",
  "correctieverzoek_beslist",
  "zienswijze_toegevoegd",
];
/**
 * A request for inspection (AVG article 15) and the copy that answers it (decision 0048): the request,
 * the marks of what is withheld (the latest counts), and the handing over. These entries are about the
 * copy, not about the child: they are never part of a copy themselves, and a closed dossier takes them.
 */
export const INZAGE_TYPES = [
  "inzageverzoek_ontvangen",
  "inzage_voorbereid",
  "inzage_verstrekt",
] as const satisfies readonly GebeurtenisType[];
export type InzageType = (typeof INZAGE_TYPES)[number];
export function isInzageType(type: unknown): type is InzageType {
  return (INZAGE_TYPES as readonly unknown[]).includes(type);
}
/** Who asked: a parent (with parental authority), a carer (foster parent, guardian) or the adult client. */
export const VERZOEKERS = ["ouder", "verzorger", "client"] as const;
/**
 * Why something is withheld from a copy. A fixed list, so each mark names a ground the organisation can
 * explain; the wording and the articles behind them are on the page and in decision 0048.
 */
export const WEIGERGRONDEN = ["identiteit_informant", "privacy_derden", "belang_kind"] as const;
export type Weigergrond = (typeof WEIGERGRONDEN)[number];
/** How the copy reached the person who asked. */
export const VERSTREK_WIJZEN = ["persoonlijk", "post", "beveiligde_mail"] as const;

/** Types whose content can be corrected by a later `correctie` event. */
export const CORRIGEERBAAR: readonly GebeurtenisType[] = [
  "dossier_geopend",
  "signaal_vastgelegd",
  "kindcheck_uitgevoerd",
  "consultatie_gehouden",
  "gesprek_voorbereid",
  "gesprek_gevoerd",
  "gesprek_niet_gevoerd",
  "acuut_contact",
  "vt_reactie_vastgelegd",
  "hulp_afspraak_vastgelegd",
  "veiligheidscheck_vastgelegd",
  "routestap_vastgelegd",
];

/** The Meldcode steps as the task list shows them. */
export const STAPPEN = ["signalen", "kindcheck", "consultatie", "gesprek", "wegen", "beslissen"] as const;
export type Stap = (typeof STAPPEN)[number];
/** After the decision: the report and what Veilig Thuis does with it, then help, evaluation and monitoring. */
export const NA_STAPPEN = ["melden", "vervolg"] as const;
export type NaStap = (typeof NA_STAPPEN)[number];
export type StapOfAlgemeen = Stap | NaStap | "algemeen";

export type Rol = "medewerker" | "aandachtsfunctionaris" | "eindverantwoordelijke" | "beheerder" | "logbeheerder";
