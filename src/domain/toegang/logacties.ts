/**
 * The access log's vocabulary: every action it records and every outcome. The use-cases log with these
 * (`src/app/toegang/logboek.ts`); the access-log page offers them as filters, so they live here, free of
 * anything that writes the log.
 */
export const LOG_ACTIES = [
  "dossier_bekijken",
  "dossier_aanmaken",
  "gebeurtenis_toevoegen",
  "dossiers_lijst",
  "dossier_delen",
  "delen_intrekken",
  "noodtoegang",
  "toegang_bekijken",
  "inzage_overzicht",
  "dossier_afdrukken",
  "dossier_exporteren",
  "toegangslog_lezen",
  "inloggen",
  "uitloggen",
  "gebruiker_beheren",
  "wachtwoord_wijzigen",
  "tweestaps_instellen",
  "organisatie_aanmaken",
  "werkvoorraad_lijst",
  "werkvoorraad_exporteren",
  "cijfers_bekijken",
  "cijfers_exporteren",
  "afschrift_voorbereiden",
  "afschrift_exporteren",
  "afschrift_verstrekken",
  "organisatie_beheren",
  "vernietiging_bekijken",
  "vernietiging_voorstellen",
  "vernietiging_goedkeuren",
  "vernietiging_afwijzen",
  "bewaarplicht_instellen",
  "bewaarplicht_opheffen",
] as const;
export type LogActie = (typeof LOG_ACTIES)[number];
export const LOG_UITKOMSTEN = ["gelukt", "geweigerd", "niet_gevonden", "conflict", "ongeldig"] as const;
export type LogUitkomst = (typeof LOG_UITKOMSTEN)[number];

/** The orders a logbeheerder may read the log in (decision 0083): newest first (the default) or oldest first. */
export const LOG_VOLGORDES = ["nieuwste", "oudste"] as const;
