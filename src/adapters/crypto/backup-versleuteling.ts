import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { BackupFout, leesKop, maakKop, TAG_LENGTE } from "../../domain/backup/backup.ts";

/**
 * Writes the backup file: the header, then the payload, encrypted with AES-256-GCM under the key when
 * one is given (a fresh random 96-bit IV per file; the header is the additional authenticated data).
 */
export function schrijfBackupBytes(payload: Uint8Array, sleutel: Uint8Array | null): Buffer {
  if (!sleutel) return Buffer.concat([maakKop("geen"), payload]);
  const iv = randomBytes(12);
  const kop = maakKop("aes-256-gcm", iv);
  const cipher = createCipheriv("aes-256-gcm", sleutel, iv);
  cipher.setAAD(kop);
  const versleuteld = Buffer.concat([cipher.update(payload), cipher.final()]);
  return Buffer.concat([kop, versleuteld, cipher.getAuthTag()]);
}

/** Reads a backup file back to its payload; a wrong key or any changed byte is refused. */
export function leesBackupBytes(
  bestand: Uint8Array,
  sleutel: Uint8Array | null,
): { payload: Uint8Array; versleuteld: boolean } {
  const kop = leesKop(bestand);
  if (kop.versleuteling === "geen") return { payload: kop.rest, versleuteld: false };
  if (!sleutel)
    throw new BackupFout(
      "Deze back-up is versleuteld. Zet MELDWIJZER_BACKUP_SLEUTEL op de sleutel waarmee hij is gemaakt.",
    );
  const tag = kop.rest.subarray(kop.rest.length - TAG_LENGTE);
  const decipher = createDecipheriv("aes-256-gcm", sleutel, kop.iv as Uint8Array);
  decipher.setAAD(kop.kop);
  decipher.setAuthTag(tag);
  try {
    return {
      payload: Buffer.concat([decipher.update(kop.rest.subarray(0, kop.rest.length - TAG_LENGTE)), decipher.final()]),
      versleuteld: true,
    };
  } catch {
    throw new BackupFout(
      "De sleutel past niet bij deze back-up, of het bestand is beschadigd: MELDWIJZER_BACKUP_SLEUTEL moet de sleutel zijn waarmee de back-up is gemaakt. Er is niets hersteld.",
    );
  }
}
