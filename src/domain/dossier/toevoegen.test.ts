import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bouwToestand, type DossierToestand } from "./toestand.ts";
import { beoordeelGebeurtenis, type BeoordeeldeGebeurtenis, type ToevoegContext } from "./toevoegen.ts";
import { alsOpgeslagen, EINDVERANTWOORDELIJKE_ID, OPENING, SIGNAAL } from "../../../tests/helpers/gebeurtenissen.ts";
import { fout } from "../../../tests/helpers/uitkomst.ts";

const context: ToevoegContext = {
  vandaag: "2026-11-22",
  rollen: ["eindverantwoordelijke"],
  beslissers: ["eindverantwoordelijke"],
  bewaarjaren: 5,
};

/** Appends each input in turn, as the use-case would; returns the state after the last one. */
function speel(...invoer: { type: string; gegevens: unknown }[]) {
  const beoordeeld: BeoordeeldeGebeurtenis[] = [];
  for (const i of invoer) beoordeeld.push(beoordeelGebeurtenis(bouwToestand(alsOpgeslagen(beoordeeld)), i, context));
  return bouwToestand(alsOpgeslagen(beoordeeld));
}

const ACUUT = (extra: object = {}) => ({
  type: "acuut_contact",
  gegevens: {
    met: "alarmnummer_112",
    datum: "2026-11-22",
    tijd: "14:30",
    situatie: "Vader dreigt L. mee te nemen; L. is in paniek.",
    afspraken: "Politie kwam binnen tien minuten.",
    ...extra,
  },
});
const ANTWOORD = (vraag: number, antwoord: string) => ({
  type: "afweging_beantwoord",
  gegevens: { vraag, antwoord, toelichting: "Onderbouwing." },
});
const GESLOTEN = { type: "dossier_afgesloten", gegevens: { reden: "Zorg weggenomen." } };
const HEROPEND = { type: "dossier_heropend", gegevens: { reden: "Nieuwe zorg." } };
const BESLUIT = (besluit: string, extra: object = {}) => ({
  type: "besluit_genomen",
  gegevens: { besluit, toelichting: "Besproken met directie.", ...extra },
});

const VOORBEREIDING = (extra: object = {}) => ({
  type: "gesprek_voorbereid",
  gegevens: {
    met: "ouders",
    opening: "We willen allebei dat K. zich veilig voelt op school.",
    feiten: "Op 10 november zonder jas bij vorst.",
    veilig: "ja",
    aanwezigen: "Moeder, leerkracht, intern begeleider",
    gespreksleider: "Intern begeleider",
    ...extra,
  },
});
const NIET_VEILIG = {
  veilig: "nee",
  waaromNietVeilig: "Vader dreigde na het vorige gesprek.",
  inPlaatsDaarvan: "Eerst advies bij Veilig Thuis; moeder apart spreken.",
};

/**
 * Each accepted sequence is checked by what it leaves in the dossier's state: the events it stored,
 * with the stap they fall under, and the part of the state the sequence is about.
 */
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
      const geregistreerd = Object.values(toestand.register).sort((a, b) => a.volgnummer - b.volgnummer);
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

describe("beoordeelGebeurtenis: refused transitions", () => {
  const gevallen: {
    naam: string;
    voor: { type: string; gegevens: unknown }[];
    poging: { type: unknown; gegevens: unknown };
    code: string;
    veld?: string;
    sleutel?: string;
  }[] = [
    { naam: "first event must open", voor: [], poging: SIGNAAL, code: "EERSTE_GEBEURTENIS_MOET_OPENING_ZIJN" },
    { naam: "cannot open twice", voor: [OPENING], poging: OPENING, code: "DOSSIER_AL_GEOPEND" },
    {
      naam: "unknown event type",
      voor: [OPENING],
      poging: { type: "iets_anders", gegevens: {} },
      code: "ONGELDIGE_INVOER",
      veld: "type",
    },
    { naam: "closed dossier takes nothing", voor: [OPENING, GESLOTEN], poging: SIGNAAL, code: "DOSSIER_GESLOTEN" },
    {
      naam: "closed dossier cannot be closed again",
      voor: [OPENING, GESLOTEN],
      poging: GESLOTEN,
      code: "DOSSIER_GESLOTEN",
    },
    { naam: "open dossier cannot be reopened", voor: [OPENING], poging: HEROPEND, code: "DOSSIER_NIET_GESLOTEN" },
    {
      naam: "observation in the future",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2026-11-23" } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.datumWaarneming",
      sleutel: "fout.datum_in_toekomst",
    },
    {
      naam: "unknown field",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, extra: 1 } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.extra",
      sleutel: "fout.onbekend_veld",
    },
    {
      naam: "missing field",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, waarneming: undefined } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waarneming",
      sleutel: "fout.verplicht",
    },
    {
      naam: "blank text",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, waarneming: "   " } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waarneming",
      sleutel: "fout.verplicht",
    },
    {
      naam: "text over the limit",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, waarneming: "x".repeat(4001) } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waarneming",
      sleutel: "fout.te_lang",
    },
    {
      naam: "wrong type",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, disclosure: "ja" } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.disclosure",
      sleutel: "fout.ongeldig_type",
    },
    {
      naam: "invalid date",
      voor: [OPENING],
      poging: { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2026-02-30" } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.datumWaarneming",
      sleutel: "fout.ongeldige_datum",
    },
    {
      naam: "Veilig Thuis advice must be anonymous",
      voor: [OPENING],
      poging: {
        type: "consultatie_gehouden",
        gegevens: { met: "veilig_thuis", datum: "2026-11-20", uitkomst: "x", vervolgstap: "y" },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.geanonimiseerd",
      sleutel: "fout.veilig_thuis_anoniem",
    },
    {
      naam: "age ground only for the child",
      voor: [OPENING],
      poging: { type: "gesprek_niet_gevoerd", gegevens: { met: "ouders", grond: "leeftijd", toelichting: "x" } },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.grond",
      sleutel: "fout.grond_alleen_kind",
    },
    {
      naam: "an unknown conversation situation",
      voor: [OPENING],
      poging: {
        type: "gesprek_gevoerd",
        gegevens: {
          met: "ouders",
          datum: "2026-11-20",
          deelnemers: "moeder",
          plaats: "school",
          gedeeld: "x",
          visie: "y",
          situaties: ["boos"],
        },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.situaties.0",
      sleutel: "fout.ongeldige_keuze",
    },
    {
      naam: "a tenth participation point",
      voor: [OPENING],
      poging: {
        type: "participatie_bijgewerkt",
        gegevens: { punt: "p10", status: "gedaan", door: "x", datum: "2026-11-20", toelichting: "y" },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.punt",
      sleutel: "fout.ongeldige_keuze",
    },
    {
      naam: "a participation point dated in the future",
      voor: [OPENING],
      poging: {
        type: "participatie_bijgewerkt",
        gegevens: { punt: "p2", status: "gedaan", door: "x", datum: "2026-11-30", toelichting: "y" },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.datum",
      sleutel: "fout.datum_in_toekomst",
    },
    {
      naam: "acute call at an impossible time",
      voor: [OPENING],
      poging: ACUUT({ tijd: "25:00" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.tijd",
      sleutel: "fout.tijd",
    },
    {
      naam: "acute call in the future",
      voor: [OPENING],
      poging: ACUUT({ datum: "2026-11-23" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.datum",
      sleutel: "fout.datum_in_toekomst",
    },
    {
      naam: "acute call with an unknown service",
      voor: [OPENING],
      poging: ACUUT({ met: "buurman" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.met",
      sleutel: "fout.ongeldige_keuze",
    },
    { naam: "question out of turn", voor: [OPENING], poging: ANTWOORD(3, "ja"), code: "VRAAG_NIET_AAN_DE_BEURT" },
    {
      naam: "question after the walk ended",
      voor: [OPENING, ANTWOORD(1, "nee")],
      poging: ANTWOORD(2, "ja"),
      code: "VRAAG_NIET_AAN_DE_BEURT",
    },
    {
      naam: "question 1 is void after a disclosure",
      voor: [
        OPENING,
        { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, bron: "kind_zelf", disclosure: true } },
      ],
      poging: ANTWOORD(1, "ja"),
      code: "VRAAG_NIET_AAN_DE_BEURT",
      sleutel: "fout.vraag_vervalt_door_disclosure",
    },
    {
      naam: "a decision on someone else's behalf",
      voor: [OPENING],
      poging: {
        type: "besluit_genomen",
        gegevens: {
          besluit: "melden",
          genomenDoor: "00000000-0000-4000-8000-000000000001",
          toelichting: "x",
          afwijkingMotivering: "acuut",
        },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.genomenDoor",
      sleutel: "fout.genomen_door_vervallen",
    },
    {
      naam: "a decision naming the decider themselves (the field is gone)",
      voor: [OPENING],
      poging: {
        type: "besluit_genomen",
        gegevens: {
          besluit: "melden",
          genomenDoor: EINDVERANTWOORDELIJKE_ID,
          toelichting: "x",
          afwijkingMotivering: "acuut",
        },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.genomenDoor",
      sleutel: "fout.genomen_door_vervallen",
    },
    {
      naam: "decision against the outcome without motivation",
      voor: [OPENING, ANTWOORD(1, "ja"), ANTWOORD(2, "ja")],
      poging: BESLUIT("afsluiten"),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.afwijkingMotivering",
      sleutel: "fout.motivering_bij_afwijking",
    },
    {
      naam: "decision before any outcome without motivation",
      voor: [OPENING],
      poging: BESLUIT("melden"),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.afwijkingMotivering",
      sleutel: "fout.motivering_zonder_afweging",
    },
    {
      naam: "correction of an unknown event",
      voor: [OPENING],
      poging: {
        type: "correctie",
        gegevens: { corrigeert: "00000000-0000-4000-9000-000000000099", reden: "x", gegevens: {} },
      },
      code: "CORRECTIE_NIET_TOEGESTAAN",
    },
    {
      naam: "correction of an answer (re-answer instead)",
      voor: [OPENING, ANTWOORD(1, "ja")],
      poging: {
        type: "correctie",
        gegevens: { corrigeert: "00000000-0000-4000-9000-000000000002", reden: "x", gegevens: {} },
      },
      code: "CORRECTIE_NIET_TOEGESTAAN",
    },
    {
      naam: "correction with invalid content",
      voor: [OPENING, SIGNAAL],
      poging: {
        type: "correctie",
        gegevens: {
          corrigeert: "00000000-0000-4000-9000-000000000002",
          reden: "Datum fout",
          gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2027-01-01" },
        },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.gegevens.datumWaarneming",
    },
    {
      naam: "correction without reason",
      voor: [OPENING, SIGNAAL],
      poging: {
        type: "correctie",
        gegevens: { corrigeert: "00000000-0000-4000-9000-000000000002", reden: "", gegevens: SIGNAAL.gegevens },
      },
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.reden",
    },
    {
      naam: "unsafe without saying why",
      voor: [OPENING],
      poging: VOORBEREIDING({ ...NIET_VEILIG, waaromNietVeilig: " " }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waaromNietVeilig",
      sleutel: "fout.verplicht_als_niet_veilig",
    },
    {
      naam: "unsafe without what happens instead",
      voor: [OPENING],
      poging: VOORBEREIDING({ ...NIET_VEILIG, inPlaatsDaarvan: undefined }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.inPlaatsDaarvan",
      sleutel: "fout.verplicht_als_niet_veilig",
    },
    {
      naam: "safe, with reasons for unsafety",
      voor: [OPENING],
      poging: VOORBEREIDING({ waaromNietVeilig: "x" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.waaromNietVeilig",
      sleutel: "fout.alleen_als_niet_veilig",
    },
    {
      naam: "a preparation without a leader",
      voor: [OPENING],
      poging: VOORBEREIDING({ gespreksleider: "" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.gespreksleider",
      sleutel: "fout.verplicht",
    },
    {
      naam: "a preparation with an unknown safety answer",
      voor: [OPENING],
      poging: VOORBEREIDING({ veilig: "misschien" }),
      code: "ONGELDIGE_INVOER",
      veld: "gegevens.veilig",
      sleutel: "fout.ongeldige_keuze",
    },
    {
      naam: "a preparation's partner cannot be corrected",
      voor: [OPENING, VOORBEREIDING()],
      poging: {
        type: "correctie",
        gegevens: {
          corrigeert: "00000000-0000-4000-9000-000000000002",
          reden: "x",
          gegevens: { ...VOORBEREIDING().gegevens, met: "kind" },
        },
      },
      code: "ONGELDIGE_INVOER",
      sleutel: "fout.correctie_met_vast",
    },
    {
      naam: "a conversation's partner cannot be corrected",
      voor: [
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
          },
        },
      ],
      poging: {
        type: "correctie",
        gegevens: {
          corrigeert: "00000000-0000-4000-9000-000000000002",
          reden: "x",
          gegevens: {
            met: "kind",
            datum: "2026-11-20",
            deelnemers: "moeder",
            plaats: "school",
            gedeeld: "x",
            visie: "y",
          },
        },
      },
      code: "ONGELDIGE_INVOER",
      sleutel: "fout.correctie_met_vast",
    },
  ];
  for (const geval of gevallen) {
    it(geval.naam, () => {
      const toestand = speel(...geval.voor);
      const f = fout(() => beoordeelGebeurtenis(toestand, geval.poging, context));
      assert.equal(f.code, geval.code);
      if (geval.veld)
        assert.ok(
          f.velden.some((v) => v.veld === geval.veld),
          JSON.stringify(f.velden),
        );
      if (geval.sleutel)
        assert.ok(
          f.velden.some((v) => v.sleutel === geval.sleutel),
          JSON.stringify(f.velden),
        );
    });
  }
});

describe("corrections and derived state", () => {
  it("a correction replaces the content but keeps the original in the record", () => {
    const toestand = speel(OPENING, SIGNAAL, {
      type: "correctie",
      gegevens: {
        corrigeert: "00000000-0000-4000-9000-000000000002",
        reden: "Datum verkeerd",
        gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2026-11-09" },
      },
    });
    assert.equal(toestand.signalen.length, 1);
    assert.equal(toestand.signalen[0]?.gegevens.datumWaarneming, "2026-11-09");
    assert.equal(toestand.signalen[0]?.correcties.length, 1);
    assert.equal(toestand.signalen[0]?.origineel.datumWaarneming, "2026-11-10");
  });

  it("a disclosure recorded by correction turns on the first meldnorm", () => {
    const toestand = speel(OPENING, SIGNAAL, {
      type: "correctie",
      gegevens: {
        corrigeert: "00000000-0000-4000-9000-000000000002",
        reden: "Kind vertelde het zelf",
        gegevens: { ...SIGNAAL.gegevens, bron: "kind_zelf", disclosure: true },
      },
    });
    assert.equal(toestand.disclosure, true);
    assert.equal(toestand.afweging.melden, true);
    assert.equal(toestand.afweging.meldnorm, 1);
  });

  it("the latest answer to a question counts", () => {
    const toestand = speel(OPENING, ANTWOORD(1, "ja"), ANTWOORD(2, "ja"), ANTWOORD(1, "nee"));
    assert.equal(toestand.antwoorden[1]?.antwoord, "nee");
    assert.equal(toestand.afweging.afsluiten, true);
    assert.equal(toestand.afweging.melden, false);
  });

  it("the last decision stands, earlier ones stay visible", () => {
    const toestand = speel(
      OPENING,
      ANTWOORD(1, "ja"),
      ANTWOORD(2, "ja"),
      BESLUIT("melden"),
      BESLUIT("melden_en_hulp", { afwijkingMotivering: "Ook hulp via wijkteam." }),
    );
    assert.equal(toestand.besluiten.length, 2);
    assert.equal(toestand.besluiten.at(-1)?.gegevens.besluit, "melden_en_hulp");
  });
});

describe("conversations recorded before the parent and child forms were split", () => {
  it("a stored conversation with the child's fields still builds the state, as stored events are not parsed again", () => {
    const [opening] = alsOpgeslagen([{ type: "dossier_geopend", stap: "algemeen", gegevens: OPENING.gegevens }]);
    const oud = {
      ...alsOpgeslagen([
        {
          type: "gesprek_gevoerd",
          stap: "gesprek",
          gegevens: {
            met: "kind",
            datum: "2026-11-20",
            deelnemers: "K.",
            plaats: "klas",
            gedeeld: "x",
            visie: "y",
            wensOuders: "z",
            situaties: [],
            kindGeinformeerd: "ja",
            hoeGeinformeerd: "Uitgelegd.",
          },
        },
      ])[0]!,
      id: "00000000-0000-4000-9000-000000000002",
      volgnummer: 2,
    };
    const toestand = bouwToestand([opening!, oud]);
    assert.equal(toestand.gesprekken[0]?.gegevens.wensOuders, "z");
    assert.deepEqual(toestand.voorbereidingen, []);
  });

  it("a preparation is kept in the state with its current content after a correction", () => {
    const toestand = speel(OPENING, VOORBEREIDING(), {
      type: "correctie",
      gegevens: {
        corrigeert: "00000000-0000-4000-9000-000000000002",
        reden: "Niet veilig gebleken",
        gegevens: { ...VOORBEREIDING().gegevens, ...NIET_VEILIG },
      },
    });
    assert.equal(toestand.voorbereidingen.length, 1);
    assert.equal(toestand.voorbereidingen[0]?.gegevens.veilig, "nee");
    assert.equal(toestand.voorbereidingen[0]?.origineel.veilig, "ja");
    assert.equal(toestand.register["00000000-0000-4000-9000-000000000003"]?.stap, "gesprek");
  });
});

describe("child participation", () => {
  it("keeps the latest record per point", () => {
    const punt = (status: string, door: string) => ({
      type: "participatie_bijgewerkt",
      gegevens: { punt: "p3", status, door, datum: "2026-11-20", toelichting: "Toelichting." },
    });
    const toestand = speel(OPENING, punt("gedaan", "Leerkracht"), punt("niet_van_toepassing", "Intern begeleider"));
    assert.equal(toestand.participatie["p3"]?.gegevens.status, "niet_van_toepassing", "latest status");
    assert.equal(toestand.participatie["p3"]?.gegevens.door, "Intern begeleider", "latest who");
    assert.equal(toestand.participatie["p1"], undefined, "untouched point");
  });
});

describe("closing a dossier", () => {
  it("sets the retention date from the organisation's term, whatever the caller sent", () => {
    const leeg = bouwToestand(alsOpgeslagen([beoordeelGebeurtenis(bouwToestand([]), OPENING, context)]));
    const gesloten = beoordeelGebeurtenis(
      leeg,
      { type: "dossier_afgesloten", gegevens: { reden: "Zorg weggenomen.", bewaarTot: "2099-01-01" } },
      { ...context, bewaarjaren: 20 },
    );
    assert.deepEqual(
      gesloten.gegevens,
      { reden: "Zorg weggenomen.", bewaarTot: "2046-11-22" },
      "twenty years from today",
    );
  });
});
