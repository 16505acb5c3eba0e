import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { controlepuntSchema, type Controlepunt, type GelezenControlepunt } from "../../domain/toegang/controlepunt.ts";

/**
 * Checkpoints of the access log as files in a directory outside the database (decision 0028), and the
 * key they are signed with. Each checkpoint is a file of its own, written under a temporary name and
 * then renamed, so several processes can write into one directory without overwriting each other.
 */

export interface LogControleInstellingen {
  /** MELDWIJZER_CONTROLEPUNTEN, default DATA_DIR/controlepunten. */
  readonly map: string;
  /** MELDWIJZER_LOG_SLEUTEL; without it (never in production) a development key in DATA_DIR is used. */
  readonly sleutel: string | undefined;
  readonly dataDir: string;
}

const MINIMALE_SLEUTELLENGTE = 32;
const BESTAND = /^controlepunt-[0-9TZ-]+-[0-9a-f]{8}\.json$/u;

/** Reads the settings; under NODE_ENV=production a missing or short key stops the start. */
export function leesLogControleInstellingen(env: NodeJS.ProcessEnv, dataDir: string): LogControleInstellingen {
  const sleutel = env["MELDWIJZER_LOG_SLEUTEL"]?.trim() || undefined;
  if (sleutel !== undefined && sleutel.length < MINIMALE_SLEUTELLENGTE) {
    throw new Error(
      `MELDWIJZER_LOG_SLEUTEL is te kort: gebruik minstens ${MINIMALE_SLEUTELLENGTE} tekens, bijvoorbeeld de uitvoer van \`openssl rand -hex 32\`.`,
    );
  }
  if (sleutel === undefined && env["NODE_ENV"] === "production") {
    throw new Error(
      "MELDWIJZER_LOG_SLEUTEL ontbreekt: in productie worden de controlepunten van het toegangslog alleen ondertekend met een sleutel uit de omgeving (bijvoorbeeld `openssl rand -hex 32`).",
    );
  }
  const map = env["MELDWIJZER_CONTROLEPUNTEN"]?.trim();
  return { map: path.resolve(map || path.join(dataDir, "controlepunten")), sleutel, dataDir };
}

/**
 * The signing key as bytes. Without MELDWIJZER_LOG_SLEUTEL, a random development key is created once
 * in DATA_DIR/toegangslog-sleutel (readable by the owner only) and read from there afterwards.
 */
export async function laadLogSleutel(instellingen: LogControleInstellingen): Promise<Uint8Array> {
  if (instellingen.sleutel !== undefined) return new TextEncoder().encode(instellingen.sleutel);
  const bestand = path.join(instellingen.dataDir, "toegangslog-sleutel");
  await mkdir(instellingen.dataDir, { recursive: true });
  try {
    await writeFile(bestand, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (fout) {
    if ((fout as NodeJS.ErrnoException).code !== "EEXIST") throw fout;
  }
  return new TextEncoder().encode((await readFile(bestand, "utf8")).trim());
}

async function namen(map: string): Promise<string[]> {
  try {
    return (await readdir(map)).filter((n) => BESTAND.test(n)).sort();
  } catch (fout) {
    if ((fout as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw fout;
  }
}

async function lees(map: string, naam: string): Promise<GelezenControlepunt> {
  try {
    const gelezen = controlepuntSchema.safeParse(JSON.parse(await readFile(path.join(map, naam), "utf8")));
    return { naam, punt: gelezen.success ? gelezen.data : null };
  } catch {
    return { naam, punt: null };
  }
}

/** Every checkpoint in the directory, oldest first (the names sort by time). */
export async function leesControlepunten(map: string): Promise<GelezenControlepunt[]> {
  return Promise.all((await namen(map)).map((naam) => lees(map, naam)));
}

/** The newest checkpoint, or null when there is none. */
export async function leesNieuwsteControlepunt(map: string): Promise<GelezenControlepunt | null> {
  const laatste = (await namen(map)).at(-1);
  return laatste ? lees(map, laatste) : null;
}

/** Writes a checkpoint as a new file and returns its name. */
export async function schrijfControlepunt(map: string, punt: Controlepunt): Promise<string> {
  await mkdir(map, { recursive: true });
  const naam = `controlepunt-${punt.tijdstip.replace(/[:.]/gu, "-")}-${randomBytes(4).toString("hex")}.json`;
  const tijdelijk = path.join(map, `.${naam}.tmp`);
  await writeFile(tijdelijk, `${JSON.stringify(punt, null, 1)}\n`, { flag: "wx", mode: 0o644 });
  await rename(tijdelijk, path.join(map, naam));
  return naam;
}

/** The checkpoint files as they are, oldest first: what a backup carries (decision 0037). */
export async function leesControlepuntBestanden(map: string): Promise<{ naam: string; inhoud: string }[]> {
  return Promise.all(
    (await namen(map)).map(async (naam) => ({ naam, inhoud: await readFile(path.join(map, naam), "utf8") })),
  );
}

/**
 * A restore replaces the log, so the checkpoints of the log it replaces no longer apply: they are
 * moved, not deleted, into a sibling directory `<map>.voor-herstel-<moment>`, and the backup's own
 * checkpoints are written in their place. Returns the directory the old ones went to, or null.
 */
export async function vervangControlepunten(
  map: string,
  bestanden: readonly { naam: string; inhoud: string }[],
  moment: Date,
): Promise<string | null> {
  const oud = await namen(map);
  let opzij: string | null = null;
  if (oud.length > 0) {
    opzij = `${map}.voor-herstel-${moment.toISOString().replace(/[:.]/gu, "-")}`;
    await mkdir(opzij, { recursive: true });
    for (const naam of oud) await rename(path.join(map, naam), path.join(opzij, naam));
  }
  await mkdir(map, { recursive: true });
  for (const { naam, inhoud } of bestanden) {
    if (!BESTAND.test(naam)) continue;
    const tijdelijk = path.join(map, `.${naam}.tmp`);
    await writeFile(tijdelijk, inhoud, { flag: "w", mode: 0o644 });
    await rename(tijdelijk, path.join(map, naam));
  }
  return opzij;
}
