/**
 * `npm run restore -- <file> [--overschrijven]`: restores a backup of `npm run backup` into the
 * configured database, which must be empty unless --overschrijven is given, puts the backup's
 * checkpoints in place, verifies the access log and says what was restored (decision 0037).
 * Exit code 0: restored and the log is intact; 1: refused, or restored with a broken log; 2: could not run.
 */
import { bouwOmgeving, meldFout } from "./backup-omgeving.ts";
import { herstelBackup } from "../src/app/installatie/backup.ts";

const args = process.argv.slice(2);
const overschrijven = args.includes("--overschrijven");
const rest = args.filter((a) => a !== "--overschrijven");
if (rest.length !== 1 || rest[0]?.startsWith("--")) {
  console.error("Gebruik: npm run restore -- <bestand> [--overschrijven]");
  process.exit(1);
}
const bestand = rest[0] as string;
const MAX_KETENS = 20;
try {
  const r = await herstelBackup(bouwOmgeving(), bestand, overschrijven);
  const m = r.manifest;
  console.log(
    `Hersteld: de back-up van ${m.gemaaktOp}${r.versleuteld ? " (versleuteld)" : ""}, ${m.soort === "pglite" ? "ingebouwde database (PGlite)" : `PostgreSQL ${m.serverVersie}`}.`,
  );
  console.log(
    `- ${r.stand.inhoud.organisaties} organisaties, ${r.stand.inhoud.dossiers} dossiers, ${r.stand.inhoud.gebeurtenissen} gebeurtenissen, ${r.stand.inhoud.logregels} regels in het toegangslog.`,
  );
  console.log(`- Laatste regel per keten van het toegangslog (${r.stand.ketens.length} ketens):`);
  for (const k of r.stand.ketens.slice(0, MAX_KETENS)) {
    const naam =
      k.keten === "installatie"
        ? "oude keten (installatie)"
        : k.keten === "anoniem"
          ? "zonder organisatie (anoniem)"
          : (r.organisatieNamen.get(k.keten) ?? k.keten);
    console.log(`    ${naam}: regel ${k.lengte}, ${k.tijdstip}`);
  }
  if (r.stand.ketens.length > MAX_KETENS) console.log(`    … en ${r.stand.ketens.length - MAX_KETENS} andere ketens.`);
  console.log(
    `- ${m.controlepunten.length} controlepunten uit de back-up teruggezet.${r.oudeControlepunten ? ` De controlepunten van de vervangen database staan nu in ${r.oudeControlepunten}.` : ""}`,
  );
  for (const v of r.verschillen) console.error(`Verschil met de back-up: ${v}`);
  if (r.controle.eersteBreuk) {
    console.error(
      `Toegangslog NIET intact na herstel: eerste probleem ${JSON.stringify(r.controle.eersteBreuk)}. Voer npm run audit:verify uit voor de uitleg.`,
    );
    process.exitCode = 1;
  } else if (r.verschillen.length > 0) {
    process.exitCode = 1;
  } else {
    console.log(
      `Toegangslog intact: ${r.controle.gecontroleerd} regels in ${r.controle.ketens} ketens gecontroleerd, tegen ${r.controle.controlepunten} controlepunten.`,
    );
  }
} catch (fout) {
  meldFout(fout);
}
