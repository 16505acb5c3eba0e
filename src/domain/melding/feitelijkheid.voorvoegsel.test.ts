import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { CORPUS } from "./feitelijkheid.corpus.ts";
import { PREFIX_LENGTE, alsSpaties, voorvoegsels, woordRegelZoeker } from "./feitelijkheid.voorvoegsel.ts";
import { REGELS } from "./feitelijkheid.woorden.ts";
import { corpora } from "../../../scripts/feitelijkheid-golden.ts";

describe("voorvoegsels: the first characters a pattern's matches start with", () => {
  const tabel: [string, string[]][] = [
    ["lui|luie|luiheid", ["lui"]],
    ["vreemd(?:e)?|raar", ["vreemd", "raar"]],
    // One white space, or two and then anything: "de  " covers "de" followed by more white space.
    ["de\\s+laatste\\s+tijd", ["de laat", "de  "]],
    ["(?:een\\s+)?kort(?:e)?\\s+lontje", ["een  ", "een kor", "kort lo", "kort  ", "korte l", "korte  "]],
    ["ik\\s+(?:denk|dacht)", ["ik  ", "ik denk", "ik dach"]],
    ["(?=vast(?![\\p{L}\\p{N}]))(?<!(?:een)\\s{1,4})vast", ["vast"]],
    ["(?<kern>goed|slecht)", ["goed", "slecht"]],
    ["zo'n|z'n", ["zo'n", "z'n"]],
    ["a{2,3}b", ["aa"]],
    ["a{1,3}b", ["ab", "aa"]],
    ["x?yz", ["xyz", "yz"]],
    // A first character that can be anything: the pattern must be tried everywhere.
    ["\\p{L}*problematiek", [""]],
    ["[a-z]+end", [""]],
    ["(?:is)?\\d+", [""]],
  ];
  for (const [patroon, verwacht] of tabel) {
    it(patroon, () => assert.deepEqual([...voorvoegsels(patroon)].sort(), [...verwacht].sort()));
  }

  it("cuts prefixes at PREFIX_LENGTE characters and keeps none that a shorter one covers", () => {
    for (const regel of REGELS) {
      const lijst = [...voorvoegsels(regel.patroon)];
      assert.ok(
        lijst.length > 0 && !lijst.includes(""),
        `a word rule needs a fixed start: ${regel.patroon.slice(0, 60)}`,
      );
      for (const v of lijst) {
        assert.ok(v.length <= PREFIX_LENGTE, v);
        assert.ok(!lijst.some((w) => w !== v && v.startsWith(w)), `${v} is covered by a shorter prefix`);
      }
    }
  });

  it("refuses syntax it does not understand, rather than guess", () => {
    assert.throws(() => voorvoegsels("(a)\\1"), /Terugverwijzing/u);
    assert.throws(() => voorvoegsels("\\u0041"), /Onbekende escape/u);
    assert.throws(() => voorvoegsels("(?:a"), /Open groep/u);
  });

  it("holds for every word rule: each match at a word start in every corpus starts with one of its prefixes", () => {
    const teksten = corpora().flatMap(([, zinnen]) => zinnen);
    teksten.push(CORPUS.map((z) => z.tekst.toUpperCase()).join("\n"));
    let treffers = 0;
    for (const regel of REGELS) {
      const lijst = [...voorvoegsels(regel.patroon)];
      const regex = new RegExp(`(?:${regel.patroon})(?![\\p{L}\\p{N}])`, "yu");
      for (const tekst of teksten) {
        const laag = tekst.toLowerCase();
        const spaties = alsSpaties(laag);
        for (const { index } of laag.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) {
          regex.lastIndex = index;
          if (regex.exec(laag) === null) continue;
          treffers++;
          assert.ok(
            lijst.some((v) => spaties.startsWith(v, index)),
            `${regel.tekst}: match at "${laag.slice(index, index + 30)}" has no prefix`,
          );
        }
      }
    }
    assert.ok(treffers > 1000, `the corpora hold matches of the word rules (${treffers})`);
  });

  it("reads every kind of white space as a space, keeping the offsets", () => {
    assert.equal(alsSpaties("a\tb\nc\u00a0d\u2009e f"), "a b c d e f");
  });
});

/**
 * What the one pass must equal: each pattern's expression searching the whole text from left to right,
 * a match kept when no letter or digit stands before it, the search resuming after a kept match and one
 * place further after a rejected one (how the check searched until decision 0046).
 */
function elkPatroonApart(patronen: readonly string[]): (laag: string) => [number, number, string][] {
  const expressies = patronen.map((patroon) => new RegExp(`(?:${patroon})(?![\\p{L}\\p{N}])`, "gu"));
  return (laag) => {
    const treffers: [number, number, string][] = [];
    for (const [index, regex] of expressies.entries()) {
      regex.lastIndex = 0;
      for (let m = regex.exec(laag); m !== null; m = regex.exec(laag)) {
        if (/[\p{L}\p{N}]/u.test(laag[m.index - 1] ?? "")) {
          regex.lastIndex = m.index + 1;
          continue;
        }
        if (m[0] === "") regex.lastIndex++;
        treffers.push([m.index, index, m[0]]);
      }
    }
    return treffers.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  };
}

function inEenKeer(patronen: readonly string[]): (laag: string) => [number, number, string][] {
  const zoek = woordRegelZoeker(patronen);
  return (laag) => {
    const treffers: [number, number, string][] = [];
    zoek(laag, (index, m) => treffers.push([m.index, index, m[0]]));
    return treffers.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  };
}

describe("woordRegelZoeker: one pass finds what each pattern finds on its own", () => {
  const patronen = [...REGELS.map((r) => r.patroon), "'t\\s+huis", "(?:a|ab)c", "x{0,2}yz", "ge(?:zien|hoord)", "ß+e"];
  const woorden = [
    ...new Set(CORPUS.flatMap((z) => z.tekst.toLowerCase().split(/(\s+|[.,;:!?"'„“”‘’()])/u)).filter((w) => w !== "")),
  ];
  const tussen = [
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u2009",
    ",",
    ".",
    ". ",
    "'",
    "'t",
    '"',
    "-",
    "é",
    "ß",
    "İ",
    "𝒜",
    "5",
    "abc",
    "xyz",
    "ac",
  ];
  const apart = elkPatroonApart(patronen);
  const samen = inEenKeer(patronen);
  const tekst = fc
    .array(fc.oneof(fc.constantFrom(...woorden), fc.constantFrom(...tussen)), { maxLength: 120 })
    .map((delen) => delen.join(""));

  it("on every sentence of the corpus, in lower case", () => {
    for (const zin of CORPUS) {
      const laag = zin.tekst.toLowerCase();
      assert.deepEqual(samen(laag), apart(laag), zin.tekst);
    }
  });

  it("on texts made of corpus words, white space, punctuation and other letters in any order", () => {
    fc.assert(
      fc.property(tekst, (laag) => {
        assert.deepEqual(samen(laag), apart(laag));
      }),
      { numRuns: 400, seed: 20261204 },
    );
  });

  it("refuses a pattern that can start with any character", () => {
    assert.throws(() => woordRegelZoeker(["\\p{L}*heid"]), /vast begin/u);
  });
});
