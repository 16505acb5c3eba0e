/**
 * The sentences of a report, and what a sentence says that lifts a word rule (see `Uitzondering` in the word
 * lists): a count, a moment, a period, a consequence, who diagnosed, what was seen, an anchor. The factuality
 * check (`feitelijkheid.ts`) judges each match by the sentence it stands in.
 */
import {
  AFKORTINGEN,
  ANKERS,
  CITAATTEKEN,
  GEVOLG,
  PERIODE,
  TELLING,
  TIJDSANKER,
  VERVOLG_GEVOLG,
} from "./feitelijkheid.ankers.ts";
import type { Uitzondering } from "./feitelijkheid.woorden.ts";
import { LETTER, isWit, metGrenzen, zoekBereik } from "./feitelijkheid.tekst.ts";
import type { Bereik } from "./feitelijkheid.tekst.ts";

const GEVOLG_RE = new RegExp(GEVOLG.map(metGrenzen).join("|"), "gu");
const VERVOLG_RE = new RegExp(`^[\\s"'„“‘«(]*${VERVOLG_GEVOLG}(?!${LETTER})`, "u");
const PERIODE_RE = new RegExp(metGrenzen(PERIODE.periode), "u");
const MAAT_RE = new RegExp(metGrenzen(PERIODE.maat), "u");
const UITZONDERING_RE: Readonly<Record<Exclude<Uitzondering, "gevolg">, { test(zin: string): boolean }>> = {
  telling: new RegExp(metGrenzen(TELLING), "u"),
  tijdsanker: new RegExp(metGrenzen(TIJDSANKER), "u"),
  periode: { test: (zin) => PERIODE_RE.test(zin) && MAAT_RE.test(zin) },
  diagnosticus: new RegExp(metGrenzen(ANKERS.diagnosticus), "u"),
  waarneming: new RegExp(`${metGrenzen(`${ANKERS.bron}|${ANKERS.concreet}`)}|${CITAATTEKEN}`, "u"),
  bevinding: new RegExp(
    metGrenzen(`${ANKERS.diagnosticus}|${TELLING}|\\d+(?:[.,]\\d+)?\\s*(?:cm|mm|kg|g|gram|kilo|graden|minuten|euro|%)`),
    "u",
  ),
  anker: new RegExp(
    `${metGrenzen(`${ANKERS.tijd}|${ANKERS.bron}|${ANKERS.concreet}|${ANKERS.getal}`)}|${CITAATTEKEN}`,
    "u",
  ),
};

/** Sentences end at . ! ? followed by white space, and at a line break; not inside a quotation or after "ca.". */
export function zinnen(tekst: string, citaatBereiken: readonly Bereik[]): Bereik[] {
  const resultaat: Bereik[] = [];
  let begin = 0;
  let citaat = 0;
  // Only the characters that can end a sentence matter: found by a regular expression, not one by one.
  ZINSEINDE_RE.lastIndex = 0;
  for (let m = ZINSEINDE_RE.exec(tekst); m !== null; m = ZINSEINDE_RE.exec(tekst)) {
    const i = m.index;
    while ((citaatBereiken[citaat]?.eind ?? Infinity) <= i) citaat++;
    const huidig = citaatBereiken[citaat];
    if (huidig !== undefined && huidig.begin <= i) continue;
    const teken = tekst[i];
    const einde =
      teken === "\n" ||
      (".!?".includes(teken ?? "") && isWit(tekst[i + 1]) && !(teken === "." && isAfkorting(tekst, i)));
    if (einde) {
      resultaat.push({ begin, eind: i + 1 });
      begin = i + 1;
    }
  }
  if (begin < tekst.length) resultaat.push({ begin, eind: tekst.length });
  return resultaat;
}

const ZINSEINDE_RE = /[.!?\n]/g;
const LANGSTE_AFKORTING = Math.max(...[...AFKORTINGEN].map((a) => a.length));

/**
 * Whether the full stop at `punt` ends an abbreviation: the letters and full stops right before it, up to
 * 12 characters back, are one of `AFKORTINGEN`. Walked back over ASCII, which answers nearly every case at
 * once (a word longer than any abbreviation is none); other letters go to the Unicode classes.
 */
function isAfkorting(tekst: string, punt: number): boolean {
  const grens = Math.max(0, punt - 12);
  let i = punt - 1;
  for (; i >= grens; i--) {
    const code = tekst.charCodeAt(i);
    if (code >= 128) {
      const woord = /[\p{L}.]+$/u.exec(tekst.slice(grens, punt))?.[0];
      return woord !== undefined && AFKORTINGEN.has(woord.toLowerCase());
    }
    const klein = code | 32;
    if (code !== 46 && !(klein >= 97 && klein <= 122)) break;
    if (punt - i > LANGSTE_AFKORTING) return false;
  }
  return i < punt - 1 && AFKORTINGEN.has(tekst.slice(i + 1, punt).toLowerCase());
}

/**
 * Whether the sentence around a match lifts it (see `Uitzondering` in the word lists). Answers are kept
 * per sentence, so a long sentence full of flagged words is scanned once, not once per word.
 */
export function uitzonderingen(
  tekst: string,
  zinBereiken: readonly Bereik[],
): (uitzondering: Uitzondering, match: Bereik) => boolean {
  const perZin = new Map<Uitzondering, (boolean | undefined)[]>();
  const gevolgenPerZin = new Map<number, Bereik[]>();
  return (uitzondering, match) => {
    const index = zoekBereik(zinBereiken, match.begin);
    const zin = zinBereiken[index];
    if (zin === undefined) return false;
    if (uitzondering !== "gevolg") {
      let antwoorden = perZin.get(uitzondering);
      if (antwoorden === undefined) {
        antwoorden = [];
        perZin.set(uitzondering, antwoorden);
      }
      let antwoord = antwoorden[index];
      if (antwoord === undefined) {
        antwoord = UITZONDERING_RE[uitzondering].test(tekst.slice(zin.begin, zin.eind));
        antwoorden[index] = antwoord;
      }
      return antwoord;
    }
    let gevolgen = gevolgenPerZin.get(index);
    if (gevolgen === undefined) {
      gevolgen = [...tekst.slice(zin.begin, zin.eind).matchAll(GEVOLG_RE)].map((m) => ({
        begin: zin.begin + m.index,
        eind: zin.begin + m.index + m[0].length,
      }));
      gevolgenPerZin.set(index, gevolgen);
    }
    // A consequence outside the match itself, so "huiselijk geweld" is not its own consequence ("geweld").
    if (gevolgen.some((g) => g.eind <= match.begin || g.begin >= match.eind)) return true;
    const volgende = zinBereiken[index + 1];
    return (
      volgende !== undefined &&
      VERVOLG_RE.test(tekst.slice(volgende.begin, Math.min(volgende.eind, volgende.begin + 80)))
    );
  };
}
