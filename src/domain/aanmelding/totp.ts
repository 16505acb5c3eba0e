/**
 * Second factor for sign-in: TOTP (RFC 6238) as every authenticator app does it, plus single-use recovery
 * codes. Pure: the secret, the random bytes and the current time all come from the caller, so the same
 * inputs always give the same answer and the tests can use the RFC's own vectors.
 */
import { createTOTPKeyURI, verifyHOTP } from "@oslojs/otp";

/** What authenticator apps assume when the URI says nothing else: 30 seconds, 6 digits, HMAC-SHA-1. */
export const TOTP_PERIODE_SECONDEN = 30;
export const TOTP_CIJFERS = 6;
/** One step either way forgives a phone clock that is off by up to 30 s and a code typed just too late. */
export const TOTP_VENSTER_STAPPEN = 1;
/** RFC 4226 section 4: a shared secret of at least 128 bits (the caller should generate 160, 20 bytes). */
export const TOTP_GEHEIM_MIN_BYTES = 16;

export type TotpUitkomst = { readonly geldig: true; readonly stap: number } | { readonly geldig: false };

/** The RFC 6238 time step (counter) that contains the given moment. */
export function totpStap(nuMs: number): number {
  if (!Number.isFinite(nuMs) || nuMs < 0) throw new RangeError(`Ongeldig tijdstip: ${nuMs}`);
  return Math.floor(nuMs / (TOTP_PERIODE_SECONDEN * 1000));
}

function eisGeheim(geheim: Uint8Array): void {
  if (geheim.length < TOTP_GEHEIM_MIN_BYTES) {
    throw new RangeError(`Een TOTP-geheim heeft minstens ${TOTP_GEHEIM_MIN_BYTES} bytes nodig.`);
  }
}

/**
 * Checks a code typed by the user. Spaces are ignored ("287 082" as apps show it); anything that is then
 * not exactly six ASCII digits is refused without computing a code. Accepts the current step and one
 * either side, but never a step at or before `laatstGebruikteStap`: a code, once accepted, cannot be
 * used again (RFC 6238 section 5.2), not even by someone watching over the user's shoulder. On success
 * the caller must store the returned `stap` as the new laatstGebruikteStap, in the same transaction that
 * signs the user in. The comparison is constant-time (verifyHOTP), and all steps in the window are always
 * computed, so the time taken says nothing about which step matched.
 */
export function controleerTotp(
  geheim: Uint8Array,
  code: string,
  nuMs: number,
  laatstGebruikteStap: number | null,
): TotpUitkomst {
  eisGeheim(geheim);
  const huidige = totpStap(nuMs);
  const schoon = code.replace(/\s+/gu, "");
  if (!/^[0-9]{6}$/u.test(schoon)) return { geldig: false };
  let gevonden: number | null = null;
  for (let stap = huidige - TOTP_VENSTER_STAPPEN; stap <= huidige + TOTP_VENSTER_STAPPEN; stap++) {
    if (stap < 0) continue;
    const klopt = verifyHOTP(geheim, BigInt(stap), TOTP_CIJFERS, schoon);
    const nietHergebruikt = laatstGebruikteStap === null || stap > laatstGebruikteStap;
    if (klopt && nietHergebruikt && gevonden === null) gevonden = stap;
  }
  return gevonden === null ? { geldig: false } : { geldig: true, stap: gevonden };
}

export interface TotpUriGegevens {
  /** Shown in the app as the service name; "Meldwijzer". */
  readonly uitgever: string;
  /** Shown under it, so a user with several accounts knows which is which: the e-mail address. */
  readonly account: string;
}

/** The otpauth:// URI that the QR code carries, with period, digits and algorithm spelled out. */
export function totpUri(geheim: Uint8Array, gegevens: TotpUriGegevens): string {
  eisGeheim(geheim);
  return createTOTPKeyURI(gegevens.uitgever, gegevens.account, geheim, TOTP_PERIODE_SECONDEN, TOTP_CIJFERS);
}

// Crockford's base32: no I, L, O or U, so a code read aloud or copied from paper is hard to get wrong.
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const HERSTELCODE_TEKENS = 10;
/** 50 bits are used; asking for 7 bytes (56 bits) keeps the caller from passing too little by accident. */
export const HERSTELCODE_MIN_BYTES = 7;

/**
 * Turns random bytes from the caller into a recovery code as shown to the user: ten Crockford base32
 * characters (the first 50 bits) in two groups, "XXXXX-XXXXX". Bytes beyond the seventh are ignored.
 */
export function formatteerHerstelcode(ruw: Uint8Array): string {
  if (ruw.length < HERSTELCODE_MIN_BYTES) {
    throw new RangeError(`Een herstelcode heeft minstens ${HERSTELCODE_MIN_BYTES} willekeurige bytes nodig.`);
  }
  let tekens = "";
  for (let i = 0; i < HERSTELCODE_TEKENS; i++) {
    let waarde = 0;
    for (let b = 0; b < 5; b++) {
      const bit = i * 5 + b;
      const byte = ruw[bit >> 3] ?? 0;
      waarde = (waarde << 1) | ((byte >> (7 - (bit & 7))) & 1);
    }
    tekens += CROCKFORD[waarde] ?? "";
  }
  return `${tekens.slice(0, 5)}-${tekens.slice(5)}`;
}

const MAX_INVOER = 64;
const VERWARBAAR: Readonly<Record<string, string>> = { O: "0", I: "1", L: "1" };

/**
 * Reads a recovery code as typed: any case, spaces and dashes anywhere, and O, I and L taken as 0, 1 and
 * 1, as Crockford prescribes. Returns the canonical form, which is exactly what formatteerHerstelcode
 * showed ("XXXXX-XXXXX"), or null when it cannot be a recovery code. Store and compare hashes of this
 * form only, so that a differently typed but equal code matches.
 */
export function normaliseerHerstelcode(invoer: string): string | null {
  // Generous for spaces, yet no reason to normalise a pasted page.
  if (invoer.length > MAX_INVOER) return null;
  const tekens = [
    ...invoer
      .normalize("NFKC")
      .replace(/[\s\-\u2010-\u2015\u2212]+/gu, "")
      .toUpperCase(),
  ].map((teken) => VERWARBAAR[teken] ?? teken);
  if (tekens.length !== HERSTELCODE_TEKENS || !tekens.every((teken) => CROCKFORD.includes(teken))) return null;
  const code = tekens.join("");
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
