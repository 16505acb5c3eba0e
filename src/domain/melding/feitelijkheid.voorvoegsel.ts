/**
 * The word rules of the factuality check (`feitelijkheid.ts`) found in one pass over the text
 * (`woordRegelZoeker`), and what makes that possible: the first letters a regular expression can match,
 * read from its source (`voorvoegsels`), so a rule is tried only where a word starts with one of them
 * instead of letting each rule's expression search the whole text.
 *
 * The prefixes are conservative: every match of the expression starts with one of them (they may let
 * through places where it does not match). An expression whose first character can be anything (a class
 * such as `\p{L}`, a dot) gives the empty prefix: it must be tried everywhere. Only the syntax of the
 * check's own patterns is understood (groups, look-arounds, alternatives, quantifiers, classes and
 * escapes); anything else throws, so a new pattern cannot slip past unchecked.
 */
import { LETTER, isLetterCode } from "./feitelijkheid.tekst.ts";

/** How many characters of a prefix are kept: enough to tell "is" from "iets" and "zal" from "zag". */
export const PREFIX_LENGTE = 7;

/**
 * The strings an expression's matches can start with. `dicht`: the expression (so far) matched exactly
 * this string, and what follows it decides the rest; `open`: after this prefix anything may follow.
 */
interface Voorvoegsels {
  readonly dicht: ReadonlySet<string>;
  readonly open: ReadonlySet<string>;
}

const LEEG: Voorvoegsels = { dicht: new Set([""]), open: new Set() };
const ALLES: Voorvoegsels = { dicht: new Set(), open: new Set([""]) };

function ofwel(a: Voorvoegsels, b: Voorvoegsels): Voorvoegsels {
  return { dicht: new Set([...a.dicht, ...b.dicht]), open: new Set([...a.open, ...b.open]) };
}

/**
 * `a` then `b`. Every prefix is cut at `PREFIX_LENGTE` characters; one that reaches it is open (anything
 * may follow). Once nothing of `a` is closed, `b` adds nothing: then `a` is the answer as it is.
 */
function gevolgdDoor(a: Voorvoegsels, b: Voorvoegsels): Voorvoegsels {
  if (a.dicht.size === 0) return a;
  const open = new Set(a.open);
  const dicht = new Set<string>();
  for (const x of a.dicht) {
    for (const y of b.open) open.add(`${x}${y}`.slice(0, PREFIX_LENGTE));
    for (const y of b.dicht) {
      const samen = `${x}${y}`;
      if (samen.length >= PREFIX_LENGTE) open.add(samen.slice(0, PREFIX_LENGTE));
      else dicht.add(samen);
    }
  }
  return { dicht, open };
}

/**
 * A repetition: not at all (when the minimum is 0), once (when it may be 1), or twice and then anything
 * (conservative). So "de\s+laatste" starts with "de laat" or "de  ". For a part longer than one
 * character, "two or more" is read as the part once and then anything.
 */
function herhaald(a: Voorvoegsels, minimum: number, maximum: number): Voorvoegsels {
  if (maximum === 0) return LEEG;
  if (maximum === 1) return minimum === 0 ? ofwel(LEEG, a) : a;
  // Twice spelled out only for a single character (white space repeated gives "  "): for longer parts the pairs
  // multiply (45 adverbs give 2,025) and "once, then anything" is as good a start.
  const tweeOfMeer = [...a.dicht].every((x) => x.length <= 1)
    ? gevolgdDoor(gevolgdDoor(a, a), ALLES)
    : gevolgdDoor(a, ALLES);
  if (minimum >= 2) return tweeOfMeer;
  return minimum === 1 ? ofwel(a, tweeOfMeer) : ofwel(LEEG, ofwel(a, tweeOfMeer));
}

class Lezer {
  private i = 0;
  /**
   * Above 0 while reading what cannot add to the prefixes (a look-around, or the rest of a sequence whose
   * prefixes are all open already): it is read for its syntax only, without building sets.
   */
  private alleenLezen = 0;
  constructor(private readonly bron: string) {}

  lees(): Voorvoegsels {
    const resultaat = this.alternatieven();
    if (this.i !== this.bron.length)
      throw new Error(`Onverwacht teken ${this.bron[this.i]} op ${this.i} in ${this.bron}`);
    return resultaat;
  }

  private alternatieven(): Voorvoegsels {
    const eerste = this.reeks();
    if (this.bron[this.i] !== "|") return eerste;
    if (this.alleenLezen > 0) {
      while (this.bron[this.i] === "|") {
        this.i++;
        this.reeks();
      }
      return LEEG;
    }
    // Many alternatives ("lui|luie|luiheid|dom|..."): gathered in one pair of sets, not copied per alternative.
    const dicht = new Set(eerste.dicht);
    const open = new Set(eerste.open);
    while (this.bron[this.i] === "|") {
      this.i++;
      const volgende = this.reeks();
      for (const x of volgende.dicht) dicht.add(x);
      for (const x of volgende.open) open.add(x);
    }
    return { dicht, open };
  }

  private reeks(): Voorvoegsels {
    let resultaat = LEEG;
    let gestopt = false;
    while (this.i < this.bron.length && this.bron[this.i] !== "|" && this.bron[this.i] !== ")") {
      if (!gestopt && this.alleenLezen === 0 && resultaat.dicht.size === 0) {
        gestopt = true;
        this.alleenLezen++;
      }
      const atoom = this.kwantor(this.atoom());
      if (this.alleenLezen === 0) resultaat = gevolgdDoor(resultaat, atoom);
    }
    if (gestopt) this.alleenLezen--;
    return resultaat;
  }

  private kwantor(atoom: Voorvoegsels): Voorvoegsels {
    const teken = this.bron[this.i];
    let minimum: number;
    let maximum: number;
    if (teken === "*" || teken === "+" || teken === "?") {
      this.i++;
      [minimum, maximum] = teken === "*" ? [0, Infinity] : teken === "+" ? [1, Infinity] : [0, 1];
    } else if (teken === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.bron.slice(this.i));
      if (m === null) throw new Error(`Onbekende kwantor op ${this.i} in ${this.bron}`);
      this.i += m[0].length;
      minimum = Number(m[1]);
      maximum = m[2] === undefined ? minimum : m[3] === "" ? Infinity : Number(m[3]);
    } else return atoom;
    if (this.bron[this.i] === "?") this.i++;
    return this.alleenLezen > 0 ? LEEG : herhaald(atoom, minimum, maximum);
  }

  private atoom(): Voorvoegsels {
    const teken = this.bron[this.i]!;
    if (teken === "(") return this.groep();
    if (teken === "[") {
      // A class: any of its characters may come first. Skipped with its escapes.
      this.i++;
      while (this.bron[this.i] !== "]") {
        if (this.i >= this.bron.length) throw new Error(`Open klasse in ${this.bron}`);
        this.i += this.bron[this.i] === "\\" ? 2 : 1;
      }
      this.i++;
      return ALLES;
    }
    if (teken === "\\") return this.escape();
    if (teken === "^" || teken === "$") {
      this.i++;
      return LEEG;
    }
    if (teken === ".") {
      this.i++;
      return ALLES;
    }
    if ("*+?{}]".includes(teken)) throw new Error(`Onverwacht teken ${teken} op ${this.i} in ${this.bron}`);
    // A literal character: a whole code point, so a letter outside the BMP stays one character.
    const codepunt = String.fromCodePoint(this.bron.codePointAt(this.i)!);
    this.i += codepunt.length;
    return { dicht: new Set([codepunt]), open: new Set() };
  }

  private groep(): Voorvoegsels {
    const rest = this.bron.slice(this.i, this.i + 4);
    let nulbreedte = false;
    if (rest.startsWith("(?:")) this.i += 3;
    else if (rest.startsWith("(?=") || rest.startsWith("(?!")) {
      this.i += 3;
      nulbreedte = true;
    } else if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
      this.i += 4;
      nulbreedte = true;
    } else if (rest.startsWith("(?<")) {
      const einde = this.bron.indexOf(">", this.i);
      if (einde < 0) throw new Error(`Open groepsnaam in ${this.bron}`);
      this.i = einde + 1;
    } else if (rest.startsWith("(?")) throw new Error(`Onbekende groep op ${this.i} in ${this.bron}`);
    else this.i += 1;
    if (nulbreedte) this.alleenLezen++;
    const inhoud = this.alternatieven();
    if (nulbreedte) this.alleenLezen--;
    if (this.bron[this.i] !== ")") throw new Error(`Open groep in ${this.bron}`);
    this.i++;
    // A look-around only narrows where a match may be; it adds no characters.
    return nulbreedte ? LEEG : inhoud;
  }

  private escape(): Voorvoegsels {
    const teken = this.bron[this.i + 1];
    if (teken === undefined) throw new Error(`Losse backslash in ${this.bron}`);
    if (teken === "p" || teken === "P") {
      const einde = this.bron.indexOf("}", this.i);
      if (einde < 0) throw new Error(`Open eigenschap in ${this.bron}`);
      this.i = einde + 1;
      return ALLES;
    }
    this.i += 2;
    // White space is read as a space: the text the prefixes are looked up in has every white space
    // character replaced by one (`alsSpaties`).
    if (teken === "s") return { dicht: new Set([" "]), open: new Set() };
    if ("SdDwW".includes(teken)) return ALLES;
    if (teken === "b" || teken === "B") return LEEG;
    if (/^[1-9k]$/u.test(teken)) throw new Error(`Terugverwijzing in ${this.bron}`);
    if ("nrtfv0ux c".includes(teken)) throw new Error(`Onbekende escape \\${teken} in ${this.bron}`);
    return { dicht: new Set([teken]), open: new Set() };
  }
}

/**
 * The prefixes, at most `PREFIX_LENGTE` characters long, one of which starts every match of the
 * expression `bron`. Contains "" when a match may start with any character.
 */
export function voorvoegsels(bron: string): ReadonlySet<string> {
  const { dicht, open } = new Lezer(bron).lees();
  const alle = [...new Set([...open, ...dicht])];
  if (alle.includes("")) return new Set([""]);
  // A prefix that a shorter one already covers adds nothing.
  return new Set(alle.filter((s) => !alle.some((t) => t !== s && s.startsWith(t))));
}

/** The text with every white space character (what `\s` matches) replaced by a space: same length, same offsets. */
export const alsSpaties = (tekst: string): string => tekst.replace(/[^\S ]/gu, " ");

/**
 * Finds every match of every pattern that starts at a word boundary, in the order of the text, and calls
 * `treffer` with the pattern's index and the match. The patterns are compiled with a word boundary at
 * their end; the one at their start is checked in code. The matches are exactly those of each pattern's
 * expression searching the whole text from left to right without overlap (a pattern resumes after its own
 * last match), but found in one pass: at each word start only the patterns with a prefix that fits are
 * tried, with their expression anchored there (sticky). Within a pattern no prefix is the start of
 * another, so a pattern is tried at most once per place. Throws for a pattern that can start with any
 * character: it has no prefix to be found by.
 */
export type WoordRegelZoeker = (laag: string, treffer: (index: number, match: RegExpExecArray) => void) => void;

export function woordRegelZoeker(patronen: readonly string[]): WoordRegelZoeker {
  const expressies = patronen.map((patroon) => new RegExp(`(?:${patroon})(?!${LETTER})`, "yu"));
  const perVoorvoegsel = new Map<string, number[]>();
  /** The characters a prefix may start with, by character code: the pass skips every other place at once. */
  const begintekens = new Uint8Array(0x10000);
  for (const [index, patroon] of patronen.entries()) {
    for (const voorvoegsel of voorvoegsels(patroon)) {
      if (voorvoegsel === "")
        throw new Error(
          `Patroon ${index} kan met elk teken beginnen; geef het een vast begin: ${patroon.slice(0, 80)}`,
        );
      const lijst = perVoorvoegsel.get(voorvoegsel);
      if (lijst === undefined) perVoorvoegsel.set(voorvoegsel, [index]);
      else lijst.push(index);
      begintekens[voorvoegsel.charCodeAt(0)] = 1;
    }
  }
  /**
   * The patterns to try where the text starts with `sleutel` (`PREFIX_LENGTE` characters, fewer at the
   * end of the text): those with a prefix that `sleutel` starts with. Kept per key, for a few thousand keys.
   */
  const perSleutel = new Map<string, readonly number[]>();
  const regelsVoor = (sleutel: string): readonly number[] => {
    let regels = perSleutel.get(sleutel);
    if (regels === undefined) {
      const gevonden = new Set<number>();
      for (let l = 1; l <= sleutel.length; l++)
        for (const index of perVoorvoegsel.get(sleutel.slice(0, l)) ?? []) gevonden.add(index);
      regels = [...gevonden].sort((a, b) => a - b);
      if (perSleutel.size >= MEESTE_SLEUTELS) perSleutel.clear();
      perSleutel.set(sleutel, regels);
    }
    return regels;
  };
  return (laag, treffer) => {
    const volgendeVanaf = new Array<number>(expressies.length).fill(0);
    // The prefixes read white space as a space (`voorvoegsels`), so they are looked up in a copy that has spaces only.
    const spaties = alsSpaties(laag);
    const lengte = laag.length;
    for (let p = 0; p < lengte; p++) {
      if (begintekens[spaties.charCodeAt(p)] === 0 || (p > 0 && isLetterCode(laag.charCodeAt(p - 1)))) continue;
      for (const index of regelsVoor(spaties.slice(p, p + PREFIX_LENGTE))) {
        if (volgendeVanaf[index]! > p) continue;
        const regex = expressies[index]!;
        regex.lastIndex = p;
        const match = regex.exec(laag);
        if (match === null) continue;
        volgendeVanaf[index] = match[0] === "" ? p + 1 : p + match[0].length;
        treffer(index, match);
      }
      // The rest of a word holds no word boundary, so no pattern can start there.
      if (isLetterCode(laag.charCodeAt(p))) while (p + 1 < lengte && isLetterCode(laag.charCodeAt(p + 1))) p++;
    }
  };
}
const MEESTE_SLEUTELS = 5000;
