/**
 * The text primitives the factuality check (`feitelijkheid.ts`) and its sentence rule and word pass
 * share: what a letter is, white space, a range of the text, the lower-cased copy with the same offsets.
 */

/** Letters and digits of any script: the word boundary \b knows only ASCII and would split "naïef". */
export const LETTER = "[\\p{L}\\p{N}]";
const IS_LETTER = new RegExp(LETTER, "u");
export const metGrenzen = (bron: string): string => `(?<!${LETTER})(?:${bron})(?!${LETTER})`;

export interface Bereik {
  readonly begin: number;
  readonly eind: number;
}

/**
 * The text in lower case with every UTF-16 offset unchanged: a character whose lower case has another
 * length (the Turkish "İ") is kept as it is.
 */
export function kleineLetters(tekst: string): string {
  const laag = tekst.toLowerCase();
  if (laag.length === tekst.length) return laag;
  let resultaat = "";
  for (const teken of tekst) {
    const klein = teken.toLowerCase();
    resultaat += klein.length === teken.length ? klein : teken;
  }
  return resultaat;
}

/** Whether one UTF-16 code unit is a letter or digit; outside ASCII answered once per code by the Unicode classes. */
const LETTER_PER_CODE = new Uint8Array(0x10000);
export const isLetterCode = (code: number): boolean => {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let bekend = LETTER_PER_CODE[code]!;
  if (bekend === 0) {
    bekend = IS_LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_PER_CODE[code] = bekend;
  }
  return bekend === 1;
};
/** ASCII answered by character code, the rest by the Unicode classes: these run for most characters of a text. */
export const isLetter = (teken: string | undefined): boolean =>
  teken !== undefined && isLetterCode(teken.charCodeAt(0));
/** White space; a position past either end of the text counts as white space. */
export const isWit = (teken: string | undefined): boolean => {
  if (teken === undefined) return true;
  const code = teken.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(teken);
};

/** Index of the range that contains `positie` in a sorted, non-overlapping list, or -1. */
export function zoekBereik(bereiken: readonly Bereik[], positie: number): number {
  let laag = 0;
  let hoog = bereiken.length - 1;
  while (laag <= hoog) {
    const midden = (laag + hoog) >>> 1;
    const b = bereiken[midden];
    if (b === undefined) break;
    if (positie < b.begin) hoog = midden - 1;
    else if (positie >= b.eind) laag = midden + 1;
    else return midden;
  }
  return -1;
}
