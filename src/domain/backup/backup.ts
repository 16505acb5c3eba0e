import { decodeBase64, decodeHex } from "@oslojs/encoding";
import { z } from "zod";

/**
 * The backup file of `npm run backup` (decision 0037), as pure rules: the header, the manifest and
 * how the payload is framed, the key, and which dump tools may handle which server. The encryption
 * itself (AES-256-GCM) is in src/adapters/crypto/backup-versleuteling.ts.
 *
 * File layout, version 1:
 *
 *   0  "MWBACKUP"                       8 bytes, ASCII
 *   8  version                          1 byte (1)
 *   9  encryption                       1 byte: 0 none, 1 AES-256-GCM
 *   10 IV                               12 bytes, only when encrypted
 *   …  payload, or its ciphertext followed by the 16-byte GCM tag
 *
 * The payload: the manifest's length (4 bytes, big-endian), the manifest as UTF-8 JSON, then the
 * database dump itself. When encrypted, the header bytes are the GCM's additional data, so a header
 * changed to say "not encrypted" or "version 2" fails the tag check.
 */

export const MAGIE = "MWBACKUP";
export const VERSIE = 1;
export const IV_LENGTE = 12;
export const TAG_LENGTE = 16;
const KOP_LENGTE = MAGIE.length + 2;

export type Versleuteling = "geen" | "aes-256-gcm";

export class BackupFout extends Error {
  constructor(bericht: string) {
    super(bericht);
    this.name = "BackupFout";
  }
}

export function maakKop(versleuteling: Versleuteling, iv?: Uint8Array): Uint8Array {
  const kop = new Uint8Array(KOP_LENGTE + (versleuteling === "geen" ? 0 : IV_LENGTE));
  kop.set(new TextEncoder().encode(MAGIE), 0);
  kop[MAGIE.length] = VERSIE;
  kop[MAGIE.length + 1] = versleuteling === "geen" ? 0 : 1;
  if (versleuteling !== "geen") {
    if (!iv || iv.length !== IV_LENGTE) throw new Error("IV van 12 bytes vereist");
    kop.set(iv, KOP_LENGTE);
  }
  return kop;
}

export interface GelezenKop {
  readonly versleuteling: Versleuteling;
  /** The header bytes as read: the additional data of the GCM. */
  readonly kop: Uint8Array;
  readonly iv: Uint8Array | null;
  /** Everything after the header. */
  readonly rest: Uint8Array;
}

export function leesKop(bestand: Uint8Array): GelezenKop {
  if (bestand.length < KOP_LENGTE || new TextDecoder().decode(bestand.subarray(0, MAGIE.length)) !== MAGIE) {
    throw new BackupFout("Dit is geen back-up van Meldwijzer (het bestand begint niet met MWBACKUP).");
  }
  const versie = bestand[MAGIE.length];
  if (versie !== VERSIE)
    throw new BackupFout(
      `Deze back-up heeft formaatversie ${String(versie)}; deze versie van Meldwijzer leest alleen versie ${VERSIE}.`,
    );
  const soort = bestand[MAGIE.length + 1];
  if (soort === 0)
    return {
      versleuteling: "geen",
      kop: bestand.subarray(0, KOP_LENGTE),
      iv: null,
      rest: bestand.subarray(KOP_LENGTE),
    };
  if (soort !== 1)
    throw new BackupFout("De kop van de back-up noemt een onbekende versleuteling; het bestand is beschadigd.");
  const eind = KOP_LENGTE + IV_LENGTE;
  if (bestand.length < eind + TAG_LENGTE) throw new BackupFout("De back-up is afgebroken: het bestand is te kort.");
  return {
    versleuteling: "aes-256-gcm",
    kop: bestand.subarray(0, eind),
    iv: bestand.subarray(KOP_LENGTE, eind),
    rest: bestand.subarray(eind),
  };
}

/**
 * MELDWIJZER_BACKUP_SLEUTEL: exactly 32 bytes, written as 64 hexadecimal characters
 * (`openssl rand -hex 32`) or as base64 (`openssl rand -base64 32`). No passphrase: the key is used
 * as it is, so no salt or key derivation is needed.
 */
export function leesBackupSleutel(waarde: string | undefined): Uint8Array | null {
  const tekst = waarde?.trim();
  if (!tekst) return null;
  let sleutel: Uint8Array | null = null;
  if (/^[0-9a-fA-F]{64}$/u.test(tekst)) sleutel = decodeHex(tekst.toLowerCase());
  else if (/^[A-Za-z0-9+/]{43}=$/u.test(tekst)) {
    try {
      sleutel = decodeBase64(tekst);
    } catch {
      sleutel = null;
    }
  }
  if (!sleutel || sleutel.length !== 32) {
    throw new BackupFout(
      "MELDWIJZER_BACKUP_SLEUTEL moet precies 32 bytes zijn: 64 hexadecimale tekens (openssl rand -hex 32) of base64 (openssl rand -base64 32).",
    );
  }
  return sleutel;
}

const kopSchema = z.strictObject({
  keten: z.string(),
  lengte: z.number().int().nonnegative(),
  hash: z.string(),
  tijdstip: z.string(),
});

export const manifestSchema = z.strictObject({
  formaat: z.literal(VERSIE),
  soort: z.enum(["pglite", "postgres"]),
  gemaaktOp: z.string(),
  /** "pg_dump (PostgreSQL) 15.18" or "PGlite 0.5.16": what wrote the dump. */
  programma: z.string(),
  /** The major version of the PostgreSQL the dump came from. */
  serverVersie: z.number().int().positive(),
  /** The newest migration applied at the time of the backup. */
  migratie: z.string().nullable(),
  dumpSha256: z.string().regex(/^[0-9a-f]{64}$/u),
  inhoud: z.strictObject({
    organisaties: z.number().int(),
    dossiers: z.number().int(),
    gebeurtenissen: z.number().int(),
    logregels: z.number().int(),
  }),
  /** The last entry of every chain of the access log, in the backup's own snapshot. */
  ketens: z.array(kopSchema),
  /** The access log's checkpoint files up to the backup (decision 0028), restored with the data. */
  controlepunten: z.array(
    z.strictObject({ naam: z.string().regex(/^controlepunt-[0-9TZ-]+-[0-9a-f]{8}\.json$/u), inhoud: z.string() }),
  ),
});

export type Manifest = z.output<typeof manifestSchema>;

/** The payload: manifest length, manifest, dump. */
export function verpak(manifest: Manifest, dump: Uint8Array): Uint8Array {
  const tekst = new TextEncoder().encode(JSON.stringify(manifest));
  const uit = new Uint8Array(4 + tekst.length + dump.length);
  new DataView(uit.buffer).setUint32(0, tekst.length);
  uit.set(tekst, 4);
  uit.set(dump, 4 + tekst.length);
  return uit;
}

export function pakUit(inhoud: Uint8Array): { manifest: Manifest; dump: Uint8Array } {
  if (inhoud.length < 4) throw new BackupFout("De back-up is leeg of afgebroken.");
  const lengte = new DataView(inhoud.buffer, inhoud.byteOffset, inhoud.byteLength).getUint32(0);
  if (4 + lengte > inhoud.length) throw new BackupFout("De back-up is afgebroken: de beschrijving is onvolledig.");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(inhoud.subarray(4, 4 + lengte)));
  } catch {
    throw new BackupFout("De beschrijving in de back-up is onleesbaar; het bestand is beschadigd.");
  }
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success)
    throw new BackupFout(
      "De beschrijving in de back-up klopt niet; het bestand is beschadigd of door een andere versie gemaakt.",
    );
  return { manifest: manifest.data, dump: inhoud.subarray(4 + lengte) };
}

/** The major version in `pg_dump --version` / `pg_restore --version` output, or null. */
export function hoofdversie(uitvoer: string): number | null {
  const m = /\(PostgreSQL\)\s+(\d+)/u.exec(uitvoer);
  return m ? Number(m[1]) : null;
}

/** pg_dump and pg_restore handle servers up to their own major version, not newer ones. */
export function programmaPastBij(programma: number, server: number): boolean {
  return programma >= server;
}
