/**
 * `node --import tsx scripts/feitelijkheid-meting.ts [--ontwikkel] [--ontwikkel2] [--ontwikkel3] [--ontwikkel4] [--blind5]`: how well the factuality
 * check of a report scores. Always on the training corpus (span level, with every missed and unexpected
 * finding, and sentence level). Each split separately, at sentence level:
 * - `--ontwikkel` (or the old `--blind`): the development split `feitelijkheid.blind.json`, written blind
 *   and measured once in round one (decision 0026); its misses are known, so it is no longer blind;
 * - `--ontwikkel2` (or the old `--blind2`): the second split `feitelijkheid.blind2.json`, blind in round
 *   two and measured once then (decision 0029); read in round three to find patterns, so no longer blind;
 * - `--ontwikkel3` (or the old `--blind3`): the third split `feitelijkheid.blind3.json`, blind in round
 *   three and measured once then (decision 0031); read in round four to find patterns, so no longer blind;
 * - `--ontwikkel4` (or the old `--blind4`): the fourth split, blind in round four and measured once then
 *   (decision 0042); read in round five, so no longer blind;
 * - `--blind5`: the fifth blind split `feitelijkheid.blind5.json`, written from the definitions alone by a
 *   new writer and committed by the lead before round five changed any rule. It is for measuring only: run
 *   it when the rules are final, never tune on it (decision 0043).
 * The overall line at the end puts the splits side by side.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  alsGelabeld,
  leesGelabeldeZinnen,
  meetCorpus,
  meetZinnen,
} from "../src/domain/melding/feitelijkheid.meting.ts";
import type { Afwijking, Groep, ZinsMeting } from "../src/domain/melding/feitelijkheid.meting.ts";

const procent = (waarde: number): string => `${(waarde * 100).toFixed(1)}%`;
const regel = (a: Afwijking): string => `  ${a.soort.padEnd(21)} "${a.fragment}"  in: ${a.tekst}`;
const groep = (naam: string, g: Groep): string =>
  `  ${naam.padEnd(32)} interpretaties ${String(g.interpretaties).padStart(3)}, herkend ${String(g.herkend).padStart(3)} (recall ${procent(g.recall).padStart(6)});` +
  ` feiten ${String(g.feiten).padStart(3)}, onterecht ${String(g.valsGemarkeerd).padStart(2)} (${procent(g.valseMeldingen)})`;

function toonZinsniveau(titel: string, m: ZinsMeting): void {
  console.log(`\n== ${titel}: ${m.zinnen} zinnen (${m.interpretaties} interpretaties, ${m.feiten} feiten)`);
  console.log(
    `Recall ${procent(m.recall)} (${m.herkend}/${m.interpretaties}); valse meldingen ${procent(m.valseMeldingen)} (${m.valsGemarkeerd}/${m.feiten})`,
  );
  console.log("Per soort interpretatie:");
  for (const [naam, g] of Object.entries(m.perSoort)) console.log(groep(naam, g));
  console.log("Per sector:");
  for (const [naam, g] of Object.entries(m.perSector)) console.log(groep(naam, g));
  console.log("Per sectie:");
  for (const [naam, g] of Object.entries(m.perSectie)) console.log(groep(naam, g));
  console.log(`Gemiste interpretaties (${m.gemist.length}):`);
  for (const z of m.gemist) console.log(`  [${z.soort ?? "?"}, ${z.sector ?? "?"}, ${z.sectie ?? "?"}] ${z.tekst}`);
  console.log(`Feiten met een bevinding (${m.onterecht.length}):`);
  for (const { zin, fragmenten } of m.onterecht)
    console.log(
      `  [${zin.sector ?? "?"}, ${zin.sectie ?? "?"}] ${zin.tekst}  → ${fragmenten.map((f) => `"${f}"`).join(", ")}`,
    );
}

const meting = meetCorpus();
console.log(
  `Trainingscorpus: ${meting.zinnen} zinnen, ${meting.bevindingenVerwacht} verwachte en ${meting.bevindingenGevonden} gevonden bevindingen.`,
);
console.log(`Bevindingen: precisie ${procent(meting.precisie)}, recall ${procent(meting.recall)}`);
for (const [soort, { precisie, recall }] of Object.entries(meting.perSoort)) {
  console.log(`  ${soort.padEnd(21)} precisie ${procent(precisie).padStart(6)}, recall ${procent(recall).padStart(6)}`);
}
console.log(`\nGemist (${meting.gemist.length}):`);
for (const a of meting.gemist) console.log(regel(a));
console.log(`\nOnterecht (${meting.onterecht.length}):`);
for (const a of meting.onterecht) console.log(regel(a));

toonZinsniveau("Trainingscorpus, zinsniveau", meetZinnen(alsGelabeld()));

const leesSplit = (bestand: string): ZinsMeting =>
  meetZinnen(
    leesGelabeldeZinnen(
      JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../src/domain/melding", bestand), "utf8")),
    ),
  );
const overzicht: [string, ZinsMeting][] = [["training", meetZinnen(alsGelabeld())]];
if (process.argv.includes("--ontwikkel") || process.argv.includes("--blind")) {
  const ontwikkel = leesSplit("feitelijkheid.blind.json");
  toonZinsniveau("Ontwikkelset (was blind 1; gezien, gebruikt om patronen te vinden)", ontwikkel);
  overzicht.push(["ontwikkel (was blind 1)", ontwikkel]);
}
if (process.argv.includes("--ontwikkel2") || process.argv.includes("--blind2")) {
  const ontwikkel2 = leesSplit("feitelijkheid.blind2.json");
  toonZinsniveau("Ontwikkelset 2 (was blind 2; gezien, gebruikt om patronen te vinden)", ontwikkel2);
  overzicht.push(["ontwikkel 2 (was blind 2)", ontwikkel2]);
}
if (process.argv.includes("--ontwikkel3") || process.argv.includes("--blind3")) {
  const ontwikkel3 = leesSplit("feitelijkheid.blind3.json");
  toonZinsniveau("Ontwikkelset 3 (was blind 3; gezien, gebruikt om patronen te vinden)", ontwikkel3);
  overzicht.push(["ontwikkel 3 (was blind 3)", ontwikkel3]);
}
if (process.argv.includes("--ontwikkel4") || process.argv.includes("--blind4")) {
  const ontwikkel4 = leesSplit("feitelijkheid.blind4.json");
  toonZinsniveau("Ontwikkelset 4 (was blind 4; gezien, gebruikt om patronen te vinden)", ontwikkel4);
  overzicht.push(["ontwikkel 4 (was blind 4)", ontwikkel4]);
}
if (process.argv.includes("--blind5")) {
  const blind5 = leesSplit("feitelijkheid.blind5.json");
  toonZinsniveau("Blinde testset 5 (nooit gebruikt om af te stemmen)", blind5);
  overzicht.push(["blind 5", blind5]);
}
console.log("\n== Overzicht (zinsniveau)");
for (const [naam, m] of overzicht) {
  console.log(
    `  ${naam.padEnd(26)} ${String(m.zinnen).padStart(4)} zinnen  recall ${procent(m.recall).padStart(6)} (${m.herkend}/${m.interpretaties})  valse meldingen ${procent(m.valseMeldingen).padStart(6)} (${m.valsGemarkeerd}/${m.feiten})`,
  );
}
