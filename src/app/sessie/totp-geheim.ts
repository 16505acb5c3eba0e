import { decodeHex } from "@oslojs/encoding";
import { isVersleuteld, moetOpnieuw, ontsleutel, versleutel, type Sleutelbos } from "../../adapters/crypto/geheimen.ts";

/** The purpose a person's TOTP secret is encrypted for: a ciphertext copied to another person does not open. */
function doel(gebruikerId: string): string {
  return `totp:${gebruikerId}`;
}

/** The TOTP secret (hex) as it is stored: encrypted under the current key. */
export function sluitTotpGeheim(bos: Sleutelbos, gebruikerId: string, geheimHex: string): string {
  return versleutel(bos, geheimHex, doel(gebruikerId));
}

/**
 * The TOTP secret's bytes from the stored value, and the value to store instead when it is still in
 * clear (rows from before decision 0039) or under the old key: re-encrypted at first use.
 */
export function openTotpGeheim(
  bos: Sleutelbos,
  gebruikerId: string,
  opgeslagen: string,
): { geheim: Uint8Array; vervanging: string | null } {
  const hex = isVersleuteld(opgeslagen) ? ontsleutel(bos, opgeslagen, doel(gebruikerId)) : opgeslagen;
  if (!/^[0-9a-f]{40}$/u.test(hex)) throw new Error("Het opgeslagen tweestapsgeheim heeft geen geldige vorm.");
  return {
    geheim: decodeHex(hex),
    vervanging: moetOpnieuw(bos, opgeslagen) ? sluitTotpGeheim(bos, gebruikerId, hex) : null,
  };
}
