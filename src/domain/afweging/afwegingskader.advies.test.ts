import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  AFWEGINGSVRAGEN,
  adviesVoorBesluit,
  evalueerAfweging,
  telAntwoord,
  type Antwoorden,
} from "./afwegingskader.ts";
import { ev } from "./afwegingskader.teststeun.ts";

// Advice for every terminal and for the partial states.
describe("adviesVoorBesluit", () => {
  const gevallen: [string, Antwoorden, boolean, ReturnType<typeof adviesVoorBesluit>][] = [
    ["1 nee", { 1: "nee" }, false, "afsluiten"],
    ["2 ja, 3 nee", { 1: "ja", 2: "ja", 3: "nee" }, false, "melden"],
    ["2 ja, 4 nee", { 1: "ja", 2: "ja", 3: "ja", 4: "nee" }, false, "melden"],
    ["2 ja, 5 nee", { 1: "ja", 2: "ja", 3: "ja", 4: "ja", 5: "nee" }, false, "melden_en_hulp"],
    ["2 ja, 5 ja", { 1: "ja", 2: "ja", 3: "ja", 4: "ja", 5: "ja" }, false, "melden_en_hulp"],
    ["2 nee, 3 nee", { 1: "ja", 2: "nee", 3: "nee" }, false, "melden"],
    ["2 nee, 4 nee", { 1: "ja", 2: "nee", 3: "ja", 4: "nee" }, false, "melden"],
    ["2 nee, 5 nee", { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "nee" }, false, "melden_en_hulp"],
    ["2 nee, 5 ja", { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "ja" }, false, "hulp"],
    ["disclosure, 3 nee", { 3: "nee" }, true, "melden"],
    ["disclosure, 4 nee", { 3: "ja", 4: "nee" }, true, "melden"],
    ["disclosure, 5 nee", { 3: "ja", 4: "ja", 5: "nee" }, true, "melden_en_hulp"],
    ["disclosure, 5 ja", { 3: "ja", 4: "ja", 5: "ja" }, true, "melden_en_hulp"],
    ["open: leeg", {}, false, null],
    ["open: 1 ja", { 1: "ja" }, false, null],
    ["open: 2 nee, 3 ja", { 1: "ja", 2: "nee", 3: "ja" }, false, null],
    ["open: hulp, 5 nog open", { 1: "ja", 2: "nee", 3: "ja", 4: "ja" }, false, null],
    ["open maar melden al nodig: 2 ja", { 1: "ja", 2: "ja" }, false, "melden"],
    ["open maar melden al nodig: disclosure", {}, true, "melden"],
    ["open: disclosure, hulp, 5 nog open", { 3: "ja", 4: "ja" }, true, "melden_en_hulp"],
  ];
  for (const [naam, a, disclosure, advies] of gevallen) {
    it(naam, () => assert.equal(adviesVoorBesluit(ev(a, disclosure)), advies));
  }
});

describe("AFWEGINGSVRAGEN en telAntwoord", () => {
  it("bevat de vijf vragen in volgorde met de officiële tekst", () => {
    assert.deepEqual(
      AFWEGINGSVRAGEN.map((v) => v.nummer),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(
      AFWEGINGSVRAGEN.map((v) => v.tekst),
      [
        "Heb ik op basis van de stappen 1 tot en met 3 van de meldcode een vermoeden van (dreiging van) huiselijk geweld en/of kindermishandeling?",
        "Schat ik op basis van de stappen 1 tot en met 3 van de meldcode in dat er sprake is van acute onveiligheid en/of structurele onveiligheid?",
        "Ben ik in staat effectieve hulp te bieden of te organiseren om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden?",
        "Aanvaarden de betrokkenen hulp om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden en zijn zij bereid zich hiervoor in te zetten?",
        "Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en/of het welzijn (herstel) van alle betrokkenen?",
      ],
    );
  });
  it("kan niet gewijzigd worden", () => {
    const v = AFWEGINGSVRAGEN[0];
    assert.ok(v !== undefined, "vraag 1 ontbreekt");
    assert.throws(() => {
      v.bijNee = "melden";
    }, TypeError);
    assert.throws(() => {
      (AFWEGINGSVRAGEN as unknown as unknown[]).push(null);
    }, TypeError);
    assert.equal(evalueerAfweging({ 1: "nee" }, { disclosure: false }).afsluiten, true);
  });
  it("telt weet_niet als nee", () => {
    assert.deepEqual((["ja", "nee", "weet_niet"] as const).map(telAntwoord), ["ja", "nee", "nee"]);
  });
});
