import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/** 160 random bits: the token goes to the browser, only its SHA-256 is stored. */
export function maakSessieToken(): string {
  return willekeurigeTekst(20);
}

/** Random bytes as lowercase base32: for session tokens and one-time links. */
export function willekeurigeTekst(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

export function willekeurigeBytes(aantal: number): Uint8Array {
  const buffer = new Uint8Array(aantal);
  crypto.getRandomValues(buffer);
  return buffer;
}

export function sha256Hex(tekst: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(tekst)));
}

export function sessieIdVan(token: string): string {
  return sha256Hex(token);
}
