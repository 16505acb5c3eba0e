/**
 * `node --import tsx scripts/feitelijkheid-meting.ts`: prints how well the factuality check of a report
 * scores on its labelled corpus, with every missed and every unexpected finding, so a change to the word
 * lists can be judged on what it wins and what it breaks.
 */
import { meetCorpus } from "../src/domain/melding/feitelijkheid.meting.ts";
import type { Afwijking } from "../src/domain/melding/feitelijkheid.meting.ts";

const procent = (waarde: number): string => `${(waarde * 100).toFixed(1)}%`;
const regel = (a: Afwijking): string => `  ${a.soort.padEnd(21)} "${a.fragment}"  in: ${a.tekst}`;

const meting = meetCorpus();
console.log(`Corpus: ${meting.zinnen} zinnen, ${meting.bevindingenVerwacht} verwachte en ${meting.bevindingenGevonden} gevonden bevindingen.`);
console.log(`Bevindingen: precisie ${procent(meting.precisie)}, recall ${procent(meting.recall)}`);
console.log(`Zinnen:      precisie ${procent(meting.zinsniveau.precisie)}, recall ${procent(meting.zinsniveau.recall)}`);
for (const [soort, { precisie, recall }] of Object.entries(meting.perSoort)) {
  console.log(`  ${soort.padEnd(21)} precisie ${procent(precisie).padStart(6)}, recall ${procent(recall).padStart(6)}`);
}
console.log(`\nGemist (${meting.gemist.length}):`);
for (const a of meting.gemist) console.log(regel(a));
console.log(`\nOnterecht (${meting.onterecht.length}):`);
for (const a of meting.onterecht) console.log(regel(a));
