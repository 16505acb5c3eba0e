import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CORPUS } from "./feitelijkheid.corpus.ts";
import { BEVINDING_SOORTEN, controleerFeitelijkheid } from "./feitelijkheid.ts";
import type { BevindingSoort } from "./feitelijkheid.ts";
import { gevonden, controleerVorm } from "./feitelijkheid.teststeun.ts";

// The form of the findings: offsets, languages and edge cases.

describe("controleerFeitelijkheid: offsets", () => {
  const tabel: [string, [BevindingSoort, string][]][] = [
    ["Vader is agressief.", [["oordeel", "agressief"]]],
    [
      "Zoë zegt dat mama naïef is en ik denk dat papa liegt.",
      [
        ["voorbehoud", "ik denk"],
        ["oordeel", "liegt"],
      ],
    ],
    [
      "Ik heb het gevoel dat het niet pluis is.",
      [
        ["voorbehoud", "Ik heb het gevoel"],
        ["vaag", "niet pluis"],
      ],
    ],
    [
      "👧 Sara is altijd vies.",
      [
        ["generalisatie", "altijd"],
        ["oordeel", "vies"],
      ],
    ],
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

describe("controleerFeitelijkheid: languages and edge cases", () => {
  it("explains in Dutch by default and in English on request, for every soort", () => {
    const tekst =
      "Vader is agressief, raar, misschien altijd werkloos. Thuis gaat het nu ineens heel anders dan vroeger.";
    const nl = controleerFeitelijkheid(tekst);
    const en = controleerFeitelijkheid(tekst, "en");
    assert.deepEqual(
      nl.map((b) => b.soort),
      [...BEVINDING_SOORTEN],
      "one finding of each soort",
    );
    assert.deepEqual(
      en.map((b) => [b.begin, b.eind, b.soort]),
      nl.map((b) => [b.begin, b.eind, b.soort]),
      "same findings in both languages",
    );
    assert.deepEqual(controleerFeitelijkheid(tekst, "nl"), nl, "nl is the default");
    for (const [i, b] of en.entries()) {
      assert.match(`${b.uitleg} ${b.suggestie}`, /\b(the|you|what|not)\b/, `English text for ${b.soort}`);
      assert.notEqual(b.uitleg, nl[i]?.uitleg, `uitleg differs per language for ${b.soort}`);
      assert.match(
        `${nl[i]?.uitleg ?? ""} ${nl[i]?.suggestie ?? ""}`,
        /\b(het|een|niet|wat)\b/,
        `Dutch text for ${b.soort}`,
      );
    }
    assert.match(
      nl[0]?.suggestie ?? "",
      /Beschrijf wat u zag of hoorde: wie deed wat, wanneer, en hoe vaak\./,
      "the judgement suggestion",
    );
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
