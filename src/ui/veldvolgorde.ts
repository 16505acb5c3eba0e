import type { GebeurtenisType } from "../domain/dossier/keuzes.ts";

/**
 * The order in which an entry's fields are shown, for the types whose content is shown in the order
 * of their form (jsonb does not keep key order). It is the schema's order, written out because the
 * schemas stay out of the browser; veldvolgorde.test.ts fails when a list and its schema differ.
 */
export const VELDVOLGORDE: Readonly<Partial<Record<GebeurtenisType, readonly string[]>>> = {
  dossier_geopend: [
    "werknaam",
    "geboortedatum",
    "aanleiding",
    "omschrijving",
    "soort",
    "betrokkeneGebruikerId",
    "betrokkeneNaam",
    "kinderen",
  ],
  signaal_vastgelegd: [
    "soort",
    "waarneming",
    "datumWaarneming",
    "plaats",
    "waargenomenDoor",
    "bron",
    "interpretatie",
    "disclosure",
    "bijzondereVormen",
    "dreigingAcuut",
  ],
  kindcheck_uitgevoerd: ["aanleidingen", "kinderenAanwezig", "kinderen", "veiligheid", "vervolg"],
  consultatie_gehouden: ["met", "naam", "datum", "uitkomst", "vervolgstap", "geanonimiseerd"],
  gesprek_voorbereid: [
    "met",
    "opening",
    "feiten",
    "veilig",
    "waaromNietVeilig",
    "inPlaatsDaarvan",
    "aanwezigen",
    "gespreksleider",
  ],
  gesprek_gevoerd: [
    "met",
    "datum",
    "deelnemers",
    "plaats",
    "gedeeld",
    "visie",
    "wensOuders",
    "afspraken",
    "ervaring",
    "reflectie",
    "situaties",
    "vervolggesprek",
    "kindGeinformeerd",
    "hoeGeinformeerd",
  ],
  gesprek_niet_gevoerd: ["met", "grond", "toelichting"],
  acuut_contact: ["met", "datum", "tijd", "situatie", "afspraken"],
  correctieverzoek_vastgelegd: ["soort", "verzoeker", "relatie", "datum", "vastleggingen", "onderdelen", "gevraagd"],
  correctieverzoek_beslist: ["verzoek", "beslissing", "reden"],
  zienswijze_toegevoegd: ["gegevenDoor", "relatie", "datum", "wijze", "opgeschrevenDoor", "zienswijze", "betreft"],
};
