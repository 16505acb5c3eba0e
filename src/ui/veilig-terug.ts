/** Longest return path followed; our own paths with their query stay far below this. */
export const MAX_TERUG_LENGTE = 512;

// Raw characters a return path may hold: unreserved and sub-delimiters, ":", "/", "?", "#" and "%"
// (checked below). No "@", "\", space, control character or anything outside ASCII: full-width
// solidi and ideographic full stops are read as "/" and "." by some browsers and proxies.
const TOEGESTAAN = /^[A-Za-z0-9\-._~!$&'()*+,;=:/?#%]*$/u;
// A percent-escape must be two hex digits. In the path it must stand for a printable ASCII byte
// that is not "/", "\", "." or "%" itself: encoded separators and dots, double encoding and encoded
// control or non-ASCII bytes (%E3%80%82 is an ideographic full stop) are refused. In the query and
// fragment, where nothing reads them as separators, only encoded control bytes are.
const ESCAPE = /%([0-9A-Fa-f]{2})?/gu;
const VERBODEN_IN_PAD = new Set([0x2f, 0x5c, 0x2e, 0x25]);

function escapesGoed(deel: string, inPad: boolean): boolean {
  for (const [, hex] of deel.matchAll(ESCAPE)) {
    if (hex === undefined) return false;
    const byte = Number.parseInt(hex, 16);
    if (byte < 0x20 || byte === 0x7f) return false;
    if (inPad && (byte > 0x7e || VERBODEN_IN_PAD.has(byte))) return false;
  }
  return true;
}

/**
 * The one rule for where a person is sent after sign-in, a second step or a language switch: a
 * path on this site, never an open redirect. Anything else, or anything doubtful, gives
 * `standaard`. Accepted: "/" alone, or a single "/" followed by a path character, within
 * MAX_TERUG_LENGTE, of the characters in TOEGESTAAN, with no empty, "." or ".." path segment.
 * Pure, so that a table test and the corpus in tests/corpus/open-redirect.txt can hold it to that.
 */
export function veiligTerug(waarde: unknown, standaard: string): string {
  return isVeiligTerug(waarde) ? waarde : standaard;
}

export function isVeiligTerug(waarde: unknown): waarde is string {
  if (typeof waarde !== "string" || waarde.length === 0 || waarde.length > MAX_TERUG_LENGTE) return false;
  if (!waarde.startsWith("/") || !TOEGESTAAN.test(waarde)) return false;
  const pad = waarde.split(/[?#]/u, 1)[0] ?? "";
  if (!escapesGoed(pad, true) || !escapesGoed(waarde.slice(pad.length), false)) return false;
  if (pad === "/") return true;
  // "/a//b", "/./x" and "/../x": an empty or dot segment is never one of our paths.
  return pad
    .slice(1)
    .split("/")
    .every((segment, i, alle) => (segment !== "" || i === alle.length - 1) && segment !== "." && segment !== "..");
}
