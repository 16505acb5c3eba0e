/**
 * Measures the factuality check against the labelled corpus, so a change to the word lists shows at
 * once what it wins and what it breaks. A finding counts as correct only when both its soort and its
 * exact span match an expected fragment; a sentence counts as flagged when it has any finding.
 */
import { BEVINDING_SOORTEN, controleerFeitelijkheid } from "./feitelijkheid.ts";
import type { BevindingSoort } from "./feitelijkheid.ts";
import { CORPUS } from "./feitelijkheid.corpus.ts";
import type { CorpusZin } from "./feitelijkheid.corpus.ts";

export interface PrecisieRecall {
  readonly precisie: number;
  readonly recall: number;
}

/** One expected finding that was missed, or one finding that was not expected. */
export interface Afwijking {
  readonly tekst: string;
  readonly soort: BevindingSoort;
  readonly fragment: string;
}

export interface Meting extends PrecisieRecall {
  readonly zinnen: number;
  readonly bevindingenVerwacht: number;
  readonly bevindingenGevonden: number;
  readonly perSoort: Record<BevindingSoort, PrecisieRecall>;
  /** Sentence level: is a sentence with (or without) problems recognised as such? */
  readonly zinsniveau: PrecisieRecall;
  readonly gemist: readonly Afwijking[];
  readonly onterecht: readonly Afwijking[];
}

interface Span {
  readonly begin: number;
  readonly eind: number;
  readonly soort: BevindingSoort;
}

/** The expected spans of a sentence: the `keer`-th occurrence of each fragment (the first by default). */
export function verwachteSpans(zin: CorpusZin): Span[] {
  return zin.verwacht.map(({ soort, fragment, keer = 0 }) => {
    let begin = -1;
    for (let i = 0; i <= keer; i++) begin = zin.tekst.indexOf(fragment, begin + 1);
    if (begin < 0) throw new Error(`Fragment "${fragment}" (keer ${keer}) staat niet in: ${zin.tekst}`);
    return { begin, eind: begin + fragment.length, soort };
  });
}

/** Ratio with an empty denominator counted as perfect: no findings of a kind means none were wrong. */
const deel = (teller: number, noemer: number): number => (noemer === 0 ? 1 : teller / noemer);

export function meetCorpus(corpus: readonly CorpusZin[] = CORPUS): Meting {
  const telling = Object.fromEntries(BEVINDING_SOORTEN.map((s) => [s, { goed: 0, gevonden: 0, verwacht: 0 }])) as Record<
    BevindingSoort,
    { goed: number; gevonden: number; verwacht: number }
  >;
  const gemist: Afwijking[] = [];
  const onterecht: Afwijking[] = [];
  const zinnen = { terechtGemarkeerd: 0, gemarkeerd: 0, metProbleem: 0 };
  for (const zin of corpus) {
    const verwacht = verwachteSpans(zin);
    const gevonden = controleerFeitelijkheid(zin.tekst);
    const isGelijk = (a: Span, b: Span) => a.begin === b.begin && a.eind === b.eind && a.soort === b.soort;
    for (const v of verwacht) {
      telling[v.soort].verwacht++;
      if (!gevonden.some((g) => isGelijk(g, v))) gemist.push({ tekst: zin.tekst, soort: v.soort, fragment: zin.tekst.slice(v.begin, v.eind) });
    }
    for (const g of gevonden) {
      telling[g.soort].gevonden++;
      if (verwacht.some((v) => isGelijk(g, v))) telling[g.soort].goed++;
      else onterecht.push({ tekst: zin.tekst, soort: g.soort, fragment: zin.tekst.slice(g.begin, g.eind) });
    }
    if (verwacht.length > 0) zinnen.metProbleem++;
    if (gevonden.length > 0) zinnen.gemarkeerd++;
    if (verwacht.length > 0 && gevonden.length > 0) zinnen.terechtGemarkeerd++;
  }
  const totaal = Object.values(telling).reduce((a, t) => ({ goed: a.goed + t.goed, gevonden: a.gevonden + t.gevonden, verwacht: a.verwacht + t.verwacht }));
  const perSoort = Object.fromEntries(
    BEVINDING_SOORTEN.map((s) => [s, { precisie: deel(telling[s].goed, telling[s].gevonden), recall: deel(telling[s].goed, telling[s].verwacht) }]),
  ) as Record<BevindingSoort, PrecisieRecall>;
  return {
    zinnen: corpus.length,
    bevindingenVerwacht: totaal.verwacht,
    bevindingenGevonden: totaal.gevonden,
    precisie: deel(totaal.goed, totaal.gevonden),
    recall: deel(totaal.goed, totaal.verwacht),
    perSoort,
    zinsniveau: { precisie: deel(zinnen.terechtGemarkeerd, zinnen.gemarkeerd), recall: deel(zinnen.terechtGemarkeerd, zinnen.metProbleem) },
    gemist,
    onterecht,
  };
}
