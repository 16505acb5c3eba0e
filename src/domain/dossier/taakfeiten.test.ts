import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dagenNa } from "../tijd/werkdagen.ts";
import { besluitVraag } from "./besluit.ts";
import { ALTIJD, taakFeiten, takenOp } from "./taakfeiten.ts";
import { takenVoorDossier } from "./vervolg.ts";
import {
  gebeurtenissenBouwer,
  type Invoer,
  OPENING,
  SIGNAAL,
  MELDING_INHOUD,
} from "../../../tests/helpers/gebeurtenissen.ts";
import { bouwToestand, LEGE_TOESTAND, pasAllesToe, pasToe, registerAlsObject } from "./toestand.ts";

const VOORSTEL: Invoer = {
  type: "besluit_voorgesteld",
  gegevens: { besluit: "melden", toelichting: "Voorstel.", afwijkingMotivering: "Acuut." },
};
const bouwAls = {
  beslisser: gebeurtenissenBouwer({ vandaag: "2026-11-30" }),
  medewerker: gebeurtenissenBouwer({ vandaag: "2026-11-30", rollen: ["medewerker"] }),
};
const bouw = (...invoer: Invoer[]) => (invoer.includes(VOORSTEL) ? bouwAls.medewerker : bouwAls.beslisser)(...invoer);
const toestandNa = (...invoer: Invoer[]) => bouwToestand(bouw(...invoer));

const BESLUIT = (besluit = "melden_en_hulp"): Invoer => ({
  type: "besluit_genomen",
  gegevens: { besluit, toelichting: "x", afwijkingMotivering: "Acuut." },
});
const VERSTUURD = (datum: string): Invoer[] => [
  { type: "melding_concept_opgeslagen", gegevens: { inhoud: MELDING_INHOUD } },
  {
    type: "melding_verstuurd",
    gegevens: { wijze: "telefoon", datum, tijd: "10:15", contactpersoon: "Mw. Jansen", referentie: "VT-1" },
  },
];
const REACTIE: Invoer = {
  type: "vt_reactie_vastgelegd",
  gegevens: {
    datum: "2026-11-20",
    contactpersoon: "Mw. Jansen",
    beoordeling: "onveilig",
    vervolg: "voorwaarden_en_vervolg",
    toelichting: "Veilig Thuis stelt voorwaarden.",
  },
};
const HULP = (evaluatieOp: string): Invoer => ({
  type: "hulp_gestart",
  gegevens: { omschrijving: "Opvoedondersteuning via het wijkteam.", doelen: "Geen fysiek geweld meer.", evaluatieOp },
});
const EVALUATIE = (vervolg: string, volgendeEvaluatieOp?: string): Invoer => ({
  type: "evaluatie_vastgelegd",
  gegevens: {
    datum: "2026-11-23",
    resultaat: "bereikt",
    toelichting: "Besproken met moeder.",
    vervolg,
    volgendeEvaluatieOp,
  },
});
const MONITORING: Invoer = {
  type: "monitoring_gestart",
  gegevens: { ritmeWeken: "4", reden: "Langdurige zorgen, gezin wil geen hulp meer." },
};
const CHECK = (datum: string, uitkomst: string): Invoer => ({
  type: "veiligheidscheck_vastgelegd",
  gegevens: { datum, uitkomst, bevinding: "Gesprek met L. op school." },
});
const CONSULTATIE: Invoer = {
  type: "consultatie_gehouden",
  gegevens: { met: "aandachtsfunctionaris", datum: "2026-11-02", uitkomst: "Zorg gedeeld.", vervolgstap: "Gesprek." },
};
const A = (vraag: number, antwoord: string): Invoer => ({
  type: "afweging_beantwoord",
  gegevens: { vraag, antwoord, toelichting: "Onderbouwing." },
});
const GESLOTEN: Invoer = { type: "dossier_afgesloten", gegevens: { reden: "Klaar." } };
const CORRECTIE_SIGNAAL: Invoer = {
  type: "correctie",
  gegevens: {
    corrigeert: "00000000-0000-4000-9000-000000000002",
    reden: "Kind vertelde het zelf",
    gegevens: { ...SIGNAAL.gegevens, bron: "kind_zelf", disclosure: true },
  },
};

/** Cases in every phase, each of which gives (or stops giving) tasks on some day. */
const GEVALLEN: [string, Invoer[]][] = [
  ["only opened", [OPENING]],
  ["a signal", [OPENING, SIGNAAL]],
  ["consulted, conversation to plan", [OPENING, SIGNAAL, CONSULTATIE]],
  ["consulted, then a disclosure by correction", [OPENING, SIGNAAL, CONSULTATIE, CORRECTIE_SIGNAAL]],
  ["weighing done, decision asked", [OPENING, SIGNAAL, A(1, "ja"), A(2, "ja")]],
  ["a proposal waits", [OPENING, VOORSTEL]],
  ["decided to report, not sent", [OPENING, BESLUIT()]],
  ["sent, answer awaited", [OPENING, BESLUIT(), ...VERSTUURD("2026-11-16")]],
  ["sent on a Friday", [OPENING, BESLUIT(), ...VERSTUURD("2026-11-27")]],
  ["answered, help started", [OPENING, BESLUIT(), ...VERSTUURD("2026-11-16"), REACTIE, HULP("2026-12-01")]],
  [
    "help with a new signal (third meldnorm)",
    [OPENING, BESLUIT(), ...VERSTUURD("2026-11-16"), REACTIE, HULP("2026-12-01"), SIGNAAL],
  ],
  [
    "help evaluated, continued",
    [
      OPENING,
      BESLUIT(),
      ...VERSTUURD("2026-11-16"),
      REACTIE,
      HULP("2026-12-01"),
      EVALUATIE("hulp_voortzetten", "2027-01-15"),
    ],
  ],
  [
    "help evaluated: report",
    [OPENING, BESLUIT(), ...VERSTUURD("2026-11-16"), REACTIE, HULP("2026-12-01"), EVALUATIE("melden")],
  ],
  ["monitoring", [OPENING, MONITORING]],
  ["monitoring with a check", [OPENING, MONITORING, CHECK("2026-11-20", "veilig")]],
  ["monitoring with an unsafe check", [OPENING, MONITORING, CHECK("2026-11-20", "onveilig")]],
  ["monitoring ended", [OPENING, MONITORING, { type: "monitoring_beeindigd", gegevens: { reden: "Gezin verhuisd." } }]],
  ["closed", [OPENING, A(1, "ja"), A(2, "ja"), BESLUIT("melden"), GESLOTEN]],
];

/** Every day from before the first event to well after the last deadline, weekends and holidays included. */
const DAGEN = Array.from({ length: 150 }, (_, i) => dagenNa("2026-10-30", i));

describe("task facts: the tasks of a day are the facts due on it", () => {
  for (const [naam, invoer] of GEVALLEN) {
    it(naam, () => {
      const t = toestandNa(...invoer);
      const feiten = taakFeiten(t);
      for (const vandaag of DAGEN) {
        assert.deepEqual(
          takenOp(feiten, "verantwoordelijken", vandaag),
          takenVoorDossier(t, vandaag),
          `responsible, on ${vandaag}`,
        );
        const vraag = besluitVraag(t);
        assert.deepEqual(
          takenOp(feiten, "beslissers", vandaag),
          vraag ? [{ soort: vraag.soort, sinds: vraag.sinds }] : [],
          `deciders, on ${vandaag}`,
        );
      }
    });
  }

  it("the cases above give every kind of task on some day (the table is not empty-handed)", () => {
    const soorten = new Set(
      GEVALLEN.flatMap(([, invoer]) =>
        DAGEN.flatMap((d) => takenVoorDossier(toestandNa(...invoer), d).map((t) => t.soort)),
      ),
    );
    const beslissers = new Set(GEVALLEN.flatMap(([, invoer]) => [besluitVraag(toestandNa(...invoer))?.soort]));
    for (const soort of [
      "vt_bellen",
      "melding_versturen",
      "derde_meldnorm",
      "evaluatie",
      "veiligheidscheck",
      "gesprek_plannen",
      "stap_blijft_liggen",
    ])
      assert.ok(soorten.has(soort as never), soort);
    for (const soort of ["besluit_nemen", "voorstel_beoordelen"]) assert.ok(beslissers.has(soort as never), soort);
  });

  it("a fact without a date is due from the first day", () => {
    assert.deepEqual(
      taakFeiten(toestandNa(OPENING, BESLUIT("melden"))).find((f) => f.soort === "melding_versturen")?.vanaf,
      ALTIJD,
    );
  });
});

describe("the state, one event at a time", () => {
  for (const [naam, invoer] of GEVALLEN) {
    it(`${naam}: folding with pasToe gives the state built at once, after every event`, () => {
      const gebeurtenissen = bouw(...invoer);
      let stap = LEGE_TOESTAND;
      for (const [i, g] of gebeurtenissen.entries()) {
        const vorige = stap;
        const kopie = structuredClone(vorige);
        stap = pasToe(stap, g);
        assert.deepEqual(stap, bouwToestand(gebeurtenissen.slice(0, i + 1)), `after event ${i + 1}`);
        assert.deepEqual(vorige, kopie, "the earlier state is not changed");
      }
      assert.deepEqual(gebeurtenissen.reduce(pasToe, LEGE_TOESTAND), bouwToestand(gebeurtenissen));
    });

    it(`${naam}: pasAllesToe from any point gives what pasToe gives event by event, and leaves its input as it was`, () => {
      const gebeurtenissen = bouw(...invoer);
      for (let van = 0; van <= gebeurtenissen.length; van += 1) {
        const begin = bouwToestand(gebeurtenissen.slice(0, van));
        const kopie = structuredClone(begin);
        const rest = gebeurtenissen.slice(van);
        assert.deepEqual(pasAllesToe(begin, rest), rest.reduce(pasToe, begin), `from event ${van + 1}`);
        assert.deepEqual(begin, kopie, "the state it started from is not changed");
      }
    });
  }

  it("pasToe leaves the state it is given as it was", () => {
    const gebeurtenissen = bouw(OPENING, SIGNAAL, CONSULTATIE, CORRECTIE_SIGNAAL);
    const voor = bouwToestand(gebeurtenissen.slice(0, 3));
    const kopie = structuredClone(voor);
    const na = pasToe(voor, gebeurtenissen[3]!);
    assert.deepEqual(voor, kopie, "unchanged");
    assert.equal(na.signalen[0]?.gegevens.disclosure, true, "the correction applies to the new state");
    assert.equal(voor.signalen[0]?.gegevens.disclosure, false);
  });

  it("a state survives a round trip through JSON (the stored snapshot)", () => {
    const t = toestandNa(
      OPENING,
      SIGNAAL,
      CONSULTATIE,
      A(1, "ja"),
      A(2, "ja"),
      BESLUIT(),
      ...VERSTUURD("2026-11-16"),
      REACTIE,
      HULP("2026-12-01"),
    );
    // A structured clone keeps the register's entries, not its own `toJSON` (decision 0080): its stored form by hand.
    const kloon = structuredClone(t);
    assert.deepEqual(
      JSON.parse(JSON.stringify(t)),
      JSON.parse(JSON.stringify({ ...kloon, register: registerAlsObject(kloon.register) })),
    );
    assert.deepEqual(
      taakFeiten(JSON.parse(JSON.stringify(t)) as typeof t),
      taakFeiten(t),
      "the same tasks from the stored snapshot",
    );
  });
});
