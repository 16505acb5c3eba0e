import { beschrijfVelden } from "../adapters/http/formulier-schema.ts";
import { GEBEURTENIS_SCHEMAS } from "../domain/dossier/gebeurtenis.ts";
import { CORRIGEERBAAR, type GebeurtenisType } from "../domain/dossier/keuzes.ts";
import { keuzelijstVan } from "../i18n/keuzelijst.ts";

/** A field of the correction form: derived from the corrected type's schema (decision 0060), labelled by `veld.<naam>`. */
export interface CorrectieVeld {
  readonly naam: string;
  readonly soort: "tekst" | "gebied" | "datum" | "vinkje" | "keuze" | "meerkeuze";
  /** The translation list of the choices: keuze.<lijst>.<waarde>. */
  readonly lijst?: string;
  readonly opties?: readonly string[];
  /** Carried over unchanged, not shown as a field. */
  readonly vast?: boolean;
}

/**
 * Fields a correction carries over unchanged: who the conversation was with, the route and the
 * people it concerns (they decide who may see the case, decision 0053), a route's step. The domain
 * refuses a change to them (`beoordeelCorrectie`); the form does not offer one.
 */
const VAST: Partial<Record<GebeurtenisType, readonly string[]>> = {
  dossier_geopend: ["soort", "betrokkeneGebruikerId", "betrokkeneNaam", "kinderen"],
  gesprek_voorbereid: ["met"],
  gesprek_gevoerd: ["met"],
  gesprek_niet_gevoerd: ["met"],
  routestap_vastgelegd: ["stap"],
};

/** Text up to this length is one line (a name, a place, a time); longer text gets a text area. */
const EEN_REGEL = 200;

/** The correction form of one type: every field of its schema, in the schema's order. */
export function correctieVelden(type: GebeurtenisType): CorrectieVeld[] {
  return beschrijfVelden(GEBEURTENIS_SCHEMAS[type]).map((veld): CorrectieVeld => {
    const naam = veld.naam;
    const vast = veld.soort === "anders" || (VAST[type] ?? []).includes(naam);
    const lijst = keuzelijstVan(type, naam) ?? naam;
    const basis = vast ? { naam, vast } : { naam };
    switch (veld.soort) {
      case "tekst":
        return { ...basis, soort: veld.maxLengte !== undefined && veld.maxLengte > EEN_REGEL ? "gebied" : "tekst" };
      case "keuze":
      case "meerkeuze":
        return { ...basis, soort: veld.soort, lijst, opties: veld.opties ?? [] };
      case "datum":
      case "vinkje":
        return { ...basis, soort: veld.soort };
      case "anders":
        return { naam, soort: "tekst", vast: true };
    }
  });
}

/** The forms of every correctable type, for the correction page's loader (the schemas stay on the server). */
export const CORRECTIE_FORMULIEREN: Readonly<Partial<Record<GebeurtenisType, readonly CorrectieVeld[]>>> =
  Object.fromEntries(CORRIGEERBAAR.map((type) => [type, correctieVelden(type)]));
