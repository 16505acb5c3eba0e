/**
 * `npm run organisatie:nieuw -- --naam "…" --sector … --beheerder e-mail [--beheerder-naam "…"]`:
 * sets up an organisation and its first beheerder, and prints a one-time link (valid 7 days) to set
 * the beheerder's password, starting with MELDWIJZER_BASIS_URL (decision 0036). Works on the configured database: DATABASE_URL, or the
 * embedded database in DATA_DIR (default ./data), which must not be in use by a running app.
 * Exit code 0: created; 1: refused (nothing was created); 2: could not run.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DataMapInGebruikFout, openDatabase } from "../src/adapters/db/database.ts";
import { leesBasisUrl } from "../src/adapters/http/samenstelling.ts";
import { maakNieuweOrganisatie } from "../src/app/organisatie/nieuwe-organisatie.ts";
import { SECTOREN } from "../src/domain/kennis/keuzes.ts";
import { DomeinFout } from "../src/domain/fouten.ts";
import { linkBasis, wachtwoordLink } from "../src/domain/organisatie/nieuwe-organisatie.ts";
import { formatteerTijdstip, vertaler } from "../src/i18n/vertaal.ts";

const GEBRUIK = `Gebruik: npm run organisatie:nieuw -- --naam "Naam van de organisatie" --sector ${SECTOREN.join("|")} --beheerder e-mailadres [--beheerder-naam "Naam"]`;
const VLAG: Record<string, string> = {
  naam: "--naam",
  sector: "--sector",
  beheerder: "--beheerder",
  beheerderNaam: "--beheerder-naam",
};

function weiger(regels: string[]): never {
  for (const r of regels) console.error(r);
  console.error("Er is niets aangemaakt.");
  process.exit(1);
}

let args: ReturnType<typeof leesArgumenten>;
function leesArgumenten() {
  return parseArgs({
    args: process.argv.slice(2),
    strict: true,
    allowPositionals: false,
    options: {
      naam: { type: "string" },
      sector: { type: "string" },
      beheerder: { type: "string" },
      "beheerder-naam": { type: "string" },
    },
  }).values;
}
try {
  args = leesArgumenten();
} catch (fout) {
  weiger([`Onbekende of onvolledige optie: ${(fout as Error).message}`, GEBRUIK]);
}
const ontbrekend = (["naam", "sector", "beheerder"] as const).filter((v) => args[v] === undefined);
if (ontbrekend.length > 0)
  weiger([
    `Ontbrekende optie${ontbrekend.length > 1 ? "s" : ""}: ${ontbrekend.map((v) => `--${v}`).join(", ")}.`,
    GEBRUIK,
  ]);

const productie = process.env["NODE_ENV"] === "production";
let basis: ReturnType<typeof linkBasis>;
try {
  basis = linkBasis(leesBasisUrl(process.env["MELDWIJZER_BASIS_URL"]), productie, process.env["PORT"] || "3000");
} catch (fout) {
  weiger([(fout as Error).message]);
}
if ("fout" in basis) weiger([basis.fout]);

const invoer = {
  naam: args.naam,
  sector: args.sector,
  beheerder: args.beheerder,
  ...(args["beheerder-naam"] === undefined ? {} : { beheerderNaam: args["beheerder-naam"] }),
};
const uitvoerder = `${os.userInfo().username}@${os.hostname()}`;
const t = vertaler("nl");

let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
try {
  const dataDir = path.resolve(process.env["DATA_DIR"] ?? "data");
  db = await openDatabase({
    databaseUrl: process.env["DATABASE_URL"] || undefined,
    migratieUrl: process.env["MIGRATIE_DATABASE_URL"] || undefined,
    dataDir,
    migratiesMap: path.resolve(import.meta.dirname, "..", "drizzle"),
  });
  const nieuw = await maakNieuweOrganisatie({ db: db.db, klok: () => new Date() }, invoer, uitvoerder);
  console.log(
    `Organisatie aangemaakt: ${nieuw.naam} (sector ${t(`sector.${nieuw.sector}`)}, id ${nieuw.organisatieId}).`,
  );
  console.log(
    `- Bewaartermijn van gesloten dossiers: ${nieuw.bewaarjaren} jaar (de standaard van de sector; een beheerder kan die aanpassen).`,
  );
  console.log(`- Protocol: het standaardprotocol van Meldwijzer, aan te passen door een beheerder.`);
  console.log(`- Inloggen in twee stappen verplicht voor: ${nieuw.tweestapsVerplichtVoor.join(", ") || "niemand"}.`);
  console.log(`Eerste beheerder: ${nieuw.beheerderEmail} (nog zonder wachtwoord).`);
  console.log("");
  console.log("Geef deze link alleen aan die beheerder, via een veilige weg. Hij werkt één keer en is geldig tot");
  console.log(`${formatteerTijdstip(nieuw.geldigTot.toISOString(), "nl")} (7 dagen). Hij wordt niet nog eens getoond:`);
  console.log("");
  console.log(`  ${wachtwoordLink(basis.basis, nieuw.token)}`);
  console.log("");
  console.log("Het aanmaken staat in het toegangslog van de organisatie, op naam van de installatie.");
} catch (fout) {
  if (fout instanceof DataMapInGebruikFout) {
    weiger([
      fout.message.replace(/ The data directory.*$/u, ""),
      "Meldwijzer draait nog op deze datamap. Stop de app, voer dit commando uit en start de app daarna weer.",
    ]);
  }
  if (fout instanceof DomeinFout) {
    weiger(
      fout.velden.map((v) => {
        const tekst = t(v.sleutel, v.waarden ?? {});
        if (v.veld === "sector")
          return `${VLAG[v.veld]}: onbekende sector "${String(args.sector)}". Kies uit: ${SECTOREN.join(", ")}.`;
        if (v.veld === "beheerder" && v.sleutel === "fout.ongeldig_formaat")
          return `${VLAG[v.veld]}: "${String(args.beheerder)}" is geen geldig e-mailadres.`;
        return `${VLAG[v.veld] ?? v.veld}: ${tekst}`;
      }),
    );
  }
  console.error(`Niet uitgevoerd: ${(fout as Error).message}`);
  process.exitCode = 2;
} finally {
  await db?.sluit();
}
