import { z } from "zod";

/**
 * Keyset pagination for the long lists (dossiers, access log), decision 0033. A list is ordered
 * newest first on a key of several parts (a timestamp, then what breaks ties); a page is the rows
 * after or before one position in that order. The position travels as an opaque cursor: the key
 * and the direction as JSON, base64url. Because a page is asked for by position, not by offset, a
 * row inserted meanwhile never shifts another onto a second page or off it.
 */

/** Rows per page. */
export const PAGINA_GROOTTE = 50;

/** `na`: the rows after the position (older); `voor`: the rows before it (newer), for "vorige". */
export type Richting = "na" | "voor";

export interface Positie {
  readonly richting: Richting;
  /** What the list is sorted on, so a cursor of one order is not read in another. */
  readonly volgorde: string;
  /** The key of the row at the position: the sort timestamp (microseconds, UTC) and the tiebreakers. */
  readonly sleutel: readonly string[];
}

/** A timestamp as the repositories give it: microsecond precision, UTC, so that no two distinct stored values collapse. */
export const SLEUTEL_TIJD = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const ALFABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function naarBase64url(bytes: Uint8Array): string {
  let uit = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const tekens = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < tekens; j++) uit += ALFABET[(n >> (18 - 6 * j)) & 63];
  }
  return uit;
}

function vanBase64url(tekst: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(tekst) || tekst.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < tekst.length; i += 4) {
    const deel = tekst.slice(i, i + 4);
    let n = 0;
    for (let j = 0; j < 4; j++) n = (n << 6) | (j < deel.length ? ALFABET.indexOf(deel[j] ?? "A") : 0);
    const aantal = deel.length - 1;
    for (let j = 0; j < aantal; j++) bytes.push((n >> (16 - 8 * j)) & 255);
  }
  return Uint8Array.from(bytes);
}

/** The cursor of a position: base64url of `[richting, volgorde, ...sleutel]`. */
export function maakCursor(positie: Positie): string {
  return naarBase64url(
    new TextEncoder().encode(JSON.stringify([positie.richting, positie.volgorde, ...positie.sleutel])),
  );
}

/** Reads a cursor back; null for anything that is not one this module made. */
export function leesCursor(cursor: string): Positie | null {
  const bytes = vanBase64url(cursor);
  if (bytes === null) return null;
  let waarde: unknown;
  try {
    waarde = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (!Array.isArray(waarde) || waarde.length < 3 || !waarde.every((d) => typeof d === "string")) return null;
  const [richting, volgorde, ...sleutel] = waarde;
  if ((richting !== "na" && richting !== "voor") || volgorde === undefined) return null;
  return { richting, volgorde, sleutel };
}

/**
 * A zod schema for a cursor parameter of one list: it must decode, carry the list's order, and its
 * key must pass `sleutel` (the parts and their forms). Anything else is the field error
 * `fout.ongeldige_cursor`: a 400, never a 500.
 */
export function cursorSchema(volgordes: readonly string[], sleutel: z.ZodType<readonly string[]>) {
  return z
    .string()
    .max(400)
    .transform((tekst, ctx): Positie => {
      const positie = leesCursor(tekst);
      if (positie === null || !volgordes.includes(positie.volgorde) || !sleutel.safeParse(positie.sleutel).success) {
        ctx.addIssue({ code: "custom", message: "fout.ongeldige_cursor", input: tekst });
        return z.NEVER;
      }
      return positie;
    });
}

export interface Pagina<T> {
  /** Newest first, at most PAGINA_GROOTTE. */
  readonly items: readonly T[];
  /** The cursor of the next (older) page, or null on the last page. */
  readonly volgende: string | null;
  /** The cursor of the previous (newer) page, or null on the first page. */
  readonly vorige: string | null;
}

/**
 * Closes a page from the rows read in the asked direction: up to `grootte + 1` of them, the extra
 * one only telling whether there is more that way. Rows read backwards (`voor`) come in ascending
 * order and are turned around. `gevraagd` is the position asked for (null: the first page).
 */
export function sluitPagina<T>(
  rijen: readonly T[],
  gevraagd: Positie | null,
  volgorde: string,
  sleutelVan: (rij: T) => readonly string[],
  grootte: number = PAGINA_GROOTTE,
): Pagina<T> {
  const meer = rijen.length > grootte;
  const binnen = rijen.slice(0, grootte);
  const items = gevraagd?.richting === "voor" ? [...binnen].reverse() : binnen;
  const cursor = (richting: Richting, rij: T | undefined) =>
    rij === undefined ? null : maakCursor({ richting, volgorde, sleutel: sleutelVan(rij) });
  if (gevraagd?.richting === "voor") {
    // Backwards there is always a next page: at least the row the cursor came from.
    return {
      items,
      volgende: cursor("na", items.at(-1)) ?? maakCursor({ ...gevraagd, richting: "na" }),
      vorige: meer ? cursor("voor", items[0]) : null,
    };
  }
  const vorige = gevraagd === null ? null : (cursor("voor", items[0]) ?? maakCursor({ ...gevraagd, richting: "voor" }));
  return { items, volgende: meer ? cursor("na", items.at(-1)) : null, vorige };
}
