/**
 * Typed error codes of the domain. The HTTP edge maps each code to a status in one table
 * (src/adapters/http/fout-naar-status.ts); business code never knows about HTTP.
 */
export type DomeinFoutCode =
  | "ONGELDIGE_INVOER"
  | "NIET_GEVONDEN"
  | "VERSIE_CONFLICT"
  | "DOSSIER_GESLOTEN"
  | "DOSSIER_NIET_GESLOTEN"
  | "EERSTE_GEBEURTENIS_MOET_OPENING_ZIJN"
  | "DOSSIER_AL_GEOPEND"
  | "VRAAG_NIET_AAN_DE_BEURT"
  | "CORRECTIE_NIET_TOEGESTAAN"
  | "NIET_INGELOGD"
  | "GEEN_TOEGANG"
  | "TE_VEEL_POGINGEN"
  /** A step of a destruction that the rules refuse now (decision 0050); the field error says why. */
  | "VERNIETIGING_GEWEIGERD";

/** A problem with one field, as a translation key plus values, so that the UI and the API can word it. */
export interface VeldFout {
  readonly veld: string;
  readonly sleutel: string;
  readonly waarden?: Readonly<Record<string, string | number>>;
}

export class DomeinFout extends Error {
  readonly code: DomeinFoutCode;
  readonly velden: readonly VeldFout[];

  constructor(code: DomeinFoutCode, velden: readonly VeldFout[] = [], message: string = code) {
    super(message);
    this.name = "DomeinFout";
    this.code = code;
    this.velden = velden;
  }
}

/** Shorthand for the common case: one field is wrong. */
export function veldFout(veld: string, sleutel: string, waarden?: Record<string, string | number>): DomeinFout {
  return new DomeinFout("ONGELDIGE_INVOER", [waarden ? { veld, sleutel, waarden } : { veld, sleutel }]);
}
