/**
 * `npm run data:genereer -- --organisaties 200 --dossiers 100000 --gebeurtenissen 2000000`: fills the
 * configured database (DATABASE_URL, or the embedded one in DATA_DIR, default ./data) with fictional
 * organisations, people, cases and access log (decision 0035), then checks a sample of the cases
 * against the domain and records a signed checkpoint of the access log, as the app does.
 *
 *   --organisaties N   (default 20)      --dossiers N  (default 1000)   --gebeurtenissen N (default 20 per dossier)
 *   --zaad N           the seed: the same seed on an empty database gives the same data (default 1)
 *   --ook-als-niet-leeg   also on a database with organisations the generator did not make
 *
 * Refused under NODE_ENV=production. Exit code 0: made and checked; 1: the check found a difference; 2: refused or failed.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { laadLogSleutel, leesLogControleInstellingen } from "../src/adapters/bestanden/controlepunten.ts";
import { openDatabase } from "../src/adapters/db/database.ts";
import { legControlepuntVast } from "../src/app/toegang/controlepunt.ts";
import { controleerSteekproef } from "./generator/controle.ts";
import { afAdres, GENERATOR_WACHTWOORD, genereerGegevens, GeneratorGeweigerd } from "./generator/genereer.ts";

function geheel(waarde: string | undefined, naam: string, standaard: number): number {
  if (waarde === undefined) return standaard;
  const n = Number(waarde);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new GeneratorGeweigerd(`--${naam} moet een geheel getal van 0 of meer zijn, niet "${waarde}".`);
  return n;
}

try {
  const { values } = parseArgs({
    options: {
      organisaties: { type: "string" },
      dossiers: { type: "string" },
      gebeurtenissen: { type: "string" },
      zaad: { type: "string" },
      "ook-als-niet-leeg": { type: "boolean", default: false },
    },
  });
  const organisaties = geheel(values.organisaties, "organisaties", 20);
  const dossiers = geheel(values.dossiers, "dossiers", 1000);
  if (organisaties < 1) throw new GeneratorGeweigerd("--organisaties moet minstens 1 zijn.");
  const opties = {
    organisaties,
    dossiers,
    gebeurtenissen: geheel(values.gebeurtenissen, "gebeurtenissen", dossiers * 20),
    zaad: geheel(values.zaad, "zaad", 1),
    nu: new Date(),
    ookAlsNietLeeg: values["ook-als-niet-leeg"],
    omgeving: process.env["NODE_ENV"],
    voortgang: (tekst: string) => console.log(`  … ${tekst}`),
  };
  if (opties.omgeving === "production")
    throw new GeneratorGeweigerd(
      "De datagenerator draait niet als NODE_ENV=production: verzonnen gegevens horen niet in een echte installatie.",
    );
  const dataDir = path.resolve(process.env["DATA_DIR"] ?? "data");
  const databaseUrl = process.env["DATABASE_URL"] || undefined;
  const db = await openDatabase({
    databaseUrl,
    dataDir,
    migratiesMap: path.resolve(import.meta.dirname, "..", "drizzle"),
  });
  try {
    console.log(
      `Datagenerator: ${organisaties} organisaties, ${dossiers} dossiers, ongeveer ${opties.gebeurtenissen} gebeurtenissen, zaad ${opties.zaad}, op ${databaseUrl ? "PostgreSQL" : `PGlite in ${dataDir}`}.`,
    );
    const verslag = await genereerGegevens(db.db, opties);
    console.log(
      `Gemaakt in ${verslag.seconden.toFixed(1)} s: ${verslag.organisaties} organisaties, ${verslag.gebruikers} gebruikers, ${verslag.dossiers} dossiers, ` +
        `${verslag.gebeurtenissen} gebeurtenissen, ${verslag.toewijzingen} toewijzingen en delingen, ${verslag.logregels} regels in het toegangslog.`,
    );
    console.log(`Projecties (toestand en taken) opgebouwd voor ${verslag.projecties} dossiers.`);
    console.log(
      `Fasen: ${Object.entries(verslag.perFase)
        .sort(([, a], [, b]) => b - a)
        .map(([f, n]) => `${f} ${n}`)
        .join(", ")}.`,
    );
    console.log(
      `Grootste organisatie: org-${verslag.grootste.nummer} met ${verslag.grootste.dossiers} dossiers. Aanmelden: ${afAdres(verslag.grootste.nummer)} (aandachtsfunctionaris), wachtwoord ${GENERATOR_WACHTWOORD}; ook ev@, beheer@, log@ en medewerker-1@ van elke org-N.example.`,
    );

    if (verslag.langste)
      console.log(
        `Langste open dossier: ${verslag.langste.id} van org-${verslag.langste.nummer}, ${verslag.langste.versie} gebeurtenissen.`,
      );

    const controleStart = performance.now();
    let gecontroleerd = 0;
    const afwijkingen: string[] = [];
    for (const org of verslag.voorbeeld.slice(0, 20)) {
      const s = await controleerSteekproef(db.db, org.organisatieId, org.sector, org.dossierIds.slice(0, 10));
      gecontroleerd += s.gecontroleerd;
      afwijkingen.push(...s.afwijkingen);
    }
    if (afwijkingen.length > 0) {
      console.error(
        `Steekproef: ${afwijkingen.length} afwijking(en) in ${gecontroleerd} dossiers:\n  ${afwijkingen.slice(0, 10).join("\n  ")}`,
      );
      process.exitCode = 1;
    } else
      console.log(
        `Steekproef: ${gecontroleerd} dossiers opnieuw door het domein gehaald; afgeleide kolommen kloppen (${((performance.now() - controleStart) / 1000).toFixed(1)} s).`,
      );

    const logcontrole = leesLogControleInstellingen(process.env, dataDir);
    const punt = await legControlepuntVast(
      db.db,
      { map: logcontrole.map, sleutel: await laadLogSleutel(logcontrole) },
      new Date(),
    );
    if (punt)
      console.log(
        `Controlepunt van het toegangslog vastgelegd: ${path.join(logcontrole.map, punt.naam)}. Controleer het hele log met npm run audit:verify.`,
      );
  } finally {
    await db.sluit();
  }
} catch (fout) {
  console.error(
    fout instanceof GeneratorGeweigerd
      ? fout.message
      : `Datagenerator mislukt: ${(fout as Error).stack ?? String(fout)}`,
  );
  process.exitCode = 2;
}
