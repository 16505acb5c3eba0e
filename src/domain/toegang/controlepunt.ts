import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { hmac } from "@oslojs/crypto/hmac";
import { SHA256 } from "@oslojs/crypto/sha2";
import { decodeHex, encodeHexLowerCase } from "@oslojs/encoding";
import { z } from "zod";

/**
 * A checkpoint (*controlepunt*) records, at one moment, the length and last hash of every chain of the
 * access log, signed with HMAC-SHA-256 under a key the database does not hold (decision 0028). It is
 * kept outside the database. Because each hash covers everything before it, a chain that still ends,
 * at the recorded length, in the recorded hash has not been changed up to there; a chain that is
 * shorter lost its newest entries, and a different hash means the tail was rewritten.
 */

export interface KetenKop {
  readonly keten: string;
  /** The number of entries in the chain: the volgnummer of its last entry. */
  readonly lengte: number;
  readonly hash: string;
}

export interface Controlepunt {
  readonly versie: 1;
  /** ISO 8601 UTC: when the heads were read. */
  readonly tijdstip: string;
  readonly koppen: readonly KetenKop[];
  /** Lowercase hex HMAC-SHA-256 over `controlepuntTekst`. */
  readonly handtekening: string;
}

/** A checkpoint as found outside the database: its file name, and null when it is not a readable checkpoint. */
export interface GelezenControlepunt {
  readonly naam: string;
  readonly punt: Controlepunt | null;
}

const HEX64 = /^[0-9a-f]{64}$/u;

export const controlepuntSchema = z.strictObject({
  versie: z.literal(1),
  tijdstip: z.iso.datetime(),
  koppen: z.array(
    z.strictObject({ keten: z.string().min(1), lengte: z.int().positive(), hash: z.string().regex(HEX64) }),
  ),
  handtekening: z.string().regex(HEX64),
});

function gesorteerd(koppen: readonly KetenKop[]): KetenKop[] {
  return [...koppen].sort((a, b) => (a.keten < b.keten ? -1 : a.keten > b.keten ? 1 : 0));
}

/** The signed bytes: a fixed label, the version, the time and the heads sorted by chain. */
export function controlepuntTekst(tijdstip: string, koppen: readonly KetenKop[]): string {
  return JSON.stringify([
    "meldwijzer-toegangslog-controlepunt",
    1,
    tijdstip,
    gesorteerd(koppen).map((k) => [k.keten, k.lengte, k.hash]),
  ]);
}

function onderteken(sleutel: Uint8Array, tijdstip: string, koppen: readonly KetenKop[]): Uint8Array {
  return hmac(SHA256, sleutel, new TextEncoder().encode(controlepuntTekst(tijdstip, koppen)));
}

export function maakControlepunt(sleutel: Uint8Array, tijdstip: string, koppen: readonly KetenKop[]): Controlepunt {
  return {
    versie: 1,
    tijdstip,
    koppen: gesorteerd(koppen),
    handtekening: encodeHexLowerCase(onderteken(sleutel, tijdstip, koppen)),
  };
}

/** True when the checkpoint was signed with this key and not changed since. */
export function handtekeningKlopt(sleutel: Uint8Array, punt: Controlepunt): boolean {
  if (!HEX64.test(punt.handtekening)) return false;
  return constantTimeEqual(onderteken(sleutel, punt.tijdstip, punt.koppen), decodeHex(punt.handtekening));
}

/** Whether two sets of heads are the same (then a new checkpoint would add nothing). */
export function zelfdeKoppen(a: readonly KetenKop[], b: readonly KetenKop[]): boolean {
  return controlepuntTekst("", a) === controlepuntTekst("", b);
}

export type ControlepuntBreuk =
  /** The file is not a checkpoint signed with the configured key: forged, edited, or another key. */
  | { readonly soort: "handtekening"; readonly controlepunt: string }
  /** The chain ends at `volgnummer` (0: it is gone), but the checkpoint saw it reach `verwacht`. */
  | {
      readonly soort: "ingekort";
      readonly keten: string;
      readonly volgnummer: number;
      readonly verwacht: number;
      readonly controlepunt: string;
    }
  /** Entry `volgnummer` has another hash than the checkpoint recorded: the chain was rewritten up to here. */
  | {
      readonly soort: "herschreven";
      readonly keten: string;
      readonly volgnummer: number;
      readonly controlepunt: string;
    };

export interface Verwachting {
  readonly hash: string;
  readonly controlepunt: string;
}

/** What the signed checkpoints promise, per chain: the hash at each recorded length. */
export class Verwachtingen {
  private readonly perKeten = new Map<string, Map<number, Verwachting[]>>();

  voegToe(naam: string, punt: Controlepunt): void {
    for (const kop of punt.koppen) {
      const keten = this.perKeten.get(kop.keten) ?? new Map<number, Verwachting[]>();
      this.perKeten.set(kop.keten, keten);
      const eerder = keten.get(kop.lengte) ?? [];
      // Checkpoints of a quiet chain repeat its head: keep one promise per distinct hash, so memory grows with the changes, not with the files.
      if (!eerder.some((v) => v.hash === kop.hash))
        keten.set(kop.lengte, [...eerder, { hash: kop.hash, controlepunt: naam }]);
    }
  }

  ketens(): string[] {
    return [...this.perKeten.keys()];
  }

  /** The first promise the entry breaks, if any. */
  toets(keten: string, volgnummer: number, hash: string): ControlepuntBreuk | null {
    const afwijkend = this.perKeten
      .get(keten)
      ?.get(volgnummer)
      ?.find((v) => v.hash !== hash);
    return afwijkend ? { soort: "herschreven", keten, volgnummer, controlepunt: afwijkend.controlepunt } : null;
  }

  /** When the chain ends at `lengte` but a checkpoint saw it longer: the longest such promise. */
  toetsEinde(keten: string, lengte: number): ControlepuntBreuk | null {
    let langste: { lengte: number; controlepunt: string } | null = null;
    for (const [verwacht, lijst] of this.perKeten.get(keten) ?? []) {
      const eerste = lijst[0];
      if (verwacht > lengte && eerste && (!langste || verwacht > langste.lengte))
        langste = { lengte: verwacht, controlepunt: eerste.controlepunt };
    }
    return langste
      ? { soort: "ingekort", keten, volgnummer: lengte, verwacht: langste.lengte, controlepunt: langste.controlepunt }
      : null;
  }
}
