/**
 * The password policy of issue 3, after NIST SP 800-63B and the NCSC: length and a block list instead of
 * composition rules ("one capital, one digit"), which only push people towards "Welkom01!". Pure: the
 * caller hashes (argon2id) and stores; this module only says whether a chosen password may be used.
 */
import type { VeldFout } from "../fouten.ts";
import { veelgebruikteWachtwoorden } from "./veelgebruikte-wachtwoorden.ts";

export const WACHTWOORD_MIN_TEKENS = 12;
/** Bounds the work argon2 does per attempt, so a megabyte "password" cannot tie up the server. */
export const WACHTWOORD_MAX_TEKENS = 256;
/** Shorter name parts ("Jan", "Bo") occur in too many honest passphrases to refuse them. */
const KORTSTE_ACCOUNTDEEL = 4;
/** At most this many trailing digits or symbols are cut off before the list is consulted again. */
const MAX_AFGEKNIPT = 4;

const VELD = "wachtwoord";

export interface WachtwoordContext {
  readonly email: string;
  readonly naam: string;
}

/**
 * The form in which a password is checked AND hashed. NFC makes "é" typed as one code point (Windows)
 * and as "e" plus an accent (macOS) the same password; hash anything else and such a user is locked out.
 */
export function normaliseerWachtwoord(wachtwoord: string): string {
  return wachtwoord.normalize("NFC");
}

/**
 * Judges a newly chosen password; an empty list means it may be used. Length is counted in Unicode code
 * points after NFC, so an emoji counts once, as the user sees it. A length refusal comes alone, because
 * the password must change anyway; otherwise every refusal that applies is returned, so the user does
 * not fix one problem only to run into the next.
 */
export function beoordeelWachtwoord(wachtwoord: string, context: WachtwoordContext): VeldFout[] {
  const genormaliseerd = normaliseerWachtwoord(wachtwoord);
  const lengte = [...genormaliseerd].length;
  if (lengte < WACHTWOORD_MIN_TEKENS) {
    return [{ veld: VELD, sleutel: "fout.wachtwoord_te_kort", waarden: { min: WACHTWOORD_MIN_TEKENS } }];
  }
  if (lengte > WACHTWOORD_MAX_TEKENS) {
    return [{ veld: VELD, sleutel: "fout.wachtwoord_te_lang", waarden: { max: WACHTWOORD_MAX_TEKENS } }];
  }
  const fouten: VeldFout[] = [];
  const klein = genormaliseerd.toLowerCase();
  if (isVeelgebruikt(klein)) fouten.push({ veld: VELD, sleutel: "fout.wachtwoord_veelgebruikt" });
  else if (isVoorspelbaarPatroon(klein)) fouten.push({ veld: VELD, sleutel: "fout.wachtwoord_voorspelbaar" });
  if (lijktOpAccount(genormaliseerd, context)) fouten.push({ veld: VELD, sleutel: "fout.wachtwoord_lijkt_op_account" });
  return fouten;
}

const NIET_LETTERS_AAN_HET_EIND = /[^\p{L}]+$/u;

/**
 * On the list as typed, with spaces left out ("wacht woord 123"), with common character swaps undone in
 * the letter part ("W@chtw00rd"), or once up to four trailing digits or symbols are cut off
 * ("Feyenoord1908!"): these are the first guesses of any cracking tool.
 */
function isVeelgebruikt(klein: string): boolean {
  const vormen = new Set([klein, klein.replace(/\s+/gu, "")]);
  for (const vorm of [...vormen]) vormen.add(zonderLeet(vorm));
  const lijst = veelgebruikteWachtwoorden();
  for (const vorm of vormen) {
    if (lijst.has(vorm)) return true;
    const tekens = [...vorm];
    const staart = [...(NIET_LETTERS_AAN_HET_EIND.exec(vorm)?.[0] ?? "")].length;
    for (let k = 1; k <= Math.min(MAX_AFGEKNIPT, staart); k++) {
      if (lijst.has(tekens.slice(0, -k).join(""))) return true;
    }
  }
  return false;
}

const LEET: Readonly<Record<string, string>> = {
  "@": "a",
  "4": "a",
  "3": "e",
  "1": "i",
  "!": "i",
  "0": "o",
  $: "s",
  "5": "s",
  "7": "t",
};

/** Undoes leetspeak in everything before the trailing digits and symbols, which stay as typed. */
function zonderLeet(vorm: string): string {
  const staart = NIET_LETTERS_AAN_HET_EIND.exec(vorm)?.[0] ?? "";
  const kop = vorm.slice(0, vorm.length - staart.length);
  return [...kop].map((teken) => LEET[teken] ?? teken).join("") + staart;
}

// Ordered character runs; digits and letters wrap around ("7890123…", "xyzabc…").
const REEKSEN = ["0123456789", "abcdefghijklmnopqrstuvwxyz"] as const;

/**
 * Refuses what a guesser enumerates before any list: a short piece repeated ("aaaaaaaaaaaa",
 * "abcabcabcabc", "ajaxajaxajax") and one straight run up or down ("abcdefghijkl", "123456789012",
 * "987654321098"). A password that is a piece repeated is no stronger than that piece, and the piece is
 * shorter than the minimum.
 */
function isVoorspelbaarPatroon(klein: string): boolean {
  const tekens = [...klein];
  return isHerhaling(tekens) || REEKSEN.some((reeks) => isRechteReeks(tekens, reeks));
}

function isHerhaling(tekens: readonly string[]): boolean {
  for (let periode = 1; periode <= tekens.length / 2; periode++) {
    if (tekens.every((teken, i) => i < periode || teken === tekens[i - periode])) return true;
  }
  return false;
}

function isRechteReeks(tekens: readonly string[], reeks: string): boolean {
  const posities = tekens.map((teken) => reeks.indexOf(teken));
  if (posities.some((p) => p < 0)) return false;
  const stap = (i: number): number => ((posities[i] ?? 0) - (posities[i - 1] ?? 0) + reeks.length) % reeks.length;
  const richting = stap(1);
  if (richting !== 1 && richting !== reeks.length - 1) return false;
  return posities.every((_, i) => i === 0 || stap(i) === richting);
}

/** Lowercase without accents, so "Hélène" in the name also catches "helene" in the password. */
function vouw(tekst: string): string {
  return tekst.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The e-mail address and the person's name are the first thing a targeted guesser tries. Checked: the
 * whole local part, its pieces between dots, dashes and digits, the whole name with and without spaces,
 * and each name part; anything of at least four characters.
 */
function lijktOpAccount(wachtwoord: string, context: WachtwoordContext): boolean {
  const gevouwen = vouw(wachtwoord);
  const lokaal = vouw(context.email.slice(0, Math.max(0, context.email.lastIndexOf("@"))) || context.email);
  const naam = vouw(context.naam).trim();
  const delen = [
    lokaal,
    ...lokaal.split(/[^\p{L}]+/u),
    naam,
    naam.replace(/[^\p{L}\p{N}]+/gu, ""),
    ...naam.split(/[^\p{L}\p{N}]+/u),
  ];
  return delen.some((deel) => [...deel].length >= KORTSTE_ACCOUNTDEEL && gevouwen.includes(deel));
}
