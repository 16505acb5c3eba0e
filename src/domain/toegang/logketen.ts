import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";

/**
 * The access log is a hash chain (NEN 7513): each entry's hash covers the previous entry's hash and
 * its own canonical content, so editing, removing or inserting an entry anywhere breaks every hash
 * after it. This module is the one definition of "canonical content" and of the check.
 */

export interface LogInhoud {
  readonly volgnummer: number;
  /** ISO 8601 UTC with milliseconds. */
  readonly tijdstip: string;
  readonly organisatieId: string | null;
  readonly gebruikerId: string | null;
  readonly rol: string | null;
  readonly namens: string | null;
  readonly actie: string;
  readonly dossierId: string | null;
  readonly uitkomst: string;
  readonly grondslag: string | null;
  readonly adres: string | null;
  readonly details: string | null;
}

export interface LogRegel extends LogInhoud {
  readonly vorigeHash: string;
  readonly hash: string;
}

/** The hash before the first entry. */
export const BEGIN_HASH = "0".repeat(64);

/** Fixed field order, explicit nulls: the same entry always gives the same bytes. */
export function canoniek(inhoud: LogInhoud): string {
  return JSON.stringify([
    inhoud.volgnummer, inhoud.tijdstip, inhoud.organisatieId, inhoud.gebruikerId, inhoud.rol, inhoud.namens,
    inhoud.actie, inhoud.dossierId, inhoud.uitkomst, inhoud.grondslag, inhoud.adres, inhoud.details,
  ]);
}

export function ketenHash(vorigeHash: string, inhoud: LogInhoud): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(`${vorigeHash}\n${canoniek(inhoud)}`)));
}

export type KetenBreuk =
  | { readonly soort: "volgnummer"; readonly volgnummer: number; readonly verwacht: number }
  | { readonly soort: "schakel"; readonly volgnummer: number }
  | { readonly soort: "inhoud"; readonly volgnummer: number };

export interface KetenControle {
  readonly gecontroleerd: number;
  readonly eersteBreuk: KetenBreuk | null;
  readonly laatsteHash: string;
}

/**
 * Walks entries in order and names the first broken one: a gap or duplicate in the numbering
 * (removed or inserted entry), a link that does not point at the previous hash (inserted or
 * reordered), or content that does not match its hash (edited). Feed it in pages: pass the previous
 * page's result as `vanaf`.
 */
export function controleerKeten(regels: Iterable<LogRegel>, vanaf: { volgnummer: number; hash: string } = { volgnummer: 0, hash: BEGIN_HASH }): KetenControle {
  let verwacht = vanaf.volgnummer + 1;
  let vorige = vanaf.hash;
  let gecontroleerd = 0;
  for (const regel of regels) {
    if (regel.volgnummer !== verwacht) return { gecontroleerd, eersteBreuk: { soort: "volgnummer", volgnummer: regel.volgnummer, verwacht }, laatsteHash: vorige };
    if (regel.vorigeHash !== vorige) return { gecontroleerd, eersteBreuk: { soort: "schakel", volgnummer: regel.volgnummer }, laatsteHash: vorige };
    if (ketenHash(vorige, regel) !== regel.hash) return { gecontroleerd, eersteBreuk: { soort: "inhoud", volgnummer: regel.volgnummer }, laatsteHash: vorige };
    vorige = regel.hash;
    verwacht += 1;
    gecontroleerd += 1;
  }
  return { gecontroleerd, eersteBreuk: null, laatsteHash: vorige };
}
