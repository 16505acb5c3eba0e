/**
 * `npm run audit:verify`: checks the access log of the configured database (DATABASE_URL, or the
 * embedded database in DATA_DIR, default ./data): every chain, entry by entry, and every signed
 * checkpoint in MELDWIJZER_CONTROLEPUNTEN (default DATA_DIR/controlepunten), and names the first
 * problem (decision 0028). It first seals what the app accepted and did not seal yet (decision 0057),
 * and reports an entry still unsealed after five minutes (no sealer running) as a problem of its own.
 * With `--checkpoint` it then records a new checkpoint, if the log is intact.
 * Exit code 0: intact; 1: broken; 2: could not check.
 */
import path from "node:path";
import { laadLogSleutel, leesControlepunten } from "../src/adapters/bestanden/controlepunten.ts";
import { leesInstellingen, stelSamen } from "../src/adapters/http/samenstelling.ts";
import { controleerToegangslog, type KetenRapport } from "../src/app/toegang/controleer-keten.ts";
import { legControlepuntVast } from "../src/app/toegang/controlepunt.ts";
import { verzegelToegangslog } from "../src/app/toegang/verzegelen.ts";

type Breuk = NonNullable<KetenRapport["eersteBreuk"]>;

function keten(naam: string): string {
  return naam === "installatie"
    ? "de oude keten (installatie, van voor besluit 0028)"
    : naam === "anoniem"
      ? "de keten zonder organisatie (anoniem)"
      : `de keten van organisatie ${naam}`;
}

function uitleg(b: Breuk): string {
  switch (b.soort) {
    case "volgnummer":
      return `Toegangslog GEBROKEN bij regel ${b.volgnummer} van ${keten(b.keten)}: de nummering klopt niet (een regel is verwijderd, ingevoegd of verplaatst). Verwacht was regel ${b.verwacht}.`;
    case "schakel":
      return `Toegangslog GEBROKEN bij regel ${b.volgnummer} van ${keten(b.keten)}: de regel verwijst niet naar de hash van de regel ervoor (ingevoegd, vervangen of verplaatst).`;
    case "inhoud":
      return `Toegangslog GEBROKEN bij regel ${b.volgnummer} van ${keten(b.keten)}: de inhoud past niet bij de hash (de regel is gewijzigd).`;
    case "ingekort":
      return `Toegangslog GEBROKEN: ${keten(b.keten)} eindigt bij regel ${b.volgnummer}, maar volgens controlepunt ${b.controlepunt} liep zij al tot regel ${b.verwacht} (de nieuwste regels zijn verwijderd).`;
    case "herschreven":
      return `Toegangslog GEBROKEN bij regel ${b.volgnummer} van ${keten(b.keten)}: de hash verschilt van wat controlepunt ${b.controlepunt} vastlegde (de keten is tot hier herschreven).`;
    case "onverzegeld":
      return `Toegangslog NIET VERZEGELD: regel ${b.id} van ${keten(b.keten)}, vastgelegd op ${b.tijdstip}, is na vijf minuten nog niet verzegeld (genummerd en aan de keten gekoppeld). Draait er geen app-proces, of faalt het verzegelen? Zie het log van de app ("toegangslog niet verzegeld").`;
    case "handtekening":
      return `Controlepunt ${b.controlepunt} is ongeldig: het is geen controlepunt dat met de ingestelde sleutel is ondertekend (gewijzigd, vervalst of met een andere sleutel gemaakt).`;
  }
}

const metControlepunt = process.argv.slice(2).some((a) => a === "--checkpoint" || a === "--controlepunt");

try {
  // The composition root as the server builds it, from the same settings (without the server's start-up work).
  const instellingen = leesInstellingen(process.env);
  const { logcontrole } = instellingen;
  const sleutel = await laadLogSleutel(logcontrole);
  const punten = await leesControlepunten(logcontrole.map);
  const samenstelling = await stelSamen(instellingen, {
    migratiesMap: path.resolve(import.meta.dirname, "..", "drizzle"),
  });
  const db = samenstelling.database;
  try {
    // What the app accepted and did not seal yet: sealed now, so the check covers it (decision 0057).
    const { verzegeld } = await verzegelToegangslog(db.db);
    if (verzegeld > 0) console.log(`${verzegeld} nieuwe regels verzegeld voor de controle.`);
    const rapport = await controleerToegangslog(db.db, { controlepunten: { punten, sleutel } });
    if (rapport.eersteBreuk) {
      console.error(uitleg(rapport.eersteBreuk));
      console.error(`${rapport.gecontroleerd} regels ervoor zijn intact.`);
      process.exitCode = 1;
    } else {
      console.log(
        `Toegangslog intact: ${rapport.gecontroleerd} regels in ${rapport.ketens} ketens gecontroleerd, tegen ${rapport.controlepunten} controlepunten.`,
      );
      if (punten.length === 0)
        console.log(
          `Let op: er is nog geen controlepunt in ${logcontrole.map}. Zonder controlepunt is het verwijderen van de nieuwste regels niet vast te stellen.`,
        );
      if (metControlepunt) {
        // Under the same lock as the running app processes write theirs (decision 0034).
        const vastgelegd = await db.metSlot("controlepunt", () =>
          legControlepuntVast(db.db, { map: logcontrole.map, sleutel }, samenstelling.klok()),
        );
        console.log(
          vastgelegd
            ? `Controlepunt vastgelegd: ${path.join(logcontrole.map, vastgelegd.naam)} (${vastgelegd.ketens} ketens).`
            : "Geen nieuw controlepunt nodig: het nieuwste legt deze stand al vast.",
        );
      }
    }
  } finally {
    await db.sluit();
  }
} catch (fout) {
  console.error(`Controle niet uitgevoerd: ${(fout as Error).message}`);
  process.exitCode = 2;
}
