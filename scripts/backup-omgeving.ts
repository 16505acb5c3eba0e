/** What `npm run backup` and `npm run restore` share: the environment, and how a refusal is told. */
import path from "node:path";
import { leesLogControleInstellingen } from "../src/adapters/bestanden/controlepunten.ts";
import { DataMapInGebruikFout, DoelNietLeegFout } from "../src/adapters/db/database.ts";
import type { BackupOmgeving } from "../src/app/installatie/backup.ts";
import { BackupFout, leesBackupSleutel } from "../src/domain/backup/backup.ts";

export function bouwOmgeving(): BackupOmgeving {
  const dataDir = path.resolve(process.env["DATA_DIR"] ?? "data");
  return {
    // With separate roles the owner dumps and restores: the app's role may not read drizzle's schema or create tables.
    databaseUrl: process.env["MIGRATIE_DATABASE_URL"] || process.env["DATABASE_URL"] || undefined,
    dataDir,
    migratiesMap: path.resolve(import.meta.dirname, "..", "drizzle"),
    logcontrole: leesLogControleInstellingen(process.env, dataDir),
    backupSleutel: leesBackupSleutel(process.env["MELDWIJZER_BACKUP_SLEUTEL"]),
    klok: () => new Date(),
  };
}

/** A refusal (exit 1) or a failure (exit 2), in Dutch. */
export function meldFout(fout: unknown): void {
  if (fout instanceof DataMapInGebruikFout) {
    console.error(fout.message.replace(/ The data directory.*$/u, ""));
    console.error(
      "Meldwijzer draait nog op deze datamap. Stop de app, voer dit commando uit en start de app daarna weer.",
    );
    process.exitCode = 1;
  } else if (fout instanceof BackupFout || fout instanceof DoelNietLeegFout) {
    console.error(fout.message);
    process.exitCode = 1;
  } else if (fout instanceof Error && /MELDWIJZER_(LOG|BACKUP)_SLEUTEL/u.test(fout.message)) {
    console.error(fout.message);
    process.exitCode = 1;
  } else {
    console.error(`Niet uitgevoerd: ${(fout as Error).message}`);
    process.exitCode = 2;
  }
}
