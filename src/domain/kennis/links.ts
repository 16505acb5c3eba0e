import type { VeldFout } from "../fouten.ts";

/**
 * The form check for a link an organisation adds beside a step (issue 4). It checks the form only and
 * never fetches anything: https, a valid URL, no sign-in details in it, and a host that is not the
 * local machine or an address in a private network (which would not open for colleagues elsewhere,
 * and could point a server at its own network if anything ever followed the link).
 */

export const LINK_MAX_LENGTE = 2000;

const VELD = "url";

/**
 * Returns no errors for a usable link, or exactly one: the most basic problem first, so the form
 * shows one clear message beside the field. Outer whitespace is ignored (a pasted link).
 */
export function controleerLink(url: string): VeldFout[] {
  const invoer = url.trim();
  if (invoer === "") return [fout("fout.verplicht")];
  if (invoer.length > LINK_MAX_LENGTE)
    return [{ veld: VELD, sleutel: "fout.te_lang", waarden: { max: LINK_MAX_LENGTE } }];
  if (heeftSpatieOfStuurteken(invoer)) return [fout("fout.link_ongeldig")];

  let adres: URL;
  try {
    adres = new URL(invoer);
  } catch {
    return [fout("fout.link_ongeldig")];
  }
  if (adres.protocol !== "https:") return [fout("fout.link_geen_https")];
  if (adres.hostname === "") return [fout("fout.link_ongeldig")];
  if (adres.username !== "" || adres.password !== "") return [fout("fout.link_met_inlog")];
  if (adres.href.length > LINK_MAX_LENGTE)
    return [{ veld: VELD, sleutel: "fout.te_lang", waarden: { max: LINK_MAX_LENGTE } }];
  if (isInterneHost(adres.hostname)) return [fout("fout.link_intern")];
  return [];
}

function fout(sleutel: string): VeldFout {
  return { veld: VELD, sleutel };
}

/** The URL parser silently drops tabs and newlines and encodes spaces; a stored link should not need that. */
function heeftSpatieOfStuurteken(tekst: string): boolean {
  for (const teken of tekst) {
    const code = teken.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f || /\s/u.test(teken)) return true;
  }
  return false;
}

/**
 * The host as the URL parser serialises it: IPv4 always as four decimal numbers (it already turned
 * "0x7f.1" and "2130706433" into "127.0.0.1"), IPv6 in brackets and compressed lowercase hex.
 */
export function isInterneHost(host: string): boolean {
  const naam = host.endsWith(".") ? host.slice(0, -1) : host;
  if (naam === "localhost" || naam.endsWith(".localhost")) return true;
  const v4 = ipv4Octetten(naam);
  if (v4) return isInternIpv4(v4);
  if (naam.startsWith("[") && naam.endsWith("]")) {
    const v6 = ipv6Groepen(naam.slice(1, -1));
    return v6 === null || isInternIpv6(v6);
  }
  return false;
}

function ipv4Octetten(naam: string): number[] | null {
  const delen = naam.split(".");
  if (delen.length !== 4 || !delen.every((d) => /^\d{1,3}$/.test(d))) return null;
  const octetten = delen.map(Number);
  return octetten.every((o) => o <= 255) ? octetten : null;
}

/** This network, private, shared (CGNAT), loopback, link-local, multicast and reserved ranges. */
function isInternIpv4([a = 0, b = 0]: readonly number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    (a === 100 && b >= 64 && b <= 127) ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

/** Eight 16-bit groups, or null when the text is not a compressed IPv6 address without embedded IPv4. */
function ipv6Groepen(tekst: string): number[] | null {
  const helften = tekst.split("::");
  if (helften.length > 2) return null;
  const lees = (deel: string | undefined): number[] | null => {
    if (deel === undefined || deel === "") return [];
    const groepen = deel.split(":");
    return groepen.every((g) => /^[0-9a-f]{1,4}$/i.test(g)) ? groepen.map((g) => parseInt(g, 16)) : null;
  };
  const links = lees(helften[0]);
  const rechts = lees(helften[1]);
  if (links === null || rechts === null) return null;
  if (helften.length === 1) return links.length === 8 ? links : null;
  const nullen = 8 - links.length - rechts.length;
  return nullen >= 1 ? [...links, ...Array<number>(nullen).fill(0), ...rechts] : null;
}

/**
 * Unspecified, loopback and the deprecated IPv4-compatible block (::/96), unique local (fc00::/7),
 * link-local and site-local (fe80::/10, fec0::/10), multicast (ff00::/8), and an IPv4 address inside
 * ::ffff:0:0/96 or 64:ff9b::/96 that is itself internal.
 */
function isInternIpv6(g: readonly number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const ingebedIpv4 = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  const eersteVijfNul = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (eersteVijfNul && g5 === 0) return true;
  if (eersteVijfNul && g5 === 0xffff) return isInternIpv4(ingebedIpv4);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isInternIpv4(ingebedIpv4);
  if ((g0 & 0xfe00) === 0xfc00) return true;
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return true;
  return (g0 & 0xff00) === 0xff00;
}
