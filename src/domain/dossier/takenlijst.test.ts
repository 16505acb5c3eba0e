import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { faseVan, maakTakenlijst, volgendeStap, type StapStatus } from "./takenlijst.ts";
import type { Stap } from "./keuzes.ts";
import { toestandBouwer, OPENING, SIGNAAL } from "../../../tests/helpers/gebeurtenissen.ts";

const toestandNa = toestandBouwer({ vandaag: "2026-11-22" });
const status = (t: ReturnType<typeof toestandNa>) =>
  Object.fromEntries(maakTakenlijst(t).map((s) => [s.stap, s.status])) as Record<Stap, StapStatus>;

const GESPREK_OUDERS = {
  type: "gesprek_gevoerd",
  gegevens: {
    met: "ouders",
    datum: "2026-11-20",
    deelnemers: "Moeder",
    plaats: "School",
    gedeeld: "Signalen",
    visie: "Moeder herkent het.",
  },
};
const GEEN_GESPREK_KIND = {
  type: "gesprek_niet_gevoerd",
  gegevens: { met: "kind", grond: "leeftijd", toelichting: "Kind is 2." },
};
const CONSULTATIE = {
  type: "consultatie_gehouden",
  gegevens: { met: "aandachtsfunctionaris", datum: "2026-11-20", uitkomst: "Zorg gedeeld.", vervolgstap: "Gesprek." },
};
const TEGEN = { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, soort: "tegenindicatie" } };
const VOORBEREIDING = (met: string, veilig: string, extra: object = {}) => ({
  type: "gesprek_voorbereid",
  gegevens: {
    met,
    opening: "We willen allebei dat K. het goed heeft.",
    feiten: "Drie keer zonder jas bij vorst.",
    veilig,
    aanwezigen: "Moeder, leerkracht",
    gespreksleider: "Leerkracht",
    ...extra,
  },
});
const NIET_VEILIG = {
  waaromNietVeilig: "Vader dreigde na het vorige gesprek.",
  inPlaatsDaarvan: "Eerst Veilig Thuis om advies vragen.",
};
const A = (vraag: number, antwoord: string) => ({
  type: "afweging_beantwoord",
  gegevens: { vraag, antwoord, toelichting: "x" },
});

describe("maakTakenlijst", () => {
  const gevallen: {
    naam: string;
    invoer: { type: string; gegevens: unknown }[];
    verwacht: Partial<Record<Stap, StapStatus>>;
    fase: string;
  }[] = [
    {
      naam: "new dossier about a child",
      invoer: [OPENING],
      verwacht: {
        signalen: "niet_gestart",
        kindcheck: "niet_van_toepassing",
        consultatie: "niet_gestart",
        gesprek: "niet_gestart",
        wegen: "niet_gestart",
        beslissen: "niet_gestart",
      },
      fase: "signalen",
    },
    {
      naam: "adult client: kindcheck required",
      invoer: [{ type: "dossier_geopend", gegevens: { ...OPENING.gegevens, aanleiding: "zorg_om_volwassen_client" } }],
      verwacht: { kindcheck: "niet_gestart" },
      fase: "signalen",
    },
    {
      naam: "only a counter-indication is not yet a worry",
      invoer: [OPENING, TEGEN],
      verwacht: { signalen: "bezig" },
      fase: "signalen",
    },
    {
      naam: "a signal completes step 1",
      invoer: [OPENING, SIGNAAL],
      verwacht: { signalen: "afgerond" },
      fase: "consultatie",
    },
    {
      naam: "one of two conversations is in progress",
      invoer: [OPENING, SIGNAAL, CONSULTATIE, GESPREK_OUDERS],
      verwacht: { consultatie: "afgerond", gesprek: "bezig" },
      fase: "gesprek",
    },
    {
      naam: "a documented reason completes the child's part",
      invoer: [OPENING, SIGNAAL, CONSULTATIE, GESPREK_OUDERS, GEEN_GESPREK_KIND],
      verwacht: { gesprek: "afgerond" },
      fase: "wegen",
    },
    {
      naam: "question 1 answered: weighing in progress",
      invoer: [OPENING, A(1, "ja")],
      verwacht: { wegen: "bezig" },
      fase: "signalen",
    },
    {
      naam: "questions 1 and 2 answered: weighing done, deciding open",
      invoer: [OPENING, A(1, "ja"), A(2, "nee")],
      verwacht: { wegen: "afgerond", beslissen: "niet_gestart" },
      fase: "signalen",
    },
    {
      naam: "question 3 answered: deciding in progress",
      invoer: [OPENING, A(1, "ja"), A(2, "nee"), A(3, "ja")],
      verwacht: { beslissen: "bezig" },
      fase: "signalen",
    },
    {
      naam: "no suspicion: weighing done at question 1",
      invoer: [OPENING, A(1, "weet_niet")],
      verwacht: { wegen: "afgerond" },
      fase: "signalen",
    },
    {
      naam: "decision recorded",
      invoer: [
        OPENING,
        A(1, "ja"),
        A(2, "ja"),
        { type: "besluit_genomen", gegevens: { besluit: "melden", toelichting: "x" } },
      ],
      verwacht: { wegen: "afgerond", beslissen: "afgerond" },
      fase: "besluit_melden",
    },
    {
      naam: "a preparation starts the conversation step",
      invoer: [OPENING, SIGNAAL, CONSULTATIE, VOORBEREIDING("ouders", "ja")],
      verwacht: { gesprek: "bezig" },
      fase: "gesprek",
    },
    {
      naam: "closed",
      invoer: [OPENING, { type: "dossier_afgesloten", gegevens: { reden: "x" } }],
      verwacht: {},
      fase: "gesloten",
    },
  ];
  for (const geval of gevallen) {
    it(geval.naam, () => {
      const t = toestandNa(...geval.invoer);
      const werkelijk = status(t);
      for (const [stap, verwacht] of Object.entries(geval.verwacht))
        assert.equal(werkelijk[stap as Stap], verwacht, stap);
      assert.equal(faseVan(t), geval.fase);
    });
  }

  it("names what is missing and never blocks", () => {
    const lijst = maakTakenlijst(toestandNa(OPENING, SIGNAAL));
    assert.deepEqual(lijst.find((s) => s.stap === "gesprek")?.ontbreekt, [
      "taak.gesprek_ouders_open",
      "taak.gesprek_kind_open",
    ]);
    assert.deepEqual(lijst.find((s) => s.stap === "signalen")?.aandachtspunten, [
      "taak.geen_tegenindicatie",
      "taak.interpretatie_apart",
    ]);
    assert.deepEqual(lijst.find((s) => s.stap === "wegen")?.ontbreekt, ["taak.vraag_1_open"]);
  });

  it("a disclosure completes the weighing and warns before talking with the parents", () => {
    const lijst = maakTakenlijst(
      toestandNa(OPENING, {
        type: "signaal_vastgelegd",
        gegevens: { ...SIGNAAL.gegevens, bron: "kind_zelf", disclosure: true },
      }),
    );
    assert.equal(lijst.find((s) => s.stap === "wegen")?.status, "afgerond");
    assert.deepEqual(lijst.find((s) => s.stap === "gesprek")?.aandachtspunten, ["taak.disclosure_eerst_afstemmen"]);
    assert.deepEqual(lijst.find((s) => s.stap === "beslissen")?.aandachtspunten, ["taak.samen_met_veilig_thuis"]);
  });

  const aandachtGesprek = (...invoer: { type: string; gegevens: unknown }[]) =>
    maakTakenlijst(toestandNa(...invoer)).find((s) => s.stap === "gesprek")?.aandachtspunten;
  const voorbereidingGevallen: { naam: string; invoer: { type: string; gegevens: unknown }[]; verwacht: string[] }[] = [
    { naam: "no signal yet: nothing to prepare", invoer: [OPENING], verwacht: [] },
    {
      naam: "a signal and no preparation: prepare the parents' conversation",
      invoer: [OPENING, SIGNAAL],
      verwacht: ["taak.gesprek_voorbereiden"],
    },
    {
      naam: "prepared and safe: nothing to add",
      invoer: [OPENING, SIGNAAL, VOORBEREIDING("ouders", "ja")],
      verwacht: [],
    },
    {
      naam: "not safe with the parents: record the ground or talk after all",
      invoer: [OPENING, SIGNAAL, VOORBEREIDING("ouders", "nee", NIET_VEILIG)],
      verwacht: ["taak.gesprek_ouders_niet_veilig"],
    },
    {
      naam: "not safe with the child",
      invoer: [OPENING, SIGNAAL, VOORBEREIDING("ouders", "ja"), VOORBEREIDING("kind", "nee", NIET_VEILIG)],
      verwacht: ["taak.gesprek_kind_niet_veilig"],
    },
    {
      naam: "the latest preparation counts",
      invoer: [OPENING, SIGNAAL, VOORBEREIDING("ouders", "nee", NIET_VEILIG), VOORBEREIDING("ouders", "ja")],
      verwacht: [],
    },
    {
      naam: "a recorded ground ends the warning",
      invoer: [
        OPENING,
        SIGNAAL,
        VOORBEREIDING("ouders", "nee", NIET_VEILIG),
        { type: "gesprek_niet_gevoerd", gegevens: { met: "ouders", grond: "veiligheid", toelichting: "Dreiging." } },
      ],
      verwacht: [],
    },
  ];
  for (const geval of voorbereidingGevallen) {
    it(`preparation: ${geval.naam}`, () => assert.deepEqual(aandachtGesprek(...geval.invoer), geval.verwacht));
  }
});

describe("volgendeStap", () => {
  const gevallen: {
    naam: string;
    invoer: { type: string; gegevens: unknown }[];
    verwacht: ReturnType<typeof volgendeStap>;
  }[] = [
    {
      naam: "an empty new case: record a signal, not afwegingsvraag 1",
      invoer: [OPENING],
      verwacht: { stap: "signalen", wat: "taak.geen_signaal" },
    },
    {
      naam: "only a counter-indication: still a signal to record",
      invoer: [OPENING, TEGEN],
      verwacht: { stap: "signalen", wat: "taak.geen_signaal" },
    },
    {
      naam: "answers without a signal: the signal still comes first",
      invoer: [OPENING, A(1, "ja")],
      verwacht: { stap: "signalen", wat: "taak.geen_signaal" },
    },
    {
      naam: "a signal: consult",
      invoer: [OPENING, SIGNAAL],
      verwacht: { stap: "consultatie", wat: "taak.geen_consultatie" },
    },
    {
      naam: "adult client: the kindcheck before the consultation",
      invoer: [
        { type: "dossier_geopend", gegevens: { ...OPENING.gegevens, aanleiding: "zorg_om_volwassen_client" } },
        SIGNAAL,
      ],
      verwacht: { stap: "kindcheck", wat: "taak.kindcheck_open" },
    },
    {
      naam: "consulted: the conversation with the parents",
      invoer: [OPENING, SIGNAAL, CONSULTATIE],
      verwacht: { stap: "gesprek", wat: "taak.gesprek_ouders_open" },
    },
    {
      naam: "both conversations done: weigh",
      invoer: [OPENING, SIGNAAL, CONSULTATIE, GESPREK_OUDERS, GEEN_GESPREK_KIND],
      verwacht: { stap: "wegen", wat: "taak.vraag_1_open" },
    },
    {
      naam: "a decision: what follows is on the report pages",
      invoer: [
        OPENING,
        SIGNAAL,
        A(1, "ja"),
        A(2, "ja"),
        { type: "besluit_genomen", gegevens: { besluit: "melden", toelichting: "x" } },
      ],
      verwacht: null,
    },
    { naam: "closed", invoer: [OPENING, { type: "dossier_afgesloten", gegevens: { reden: "x" } }], verwacht: null },
  ];
  for (const geval of gevallen) {
    it(geval.naam, () => assert.deepEqual(volgendeStap(toestandNa(...geval.invoer)), geval.verwacht));
  }
});
