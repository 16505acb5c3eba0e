import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { BevindingSoort } from "./feitelijkheid.ts";
import { gevonden } from "./feitelijkheid.teststeun.ts";

// Rows of adjectives, compounds, good care, groups (round four).

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
