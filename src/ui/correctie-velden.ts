import { BIJZONDERE_ROUTES, DILEMMA_IDS } from "../domain/kennis/keuzes.ts";
import { ACUUT_CONTACTEN, AANLEIDINGEN, BRONNEN, CONSULTATIE_PARTNERS, GESPREKSPARTNERS, GRONDEN_GEEN_GESPREK, KINDCHECK_AANLEIDINGEN, SIGNAAL_SOORTEN, VEILIG_GESPREK, type GebeurtenisType } from "../domain/dossier/keuzes.ts";

export type VeldSoort = "tekst" | "gebied" | "datum" | "vinkje";
export interface VeldSpec {
  readonly naam: string;
  readonly soort: VeldSoort | "keuze" | "meerkeuze";
  /** The translation list for choices: keuze.<lijst>.<waarde>. */
  readonly lijst?: string;
  readonly opties?: readonly string[];
  /** A field the correction may not change (the conversation's partner, for instance). */
  readonly vast?: boolean;
}

/** The fields a correction form shows per correctable event type, in the order of the original form. */
export const CORRECTIE_VELDEN: Partial<Record<GebeurtenisType, readonly VeldSpec[]>> = {
  dossier_geopend: [
    { naam: "werknaam", soort: "tekst" },
    { naam: "geboortedatum", soort: "datum" },
    { naam: "aanleiding", soort: "keuze", lijst: "aanleiding", opties: AANLEIDINGEN },
    { naam: "omschrijving", soort: "gebied" },
    { naam: "soort", soort: "tekst", vast: true },
    { naam: "betrokkeneGebruikerId", soort: "tekst", vast: true },
    { naam: "betrokkeneNaam", soort: "tekst", vast: true },
  ],
  signaal_vastgelegd: [
    { naam: "soort", soort: "keuze", lijst: "soort", opties: SIGNAAL_SOORTEN },
    { naam: "waarneming", soort: "gebied" },
    { naam: "datumWaarneming", soort: "datum" },
    { naam: "plaats", soort: "tekst" },
    { naam: "waargenomenDoor", soort: "tekst" },
    { naam: "bron", soort: "keuze", lijst: "bron", opties: BRONNEN },
    { naam: "interpretatie", soort: "gebied" },
    { naam: "disclosure", soort: "vinkje" },
    { naam: "bijzondereVormen", soort: "meerkeuze", lijst: "bijzondere_vorm", opties: BIJZONDERE_ROUTES },
    { naam: "dreigingAcuut", soort: "vinkje" },
  ],
  kindcheck_uitgevoerd: [
    { naam: "aanleidingen", soort: "meerkeuze", lijst: "kindcheck_aanleiding", opties: KINDCHECK_AANLEIDINGEN },
    { naam: "kinderenAanwezig", soort: "keuze", lijst: "kinderenAanwezig", opties: ["ja", "nee", "onbekend"] },
    { naam: "kinderen", soort: "gebied" },
    { naam: "veiligheid", soort: "gebied" },
    { naam: "vervolg", soort: "gebied" },
  ],
  consultatie_gehouden: [
    { naam: "met", soort: "keuze", lijst: "consultatie_met", opties: CONSULTATIE_PARTNERS },
    { naam: "naam", soort: "tekst" },
    { naam: "datum", soort: "datum" },
    { naam: "uitkomst", soort: "gebied" },
    { naam: "vervolgstap", soort: "gebied" },
    { naam: "geanonimiseerd", soort: "vinkje" },
  ],
  gesprek_voorbereid: [
    { naam: "met", soort: "keuze", lijst: "gesprek_met", opties: GESPREKSPARTNERS, vast: true },
    { naam: "opening", soort: "gebied" },
    { naam: "feiten", soort: "gebied" },
    { naam: "veilig", soort: "keuze", lijst: "veilig_gesprek", opties: VEILIG_GESPREK },
    { naam: "waaromNietVeilig", soort: "gebied" },
    { naam: "inPlaatsDaarvan", soort: "gebied" },
    { naam: "aanwezigen", soort: "tekst" },
    { naam: "gespreksleider", soort: "tekst" },
  ],
  gesprek_gevoerd: [
    { naam: "met", soort: "keuze", lijst: "gesprek_met", opties: GESPREKSPARTNERS, vast: true },
    { naam: "datum", soort: "datum" },
    { naam: "deelnemers", soort: "tekst" },
    { naam: "plaats", soort: "tekst" },
    { naam: "gedeeld", soort: "gebied" },
    { naam: "visie", soort: "gebied" },
    { naam: "wensOuders", soort: "gebied" },
    { naam: "afspraken", soort: "gebied" },
    { naam: "ervaring", soort: "gebied" },
    { naam: "reflectie", soort: "gebied" },
    { naam: "situaties", soort: "meerkeuze", lijst: "situatie_gesprek", opties: DILEMMA_IDS },
    { naam: "vervolggesprek", soort: "gebied" },
    { naam: "kindGeinformeerd", soort: "keuze", lijst: "kind_geinformeerd", opties: ["ja", "nee"] },
    { naam: "hoeGeinformeerd", soort: "gebied" },
  ],
  acuut_contact: [
    { naam: "met", soort: "keuze", lijst: "acuut_met", opties: ACUUT_CONTACTEN },
    { naam: "datum", soort: "datum" },
    { naam: "tijd", soort: "tekst" },
    { naam: "situatie", soort: "gebied" },
    { naam: "afspraken", soort: "gebied" },
  ],
  gesprek_niet_gevoerd: [
    { naam: "met", soort: "keuze", lijst: "gesprek_met", opties: GESPREKSPARTNERS, vast: true },
    { naam: "grond", soort: "keuze", lijst: "grond", opties: GRONDEN_GEEN_GESPREK },
    { naam: "toelichting", soort: "gebied" },
  ],
};

/** Rebuilds an event's data from a correction form, with the same types as the original form. */
export function gegevensUitFormulier(specs: readonly VeldSpec[], formulier: FormData): Record<string, unknown> {
  const gegevens: Record<string, unknown> = {};
  for (const spec of specs) {
    if (spec.soort === "vinkje") gegevens[spec.naam] = formulier.get(spec.naam) === "ja";
    else if (spec.soort === "meerkeuze") gegevens[spec.naam] = formulier.getAll(spec.naam).filter((w) => typeof w === "string");
    else {
      const waarde = formulier.get(spec.naam);
      gegevens[spec.naam] = typeof waarde === "string" ? waarde : "";
    }
  }
  return gegevens;
}
