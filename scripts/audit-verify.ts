/**
 * `npm run audit:verify`: checks the whole access-log hash chain of the configured database
 * (DATABASE_URL, or the embedded database in DATA_DIR, default ./data) and names the first broken
 * entry. Exit code 0: intact; 1: broken; 2: could not check.
 */
import path from "node:path";
import { openDatabase } from "../src/adapters/db/database.ts";
import { controleerToegangslog } from "../src/app/toegang/controleer-keten.ts";

const UITLEG = {
  volgnummer: "de nummering klopt niet (een regel is verwijderd, ingevoegd of verplaatst)",
  schakel: "de regel verwijst niet naar de hash van de regel ervoor (ingevoegd, vervangen of verplaatst)",
  inhoud: "de inhoud past niet bij de hash (de regel is gewijzigd)",
} as const;

try {
  const db = await openDatabase({
    databaseUrl: process.env["DATABASE_URL"] || undefined,
    dataDir: path.resolve(process.env["DATA_DIR"] ?? "data"),
    migratiesMap: path.resolve(import.meta.dirname, "..", "drizzle"),
  });
  try {
    const rapport = await controleerToegangslog(db.db);
    if (rapport.eersteBreuk) {
      const b = rapport.eersteBreuk;
      console.error(`Toegangslog GEBROKEN bij regel ${b.volgnummer}: ${UITLEG[b.soort]}.` + (b.soort === "volgnummer" ? ` Verwacht was regel ${b.verwacht}.` : ""));
      console.error(`${rapport.gecontroleerd} regels ervoor zijn intact.`);
      process.exitCode = 1;
    } else {
      console.log(`Toegangslog intact: ${rapport.gecontroleerd} regels gecontroleerd (laatste: ${rapport.laatsteVolgnummer}).`);
    }
  } finally {
    await db.sluit();
  }
} catch (fout) {
  console.error(`Controle niet uitgevoerd: ${(fout as Error).message}`);
  process.exitCode = 2;
}
