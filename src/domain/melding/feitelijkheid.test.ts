import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CORPUS } from "./feitelijkheid.corpus.ts";
import { BEVINDING_SOORTEN, controleerFeitelijkheid } from "./feitelijkheid.ts";
import type { Bevinding, BevindingSoort } from "./feitelijkheid.ts";
import { meetCorpus, verwachteSpans } from "./feitelijkheid.meting.ts";

/** The findings of a text as [soort, flagged words], the form a reader checks them in. */
const gevonden = (tekst: string): [BevindingSoort, string][] => controleerFeitelijkheid(tekst).map((b) => [b.soort, tekst.slice(b.begin, b.eind)]);

/** Sorted by begin, no overlap, non-empty spans inside the text: what the editor's highlighting relies on. */
function controleerVorm(tekst: string, bevindingen: readonly Bevinding[]): void {
  let vorigeEind = 0;
  for (const b of bevindingen) {
    assert.ok(b.begin >= vorigeEind, `overlap or unsorted at ${b.begin} in: ${tekst.slice(0, 80)}`);
    assert.ok(b.eind > b.begin && b.eind <= tekst.length, `span ${b.begin}-${b.eind} out of range`);
    assert.ok(BEVINDING_SOORTEN.includes(b.soort), `unknown soort ${b.soort}`);
    assert.ok(b.uitleg.length > 20 && b.suggestie.length > 20, `texts missing for ${b.soort}`);
    vorigeEind = b.eind;
  }
}

describe("controleerFeitelijkheid: offsets", () => {
  const tabel: [string, [BevindingSoort, string][]][] = [
    ["Vader is agressief.", [["oordeel", "agressief"]]],
    ["Zoë zegt dat mama naïef is en ik denk dat papa liegt.", [["voorbehoud", "ik denk"], ["oordeel", "liegt"]]],
    ["Ik heb het gevoel dat het niet pluis is.", [["voorbehoud", "Ik heb het gevoel"], ["vaag", "niet pluis"]]],
    ["👧 Sara is altijd vies.", [["generalisatie", "altijd"], ["oordeel", "vies"]]],
  ];
  for (const [tekst, verwacht] of tabel) {
    it(`slices to the flagged words: ${tekst}`, () => {
      const bevindingen = controleerFeitelijkheid(tekst);
      controleerVorm(tekst, bevindingen);
      assert.deepEqual(gevonden(tekst), verwacht, "soort and flagged words");
    });
  }

  it("every finding on the corpus slices to a whole word or phrase, sorted and without overlap", () => {
    for (const { tekst } of CORPUS) {
      const bevindingen = controleerFeitelijkheid(tekst);
      controleerVorm(tekst, bevindingen);
      for (const b of bevindingen) {
        assert.doesNotMatch(tekst.slice(b.begin - 1, b.begin), /[\p{L}\p{N}]/u, `starts inside a word: ${tekst}`);
        assert.doesNotMatch(tekst.slice(b.eind, b.eind + 1), /[\p{L}\p{N}]/u, `ends inside a word: ${tekst}`);
      }
    }
  });
});

describe("controleerFeitelijkheid: each soort", () => {
  const tabel: [string, string, [BevindingSoort, string][]][] = [
    ["oordeel, inflected and in capitals", "De AGRESSIEVE vader en de labiele moeder zijn geen goede ouders.", [["oordeel", "AGRESSIEVE"], ["oordeel", "labiele"], ["oordeel", "geen goede ouders"]]],
    ["oordeel: negation still labels", "Moeder is niet agressief.", [["oordeel", "agressief"]]],
    ["oordeel: neglect as a label", "Er is sprake van verwaarlozing; de baby wordt verwaarloosd.", [["oordeel", "verwaarlozing"], ["oordeel", "verwaarloosd"]]],
    ["vaag: the longest phrase wins", "Daan vertoont vreemd gedrag en ik heb een raar gevoel.", [["vaag", "vreemd gedrag"], ["vaag", "raar gevoel"]]],
    ["vaag: care", "Tess is slecht verzorgd en ziet er slecht uit.", [["vaag", "slecht verzorgd"], ["vaag", "ziet er slecht uit"]]],
    ["vaag: main and subordinate word order", "Het gaat thuis slecht; ik zie dat het niet goed gaat.", [["vaag", "Het gaat thuis slecht"], ["vaag", "niet goed gaat"]]],
    ["vaag: frequency without a count", "Daan (7) komt vaak te laat.", [["vaag", "vaak"]]],
    ["vaag: frequency with a count is concrete", "Daan kwam in maart vaak te laat, namelijk 8 keer.", []],
    ["vaag: 'vreemde man' means unknown", "Sara werd door een vreemde man aangesproken.", []],
    ["voorbehoud", "Vader zou Bram hebben geslagen; volgens mij is dat waarschijnlijk waar.", [["voorbehoud", "zou"], ["voorbehoud", "volgens mij"], ["voorbehoud", "waarschijnlijk"]]],
    ["voorbehoud: fixed phrases with 'mogelijk' are no hedge", "Wij belden zo snel mogelijk; het was niet mogelijk om moeder te spreken.", []],
    ["voorbehoud: a proposal is no hedge", "Het lijkt me goed als Veilig Thuis de huisarts belt.", []],
    ["generalisatie", "Moeder schreeuwt de hele tijd en iedereen weet het.", [["generalisatie", "de hele tijd"], ["generalisatie", "iedereen"]]],
    ["generalisatie: bound to a moment", "Op 3 mei deed niemand open.", []],
    ["risico_zonder_gevolg", "Vader is werkloos en heeft schulden.", [["risico_zonder_gevolg", "werkloos"], ["risico_zonder_gevolg", "schulden"]]],
    ["risico tied to the child", "Moeder drinkt elke avond alcohol, waardoor zij Sara niet van de opvang haalt.", []],
    ["risico tied in the next sentence", "Moeder heeft een drankprobleem. Daardoor is Sara 's avonds alleen.", []],
    ["risico: a next sentence without a connector does not tie", "Moeder heeft een drankprobleem. Sara zit in groep 6.", [["risico_zonder_gevolg", "drankprobleem"]]],
    ["risico negated is counter-information", "Er is geen sprake van verslaving en moeder heeft geen schulden.", []],
    ["risico: 'ca.' does not end the sentence", "Moeder heeft schulden en heeft ca. 3 dagen per week geen eten in huis.", []],
    ["words containing a flagged word", "De mogelijkheid van opvang is besproken; de luier was nat; het is onmogelijk; altijdgroene struiken; schuld.", []],
    ["Dutch letters are letters: no match after é", "Hij zat in het cafédom.", []],
  ];
  for (const [naam, tekst, verwacht] of tabel) {
    it(naam, () => assert.deepEqual(gevonden(tekst), verwacht, `findings for: ${tekst}`));
  }
});

describe("controleerFeitelijkheid: quotations are what someone said", () => {
  const tabel: [string, [BevindingSoort, string][]][] = [
    ["Sara zei: \"Papa is altijd boos.\"", []],
    ["Sara zei: 'Papa is altijd boos.'", []],
    ["Sara zei: „Papa is altijd boos.”", []],
    ["Sara zei: “Papa is altijd boos.”", []],
    ["Sara zei: ‘Papa is altijd boos.’", []],
    ["Moeder zei: 'Hij is altijd lastig', maar zij is zelf altijd afwezig.", [["generalisatie", "altijd"]]],
    ["'s Avonds is vader altijd weg.", [["generalisatie", "altijd"]]],
    ["Op opa's verjaardag was vader agressief, zei Daan's zus.", [["oordeel", "agressief"]]],
    ["Moeder zei: \"hij is altijd stout", [["generalisatie", "altijd"]]],
    ["Sara zei: \"Mama huilt.\nDaan is altijd alleen.\"", [["generalisatie", "altijd"]]],
  ];
  for (const [tekst, verwacht] of tabel) {
    it(JSON.stringify(tekst), () => assert.deepEqual(gevonden(tekst), verwacht, `findings for: ${tekst}`));
  }

  it("the quoted words are skipped, not the words after the quotation", () => {
    const tekst = "Zoë zei „ik mag nooit naar buiten”, maar volgens mij overdrijft ze.";
    const [bevinding] = controleerFeitelijkheid(tekst);
    assert.ok(bevinding !== undefined, "one finding after the quotation");
    assert.equal(bevinding.begin, tekst.indexOf("volgens mij"), "offset after the quotation");
  });
});

describe("controleerFeitelijkheid: languages and edge cases", () => {
  it("explains in Dutch by default and in English on request, for every soort", () => {
    const tekst = "Vader is agressief, raar, misschien altijd werkloos.";
    const nl = controleerFeitelijkheid(tekst);
    const en = controleerFeitelijkheid(tekst, "en");
    assert.deepEqual(nl.map((b) => b.soort), [...BEVINDING_SOORTEN], "one finding of each soort");
    assert.deepEqual(en.map((b) => [b.begin, b.eind, b.soort]), nl.map((b) => [b.begin, b.eind, b.soort]), "same findings in both languages");
    assert.deepEqual(controleerFeitelijkheid(tekst, "nl"), nl, "nl is the default");
    for (const [i, b] of en.entries()) {
      assert.match(`${b.uitleg} ${b.suggestie}`, /\b(the|you|what|not)\b/, `English text for ${b.soort}`);
      assert.notEqual(b.uitleg, nl[i]?.uitleg, `uitleg differs per language for ${b.soort}`);
      assert.match(`${nl[i]?.uitleg ?? ""} ${nl[i]?.suggestie ?? ""}`, /\b(het|een|niet|wat)\b/, `Dutch text for ${b.soort}`);
    }
    assert.match(nl[0]?.suggestie ?? "", /Beschrijf wat u zag of hoorde: wie deed wat, wanneer, en hoe vaak\./, "the judgement suggestion");
  });

  it("returns no findings for an empty or blank text", () => {
    assert.deepEqual(controleerFeitelijkheid(""), [], "empty text");
    assert.deepEqual(controleerFeitelijkheid("  \n\t "), [], "blank text");
  });

  it("handles a 50 KB report quickly and gives the same findings as its sentences one by one", () => {
    const zinnen = CORPUS.map((z) => z.tekst);
    let tekst = "";
    let verwacht = 0;
    for (let i = 0; tekst.length < 50 * 1024; i++) {
      const zin = zinnen[i % zinnen.length] ?? "";
      tekst += `${zin}\n`;
      verwacht += controleerFeitelijkheid(zin).length;
    }
    const start = performance.now();
    const bevindingen = controleerFeitelijkheid(tekst);
    const duur = performance.now() - start;
    controleerVorm(tekst, bevindingen);
    assert.equal(bevindingen.length, verwacht, "findings do not leak across lines");
    assert.ok(duur < 2000, `took ${Math.round(duur)} ms`);
  });

  const pathologisch: [string, string][] = [
    ["unmatched quotation marks", "'a \"b „c ".repeat(6000)],
    ["only white space", `${" ".repeat(51200)}x`],
    ["one endless sentence full of risk factors", "schulden ".repeat(5700)],
    ["one endless sentence full of vague frequencies", "vaak ".repeat(10000)],
    ["one endless word", "a".repeat(51200)],
  ];
  for (const [naam, tekst] of pathologisch) {
    it(`stays fast on 50 KB of ${naam}`, () => {
      const start = performance.now();
      controleerFeitelijkheid(tekst);
      const duur = performance.now() - start;
      assert.ok(duur < 2000, `took ${Math.round(duur)} ms: nothing may be quadratic in the text length`);
    });
  }
});

describe("corpus measurement", () => {
  it("the corpus is large, about half factual, and every label occurs in its sentence", () => {
    const feitelijk = CORPUS.filter((z) => z.verwacht.length === 0).length;
    assert.ok(CORPUS.length >= 200, `at least 200 sentences, got ${CORPUS.length}`);
    assert.ok(feitelijk / CORPUS.length >= 0.4 && feitelijk / CORPUS.length <= 0.6, `about half factual, got ${feitelijk}`);
    for (const zin of CORPUS) assert.doesNotThrow(() => verwachteSpans(zin), `labels of: ${zin.tekst}`);
  });

  it("reaches precision and recall of at least 95% on findings and on sentences", () => {
    const meting = meetCorpus();
    const details = `missed ${JSON.stringify(meting.gemist)}; unexpected ${JSON.stringify(meting.onterecht)}`;
    assert.equal(meting.zinnen, CORPUS.length, "all sentences measured");
    assert.ok(meting.precisie >= 0.95, `finding precision ${meting.precisie}; ${details}`);
    assert.ok(meting.recall >= 0.95, `finding recall ${meting.recall}; ${details}`);
    assert.ok(meting.zinsniveau.precisie >= 0.95, `sentence precision ${meting.zinsniveau.precisie}`);
    assert.ok(meting.zinsniveau.recall >= 0.95, `sentence recall ${meting.zinsniveau.recall}`);
    for (const soort of BEVINDING_SOORTEN) {
      assert.ok(meting.perSoort[soort].precisie >= 0.9, `precision of ${soort}: ${meting.perSoort[soort].precisie}`);
      assert.ok(meting.perSoort[soort].recall >= 0.9, `recall of ${soort}: ${meting.perSoort[soort].recall}`);
    }
  });

  it("counts a finding as correct only when soort and span both match", () => {
    const meting = meetCorpus([{ tekst: "Vader is agressief.", verwacht: [{ soort: "vaag", fragment: "agressief" }] }]);
    assert.equal(meting.precisie, 0, "wrong soort is not correct");
    assert.equal(meting.recall, 0, "and the expected finding is missed");
    assert.equal(meting.bevindingenVerwacht, 1, "one expected finding");
  });
});
