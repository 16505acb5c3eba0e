import { hash, verify } from "@node-rs/argon2";
import { normaliseerWachtwoord } from "../../domain/aanmelding/wachtwoord.ts";

/**
 * argon2id with the library's defaults (19 MiB, 2 passes): OWASP's minimum for argon2id. The
 * password is NFC-normalised first, so the same characters typed on another keyboard still match.
 */
export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(normaliseerWachtwoord(wachtwoord));
}

export async function verifieerWachtwoord(hashWaarde: string, wachtwoord: string): Promise<boolean> {
  try {
    return await verify(hashWaarde, normaliseerWachtwoord(wachtwoord));
  } catch {
    return false;
  }
}
