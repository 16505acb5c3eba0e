/**
 * `npm run backup -- <file>`: a consistent backup of the whole configured database (DATABASE_URL with
 * pg_dump, or the embedded database in DATA_DIR with PGlite's data-directory dump while no app runs on
 * it), with the access log's checkpoints, encrypted with AES-256-GCM when MELDWIJZER_BACKUP_SLEUTEL is
 * set (decision 0037). Exit code 0: written; 1: refused; 2: could not run.
 */
import { existsSync } from "node:fs";
import { bouwOmgeving, meldFout } from "./backup-omgeving.ts";
import { maakBackup } from "../src/app/installatie/backup.ts";

const args = process.argv.slice(2);
const bestand = args.find((a) => !a.startsWith("--"));
if (!bestand || args.length !== 1) {
  console.error("Gebruik: npm run backup -- <bestand>");
  process.exit(1);
}
if (existsSync(bestand)) {
  console.error(
    `${bestand} bestaat al. Kies een nieuwe bestandsnaam; een back-up overschrijft nooit een ander bestand.`,
  );
  process.exit(1);
}
try {
  const omgeving = bouwOmgeving();
  const m = await maakBackup(omgeving, bestand);
  console.log(
    `Back-up geschreven: ${bestand} (${omgeving.backupSleutel ? "versleuteld met AES-256-GCM" : "NIET versleuteld: zet MELDWIJZER_BACKUP_SLEUTEL"}).`,
  );
  console.log(
    `- Database: ${m.soort === "pglite" ? "ingebouwd (PGlite)" : "PostgreSQL"} ${m.serverVersie}, met ${m.programma}; migratie ${m.migratie ?? "geen"}.`,
  );
  console.log(
    `- Inhoud: ${m.inhoud.organisaties} organisaties, ${m.inhoud.dossiers} dossiers, ${m.inhoud.gebeurtenissen} gebeurtenissen, ${m.inhoud.logregels} regels in het toegangslog (${m.ketens.length} ketens).`,
  );
  console.log(`- ${m.controlepunten.length} controlepunten van het toegangslog meegenomen.`);
} catch (fout) {
  meldFout(fout);
}
