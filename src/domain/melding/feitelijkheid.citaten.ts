/**
 * What another person said, in the text of a report: quotations and reported speech. Professionals are told to
 * write down literally what a child or parent said, and what someone reported is that person's statement, not
 * the writer's judgement; the factuality check (`feitelijkheid.ts`) reads those words differently.
 */
import { EINDE_SPREKER, SPREKER } from "./feitelijkheid.ankers.ts";
import { LETTER, isLetter, isWit, zoekBereik } from "./feitelijkheid.tekst.ts";
import type { Bereik } from "./feitelijkheid.tekst.ts";

const SPREKER_RE = new RegExp(`(?<!${LETTER})(?:${SPREKER})`, "gu");
const EINDE_SPREKER_RE = new RegExp(EINDE_SPREKER, "gu");

/** Which closing marks end a quotation opened by each mark. Dutch uses „…”, “…”, '…' and ‘…’. */
const SLUITERS: Readonly<Record<string, string>> = { '"': '"', "„": '”“"', "“": '”"', "'": "'’", "‘": "’'", "«": "»" };
/** The characters that may close a quotation, and line breaks; the characters that may open one. */
const SLUIT_OF_REGEL_RE = /["”“'’»\n]/g;
const OPENER_RE = /["„“'‘«]/g;
/** 's avonds, 't huis, 'n kind, 'k: an apostrophe of elision, not an opening quote. */
const ELISIE = new RegExp(`^['‘’][stnk](?!${LETTER})`, "iu");

/** First value in a sorted list greater than `na`, by binary search (keeps 50 KB texts linear-ish). */
function eersteNa(lijst: readonly number[], na: number): number | undefined {
  let laag = 0;
  let hoog = lijst.length;
  while (laag < hoog) {
    const midden = (laag + hoog) >>> 1;
    if ((lijst[midden] ?? Infinity) <= na) laag = midden + 1;
    else hoog = midden;
  }
  return lijst[laag];
}

/**
 * Quotations: professionals are told to write down literally what a child or parent said, so words
 * inside quotation marks are never flagged. A quotation opens after a non-letter, closes before a
 * non-letter and stays on one line; an opening mark without its closing mark is not a quotation
 * (the text after it is checked as usual), and "opa's" or "'s avonds" are apostrophes, not quotes.
 */
export function citaten(tekst: string): Bereik[] {
  // Only line breaks and quotation marks matter here: found by a regular expression, not character by character.
  const sluitposities = new Map<string, number[]>();
  const regeleinden: number[] = [];
  SLUIT_OF_REGEL_RE.lastIndex = 0;
  for (let m = SLUIT_OF_REGEL_RE.exec(tekst); m !== null; m = SLUIT_OF_REGEL_RE.exec(tekst)) {
    const i = m.index;
    const teken = m[0];
    if (teken === "\n") regeleinden.push(i);
    else if (!isWit(tekst[i - 1]) && !isLetter(tekst[i + 1])) {
      const lijst = sluitposities.get(teken);
      if (lijst === undefined) sluitposities.set(teken, [i]);
      else lijst.push(i);
    }
  }
  const bereiken: Bereik[] = [];
  if (sluitposities.size === 0) return bereiken;
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(tekst); m !== null; m = OPENER_RE.exec(tekst)) {
    const i = m.index;
    const sluiters = SLUITERS[m[0]];
    if (sluiters === undefined || isLetter(tekst[i - 1]) || isWit(tekst[i + 1]) || ELISIE.test(tekst.slice(i, i + 3)))
      continue;
    const regeleinde = eersteNa(regeleinden, i) ?? tekst.length;
    const kandidaten = [...sluiters]
      .map((s) => eersteNa(sluitposities.get(s) ?? [], i + 1))
      .filter((p): p is number => p !== undefined);
    const sluit = Math.min(...kandidaten);
    if (sluit < regeleinde) {
      bereiken.push({ begin: i, eind: sluit + 1 });
      OPENER_RE.lastIndex = sluit + 1;
    }
  }
  return bereiken;
}

/** Whether a match touches a quotation: one holds its start, or the first one after its start begins inside it. */
export function overlaptCitaat(citaatBereiken: readonly Bereik[], begin: number, eind: number): boolean {
  if (zoekBereik(citaatBereiken, begin) >= 0) return true;
  let laag = 0;
  let hoog = citaatBereiken.length;
  while (laag < hoog) {
    const midden = (laag + hoog) >>> 1;
    if ((citaatBereiken[midden]?.begin ?? Infinity) < begin) laag = midden + 1;
    else hoog = midden;
  }
  return (citaatBereiken[laag]?.begin ?? Infinity) < eind;
}

/** ", zei hij." or ", aldus moeder." closing a sentence: what came before it is the speaker's. */
const SPREKER_ACHTERAF_RE = new RegExp(
  `,\\s*(?:zei|zeiden|zegt|zeggen|vertelde|vertelden|vertelt|schreef|riep|aldus|volgens)(?:\\s+${LETTER}+){1,4}\\s*[.!?]?\\s*$`,
  "u",
);

/**
 * Reported speech in one sentence: what follows `zei dat`, `vertelde dat` and the like, and the whole
 * clause around `volgens de ouders`, up to where the writer takes over again (`; `, `, maar`, `en ik`).
 * Those words are the speaker's statement, not the writer's generalisation or judgement, so only a risk
 * factor is still checked there (Veilig Thuis asks how it leads to unsafety, whoever named it).
 */
export function sprekerBereiken(tekst: string, zin: Bereik): Bereik[] {
  const inhoud = tekst.slice(zin.begin, zin.eind);
  const sprekers = [...inhoud.matchAll(SPREKER_RE)];
  const achteraf = SPREKER_ACHTERAF_RE.exec(inhoud);
  // Most sentences have no speaker: then where the writer takes over again does not matter.
  if (sprekers.length === 0 && achteraf === null) return [];
  const einden = [...inhoud.matchAll(EINDE_SPREKER_RE)].map((m) => ({ begin: m.index, eind: m.index + m[0].length }));
  const clauseBegin = (positie: number): number =>
    einden.filter((e) => e.eind <= positie).reduce((a, e) => Math.max(a, e.eind), 0);
  const clauseEind = (positie: number): number => einden.find((e) => e.begin >= positie)?.begin ?? inhoud.length;
  const bereiken: Bereik[] = [];
  for (const m of sprekers) {
    const heleZinsdeel = /^(?:volgens|aldus)/iu.test(m[0]);
    const begin = heleZinsdeel ? clauseBegin(m.index) : m.index + m[0].length;
    bereiken.push({ begin: zin.begin + begin, eind: zin.begin + clauseEind(m.index + m[0].length) });
  }
  if (achteraf !== null)
    bereiken.push({ begin: zin.begin + clauseBegin(achteraf.index), eind: zin.begin + achteraf.index });
  return bereiken;
}
