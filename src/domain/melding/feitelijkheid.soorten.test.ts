import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { BevindingSoort } from "./feitelijkheid.ts";
import { gevonden } from "./feitelijkheid.teststeun.ts";

// The word rules: each soort, and each kind of interpretation against its factual counterpart.

describe("controleerFeitelijkheid: each soort", () => {
  const tabel: [string, string, [BevindingSoort, string][]][] = [
    [
      "oordeel, inflected and in capitals",
      "De AGRESSIEVE vader en de labiele moeder zijn geen goede ouders.",
      [
        ["oordeel", "AGRESSIEVE"],
        ["oordeel", "labiele"],
        ["oordeel", "geen goede ouders"],
      ],
    ],
    ["oordeel: negation still labels", "Moeder is niet agressief.", [["oordeel", "agressief"]]],
    [
      "oordeel: neglect as a label",
      "Er is sprake van verwaarlozing; de baby wordt verwaarloosd.",
      [
        ["oordeel", "verwaarlozing"],
        ["oordeel", "verwaarloosd"],
      ],
    ],
    [
      "vaag: the longest phrase wins",
      "Daan vertoont vreemd gedrag en ik heb een raar gevoel.",
      [
        ["vaag", "vreemd gedrag"],
        ["vaag", "raar gevoel"],
      ],
    ],
    [
      "vaag: care",
      "Tess is slecht verzorgd en ziet er slecht uit.",
      [
        ["vaag", "slecht verzorgd"],
        ["vaag", "ziet er slecht uit"],
      ],
    ],
    [
      "vaag: main and subordinate word order",
      "Het gaat thuis slecht; ik zie dat het niet goed gaat.",
      [
        ["vaag", "Het gaat thuis slecht"],
        ["vaag", "niet goed gaat"],
      ],
    ],
    ["vaag: frequency without a count", "Daan (7) komt vaak te laat.", [["vaag", "vaak"]]],
    ["vaag: frequency with a count is concrete", "Daan kwam in maart vaak te laat, namelijk 8 keer.", []],
    ["vaag: 'vreemde man' means unknown", "Sara werd door een vreemde man aangesproken.", []],
    [
      "voorbehoud",
      "Vader zou Bram hebben geslagen; volgens mij is dat waarschijnlijk waar.",
      [
        ["voorbehoud", "zou"],
        ["voorbehoud", "volgens mij"],
        ["voorbehoud", "waarschijnlijk"],
      ],
    ],
    [
      "voorbehoud: fixed phrases with 'mogelijk' are no hedge",
      "Wij belden zo snel mogelijk; het was niet mogelijk om moeder te spreken.",
      [],
    ],
    ["voorbehoud: a proposal is no hedge", "Het lijkt me goed als Veilig Thuis de huisarts belt.", []],
    [
      "generalisatie",
      "Moeder schreeuwt de hele tijd en iedereen weet het.",
      [
        ["generalisatie", "de hele tijd"],
        ["generalisatie", "iedereen"],
      ],
    ],
    ["generalisatie: bound to a moment", "Op 3 mei deed niemand open.", []],
    [
      "risico_zonder_gevolg",
      "Vader is werkloos en heeft schulden.",
      [
        ["risico_zonder_gevolg", "werkloos"],
        ["risico_zonder_gevolg", "schulden"],
      ],
    ],
    ["risico tied to the child", "Moeder drinkt elke avond alcohol, waardoor zij Sara niet van de opvang haalt.", []],
    ["risico tied in the next sentence", "Moeder heeft een drankprobleem. Daardoor is Sara 's avonds alleen.", []],
    [
      "risico: a next sentence without a connector does not tie",
      "Moeder heeft een drankprobleem. Sara zit in groep 6.",
      [["risico_zonder_gevolg", "drankprobleem"]],
    ],
    ["risico negated is counter-information", "Er is geen sprake van verslaving en moeder heeft geen schulden.", []],
    [
      "risico: 'ca.' does not end the sentence",
      "Moeder heeft schulden en heeft ca. 3 dagen per week geen eten in huis.",
      [],
    ],
    [
      "words containing a flagged word",
      "De mogelijkheid van opvang is besproken; de luier was nat; het is onmogelijk; altijdgroene struiken; schuld.",
      [],
    ],
    ["Dutch letters are letters: no match after é", "Hij zat in het cafédom.", []],
  ];
  for (const [naam, tekst, verwacht] of tabel) {
    it(naam, () => assert.deepEqual(gevonden(tekst), verwacht, `findings for: ${tekst}`));
  }
});

/**
 * Issue 13: each kind of interpretation the blind measurement distinguishes, with a factual sentence of
 * the same kind next to it. The interpretation must be flagged on the given words; the fact must not.
 */

describe("controleerFeitelijkheid: per kind of interpretation, against its factual counterpart", () => {
  const tabel: [string, string, [BevindingSoort, string][], string][] = [
    [
      "diagnose without who diagnosed",
      "Lisa is getraumatiseerd.",
      [["oordeel", "getraumatiseerd"]],
      "De kinderpsychiater stelde in maart bij Lisa PTSS vast.",
    ],
    [
      "diagnose: a clinical label",
      "Mila is onveilig gehecht aan haar moeder.",
      [["oordeel", "onveilig gehecht"]],
      "Volgens de jeugdarts heeft Mila een hechtingsprobleem, schreef zij op 4 mei.",
    ],
    [
      "oordeel_zorg: care judged",
      "De baby wordt niet goed verzorgd.",
      [["vaag", "niet goed verzorgd"]],
      "De baby had op 12 juni een luier die sinds de ochtend niet was verschoond.",
    ],
    [
      "oordeel_zorg: treatment judged",
      "Mevrouw wordt door haar zoon slecht behandeld.",
      [["vaag", "slecht behandeld"]],
      "De zoon van mevrouw duwde haar op 3 maart in mijn bijzijn terug in haar stoel.",
    ],
    [
      "oordeel_zorg: incapacity",
      "Moeder is totaal niet in staat om voor de kinderen te zorgen.",
      [["vaag", "totaal niet in staat"]],
      "Moeder gaf de kinderen op 4 en 5 mei geen avondeten; zij lag om 17.00 uur in bed.",
    ],
    [
      "oordeel_zorg: too little supervision, unanchored",
      "Er is te weinig toezicht op de kinderen.",
      [["vaag", "te weinig toezicht"]],
      "Op 3 maart om 22.00 uur was er geen toezicht: Sem (4) en Noor (6) waren alleen thuis.",
    ],
    [
      "innerlijk: fear attributed",
      "De kinderen zijn bang voor hun vader.",
      [["vaag", "bang"]],
      "Daan kroop op 3 maart onder tafel toen vader binnenkwam en zei dat hij bang was.",
    ],
    [
      "innerlijk: an atmosphere",
      "Er hangt een gespannen sfeer in huis.",
      [["vaag", "gespannen"]],
      "Tijdens het huisbezoek op 2 april schreeuwde vader twee keer tegen moeder.",
    ],
    [
      "innerlijk: overprotective",
      "Moeder is overbezorgd.",
      [["vaag", "overbezorgd"]],
      "Moeder belde op 6 mei vijf keer naar de opvang om te vragen of Mila had gegeten.",
    ],
    [
      "karakter: an idiom",
      "Vader heeft een kort lontje.",
      [["oordeel", "een kort lontje"]],
      "Vader sloeg op 3 maart met zijn vuist op de balie toen de leidster zei dat Jesse al was opgehaald.",
    ],
    [
      "karakter: a threat",
      "De zoon is een bedreiging voor zijn moeder.",
      [["oordeel", "een bedreiging voor"]],
      'De zoon zei op 19 maart tegen zijn moeder: "Als je het vertelt, zie je me nooit meer."',
    ],
    [
      "speculatie: a particle",
      "Sem wordt thuis vast geslagen.",
      [["voorbehoud", "vast"]],
      "Sem had op 3 maart een rode striem op zijn rug; hij zei dat zijn vader hem met een riem had geslagen.",
    ],
    [
      "speculatie: 'zal wel'",
      "De zoon zal het geld wel voor zichzelf gebruiken.",
      [["voorbehoud", "zal het geld wel"]],
      "Volgens de bankafschriften ging in februari 2.300 euro naar de rekening van de zoon.",
    ],
    [
      "generalisatie",
      "Vader komt nooit op afspraken.",
      [["generalisatie", "nooit"]],
      "Vader kwam op 4, 11 en 18 maart niet op de afgesproken gesprekken.",
    ],
    [
      "vaag: a quality without any anchor",
      "Het contact met moeder is goed.",
      [["vaag", "goed"]],
      "Moeder belde op 3 en 10 maart zelf om te vragen hoe het met Daan ging.",
    ],
    [
      "vaag: a protective factor without anchor",
      "Oma is een stabiele factor.",
      [["vaag", "stabiele factor"]],
      "Oma haalt Jesse sinds januari op dinsdag en donderdag om 15.00 uur op.",
    ],
    [
      "vaag: a cause stated as fact",
      "Zijn terugval komt door de spanningen thuis.",
      [
        ["vaag", "komt door"],
        ["vaag", "spanningen"],
      ],
      "Omar zei op 8 oktober: 'Ik kan niet leren als ze thuis ruzie maken.'",
    ],
  ];
  for (const [naam, interpretatie, verwacht, feit] of tabel) {
    it(naam, () => {
      assert.deepEqual(gevonden(interpretatie), verwacht, `findings for: ${interpretatie}`);
      assert.deepEqual(gevonden(feit), [], `no findings for the fact: ${feit}`);
    });
  }

  it("a diagnosis, inner state or care judgement is kept apart from words that only look alike", () => {
    const feiten = [
      "De arts stelde op 3 maart vast dat de breuk twee weken oud was.",
      "Vader hield haar arm vast en zat vast aan zijn stoel.",
      "Moeder heeft vast werk als schoonmaakster.",
      "Mevrouw De Vries is rolstoelafhankelijk en woont op de tweede verdieping.",
      "Het gezin is afkomstig uit Eritrea.",
    ];
    for (const feit of feiten) assert.deepEqual(gevonden(feit), [], `no findings for: ${feit}`);
  });
});

/**
 * Issue 13, round two: the general mechanisms behind the misses on the development split (was blind 1),
 * each with a factual sentence that looks alike. Sentences written for these tests, not taken from a split.
 */
