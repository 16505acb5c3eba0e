/**
 * A deterministic, explainable check of the free text of a report to Veilig Thuis. Veilig Thuis asks for
 * a concrete, factual and specific description of what makes the situation unsafe now, and for risk
 * factors tied to how they cause that unsafety. This check points at words that work against that:
 * judgements, vague wording, hedges, generalisations, and risk factors named without their consequence.
 *
 * It is a word-list check, not a language model: every finding names its word and its reason, the same
 * text always gives the same findings, and a professional can disagree with it. Pure: no I/O, no clock.
 * The word lists and their rationale are in `feitelijkheid.woorden.ts`, the anchors in
 * `feitelijkheid.ankers.ts`, the explanation shown with each finding in `feitelijkheid.toelichting.ts`;
 * quotations and reported speech in `feitelijkheid.citaten.ts`, the sentences and what in a sentence lifts a
 * rule in `feitelijkheid.zinnen.ts`; the per-word pass in `feitelijkheid.woordparen.ts`, the sentence rule in
 * `feitelijkheid.zinsregel.ts`, the one pass that finds the word rules by their prefixes in
 * `feitelijkheid.voorvoegsel.ts`, and the text primitives they share in `feitelijkheid.tekst.ts`. This file
 * puts them together.
 */
import { ONTKENNING } from "./feitelijkheid.ankers.ts";
import { citaten, overlaptCitaat, sprekerBereiken } from "./feitelijkheid.citaten.ts";
import { TEKSTEN, type Taal } from "./feitelijkheid.toelichting.ts";
import { REGELS } from "./feitelijkheid.woorden.ts";
import type { WoordRegel } from "./feitelijkheid.woorden.ts";
import { kleineLetters, zoekBereik } from "./feitelijkheid.tekst.ts";
import type { Bereik } from "./feitelijkheid.tekst.ts";
import { woordRegelZoeker } from "./feitelijkheid.voorvoegsel.ts";
import { woordparen } from "./feitelijkheid.woordparen.ts";
import { uitzonderingen, zinnen } from "./feitelijkheid.zinnen.ts";
import { zinnenZonderAnker } from "./feitelijkheid.zinsregel.ts";

export const BEVINDING_SOORTEN = [
  "oordeel",
  "vaag",
  "voorbehoud",
  "generalisatie",
  "risico_zonder_gevolg",
  "zonder_anker",
] as const;
export type BevindingSoort = (typeof BEVINDING_SOORTEN)[number];

/** One flagged span: `tekst.slice(begin, eind)` is exactly the flagged word(s), in UTF-16 offsets. */
export interface Bevinding {
  readonly begin: number;
  readonly eind: number;
  readonly soort: BevindingSoort;
  readonly uitleg: string;
  readonly suggestie: string;
}

/**
 * The word rules, found in one pass over the text (`woordRegelZoeker`): each tried only where a word
 * starts with one of its prefixes. They are matched without the `i` flag on a lower-cased copy of the
 * text with the same offsets (`kleineLetters`); the patterns are written in lower case.
 */
const zoekWoordRegels = woordRegelZoeker(REGELS.map((regel) => regel.patroon));
const ONTKENNING_RE = new RegExp(ONTKENNING, "u");

interface Kandidaat extends Bereik {
  readonly regel: WoordRegel;
  readonly volgorde: number;
}

/**
 * Checks the free text of a report for wording Veilig Thuis cannot act on. Returns the findings sorted by
 * position, at most one per span and none overlapping; texts in Dutch, or English when `taal` is "en".
 * Only Dutch text is checked: the word lists are Dutch whatever the interface language.
 */
export function controleerFeitelijkheid(tekst: string, taal: Taal = "nl"): Bevinding[] {
  if (tekst.trim() === "") return [];
  const citaatBereiken = citaten(tekst);
  const zinBereiken = zinnen(tekst, citaatBereiken);
  // The patterns are lower case and matched on a lower-cased copy with the same offsets (`kleineLetters`).
  const laag = kleineLetters(tekst);
  const isUitgezonderd = uitzonderingen(laag, zinBereiken);
  const sprekers = new Map<number, Bereik[]>();
  const isGezegdDoorAnder = (begin: number): boolean => {
    const index = zoekBereik(zinBereiken, begin);
    const zin = zinBereiken[index];
    if (zin === undefined) return false;
    let bereiken = sprekers.get(index);
    if (bereiken === undefined) {
      bereiken = sprekerBereiken(laag, zin);
      sprekers.set(index, bereiken);
    }
    return bereiken.some((b) => b.begin <= begin && begin < b.eind);
  };
  const kandidaten: Kandidaat[] = [];
  for (const { begin, eind, regel } of woordparen(laag)) {
    if (regel.ontkenbaar === true && ONTKENNING_RE.test(laag.slice(Math.max(0, begin - 80), begin))) continue;
    if (
      overlaptCitaat(citaatBereiken, begin, eind) ||
      isGezegdDoorAnder(begin) ||
      (regel.uitzondering !== undefined && isUitgezonderd(regel.uitzondering, { begin, eind }))
    )
      continue;
    kandidaten.push({ begin, eind, regel, volgorde: REGELS.length });
  }
  zoekWoordRegels(laag, (volgorde, match) => {
    const regel = REGELS[volgorde]!;
    // A rule may flag only its core (`(?<kern>...)` at its end): "is erg betrokken" flags "betrokken".
    const eind = match.index + match[0].length;
    const begin = eind - (match.groups?.["kern"] ?? match[0]).length;
    if (regel.ontkenbaar === true && ONTKENNING_RE.test(laag.slice(Math.max(0, begin - 80), begin))) return;
    if (eind === begin || overlaptCitaat(citaatBereiken, begin, eind)) return;
    // Reported speech is the speaker's. A risk factor stays flagged inside it (decision 0026), unless the
    // sentence also says when: then it records what someone reported at a moment, a fact of the report.
    if (
      regel.soort !== "risico_zonder_gevolg"
        ? isGezegdDoorAnder(begin)
        : isUitgezonderd("tijdsanker", { begin, eind }) && isGezegdDoorAnder(begin)
    )
      return;
    // Likewise a risk factor a professional established at a moment ("uit het verslag van de GGZ van 2 augustus blijkt ...").
    if (
      regel.soort === "risico_zonder_gevolg" &&
      isUitgezonderd("diagnosticus", { begin, eind }) &&
      isUitgezonderd("tijdsanker", { begin, eind })
    )
      return;
    if (regel.uitzondering !== undefined && isUitgezonderd(regel.uitzondering, { begin, eind })) return;
    kandidaten.push({ begin, eind, regel, volgorde });
  });
  // Earliest first; at the same start the longest ("vreemd gedrag" over "vreemd"), then the earlier rule.
  kandidaten.sort((a, b) => a.begin - b.begin || b.eind - a.eind || a.volgorde - b.volgorde);
  const bevindingen: Bevinding[] = [];
  let bezetTot = 0;
  for (const k of kandidaten) {
    if (k.begin < bezetTot) continue;
    bezetTot = k.eind;
    bevindingen.push({ begin: k.begin, eind: k.eind, soort: k.regel.soort, ...TEKSTEN[k.regel.tekst][taal] });
  }
  const zonderAnker = zinnenZonderAnker(tekst, laag, zinBereiken, bevindingen, isUitgezonderd);
  if (zonderAnker.length === 0) return bevindingen;
  const extra = zonderAnker.map((zin): Bevinding => ({ ...zin, soort: "zonder_anker", ...TEKSTEN.geen_anker[taal] }));
  return [...bevindingen, ...extra].sort((a, b) => a.begin - b.begin);
}
