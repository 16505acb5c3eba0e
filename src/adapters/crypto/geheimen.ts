import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Secrets at rest (decision 0039): TOTP secrets and OIDC client secrets are stored encrypted with
 * AES-256-GCM under a key from the environment. A stored value reads
 *
 *   mwg1.<key id>.<iv>.<ciphertext>.<tag>      (base64url parts; key id: 8 hex characters)
 *
 * The key id says which key encrypted it, so that after a rotation the old key (MELDWIJZER_GEHEIM_SLEUTEL_OUD)
 * still opens what was not yet re-encrypted. The "doel" (e.g. `totp:<user id>`) is bound in as additional
 * authenticated data: a ciphertext copied to another row or column does not open there.
 */

export interface GeheimSleutel {
  /** 8 hex characters of a SHA-256 over the key: names the key without revealing it. */
  readonly id: string;
  readonly bytes: Buffer;
}

export interface Sleutelbos {
  /** Encrypts everything new. */
  readonly huidig: GeheimSleutel;
  /** Still accepted for reading, during a rotation. */
  readonly oud: GeheimSleutel | null;
  /** True for the derived development key: never in production. */
  readonly ontwikkel: boolean;
}

const VOORVOEGSEL = "mwg1";
const VORM = /^mwg1\.([0-9a-f]{8})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{22})$/u;

/** The development key, derived from a fixed text: anyone can derive it, so it protects nothing and is refused in production. */
const ONTWIKKEL_AFLEIDING =
  "Meldwijzer ontwikkelsleutel voor geheimen in rust: alleen voor de demo en tests, nooit voor echte gegevens";

export function sleutelVan(bytes: Buffer): GeheimSleutel {
  if (bytes.length !== 32) throw new Error("Een geheimsleutel is precies 32 bytes.");
  return {
    id: createHash("sha256").update("meldwijzer-geheim-sleutel\n").update(bytes).digest("hex").slice(0, 8),
    bytes,
  };
}

export function ontwikkelSleutel(): GeheimSleutel {
  return sleutelVan(createHash("sha256").update(ONTWIKKEL_AFLEIDING).digest());
}

function leesSleutel(naam: string, waarde: string): GeheimSleutel {
  const tekst = waarde.trim();
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/u.test(tekst) ? Buffer.from(tekst, "base64") : Buffer.alloc(0);
  if (bytes.length !== 32) {
    throw new Error(
      `${naam} moet 32 bytes zijn, base64-gecodeerd (44 tekens), bijvoorbeeld de uitvoer van \`openssl rand -base64 32\`.`,
    );
  }
  return sleutelVan(bytes);
}

/**
 * MELDWIJZER_GEHEIM_SLEUTEL (required under NODE_ENV=production) and, during a rotation,
 * MELDWIJZER_GEHEIM_SLEUTEL_OUD. Without a key (development, demo, tests) the derived development key is used.
 */
export function leesSleutelbos(env: NodeJS.ProcessEnv): Sleutelbos {
  const waarde = env["MELDWIJZER_GEHEIM_SLEUTEL"]?.trim();
  const oudWaarde = env["MELDWIJZER_GEHEIM_SLEUTEL_OUD"]?.trim();
  const productie = env["NODE_ENV"] === "production";
  if (!waarde) {
    if (productie) {
      throw new Error(
        "MELDWIJZER_GEHEIM_SLEUTEL ontbreekt: in productie worden tweestapsgeheimen en OIDC-clientgeheimen alleen versleuteld met een sleutel uit de omgeving (32 bytes, base64; bijvoorbeeld `openssl rand -base64 32`).",
      );
    }
    if (oudWaarde) throw new Error("MELDWIJZER_GEHEIM_SLEUTEL_OUD is gezet zonder MELDWIJZER_GEHEIM_SLEUTEL.");
    return { huidig: ontwikkelSleutel(), oud: null, ontwikkel: true };
  }
  const huidig = leesSleutel("MELDWIJZER_GEHEIM_SLEUTEL", waarde);
  const oud = oudWaarde ? leesSleutel("MELDWIJZER_GEHEIM_SLEUTEL_OUD", oudWaarde) : null;
  if (oud && oud.id === huidig.id)
    throw new Error("MELDWIJZER_GEHEIM_SLEUTEL_OUD is dezelfde sleutel als MELDWIJZER_GEHEIM_SLEUTEL.");
  return { huidig, oud, ontwikkel: false };
}

/** Encrypts under the current key; `doel` names where the value is stored (e.g. `totp:<user id>`). */
export function versleutel(bos: Sleutelbos, tekst: string, doel: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", bos.huidig.bytes, iv);
  cipher.setAAD(Buffer.from(`${VOORVOEGSEL}\n${bos.huidig.id}\n${doel}`, "utf8"));
  const ct = Buffer.concat([cipher.update(tekst, "utf8"), cipher.final()]);
  return [
    VOORVOEGSEL,
    bos.huidig.id,
    iv.toString("base64url"),
    ct.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
  ].join(".");
}

/** A stored value that cannot be opened: unknown key, altered, or stored for another purpose. */
export class GeheimOnleesbaarFout extends Error {
  constructor(readonly sleutelId: string | null) {
    super(
      sleutelId
        ? `Een versleuteld geheim kan niet worden geopend (sleutel ${sleutelId}).`
        : "Een opgeslagen geheim heeft geen geldige vorm.",
    );
    this.name = "GeheimOnleesbaarFout";
  }
}

export function isVersleuteld(waarde: string): boolean {
  return waarde.startsWith(`${VOORVOEGSEL}.`);
}

/** The key id of a stored value, or null when it is not (yet) encrypted. */
export function sleutelIdVan(waarde: string): string | null {
  return VORM.exec(waarde)?.[1] ?? null;
}

/** Opens a value with whichever key of the ring encrypted it. */
export function ontsleutel(bos: Sleutelbos, waarde: string, doel: string): string {
  const delen = VORM.exec(waarde);
  if (!delen) throw new GeheimOnleesbaarFout(null);
  const [, id, iv, ct, tag] = delen as unknown as [string, string, string, string, string];
  const sleutel = [bos.huidig, bos.oud].find((s) => s?.id === id);
  if (!sleutel) throw new GeheimOnleesbaarFout(id);
  try {
    const decipher = createDecipheriv("aes-256-gcm", sleutel.bytes, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(`${VOORVOEGSEL}\n${id}\n${doel}`, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new GeheimOnleesbaarFout(id);
  }
}

/** Does this stored value need re-encrypting (clear text, or under the old key)? */
export function moetOpnieuw(bos: Sleutelbos, waarde: string): boolean {
  return sleutelIdVan(waarde) !== bos.huidig.id;
}

let procesBos: Sleutelbos | undefined;

/** The process's key ring, read once from the environment (the runtime reads it at start, so a bad key stops the start). */
export function procesSleutelbos(): Sleutelbos {
  procesBos ??= leesSleutelbos(process.env);
  return procesBos;
}
