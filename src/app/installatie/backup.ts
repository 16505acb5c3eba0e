import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import {
  laadLogSleutel,
  leesControlepuntBestanden,
  leesControlepunten,
  vervangControlepunten,
  type LogControleInstellingen,
} from "../../adapters/bestanden/controlepunten.ts";
import { leesBackupBytes, schrijfBackupBytes } from "../../adapters/crypto/backup-versleuteling.ts";
import { openDatabase, type GeopendeDatabase } from "../../adapters/db/database.ts";
import { aantalTabellen, leesStand, pgDump, pgRestore, type Bevraag, type Stand } from "../../adapters/db/dump.ts";
import { BackupFout, pakUit, verpak, type Manifest } from "../../domain/backup/backup.ts";
import { controlepuntSchema, handtekeningKlopt } from "../../domain/toegang/controlepunt.ts";
import { DoelNietLeegFout } from "../../adapters/db/database.ts";
import { controleerToegangslog, type KetenRapport } from "../toegang/controleer-keten.ts";
import { legControlepuntVast } from "../toegang/controlepunt.ts";

/**
 * Backup and restore of the whole database (decision 0037), for `npm run backup` and
 * `npm run restore`. A backup carries the access log's checkpoints with the data, so that the
 * restored log is checked against exactly the checkpoints that belong to it.
 */

export interface BackupOmgeving {
  /** postgres://… or empty for PGlite in dataDir. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly migratiesMap: string;
  readonly logcontrole: LogControleInstellingen;
  /** MELDWIJZER_BACKUP_SLEUTEL as 32 bytes, or null: no encryption. */
  readonly backupSleutel: Uint8Array | null;
  readonly klok: () => Date;
}

function bevraagDrizzle(db: GeopendeDatabase): Bevraag {
  return async (tekst) => {
    const uitkomst: unknown = await db.db.execute(sql.raw(tekst));
    return (uitkomst as { rows: Record<string, unknown>[] }).rows;
  };
}

/** The tag of the migration applied at `moment` (drizzle stores the journal's `when`). */
function migratieTag(migratiesMap: string, moment: number | null): string | null {
  if (moment === null) return null;
  const journaal = JSON.parse(readFileSync(path.join(migratiesMap, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number; tag: string }[];
  };
  return journaal.entries.find((e) => e.when === moment)?.tag ?? `onbekend (${moment})`;
}

const PGLITE_VERSIE = (
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, "../../../node_modules/@electric-sql/pglite/package.json"), "utf8"),
  ) as { version: string }
).version;

/**
 * Writes a consistent backup of the whole database to `bestand` (mode 0600, written under a
 * temporary name and renamed). First a checkpoint of the log is recorded, then the dump is taken:
 * the dump's chains are at least as long as every checkpoint it carries. On PGlite the data directory
 * is locked for the duration (no app may run on it); on PostgreSQL the app keeps running.
 */
export async function maakBackup(omgeving: BackupOmgeving, bestand: string): Promise<Manifest> {
  const logSleutel = await laadLogSleutel(omgeving.logcontrole);
  const db = await openDatabase({
    databaseUrl: omgeving.databaseUrl,
    dataDir: omgeving.dataDir,
    migratiesMap: omgeving.migratiesMap,
  });
  let dump: Uint8Array;
  let stand: Stand;
  let programma: string;
  try {
    await legControlepuntVast(db.db, { map: omgeving.logcontrole.map, sleutel: logSleutel }, omgeving.klok());
    if (omgeving.databaseUrl) {
      ({ dump, stand, programma } = await pgDump(omgeving.databaseUrl));
    } else {
      if (!db.dumpDataDir) throw new Error("PGlite zonder dumpDataDir");
      stand = await leesStand(bevraagDrizzle(db));
      dump = new Uint8Array(await (await db.dumpDataDir()).arrayBuffer());
      programma = `PGlite ${PGLITE_VERSIE} (dumpDataDir)`;
    }
  } finally {
    await db.sluit();
  }
  const manifest: Manifest = {
    formaat: 1,
    soort: omgeving.databaseUrl ? "postgres" : "pglite",
    gemaaktOp: omgeving.klok().toISOString(),
    programma,
    serverVersie: stand.serverVersie,
    migratie: migratieTag(omgeving.migratiesMap, stand.migratieMoment),
    dumpSha256: createHash("sha256").update(dump).digest("hex"),
    inhoud: stand.inhoud,
    ketens: stand.ketens,
    controlepunten: await leesControlepuntBestanden(omgeving.logcontrole.map),
  };
  const bytes = schrijfBackupBytes(verpak(manifest, dump), omgeving.backupSleutel);
  const tijdelijk = path.join(path.dirname(path.resolve(bestand)), `.${path.basename(bestand)}.${process.pid}.tmp`);
  try {
    await writeFile(tijdelijk, bytes, { mode: 0o600, flag: "wx" });
    await rename(tijdelijk, bestand);
  } catch (fout) {
    await rm(tijdelijk, { force: true });
    throw fout;
  }
  return manifest;
}

export interface HerstelRapport {
  readonly manifest: Manifest;
  readonly versleuteld: boolean;
  /** What the restored database holds, read after the restore. */
  readonly stand: Stand;
  /** The access-log verification against the backup's checkpoints. */
  readonly controle: KetenRapport;
  /** Differences between what the backup said it held and what was restored; empty when equal. */
  readonly verschillen: readonly string[];
  /** Where the checkpoints of the replaced log went, or null. */
  readonly oudeControlepunten: string | null;
  readonly organisatieNamen: ReadonlyMap<string, string>;
}

/** Reads and checks a backup file without touching any database. */
export async function leesBackup(
  bestand: string,
  sleutel: Uint8Array | null,
): Promise<{ manifest: Manifest; dump: Uint8Array; versleuteld: boolean }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(bestand);
  } catch (fout) {
    throw new BackupFout(`Kan ${bestand} niet lezen (${(fout as NodeJS.ErrnoException).code ?? "onbekende fout"}).`);
  }
  const { payload, versleuteld } = leesBackupBytes(bytes, sleutel);
  const { manifest, dump } = pakUit(payload);
  if (createHash("sha256").update(dump).digest("hex") !== manifest.dumpSha256)
    throw new BackupFout("De back-up is beschadigd: de databasedump past niet bij zijn controlegetal.");
  return { manifest, dump, versleuteld };
}

/**
 * Restores a backup into an empty database (or, with `overschrijven`, in place of the current one),
 * then puts the backup's checkpoints in place of the current ones, verifies the access log against
 * them and compares what was restored with what the backup recorded. Refuses before changing
 * anything when the file is not readable with the key, the database is of the other kind, the
 * target is not empty, or the checkpoints were signed with another log key.
 */
export async function herstelBackup(
  omgeving: BackupOmgeving,
  bestand: string,
  overschrijven: boolean,
): Promise<HerstelRapport> {
  const { manifest, dump, versleuteld } = await leesBackup(bestand, omgeving.backupSleutel);
  const doel = omgeving.databaseUrl ? "postgres" : "pglite";
  if (manifest.soort !== doel) {
    throw new BackupFout(
      `Dit is een back-up van ${manifest.soort === "pglite" ? "de ingebouwde database (PGlite)" : "PostgreSQL"}; herstel hem in dezelfde soort database (${manifest.soort === "pglite" ? "zonder DATABASE_URL, met DATA_DIR" : "met DATABASE_URL"}).`,
    );
  }
  const logSleutel = await laadLogSleutel(omgeving.logcontrole);
  for (const { naam, inhoud } of manifest.controlepunten) {
    let punt: ReturnType<typeof controlepuntSchema.safeParse>;
    try {
      punt = controlepuntSchema.safeParse(JSON.parse(inhoud));
    } catch {
      throw new BackupFout(`Controlepunt ${naam} in de back-up is onleesbaar.`);
    }
    if (!punt.success || !handtekeningKlopt(logSleutel, punt.data)) {
      throw new BackupFout(
        `Controlepunt ${naam} in de back-up is niet ondertekend met de ingestelde sleutel van het toegangslog. Gebruik dezelfde MELDWIJZER_LOG_SLEUTEL als de installatie die de back-up maakte${omgeving.logcontrole.sleutel === undefined ? " (zonder die variabele: kopieer het bestand toegangslog-sleutel uit de DATA_DIR van die installatie)" : ""}. Er is niets hersteld.`,
      );
    }
  }

  let db: GeopendeDatabase;
  if (omgeving.databaseUrl) {
    if (!overschrijven && (await aantalTabellen(omgeving.databaseUrl)) > 0)
      throw new DoelNietLeegFout("De database van DATABASE_URL");
    await pgRestore(omgeving.databaseUrl, dump, manifest.serverVersie, overschrijven);
    db = await openDatabase({
      databaseUrl: omgeving.databaseUrl,
      dataDir: omgeving.dataDir,
      migratiesMap: omgeving.migratiesMap,
    });
  } else {
    db = await openDatabase({
      dataDir: omgeving.dataDir,
      migratiesMap: omgeving.migratiesMap,
      herstel: { dump: new Blob([new Uint8Array(dump)]), overschrijven },
    });
  }
  try {
    const oudeControlepunten = await vervangControlepunten(
      omgeving.logcontrole.map,
      manifest.controlepunten,
      omgeving.klok(),
    );
    const punten = await leesControlepunten(omgeving.logcontrole.map);
    const controle = await controleerToegangslog(db.db, { controlepunten: { punten, sleutel: logSleutel } });
    const stand = await leesStand(bevraagDrizzle(db));
    const verschillen: string[] = [];
    for (const [soort, aantal] of Object.entries(manifest.inhoud) as [keyof Stand["inhoud"], number][]) {
      if (stand.inhoud[soort] !== aantal)
        verschillen.push(`${soort}: ${stand.inhoud[soort]} hersteld, ${aantal} in de back-up`);
    }
    const hersteld = new Map(stand.ketens.map((k) => [k.keten, k]));
    for (const k of manifest.ketens) {
      const h = hersteld.get(k.keten);
      if (!h || h.lengte !== k.lengte || h.hash !== k.hash)
        verschillen.push(
          `keten ${k.keten}: ${h ? `regel ${h.lengte}` : "ontbreekt"} hersteld, regel ${k.lengte} in de back-up`,
        );
    }
    if (hersteld.size !== manifest.ketens.length)
      verschillen.push(`${hersteld.size} ketens hersteld, ${manifest.ketens.length} in de back-up`);
    if (!controle.eersteBreuk && verschillen.length === 0)
      await legControlepuntVast(db.db, { map: omgeving.logcontrole.map, sleutel: logSleutel }, omgeving.klok());
    const namen = await bevraagDrizzle(db)("select id::text as id, naam from organisaties");
    return {
      manifest,
      versleuteld,
      stand,
      controle,
      verschillen,
      oudeControlepunten,
      organisatieNamen: new Map(namen.map((r) => [String(r["id"]), String(r["naam"])])),
    };
  } finally {
    await db.sluit();
  }
}
