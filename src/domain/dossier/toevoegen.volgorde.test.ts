import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DossierToestand } from "./toestand.ts";
import { OPENING, SIGNAAL } from "../../../tests/helpers/gebeurtenissen.ts";
import {
  ACUUT,
  ANTWOORD,
  BESLUIT,
  GESLOTEN,
  HEROPEND,
  NIET_VEILIG,
  speel,
  VOORBEREIDING,
} from "./toevoegen.teststeun.ts";

describe("beoordeelGebeurtenis: allowed sequences", () => {
  type Geval = {
    naam: string;
    stappen: { type: string; gegevens: unknown }[];
    status: "open" | "gesloten";
    stap: string[];
    toont: (t: DossierToestand) => unknown;
    verwacht: unknown;
  };
  const gevallen: Geval[] = [
    {
      naam: "open a dossier",
      stappen: [OPENING],
      status: "open",
      stap: ["algemeen"],
      toont: (t) => t.opening?.gegevens.werknaam,
      verwacht: "K. (groep 4)",
    },
    {
      naam: "record a signal",
      stappen: [OPENING, SIGNAAL],
      status: "open",
      stap: ["algemeen", "signalen"],
      toont: (t) => t.signalen.map((s) => s.gegevens.waarneming),
      verwacht: ["Komt zonder jas bij vorst."],
    },
    {
      naam: "steps in any order: conversation before consultation",
      stappen: [
        OPENING,
        { type: "gesprek_niet_gevoerd", gegevens: { met: "kind", grond: "leeftijd", toelichting: "Kind is 2 jaar." } },
        {
          type: "consultatie_gehouden",
          gegevens: {
            met: "aandachtsfunctionaris",
            datum: "2026-11-20",
            uitkomst: "Zorg gedeeld.",
            vervolgstap: "Gesprek ouders.",
          },
        },
      ],
      status: "open",
      stap: ["algemeen", "gesprek", "consultatie"],
      toont: (t) => [t.gesprekkenNietGevoerd.map((g) => g.gegevens.grond), t.consultaties.map((c) => c.gegevens.met)],
      verwacht: [["leeftijd"], ["aandachtsfunctionaris"]],
    },
    {
      naam: "acute danger: straight to a report, motivated",
      stappen: [OPENING, BESLUIT("melden", { afwijkingMotivering: "Acuut gevaar." })],
      status: "open",
      stap: ["algemeen", "beslissen"],
      toont: (t) => t.besluiten.map((b) => [b.gegevens.besluit, b.gegevens.afwijkingMotivering]),
      verwacht: [["melden", "Acuut gevaar."]],
    },
    {
      naam: "close and reopen",
      stappen: [OPENING, GESLOTEN, HEROPEND, SIGNAAL],
      status: "open",
      stap: ["algemeen", "algemeen", "algemeen", "signalen"],
      toont: (t) => [t.sluitingen.map((g) => g.type), t.signalen.length],
      verwacht: [["dossier_afgesloten", "dossier_heropend"], 1],
    },
    {
      naam: "re-answer an earlier question",
      stappen: [OPENING, ANTWOORD(1, "ja"), ANTWOORD(2, "nee"), ANTWOORD(1, "weet_niet")],
      status: "open",
      stap: ["algemeen", "wegen", "wegen", "wegen"],
      toont: (t) => [t.antwoorden[1]?.antwoord, t.antwoorden[2]?.antwoord],
      verwacht: ["weet_niet", "nee"],
    },
    {
      naam: "decision that follows the afwegingskader needs no motivation",
      stappen: [OPENING, ANTWOORD(1, "ja"), ANTWOORD(2, "ja"), BESLUIT("melden")],
      status: "open",
      stap: ["algemeen", "wegen", "wegen", "beslissen"],
      toont: (t) => t.besluiten.map((b) => [b.gegevens.besluit, b.gegevens.afwijkingMotivering]),
      verwacht: [["melden", undefined]],
    },
    {
      naam: "kindcheck not applicable with reason",
      stappen: [
        OPENING,
        { type: "stap_niet_van_toepassing", gegevens: { stap: "kindcheck", reden: "Geen kinderen." } },
      ],
      status: "open",
      stap: ["algemeen", "kindcheck"],
      toont: (t) => t.nietVanToepassing.map((n) => [n.gegevens.stap, n.gegevens.reden]),
      verwacht: [["kindcheck", "Geen kinderen."]],
    },
    {
      naam: "a conversation with the parents' experience, a reflection and a recorded denial",
      stappen: [
        OPENING,
        {
          type: "gesprek_gevoerd",
          gegevens: {
            met: "ouders",
            datum: "2026-11-20",
            deelnemers: "moeder",
            plaats: "school",
            gedeeld: "x",
            visie: "y",
            ervaring: "Moeder voelde zich gehoord.",
            reflectie: "Vertrouwen wankel.",
            situaties: ["ouders_ontkennen"],
            vervolggesprek: "Over twee weken met de intern begeleider.",
          },
        },
      ],
      status: "open",
      stap: ["algemeen", "gesprek"],
      toont: (t) => t.gesprekken.map((g) => [g.gegevens.ervaring, g.gegevens.reflectie, g.gegevens.situaties]),
      verwacht: [["Moeder voelde zich gehoord.", "Vertrouwen wankel.", ["ouders_ontkennen"]]],
    },
    {
      naam: "a participation point done, then changed to not applicable",
      stappen: [
        OPENING,
        {
          type: "participatie_bijgewerkt",
          gegevens: {
            punt: "p1",
            status: "gedaan",
            door: "Leerkracht",
            datum: "2026-11-20",
            toelichting: "L. gevraagd wat hij nodig heeft.",
          },
        },
        {
          type: "participatie_bijgewerkt",
          gegevens: {
            punt: "p1",
            status: "niet_van_toepassing",
            door: "Intern begeleider",
            datum: "2026-11-21",
            toelichting: "Toch niet passend: L. is net verhuisd.",
          },
        },
      ],
      status: "open",
      stap: ["algemeen", "algemeen", "algemeen"],
      toont: (t) => [t.participatie["p1"]?.gegevens.status, t.participatie["p1"]?.gegevens.door],
      verwacht: ["niet_van_toepassing", "Intern begeleider"],
    },
    {
      naam: "acute danger: a call recorded before any other step",
      stappen: [OPENING, ACUUT()],
      status: "open",
      stap: ["algemeen", "algemeen"],
      toont: (t) => t.acuteContacten.map((a) => [a.gegevens.met, a.gegevens.tijd]),
      verwacht: [["alarmnummer_112", "14:30"]],
    },
    {
      naam: "acute call with a dotted time",
      stappen: [OPENING, ACUUT({ tijd: "9.05" }), SIGNAAL],
      status: "open",
      stap: ["algemeen", "algemeen", "signalen"],
      toont: (t) => [t.acuteContacten.map((a) => a.gegevens.tijd), t.signalen.length],
      verwacht: [["9.05"], 1],
    },
    {
      naam: "a prepared conversation, then held",
      stappen: [
        OPENING,
        VOORBEREIDING(),
        {
          type: "gesprek_gevoerd",
          gegevens: {
            met: "ouders",
            datum: "2026-11-20",
            deelnemers: "moeder",
            plaats: "school",
            gedeeld: "x",
            visie: "y",
          },
        },
      ],
      status: "open",
      stap: ["algemeen", "gesprek", "gesprek"],
      toont: (t) => [
        t.voorbereidingen.map((v) => [v.gegevens.met, v.gegevens.veilig]),
        t.gesprekken.map((g) => g.gegevens.met),
      ],
      verwacht: [[["ouders", "ja"]], ["ouders"]],
    },
    {
      naam: "a preparation that finds the conversation unsafe, with why and what instead",
      stappen: [OPENING, VOORBEREIDING(NIET_VEILIG)],
      status: "open",
      stap: ["algemeen", "gesprek"],
      toont: (t) =>
        t.voorbereidingen.map((v) => [v.gegevens.veilig, v.gegevens.waaromNietVeilig, v.gegevens.inPlaatsDaarvan]),
      verwacht: [["nee", NIET_VEILIG.waaromNietVeilig, NIET_VEILIG.inPlaatsDaarvan]],
    },
    {
      naam: "a preparation of the child's conversation",
      stappen: [
        OPENING,
        VOORBEREIDING({ met: "kind", aanwezigen: "K. en de leerkracht", gespreksleider: "Leerkracht" }),
      ],
      status: "open",
      stap: ["algemeen", "gesprek"],
      toont: (t) => t.voorbereidingen.map((v) => [v.gegevens.met, v.gegevens.gespreksleider]),
      verwacht: [["kind", "Leerkracht"]],
    },
    {
      naam: "close after decision",
      stappen: [OPENING, ANTWOORD(1, "nee"), BESLUIT("afsluiten"), GESLOTEN],
      status: "gesloten",
      stap: ["algemeen", "wegen", "beslissen", "algemeen"],
      toont: (t) => [t.besluiten.map((b) => b.gegevens.besluit), t.sluitingen.map((g) => g.type)],
      verwacht: [["afsluiten"], ["dossier_afgesloten"]],
    },
  ];
  for (const geval of gevallen) {
    it(geval.naam, () => {
      const toestand = speel(...geval.stappen);
      const geregistreerd = [...toestand.register.values()].sort((a, b) => a.volgnummer - b.volgnummer);
      assert.deepEqual(
        geregistreerd.map((g) => g.type),
        geval.stappen.map((s) => s.type),
        "every event stored, in order",
      );
      assert.deepEqual(
        geregistreerd.map((g) => g.stap),
        geval.stap,
        "each under its stap",
      );
      assert.equal(toestand.versie, geval.stappen.length, "the version counts the events");
      assert.equal(toestand.status, geval.status);
      assert.deepEqual(geval.toont(toestand), geval.verwacht, "what the sequence recorded");
    });
  }
});
