import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { controleerFeitelijkheid } from "./feitelijkheid.ts";
import { alleBevindingen, controleerVorm } from "./feitelijkheid.teststeun.ts";

// The sentence rule: a statement with no anchor at all (round five, decision 0043).

describe("controleerFeitelijkheid: a statement with no anchor at all (round five)", () => {
  const tabel: [string, string, string][] = [
    [
      "a state in words no list holds",
      "Thuis gaat het nu ineens heel anders met Noor.",
      "Noor zei op 3 mei dat het thuis nu ineens heel anders gaat.",
    ],
    [
      "a judgement of care in other words",
      "De jongens krijgen van moeder de basis niet mee.",
      "De jongens hadden op 3 mei geen ontbijt gehad, zei de oudste.",
    ],
    [
      "a protective factor as a quality",
      "Bij de buren kan Tim terecht als het thuis lastig wordt.",
      "Tim ging op 3 mei om 22.00 uur naar de buren, zag de wijkagent.",
    ],
    [
      "a step without when",
      "De hulpverlening komt voor dit gezin maar niet op gang.",
      "Het wijkteam heeft het gezin op 3 mei aangemeld bij de jeugdhulp.",
    ],
  ];
  for (const [naam, zonder, met] of tabel) {
    it(naam, () => {
      assert.deepEqual(
        alleBevindingen(zonder),
        [["zonder_anker", zonder.replace(/\.$/u, "")]],
        `the whole statement, for: ${zonder}`,
      );
      assert.deepEqual(alleBevindingen(met), [], `anchored: ${met}`);
    });
  }

  it("is lifted by each kind of anchor: a moment, a source, an act, a quotation, a number, a place", () => {
    const geankerd = [
      "Op dinsdag stond Noor alleen bij het hek te wachten tot iemand kwam.",
      "Volgens de buurvrouw staat de muziek bij het gezin heel hard aan.",
      "Noor huilde bij het afscheid en klemde zich vast aan de juf.",
      "Het gezin woont met drie kinderen en twee honden samen.",
      "Noor slaapt met haar broertje in de woonkamer van de flat.",
      "Moeder noemde het thuis 'een gekkenhuis' met al die mensen.",
    ];
    for (const zin of geankerd) assert.deepEqual(alleBevindingen(zin), [], `anchored: ${zin}`);
  });

  it("asks nothing of questions, headings, short lines and proposals, and flags a sentence once", () => {
    for (const zin of [
      "Wat kan de school hier nog meer in betekenen?",
      "Wat wij met de ouders hebben afgesproken:",
      "Noor is een meisje.",
      "Het lijkt ons goed als de jeugdarts het gezin uitnodigt.",
      "Wij vragen Veilig Thuis om met de huisarts te overleggen.",
    ]) {
      assert.deepEqual(alleBevindingen(zin), [], `nothing asked of: ${zin}`);
    }
    const metWoordregel = alleBevindingen("Vader is een onberekenbare man die het gezin in zijn greep houdt.");
    assert.ok(
      metWoordregel.length > 0 && metWoordregel.every(([soort]) => soort !== "zonder_anker"),
      `the word rule's finding, not a second one for the sentence: ${JSON.stringify(metWoordregel)}`,
    );
  });

  it("reads a full stop after an initial as part of the sentence, not as its end", () => {
    const tekst =
      "Op 20 november sloeg vader D. met de vlakke hand in het gezicht; D. had een afdruk van vier vingers op zijn wang.";
    assert.deepEqual(alleBevindingen(tekst), [], "one anchored sentence, with two initials in it");
  });

  it("in a longer text, asks it of each unanchored sentence and of no other", () => {
    const tekst =
      "Op 3 mei zag ik een blauwe plek van 4 cm op de arm van Daan. Hij zei dat hij van de fiets was gevallen. Thuis loopt het de laatste periode allemaal niet zoals het hoort.";
    const bevindingen = controleerFeitelijkheid(tekst);
    controleerVorm(tekst, bevindingen);
    assert.deepEqual(
      bevindingen.map((b) => [b.soort, tekst.slice(b.begin, b.eind)]),
      [["zonder_anker", "Thuis loopt het de laatste periode allemaal niet zoals het hoort"]],
    );
  });
});
