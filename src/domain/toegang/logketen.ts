import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";

/**
 * The access log is a set of hash chains (NEN 7513; decision 0028). Every organisation has its own
 * chain, entries without an organisation (a failed sign-in with an unknown address) have one
 * together, and the single chain written before decision 0028 is kept, closed, as the chain
 * `installatie`. Each entry's hash covers the previous entry's hash and its own canonical content,
 * so editing, removing or inserting an entry anywhere but at the end breaks every hash after it.
 * The end of a chain is guarded by signed checkpoints (`controlepunt.ts`). Since decision 0057 an
 * action only accepts its entry (unsealed: no number, no links); a sealer gives a chain's accepted
 * entries their numbers and hashes in batches (`verzegel`). This module is the one definition of
 * "canonical content", of sealing and of the check.
 */

export interface LogInhoud {
  /** The chain: the organisation's id, `anoniem`, or `installatie` for entries before decision 0028. */
  readonly keten: string;
  /** Position in the chain: 1, 2, 3 … without gaps. */
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

/** The hash before the first entry of the old installation-wide chain. */
export const BEGIN_HASH = "0".repeat(64);

/** The closed chain of the entries written before decision 0028, one chain over the installation. */
export const OUDE_KETEN = "installatie";
/** The chain of entries without an organisation. */
export const ANONIEME_KETEN = "anoniem";

/** The chain an entry belongs to. */
export function ketenVan(organisatieId: string | null): string {
  return organisatieId ?? ANONIEME_KETEN;
}

function sha256Hex(tekst: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(tekst)));
}

/**
 * Fixed field order, explicit nulls: the same entry always gives the same bytes. Entries of the old
 * chain keep their original twelve fields; entries of the chains since decision 0028 start with
 * their chain, so an entry cannot be moved to another chain without breaking its hash.
 */
export function canoniek(inhoud: LogInhoud): string {
  const velden = [
    inhoud.volgnummer,
    inhoud.tijdstip,
    inhoud.organisatieId,
    inhoud.gebruikerId,
    inhoud.rol,
    inhoud.namens,
    inhoud.actie,
    inhoud.dossierId,
    inhoud.uitkomst,
    inhoud.grondslag,
    inhoud.adres,
    inhoud.details,
  ];
  return JSON.stringify(inhoud.keten === OUDE_KETEN ? velden : [inhoud.keten, ...velden]);
}

export function ketenHash(vorigeHash: string, inhoud: LogInhoud): string {
  return sha256Hex(`${vorigeHash}\n${canoniek(inhoud)}`);
}

/**
 * The `vorige_hash` of the first entry of a chain. A new chain begins at the last hash of the old,
 * closed chain (`oudeKop`; 64 zeros when it is empty), so an entry appended to the old chain later
 * breaks the first link of every newer chain.
 */
export function beginVan(keten: string, oudeKop: string): string {
  return keten === OUDE_KETEN ? BEGIN_HASH : sha256Hex(`${oudeKop}\n${JSON.stringify(["begin", keten])}`);
}

/** An accepted entry not yet sealed: its content, and `id`, the order in which it was accepted. */
export type OnverzegeldeRegel = Omit<LogInhoud, "volgnummer"> & { readonly id: number };

/** What sealing writes to an accepted entry. */
export interface Zegel {
  readonly id: number;
  readonly volgnummer: number;
  readonly vorigeHash: string;
  readonly hash: string;
}

/**
 * Seals accepted entries of one chain after its sealed head (`{ volgnummer: 0, hash: beginVan(…) }`
 * for a chain without sealed entries), in the order given: that order becomes the chain's order,
 * as a transparency log's sequencer fixes it. The hash is the one of `ketenHash`, so a sealed entry
 * is checked exactly as an entry appended under the lock of decision 0028.
 */
export function verzegel(
  kop: { readonly volgnummer: number; readonly hash: string },
  regels: readonly OnverzegeldeRegel[],
): Zegel[] {
  let vorige = kop.hash;
  return regels.map(({ id, ...inhoud }, i) => {
    const volgnummer = kop.volgnummer + i + 1;
    const hash = ketenHash(vorige, { ...inhoud, volgnummer });
    const zegel = { id, volgnummer, vorigeHash: vorige, hash };
    vorige = hash;
    return zegel;
  });
}

export type KetenBreuk =
  | { readonly soort: "volgnummer"; readonly keten: string; readonly volgnummer: number; readonly verwacht: number }
  | { readonly soort: "schakel"; readonly keten: string; readonly volgnummer: number }
  | { readonly soort: "inhoud"; readonly keten: string; readonly volgnummer: number }
  /** An accepted entry older than the limit is still unsealed: no sealer is running (decision 0057). */
  | { readonly soort: "onverzegeld"; readonly keten: string; readonly id: number; readonly tijdstip: string };

export interface KetenControle {
  readonly gecontroleerd: number;
  readonly eersteBreuk: KetenBreuk | null;
  readonly laatsteHash: string;
}

/**
 * Walks the entries of one chain in order and names the first broken one: a gap or duplicate in the
 * numbering (removed or inserted entry), a link that does not point at the previous hash (inserted or
 * reordered), or content that does not match its hash (edited). Feed it in pages: pass the previous
 * page's last entry as `vanaf`; a chain starts at `{ volgnummer: 0, hash: beginVan(keten, oudeKop) }`.
 */
export function controleerKeten(
  regels: Iterable<LogRegel>,
  vanaf: { volgnummer: number; hash: string } = { volgnummer: 0, hash: BEGIN_HASH },
): KetenControle {
  let verwacht = vanaf.volgnummer + 1;
  let vorige = vanaf.hash;
  let gecontroleerd = 0;
  for (const regel of regels) {
    const { keten, volgnummer } = regel;
    if (volgnummer !== verwacht)
      return { gecontroleerd, eersteBreuk: { soort: "volgnummer", keten, volgnummer, verwacht }, laatsteHash: vorige };
    if (regel.vorigeHash !== vorige)
      return { gecontroleerd, eersteBreuk: { soort: "schakel", keten, volgnummer }, laatsteHash: vorige };
    if (ketenHash(vorige, regel) !== regel.hash)
      return { gecontroleerd, eersteBreuk: { soort: "inhoud", keten, volgnummer }, laatsteHash: vorige };
    vorige = regel.hash;
    verwacht += 1;
    gecontroleerd += 1;
  }
  return { gecontroleerd, eersteBreuk: null, laatsteHash: vorige };
}
