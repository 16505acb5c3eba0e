import { jarenNa } from "../tijd/werkdagen.ts";

/**
 * How long a closed Meldcode dossier is kept, per sector. Where a law sets a term, that is the default:
 * the Jeugdwet (art. 7.3.10) and the WGBO (art. 7:454 BW) both keep files 20 years. Education,
 * childcare and social work have no statutory term for a Meldcode file; the default of 5 years follows
 * common practice and must be set by the organisation itself with its privacy officer (a beheerder can).
 */
export const STANDAARD_BEWAARJAREN: Readonly<Record<string, number>> = {
  onderwijs: 5,
  kinderopvang: 5,
  jeugdhulp: 20,
  sociaal_werk: 5,
  gezondheidszorg: 20,
  overig: 5,
};
export const MIN_BEWAARJAREN = 1;
export const MAX_BEWAARJAREN = 30;

/** The organisation's own term, or the sector's default when it set none. */
export function bewaarjarenVoor(sector: string, eigen: number | null): number {
  return eigen ?? STANDAARD_BEWAARJAREN[sector] ?? 5;
}

/** The retention date of a case closed on `sluitdatum`. */
export function bewaarTot(sluitdatum: string, jaren: number): string {
  return jarenNa(sluitdatum, jaren);
}
