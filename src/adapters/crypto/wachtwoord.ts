import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (19 MiB, 2 passes): OWASP's minimum for argon2id. */
export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(wachtwoord);
}

export async function verifieerWachtwoord(hashWaarde: string, wachtwoord: string): Promise<boolean> {
  try {
    return await verify(hashWaarde, wachtwoord);
  } catch {
    return false;
  }
}
