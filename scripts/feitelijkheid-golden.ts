/**
 * `node --import tsx scripts/feitelijkheid-golden.ts`: writes the golden snapshot of the factuality check,
 * `src/domain/melding/feitelijkheid.golden.json`. It holds every finding (offsets, kind, explanation and
 * suggestion, and the flagged words) that `controleerFeitelijkheid` gives on:
 * - every sentence of every corpus in `src/domain/melding/` (the training corpus and each labelled split), alone;
 * - each corpus as one running text, its sentences joined by a space and every fourth by a line break, so
 *   what crosses sentences (a consequence in the next sentence, a sentence split after an initial) is covered;
 * - the same running texts in upper case (the check matches on a lower-cased copy with the same offsets);
 * - the varied 10,000-character report of the benchmark (`bench/gevallen.ts`).
 * The running texts are checked in both interface languages. `feitelijkheid.golden.test.ts` compares the
 * check with the snapshot: a change that should only make the check faster must leave it identical. Write
 * the snapshot again only when a rule is meant to change, and review the difference.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { controleerFeitelijkheid } from "../src/domain/melding/feitelijkheid.ts";
import { CORPUS } from "../src/domain/melding/feitelijkheid.corpus.ts";
import { leesGelabeldeZinnen } from "../src/domain/melding/feitelijkheid.meting.ts";

const MAP = path.resolve(import.meta.dirname, "../src/domain/melding");
export const GOLDEN_BESTAND = path.join(MAP, "feitelijkheid.golden.json");

/** One finding: begin, end, kind, index into `toelichtingen`, and the flagged words. */
type GoudenBevinding = [number, number, string, number, string];

export interface GoudenMomentopname {
  /** The distinct explanation and suggestion pairs, referred to by index so the snapshot stays small. */
  readonly toelichtingen: { readonly uitleg: string; readonly suggestie: string }[];
  /** The texts by name (not their words: those are in the corpora), each with its findings. */
  readonly teksten: { readonly naam: string; readonly taal: "nl" | "en"; readonly bevindingen: GoudenBevinding[] }[];
}

/** Every corpus in `src/domain/melding/`, by name, as its sentences in order. */
export function corpora(): [string, string[]][] {
  const splits = readdirSync(MAP)
    .filter((bestand) => /^feitelijkheid\.blind\d*\.json$/u.test(bestand))
    .sort()
    .map((bestand): [string, string[]] => [
      bestand,
      leesGelabeldeZinnen(JSON.parse(readFileSync(path.join(MAP, bestand), "utf8"))).map((z) => z.tekst),
    ]);
  return [["feitelijkheid.corpus.ts", CORPUS.map((z) => z.tekst)], ...splits];
}

/** The varied report of the benchmark: every seventh sentence of the corpus in turn, cut at 10,000 characters. */
export function gevarieerdVerslag(): string {
  let tekst = "";
  for (let i = 0; tekst.length < 10_000; i += 1)
    tekst += `${CORPUS[(i * 7) % CORPUS.length]!.tekst}${i % 4 === 3 ? "\n" : " "}`;
  return tekst.slice(0, 10_000);
}

const lopendeTekst = (zinnen: readonly string[]): string =>
  zinnen.map((z, i) => `${z}${i % 4 === 3 ? "\n" : " "}`).join("");

export function momentopname(): GoudenMomentopname {
  const toelichtingen: { uitleg: string; suggestie: string }[] = [];
  const index = new Map<string, number>();
  const teksten: GoudenMomentopname["teksten"] = [];
  const controleer = (naam: string, tekst: string, taal: "nl" | "en"): void => {
    const bevindingen = controleerFeitelijkheid(tekst, taal).map((b): GoudenBevinding => {
      const sleutel = `${b.uitleg}\u0000${b.suggestie}`;
      let i = index.get(sleutel);
      if (i === undefined) {
        i = toelichtingen.push({ uitleg: b.uitleg, suggestie: b.suggestie }) - 1;
        index.set(sleutel, i);
      }
      return [b.begin, b.eind, b.soort, i, tekst.slice(b.begin, b.eind)];
    });
    teksten.push({ naam, taal, bevindingen });
  };
  for (const [bestand, zinnen] of corpora()) {
    zinnen.forEach((zin, i) => controleer(`${bestand} #${i}`, zin, "nl"));
    for (const taal of ["nl", "en"] as const) {
      controleer(`${bestand}, lopende tekst`, lopendeTekst(zinnen), taal);
      controleer(`${bestand}, lopende tekst in hoofdletters`, lopendeTekst(zinnen).toUpperCase(), taal);
    }
  }
  for (const taal of ["nl", "en"] as const)
    controleer("gevarieerd verslag van 10 000 tekens (bench)", gevarieerdVerslag(), taal);
  return { toelichtingen, teksten };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const opname = momentopname();
  // One text per line: a difference shows as the lines of the texts whose findings changed.
  const regels = opname.teksten.map((t) => JSON.stringify(t));
  writeFileSync(
    GOLDEN_BESTAND,
    `{"toelichtingen":${JSON.stringify(opname.toelichtingen, null, 1)},\n"teksten":[\n${regels.join(",\n")}\n]}\n`,
  );
  const aantal = opname.teksten.reduce((n, t) => n + t.bevindingen.length, 0);
  console.log(`${GOLDEN_BESTAND}: ${opname.teksten.length} teksten, ${aantal} bevindingen.`);
}
