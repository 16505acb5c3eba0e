import type { DomeinFoutCode } from "../../domain/fouten.ts";

/** The one table that maps domain error codes to HTTP statuses. */
export const STATUS_VAN_FOUT: Readonly<Record<DomeinFoutCode, number>> = {
  ONGELDIGE_INVOER: 400,
  NIET_INGELOGD: 401,
  GEEN_TOEGANG: 403,
  NIET_GEVONDEN: 404,
  VERSIE_CONFLICT: 409,
  DOSSIER_GESLOTEN: 409,
  DOSSIER_NIET_GESLOTEN: 409,
  DOSSIER_AL_GEOPEND: 409,
  EERSTE_GEBEURTENIS_MOET_OPENING_ZIJN: 422,
  VRAAG_NIET_AAN_DE_BEURT: 422,
  CORRECTIE_NIET_TOEGESTAAN: 422,
  TE_VEEL_POGINGEN: 429,
};
