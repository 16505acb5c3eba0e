import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { BevindingSoort } from "./feitelijkheid.ts";
import { gevonden } from "./feitelijkheid.teststeun.ts";

// Conclusions, care denied, protective factors (round three).

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
