import type { GebeurtenisType } from "../domain/dossier/keuzes.ts";

/** Field names that several types share get the label of their own type; every other field is `veld.<naam>`. */
const EIGEN_LABELS: Readonly<Partial<Record<GebeurtenisType, Readonly<Record<string, string>>>>> = {
  vt_reactie_vastgelegd: { toelichting: "veld.toelichting_vt", vervolg: "veld.vt_vervolg" },
  hulp_gestart: { omschrijving: "veld.omschrijving_hulp" },
  evaluatie_vastgelegd: { toelichting: "veld.toelichting_evaluatie", vervolg: "veld.evaluatie_vervolg" },
  monitoring_gestart: { reden: "veld.reden_monitoring" },
  veiligheidscheck_vastgelegd: { uitkomst: "veld.uitkomst_check" },
  routestap_vastgelegd: { stap: "veld.routestap" },
};

/** The translation key of a field's label in a form of the given type. */
export function labelSleutel(type: GebeurtenisType, veld: string): string {
  return EIGEN_LABELS[type]?.[veld] ?? `veld.${veld}`;
}
