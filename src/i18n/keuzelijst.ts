/**
 * Which choice list of the catalogues (`keuze.<lijst>.<waarde>`) a coded field's value comes from.
 * One table for every place that puts a stored code in words: the history and overview pages
 * (`toonWaarde`) and the family's copy, on the page and in its PDF (`leesbareWaarde`). A field
 * name that means one list everywhere stands in `PER_VELD`; where the same name means another
 * list in another kind of entry, the entry's type decides first (`PER_TYPE`).
 * keuzelijst.test.ts walks every event schema: each field with fixed choices has a list here, and
 * each choice has its words in both catalogues.
 */

const PER_VELD: Readonly<Record<string, string>> = {
  aanleiding: "aanleiding",
  soort: "soort",
  bron: "bron",
  aanleidingen: "kindcheck_aanleiding",
  kinderenAanwezig: "kinderenAanwezig",
  met: "gesprek_met",
  antwoord: "antwoord",
  besluit: "besluit",
  situaties: "situatie_gesprek",
  bijzondereVormen: "bijzondere_vorm",
  beoordeling: "vt_beoordeling",
  wijze: "meld_wijze",
  verzoeker: "verzoeker",
  relatie: "betrokkene",
  beslissing: "verzoek_beslissing",
  sluitreden: "sluitreden",
  resultaat: "resultaat",
  kindGeinformeerd: "kind_geinformeerd",
  veilig: "veilig_gesprek",
  vlag: "vlag",
  urgentie: "urgentie",
  gezinGeinformeerd: "antwoord",
  grondNietGeinformeerd: "grond",
};

const PER_TYPE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dossier_geopend: { soort: "dossier_soort" },
  consultatie_gehouden: { met: "consultatie_met" },
  gesprek_niet_gevoerd: { grond: "grond" },
  acuut_contact: { met: "acuut_met" },
  vt_reactie_vastgelegd: { vervolg: "vt_vervolg" },
  evaluatie_vastgelegd: { vervolg: "evaluatie_vervolg" },
  veiligheidscheck_vastgelegd: { uitkomst: "check_uitkomst" },
  participatie_bijgewerkt: { status: "participatie_status" },
  correctieverzoek_vastgelegd: { soort: "verzoek_soort" },
  zienswijze_toegevoegd: { wijze: "zienswijze_wijze" },
  inzage_verstrekt: { wijze: "verstrek_wijze" },
};

/** The list behind field `veld` of an entry of kind `type`; null for a field whose value is not a code. */
export function keuzelijstVan(type: string, veld: string): string | null {
  return PER_TYPE[type]?.[veld] ?? PER_VELD[veld] ?? null;
}
