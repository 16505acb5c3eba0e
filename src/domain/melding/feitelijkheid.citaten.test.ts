import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { controleerFeitelijkheid } from "./feitelijkheid.ts";
import type { BevindingSoort } from "./feitelijkheid.ts";
import { gevonden } from "./feitelijkheid.teststeun.ts";

// What another said: reported speech and quotations.

describe("controleerFeitelijkheid: reported speech is the speaker's", () => {
  const tabel: [string, [BevindingSoort, string][]][] = [
    ["Volgens de ouders slaapt Ravi nooit voor middernacht.", []],
    ["Ravi slaapt volgens de ouders nooit voor middernacht.", []],
    ["Moeder zei op 4 mei dat vader altijd boos is.", []],
    ["Vader vertelde dat de kinderen nooit buiten spelen, zei de buurvrouw.", []],
    ["Daan is bang voor zijn vader, zei hij.", []],
    ["Moeder zegt dat ze haar best doet, maar ze liegt.", [["oordeel", "liegt"]]],
    [
      "Zoë zegt dat mama naïef is en ik denk dat papa liegt.",
      [
        ["voorbehoud", "ik denk"],
        ["oordeel", "liegt"],
      ],
    ],
    [
      "Volgens mij komt Daan nooit op tijd.",
      [
        ["voorbehoud", "Volgens mij"],
        ["generalisatie", "nooit"],
      ],
    ],
    ["Noor heeft meerdere keren verteld dat ze bang is voor haar vader.", [["vaag", "meerdere keren"]]],
    ["Moeder vertelde dat zij schulden heeft.", [["risico_zonder_gevolg", "schulden"]]],
  ];
  for (const [tekst, verwacht] of tabel) {
    it(tekst, () => assert.deepEqual(gevonden(tekst), verwacht, `findings for: ${tekst}`));
  }
});

describe("controleerFeitelijkheid: quotations are what someone said", () => {
  const tabel: [string, [BevindingSoort, string][]][] = [
    ['Sara zei: "Papa is altijd boos."', []],
    ["Sara zei: 'Papa is altijd boos.'", []],
    ["Sara zei: „Papa is altijd boos.”", []],
    ["Sara zei: “Papa is altijd boos.”", []],
    ["Sara zei: ‘Papa is altijd boos.’", []],
    ["Moeder zei: 'Hij is altijd lastig', maar zij is zelf altijd afwezig.", [["generalisatie", "altijd"]]],
    ["'s Avonds is vader altijd weg.", [["generalisatie", "altijd"]]],
    ["Op opa's verjaardag was vader agressief, zei Daan's zus.", [["oordeel", "agressief"]]],
    ['Moeder zei: "hij is altijd stout', [["generalisatie", "altijd"]]],
    ['Sara zei: "Mama huilt.\nDaan is altijd alleen."', [["generalisatie", "altijd"]]],
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
