import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CORPUS } from "./feitelijkheid.corpus.ts";
import { BEVINDING_SOORTEN, controleerFeitelijkheid } from "./feitelijkheid.ts";
import type { Bevinding, BevindingSoort } from "./feitelijkheid.ts";
import {
  WOORDREGEL_SOORTEN,
  alsGelabeld,
  leesGelabeldeZinnen,
  meetCorpus,
  meetZinnen,
  verwachteSpans,
} from "./feitelijkheid.meting.ts";
import { SECTIES, SECTOREN } from "./feitelijkheid.corpus.ts";

/** Every finding of a text as [soort, flagged words], the form a reader checks them in. */
const alleBevindingen = (tekst: string): [BevindingSoort, string][] =>
  controleerFeitelijkheid(tekst).map((b) => [b.soort, tekst.slice(b.begin, b.eind)]);
/**
 * The findings of the word rules only. Most tables below test one word rule on a short sentence of its
 * own, which often has no anchor; the sentence rule (decision 0043) has tables of its own.
 */
const gevonden = (tekst: string): [BevindingSoort, string][] =>
  alleBevindingen(tekst).filter(([soort]) => soort !== "zonder_anker");

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
describe("controleerFeitelijkheid: general mechanisms (round two)", () => {
  const tabel: [string, string, [BevindingSoort, string][], string][] = [
    [
      "attributive: a judging adjective before a person",
      "Vader is een onberekenbare man.",
      [["vaag", "onberekenbare"]],
      "Een onbekende man sprak Sara op 3 mei bij het hek aan, zag de conciërge.",
    ],
    [
      "attributive: before a relationship",
      "Er is een redelijke band tussen moeder en Noor.",
      [["vaag", "redelijke"]],
      "De vorige partner van moeder woont sinds 2023 in Utrecht.",
    ],
    [
      "attributive: lifted by what showed it",
      "Tijn heeft een innige band met oma.",
      [["vaag", "innige"]],
      "Tijn rende op 4 mei naar oma en zei: 'Jij bent mijn liefste oma.' Hij heeft een innige band met haar, zag de leidster.",
    ],
    [
      "attributive: a name is no judgement",
      "Er is een sterke band tussen de zussen.",
      [["vaag", "sterke band"]],
      "De intern begeleider belde op 19 september met Veilig Thuis.",
    ],
    [
      "-problematiek",
      "Er is sprake van multiproblematiek.",
      [["vaag", "multiproblematiek"]],
      "Moeder heeft geen schuldenproblematiek, bleek op 3 mei uit het overzicht van de bewindvoerder.",
    ],
    [
      "a need negated",
      "Thijs krijgt niet de zorg die hij nodig heeft.",
      [["vaag", "krijgt niet de zorg"]],
      "Thijs kreeg op 3 mei de zorg die hij nodig had, schreef de kinderarts.",
    ],
    [
      "care not secured",
      "De basale verzorging is niet gewaarborgd.",
      [["vaag", "niet gewaarborgd"]],
      "De verpleegkundige waste meneer op 3 mei om 9.00 uur en gaf hem zijn medicijnen.",
    ],
    [
      "too little of a care act",
      "De peuter wordt onvoldoende gevoed.",
      [["vaag", "onvoldoende gevoed"]],
      "De peuter woog op 3 mei 9,8 kg, 600 gram minder dan op 1 april.",
    ],
    [
      "'kan ... niet aan' in a subordinate clause",
      "Het is duidelijk dat moeder de opvoeding niet aankan.",
      [
        ["vaag", "Het is duidelijk dat"],
        ["vaag", "niet aankan"],
      ],
      "Moeder zei op 3 mei: 'Ik kan het niet meer aan.'",
    ],
    [
      "'niet in goede handen'",
      "Amira is bij haar moeder niet in goede handen.",
      [["vaag", "niet in goede handen"]],
      "Amira werd op 3 mei door haar moeder om 15.00 uur van school gehaald.",
    ],
    [
      "a deficit in idiom",
      "De hygiëne in huis laat te wensen over.",
      [["vaag", "laat te wensen over"]],
      "Op 3 mei lagen in de keuken vuile borden met schimmel, zag de wijkverpleegkundige.",
    ],
    [
      "a compound with an intensifier",
      "Mila is doodsbang voor haar vader.",
      [["vaag", "doodsbang"]],
      "Mila kroop op 3 mei onder tafel toen haar vader binnenkwam.",
    ],
    [
      "pressure as an inner state",
      "Moeder staat onder druk van haar partner.",
      [["vaag", "onder druk"]],
      "Moeder vertelde op 3 mei dat haar partner haar telefoon elke avond controleert.",
    ],
    [
      "a feeling in a subordinate clause",
      "Het werd duidelijk dat vader zich nergens verantwoordelijk voor voelt.",
      [
        ["vaag", "Het werd duidelijk dat"],
        ["vaag", "zich nergens verantwoordelijk voor voelt"],
      ],
      "Vader zei op 3 mei dat hij zich niet verantwoordelijk voelt voor de ruzie.",
    ],
    [
      "character by a relative clause",
      "Vader is iemand die bij de minste tegenslag ontploft.",
      [
        ["oordeel", "is iemand die"],
        ["oordeel", "bij de minste tegenslag"],
        ["oordeel", "ontploft"],
      ],
      "Vader sloeg op 3 mei met zijn vuist op tafel toen de school belde.",
    ],
    [
      "a verb that judges",
      "Meneer wordt door zijn dochter gekleineerd.",
      [["oordeel", "gekleineerd"]],
      "De dochter van meneer zei op 3 mei in mijn bijzijn tegen hem: 'Je bent een waardeloze ouwe.'",
    ],
    [
      "an excess as a quality",
      "De opvoeding is te streng.",
      [["oordeel", "streng"]],
      "Daan was op 3 mei te laat op school.",
    ],
    [
      "speculation in a clause",
      "Het zou me niet verbazen als de kinderen geslagen worden.",
      [["voorbehoud", "Het zou me niet verbazen"]],
      "De kinderen zeiden op 3 mei dat zij niet geslagen worden.",
    ],
    [
      "'vast' after an article elsewhere in the sentence",
      "De blauwe plek komt vast niet van het voetballen.",
      [["voorbehoud", "vast"]],
      "De kinderarts stelde op 14 november op de röntgenfoto van Bas (4 maanden) een breuk van het rechterdijbeen vast.",
    ],
    [
      "a vague amount",
      "Er is enig netwerk aanwezig.",
      [["vaag", "enig"]],
      "Priscilla is de enige verzorger van Amira, zei de huisarts op 3 mei.",
    ],
    [
      "a generalisation bounded by a counted period",
      "Tante Esra is er steeds.",
      [["generalisatie", "steeds"]],
      "Tante Esra haalt Zoë sinds maart elke dinsdag om 17.30 uur op en was er op die dagen steeds.",
    ],
    [
      "'niemand' in a period",
      "Niemand doet open bij huisbezoeken.",
      [["generalisatie", "Niemand"]],
      "In de afgelopen zes weken deed niemand open bij drie van de vijf geplande huisbezoeken.",
    ],
    [
      "a test result is no quality",
      "Het contact met moeder is positief.",
      [["vaag", "positief"]],
      "De urinecontroles op 5 en 12 juni waren positief op amfetamine.",
    ],
  ];
  for (const [naam, interpretatie, verwacht, feit] of tabel) {
    it(naam, () => {
      assert.deepEqual(gevonden(interpretatie), verwacht, `findings for: ${interpretatie}`);
      assert.deepEqual(gevonden(feit), [], `no findings for the fact: ${feit}`);
    });
  }
});

/**
 * Issue 13, round three: the patterns behind the misses on development split 2 (was blind 2), each with a
 * factual sentence that looks alike. Sentences written for these tests, not taken from a split.
 */
describe("controleerFeitelijkheid: conclusions, care denied, protective factors (round three)", () => {
  const tabel: [string, string, [BevindingSoort, string][], string][] = [
    [
      "a team's conclusion: the date anchors the concluding",
      "Op 4 mei stellen wij vast dat de sfeer thuis beter is geworden.",
      [["vaag", "stellen wij vast dat"]],
      "Op 4 mei stelden wij vast dat Noor in april 6 van de 18 schooldagen te laat kwam.",
    ],
    [
      "a conclusion lifted by the professional who drew it",
      "Het zorgteam heeft op 3 juni geconcludeerd dat Mees thuis niet veilig is.",
      [["vaag", "geconcludeerd dat"]],
      "De kinderarts heeft op 3 juni geconcludeerd dat de breuk van Mees minstens een week oud is.",
    ],
    [
      "a conclusion in the writer's voice",
      "Wij komen tot de conclusie dat moeder hulp nodig heeft.",
      [["vaag", "Wij komen tot de conclusie"]],
      "Wij kwamen op 4 mei om 10.00 uur bij het gezin binnen en troffen moeder slapend op de bank aan.",
    ],
    [
      "the infinitive of 'tekortschieten'",
      "De ouders blijken in de verzorging tekort te schieten, maar ook tekortschieten in toezicht.",
      [["vaag", "tekortschieten"]],
      "Er schoot op 3 mei een tekort van 40 euro in de pot van de klas, zei de leerkracht.",
    ],
    [
      "a quality of care denied",
      "Moeder pakt de voeding van haar baby niet adequaat aan.",
      [["vaag", "niet adequaat"]],
      "Moeder gaf op 3 mei om 14.00 uur haar baby 90 ml flesvoeding, zag de verpleegkundige.",
    ],
    [
      "'onvoldoende veilig'",
      "De woning is onvoldoende veilig voor een peuter.",
      [["vaag", "onvoldoende veilig"]],
      "In de woning stond op 3 mei een open fles ontstopper op de keukenvloer, zag de wijkverpleegkundige.",
    ],
    [
      "a protective factor in general words",
      "Moeder doet haar best binnen haar mogelijkheden.",
      [
        ["vaag", "doet haar best"],
        ["vaag", "binnen haar mogelijkheden"],
      ],
      "Moeder zei op 3 mei dat zij haar best doet om elke ochtend om 8.00 uur op school te zijn, en zij was er in mei 18 van de 19 dagen.",
    ],
    [
      "strengths without what they are",
      "Het gezin beschikt over krachten.",
      [["vaag", "beschikt over krachten"]],
      "Het gezin beschikt sinds 1 maart over een eigen woning van de woningcorporatie.",
    ],
    [
      "a character of strength",
      "Kevin is een doorzetter met veel veerkracht.",
      [
        ["vaag", "een doorzetter"],
        ["vaag", "veerkracht"],
      ],
      "Kevin maakte op 3 mei zijn rekentoets af nadat hij twee keer was gevallen, zag de mentor.",
    ],
    [
      "shame as an inner state",
      "Meneer schaamde zich voor de rommel in huis.",
      [["vaag", "schaamde zich"]],
      "Meneer zei op 3 mei: 'Ik schaam me voor de rommel.'",
    ],
    [
      "a feeling attributed to a bond",
      "De band tussen moeder en Jip voelt warm aan.",
      [["vaag", "voelt warm aan"]],
      "De verpleegkundige voelde op 3 mei aan de buik van Jip en vond geen zwelling.",
    ],
    [
      "a label noun",
      "Vader is alcoholist.",
      [["oordeel", "alcoholist"]],
      "De huisarts schreef op 3 mei dat vader alcoholist is en sinds april in behandeling is.",
    ],
    [
      "a conjecture in the future perfect",
      "Vader zal Mila eerder ook geslagen hebben.",
      [["voorbehoud", "zal"]],
      "Vader zal op 3 juni om 10.00 uur worden gehoord door de wijkagent, schreef de politie.",
    ],
    [
      "'vast' as the particle of 'zich vastklampen'",
      "Het kind wordt thuis vast ook gepest.",
      [
        ["voorbehoud", "vast"],
        ["oordeel", "gepest"],
      ],
      "Op 5 juni klampte Eva zich bij het afscheid aan haar vader vast en huilde.",
    ],
    [
      "a home in disorder, lifted by what was seen",
      "De woning is vervuild.",
      [["vaag", "vervuild"]],
      "Op 14 januari was de keuken vervuild met etensresten en kattenpoep, zag de ambulant hulpverlener.",
    ],
    [
      "a diminutive person after a judging adjective",
      "Jayden is een lief en behulpzaam jongetje.",
      [["vaag", "behulpzaam"]],
      "Jayden (6) is een jongetje uit groep 3 dat sinds maart bij zijn oma woont.",
    ],
    [
      "reported speech with a long gap",
      "Ravi komt soms te laat.",
      [["vaag", "soms"]],
      "Moeder zei in het gesprek van 10 oktober op school met de mentor dat ze soms niet slaapt.",
    ],
  ];
  for (const [naam, interpretatie, verwacht, feit] of tabel) {
    it(naam, () => {
      assert.deepEqual(gevonden(interpretatie), verwacht, `findings for: ${interpretatie}`);
      assert.deepEqual(gevonden(feit), [], `no findings for the fact: ${feit}`);
    });
  }
});

/**
 * Issue 13, round four: mechanisms behind the misses on development split 3 (was blind 3), each with a
 * factual sentence that looks alike. Sentences written for these tests, not taken from a split.
 */
describe("controleerFeitelijkheid: rows of adjectives, compounds, good care, groups (round four)", () => {
  const tabel: [string, string, [BevindingSoort, string][], string][] = [
    [
      "a judging adjective two words before its noun, across 'en'",
      "Opa is een zorgzaam en nuchter mens.",
      [["vaag", "zorgzaam"]],
      "Opa is een man van 71 die sinds maart elke woensdag Lotte ophaalt, zag de pedagogisch medewerker.",
    ],
    [
      "across a comma",
      "Sara is een vrolijk, sociaal kind.",
      [["vaag", "vrolijk"]],
      "Sara is een kind van 4, zei moeder bij de intake op 3 mei.",
    ],
    [
      "across a classifying adjective",
      "Er is een sterk familiaal netwerk.",
      [["vaag", "sterk"]],
      "Er is een familienetwerk van drie tantes die op 3 mei alle drie bij het gesprek waren.",
    ],
    [
      "an uninflected adjective directly before the noun, after 'en'",
      "Mo is een behulpzaam en slim jongetje.",
      [["vaag", "behulpzaam"]],
      "Mo is een jongetje van 5 en zit sinds maart in groep 1.",
    ],
    [
      "a disorder in a compound",
      "Tijn heeft een hechtingsangststoornis.",
      [["oordeel", "hechtingsangststoornis"]],
      "De GZ-psycholoog stelde op 3 mei bij Tijn een angststoornis vast.",
    ],
    [
      "a delay in a compound",
      "Lina heeft een motorische ontwikkelingsachterstand en een rekenachterstand.",
      [
        ["oordeel", "ontwikkelingsachterstand"],
        ["oordeel", "rekenachterstand"],
      ],
      "Volgens het verslag van de fysiotherapeut van 3 mei heeft Lina een motorische ontwikkelingsachterstand van ongeveer een jaar.",
    ],
    [
      "a clinical label in English",
      "Bij de baby is sprake van failure to thrive.",
      [["oordeel", "failure to thrive"]],
      "De kinderarts schreef op 3 mei 'failure to thrive' in de brief, omdat de baby in vier weken 80 gram aankwam.",
    ],
    [
      "'past bij' as a diagnosis by likeness",
      "Zijn gedrag past bij een trauma.",
      [
        ["voorbehoud", "past bij een"],
        ["oordeel", "trauma"],
      ],
      "De schoenen passen bij de maat die moeder opgaf, zag de medewerker op 3 mei.",
    ],
    [
      "'het zou goed kunnen dat'",
      "Het zou goed kunnen dat vader weer drinkt.",
      [["voorbehoud", "Het zou goed kunnen"]],
      "Vader zei op 3 mei: 'Het zou goed kunnen dat ik weer ga drinken.'",
    ],
    [
      "good care as a quality",
      "Moeder zorgt heel goed voor haar twee kinderen.",
      [["vaag", "zorgt heel goed voor"]],
      "Moeder zorgt sinds 1 maart voor haar twee kinderen; de wijkverpleegkundige zag op 3 mei dat zij de baby om 14.00 uur de fles gaf.",
    ],
    [
      "well cared for, as a state",
      "De baby is goed verzorgd.",
      [["vaag", "goed verzorgd"]],
      "De baby was op 3 mei schoon en droog en had een schone luier, zag de verpleegkundige.",
    ],
    [
      "oversight denied",
      "Vader overziet de financiën van het gezin niet.",
      [["vaag", "overziet de financiën van het gezin niet"]],
      "Vader liet op 3 mei drie onbetaalde aanmaningen zien en zei: 'Ik overzie het niet meer.'",
    ],
    [
      "something going on with a child",
      "Er is iets met Daan aan de hand.",
      [["vaag", "iets met Daan aan de hand"]],
      "Daan zei op 3 mei tegen de juf: 'Er is iets aan de hand met mama.'",
    ],
    [
      "problems on several fronts",
      "Het gezin loopt op diverse levensgebieden vast.",
      [["vaag", "op diverse levensgebieden"]],
      "Het gezin kreeg op 3 mei een brief over een huurachterstand van 1.200 euro, liet moeder zien.",
    ],
    [
      "several actions, unnamed",
      "Wij hebben meerdere acties ondernomen.",
      [["vaag", "meerdere acties"]],
      "Wij hebben op 3 mei de huisarts gebeld en op 5 mei het wijkteam, en op 9 mei sprak de intern begeleider moeder.",
    ],
    [
      "a generalisation over a group",
      "Zulke ouders zoeken geen hulp.",
      [["generalisatie", "Zulke ouders"]],
      "De ouders zeiden op 3 mei dat zij geen hulp willen van het wijkteam.",
    ],
    [
      "every setback",
      "Bij elke tegenslag valt moeder terug.",
      [["generalisatie", "Bij elke tegenslag"]],
      "Bij de tegenslag van 3 mei, de opzegging van de huur, belde moeder om 10.00 uur de school af.",
    ],
    [
      "a risk factor someone reported at a moment",
      "Moeder vertelde dat zij depressief is.",
      [["risico_zonder_gevolg", "depressief"]],
      "Moeder vertelde op 3 mei dat zij sinds de scheiding in januari met de kinderen bij haar zus op de bank slaapt.",
    ],
  ];
  for (const [naam, interpretatie, verwacht, feit] of tabel) {
    it(naam, () => {
      assert.deepEqual(gevonden(interpretatie), verwacht, `findings for: ${interpretatie}`);
      assert.deepEqual(gevonden(feit), [], `no findings for the fact: ${feit}`);
    });
  }
});

/**
 * Issue 13, round five (decision 0043): a statement with no anchor at all is asked for one, whatever its
 * words. Each line: a statement without anchor, and the same kind of statement with one.
 */
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

describe("controleerFeitelijkheid: the anchor of an observation", () => {
  it("flags a quality without anchor and lifts it for each kind of anchor", () => {
    assert.deepEqual(gevonden("Vader is erg betrokken."), [["vaag", "betrokken"]], "no anchor");
    assert.deepEqual(
      gevonden("Vader is sinds de zomer erg betrokken."),
      [["vaag", "betrokken"]],
      "a moment alone does not show a quality",
    );
    assert.deepEqual(
      gevonden("Er is te weinig toezicht op de kinderen."),
      [["vaag", "te weinig toezicht"]],
      "no anchor",
    );
    assert.deepEqual(
      gevonden("Sinds de zomer is er te weinig toezicht op de kinderen."),
      [],
      "a moment anchors a state of care",
    );
    const geankerd = [
      ["wie", "De leerkracht zag dat vader erg betrokken is."],
      ["wat", "Vader is erg betrokken: hij kwam op alle 6 gesprekken."],
      ["citaat", 'Vader is erg betrokken, "ik wil alles weten".'],
    ];
    for (const [anker, tekst] of geankerd) assert.deepEqual(gevonden(tekst ?? ""), [], `anchored by ${anker ?? ""}`);
  });

  it("names the missing anchors, or the interpretation field, in both languages", () => {
    const [nl] = controleerFeitelijkheid("Het contact met moeder is goed.");
    const [en] = controleerFeitelijkheid("Het contact met moeder is goed.", "en");
    assert.match(
      nl?.suggestie ?? "",
      /wie het zag of hoorde.*wanneer.*concreet.*'Duiding'/su,
      "Dutch suggestion names the anchors",
    );
    assert.match(
      en?.suggestie ?? "",
      /who saw or heard it.*when.*concretely.*'Interpretation'/su,
      "English suggestion names the anchors",
    );
    const [diagnose] = controleerFeitelijkheid("Lisa is getraumatiseerd.");
    assert.match(diagnose?.suggestie ?? "", /wie stelde dit vast/u, "a diagnosis asks who diagnosed");
    const [innerlijk] = controleerFeitelijkheid("Jesse is bang.", "en");
    assert.match(innerlijk?.suggestie ?? "", /what showed it/u, "an inner state asks what showed it");
  });

  it("a quality in an otherwise anchored sentence is still an interpretation when it is a known judgement", () => {
    assert.deepEqual(
      gevonden("Op 3 maart was moeder overbezorgd."),
      [["vaag", "overbezorgd"]],
      "a date does not show an inner state",
    );
    assert.deepEqual(
      gevonden("Tijdens het oudergesprek op 12 maart was vader agressief."),
      [["oordeel", "agressief"]],
      "a label stays a label",
    );
  });
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

describe("corpus measurement", () => {
  it("the corpus is large, about half factual, and every label occurs in its sentence", () => {
    const feitelijk = CORPUS.filter((z) => z.verwacht.length === 0).length;
    assert.ok(CORPUS.length >= 300, `at least 300 sentences, got ${CORPUS.length}`);
    for (const sector of SECTOREN)
      assert.ok(
        CORPUS.some((z) => z.sector === sector || (sector === "onderwijs" && z.sector === undefined)),
        `sector ${sector}`,
      );
    for (const sectie of SECTIES)
      assert.ok(
        CORPUS.some((z) => z.sectie === sectie && z.verwacht.length > 0) &&
          CORPUS.some((z) => z.sectie === sectie && z.verwacht.length === 0),
        `section ${sectie}: facts and interpretations`,
      );
    assert.ok(
      feitelijk / CORPUS.length >= 0.4 && feitelijk / CORPUS.length <= 0.6,
      `about half factual, got ${feitelijk}`,
    );
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
    for (const soort of WOORDREGEL_SOORTEN) {
      assert.ok(meting.perSoort[soort].precisie >= 0.9, `precision of ${soort}: ${meting.perSoort[soort].precisie}`);
      assert.ok(meting.perSoort[soort].recall >= 0.9, `recall of ${soort}: ${meting.perSoort[soort].recall}`);
    }
  });

  it("at sentence level, the training corpus keeps recall at 95% and false flags under 5%", () => {
    const meting = meetZinnen(alsGelabeld());
    const details = `missed ${JSON.stringify(meting.gemist.map((z) => z.tekst))}; flagged ${JSON.stringify(meting.onterecht.map((o) => o.zin.tekst))}`;
    assert.equal(meting.zinnen, CORPUS.length, "all sentences");
    assert.ok(meting.recall >= 0.95, `recall ${meting.recall}; ${details}`);
    assert.ok(meting.valseMeldingen <= 0.05, `false flags ${meting.valseMeldingen}; ${details}`);
  });

  it("measures any labelled split per kind, sector and section, and refuses a malformed one", () => {
    const zinnen = leesGelabeldeZinnen([
      {
        tekst: "Vader heeft een kort lontje.",
        label: "interpretatie",
        soort: "karakter",
        sector: "jeugdhulp",
        sectie: "feiten",
      },
      { tekst: "Op 3 maart schreeuwde vader.", label: "feit", sector: "jeugdhulp", sectie: "feiten" },
      { tekst: "Op 3 maart was vader altijd boos.", label: "feit", sector: "onderwijs", sectie: "gesprek" },
      {
        tekst: "Vader ging op 3 maart weg.",
        label: "interpretatie",
        soort: "vaag",
        sector: "onderwijs",
        sectie: "gesprek",
      },
    ]);
    const meting = meetZinnen(zinnen);
    assert.deepEqual(
      [meting.recall, meting.valseMeldingen],
      [0.5, 0.5],
      "one of two interpretations found, one of two facts flagged",
    );
    assert.deepEqual(
      meting.perSoort["karakter"],
      { feiten: 0, valsGemarkeerd: 0, interpretaties: 1, herkend: 1, recall: 1, valseMeldingen: 0 },
      "per kind",
    );
    assert.equal(meting.perSector["onderwijs"]?.valseMeldingen, 1, "per sector");
    assert.equal(meting.perSectie["feiten"]?.recall, 1, "per section");
    assert.deepEqual(
      meting.gemist.map((z) => z.tekst),
      ["Vader ging op 3 maart weg."],
      "the miss is listed",
    );
    assert.throws(() => leesGelabeldeZinnen([{ tekst: "x", label: "mening" }]), "an unknown label is refused");
    assert.throws(() => leesGelabeldeZinnen({ tekst: "x" }), "not an array");
  });

  it("counts a finding as correct only when soort and span both match", () => {
    const meting = meetCorpus([{ tekst: "Vader is agressief.", verwacht: [{ soort: "vaag", fragment: "agressief" }] }]);
    assert.equal(meting.precisie, 0, "wrong soort is not correct");
    assert.equal(meting.recall, 0, "and the expected finding is missed");
    assert.equal(meting.bevindingenVerwacht, 1, "one expected finding");
  });
});
