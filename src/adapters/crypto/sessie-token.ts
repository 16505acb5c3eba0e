import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/** 160 random bits: the token goes to the browser, only its SHA-256 is stored. */
export function maakSessieToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessieIdVan(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
