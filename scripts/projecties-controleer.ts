/**
 * `npm run projecties:controleer`: rebuilds every projection of the configured database
 * (DATABASE_URL, or the embedded database in DATA_DIR, default ./data) from the events, per
 * dossier in batches, and compares it with what is stored: the state's snapshot field by field and
 * the task facts (decision 0032). Names the first difference (dossier and field) and how many
 * dossiers differ. With `-- --herstel` it rewrites the projections that differ.
 * Exit code 0: equal (or repaired); 1: differences; 2: could not check.
 */
import path from "node:path";
import { leesInstellingen, stelSamen } from "../src/adapters/http/samenstelling.ts";
import { controleerProjecties } from "../src/app/dossier/projecties.ts";

const herstel = process.argv.slice(2).some((a) => a === "--herstel" || a === "--repair");

try {
  // The composition root as the server builds it, from the same settings (without the server's start-up work).
  const db = (
    await stelSamen(leesInstellingen(process.env), { migratiesMap: path.resolve(import.meta.dirname, "..", "drizzle") })
  ).database;
  try {
    const uitkomst = await controleerProjecties(db.db, { herstel });
    const [eerste] = uitkomst.verschillen;
    if (!eerste) {
      console.log(`Projecties gelijk aan de gebeurtenissen: ${uitkomst.gecontroleerd} dossiers gecontroleerd.`);
    } else {
      console.error(
        `Projectie WIJKT AF bij dossier ${eerste.dossierId}: ${eerste.veld} is niet wat de gebeurtenissen opleveren.`,
      );
      console.error(`${uitkomst.verschillen.length} van ${uitkomst.gecontroleerd} dossiers wijken af.`);
      if (herstel)
        console.log(
          `${uitkomst.hersteld} dossiers hersteld: hun projecties zijn opnieuw opgebouwd uit de gebeurtenissen.`,
        );
      else console.error("Herstel ze met: npm run projecties:controleer -- --herstel");
      process.exitCode = herstel ? 0 : 1;
    }
  } finally {
    await db.sluit();
  }
} catch (fout) {
  console.error(`Controle niet uitgevoerd: ${(fout as Error).message}`);
  process.exitCode = 2;
}
