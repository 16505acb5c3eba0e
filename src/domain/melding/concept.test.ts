import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { binnenMaxima, leeftijd, maakMeldingConcept, nlDatum, openPlekken } from "./concept.ts";
import { controleerMeldrecht } from "./meldrecht.ts";
import { meldingInhoudSchema } from "./melding.ts";
import { bouwToestand } from "../dossier/toestand.ts";
import {
  gebeurtenissenBouwer,
  toestandBouwer,
  EINDVERANTWOORDELIJKE_ID,
  MEDEWERKER,
  OPENING,
  SIGNAAL,
} from "../../../tests/helpers/gebeurtenissen.ts";

const toestandNa = toestandBouwer({ vandaag: "2026-11-23" });
const ctx = {
  melder: { naam: "Sanne de Wit", organisatie: "De Regenboog", sector: "onderwijs" },
  vandaag: "2026-11-23",
  namen: new Map<string, string>(),
};
const OPENING_MET_DATUM = { type: "dossier_geopend", gegevens: { ...OPENING.gegevens, geboortedatum: "2018-12-01" } };
const RISICO = {
  type: "signaal_vastgelegd",
  gegevens: {
    ...SIGNAAL.gegevens,
    soort: "vroeg_risico",
    waarneming: "Moeder vertelt over schulden.",
    interpretatie: "Spanning thuis.",
  },
};
const TEGEN = {
  type: "signaal_vastgelegd",
  gegevens: { ...SIGNAAL.gegevens, soort: "tegenindicatie", waarneming: "Oma haalt L. elke dag op." },
};
const CONSULTATIE = (met: string) => ({
  type: "consultatie_gehouden",
  gegevens: {
    met,
    naam: "Fatima",
    datum: "2026-11-13",
    uitkomst: "Zorg gedeeld.",
    vervolgstap: "Gesprek.",
    geanonimiseerd: met === "veilig_thuis",
  },
});
const GESPREK = {
  type: "gesprek_gevoerd",
  gegevens: {
    met: "ouders",
    datum: "2026-11-16",
    deelnemers: "Moeder",
    plaats: "School",
    gedeeld: "Signalen",
    visie: "Moeder herkent het.",
  },
};
const GEEN_GESPREK = {
  type: "gesprek_niet_gevoerd",
  gegevens: { met: "ouders", grond: "veiligheid", toelichting: "Vader dreigde." },
};
const A = (vraag: number, antwoord: string) => ({
  type: "afweging_beantwoord",
  gegevens: { vraag, antwoord, toelichting: `Antwoord ${vraag}: L. zei 'papa slaat'.` },
});
const BESLUIT = { type: "besluit_genomen", gegevens: { besluit: "melden", toelichting: "Structureel onveilig." } };

describe("the draft report built from the dossier", () => {
  const gebeurtenissen = gebeurtenissenBouwer({ vandaag: "2026-11-23" })(
    OPENING_MET_DATUM,
    SIGNAAL,
    RISICO,
    TEGEN,
    CONSULTATIE("aandachtsfunctionaris"),
    GESPREK,
    A(1, "ja"),
    A(2, "ja"),
    BESLUIT,
  );
  const t = bouwToestand(gebeurtenissen);
  const concept = maakMeldingConcept(t, ctx);

  it("is valid as it stands, so the professional only edits", () => {
    assert.equal(meldingInhoudSchema.safeParse(concept).success, true, "valid");
  });
  it("keeps facts with date and source apart from interpretation", () => {
    assert.match(
      concept.feiten,
      /10-11-2026 \(eigen waarneming; Leerkracht\): Komt zonder jas bij vorst\./,
      "the signal as a fact",
    );
    assert.doesNotMatch(concept.feiten, /Spanning thuis/, "interpretation not among the facts");
    assert.match(concept.duiding ?? "", /Spanning thuis/, "interpretation apart");
  });
  it("names the child with age, the risk factors to complete, what protects, the steps and who was consulted", () => {
    assert.match(concept.betrokkenen, /K\. \(groep 4\), 7 jaar \(geboren 01-12-2018\)/, "age on the day");
    assert.match(
      concept.risicofactoren ?? "",
      /schulden\. Dit leidt tot onveiligheid doordat: \[beschrijf hoe\]/,
      "how it leads to unsafety",
    );
    assert.match(concept.beschermend ?? "", /Oma haalt/, "protective");
    assert.match(
      concept.stappen,
      /^13-11-2026: overleg met de aandachtsfunctionaris \(stap 2\)\.$/m,
      "consultation on its own date",
    );
    assert.match(concept.stappen, /^16-11-2026: gesprek met de ouders \(stap 3\)\.$/m, "conversation on its own date");
    assert.match(
      concept.stappen,
      /^01-11-2026 \(datum van vastleggen\): besluit \(stap 5\): .*genomen door Peter Visser\.$/m,
      "the decision has no date of its own",
    );
    assert.match(concept.geraadpleegd, /De aandachtsfunctionaris \(Fatima\) op 13-11-2026/, "consulted");
    assert.match(concept.onveiligNu, /Antwoord 2/, "why unsafe now, from question 2");
    assert.equal(concept.gezinGeinformeerd, "ja", "the family was told");
  });
  it("names the decider of an event stored before decision 0020 from the context", () => {
    const oud = gebeurtenissen.map((g) =>
      g.type === "besluit_genomen"
        ? { ...g, actor: MEDEWERKER, gegevens: { ...g.gegevens, genomenDoor: EINDVERANTWOORDELIJKE_ID } }
        : g,
    );
    const metNaam = maakMeldingConcept(bouwToestand(oud), {
      ...ctx,
      namen: new Map([[EINDVERANTWOORDELIJKE_ID, "P. Visser (oud)"]]),
    });
    assert.match(
      metNaam.stappen,
      /genomen door P\. Visser \(oud\)\./,
      "the person the old event names, not who recorded it",
    );
  });
  it("gives the ground when the family was not told", () => {
    const zonder = maakMeldingConcept(toestandNa(OPENING, SIGNAAL, GEEN_GESPREK), ctx);
    assert.equal(zonder.gezinGeinformeerd, "nee", "not told");
    assert.equal(zonder.grondNietGeinformeerd, "veiligheid", "on the ground of safety");
  });
  it("leaves placeholders the check page lists", () => {
    assert.ok(openPlekken(concept).includes("[telefoonnummer en tijden]"), "contact to complete");
  });
});

describe("the steps taken, each on the day it happened", () => {
  const regels = (...invoer: Parameters<typeof toestandNa>) =>
    maakMeldingConcept(toestandNa(...invoer), ctx).stappen.split("\n");
  const signaalOp = (datumWaarneming: string, extra: object = {}) => ({
    type: "signaal_vastgelegd",
    gegevens: { ...SIGNAAL.gegevens, datumWaarneming, ...extra },
  });
  const tabel: readonly { naam: string; invoer: Parameters<typeof toestandNa>; verwacht: string[] }[] = [
    {
      naam: "the first signal by the day it was seen, not the order it was entered in",
      invoer: [
        OPENING,
        signaalOp("2026-11-12"),
        signaalOp("2026-11-05"),
        signaalOp("2026-11-09", { soort: "tegenindicatie" }),
      ],
      verwacht: [
        "05-11-2026: eerste signaal waargenomen (stap 1).",
        "12-11-2026: meest recente signaal waargenomen (stap 1); in totaal 2 signalen in kaart gebracht.",
      ],
    },
    {
      naam: "a consultation before a signal seen later sorts before it",
      invoer: [OPENING, signaalOp("2026-11-20"), CONSULTATIE("collega")],
      verwacht: ["13-11-2026: overleg met een collega (stap 2).", "20-11-2026: eerste signaal waargenomen (stap 1)."],
    },
    {
      naam: "a conversation not held has only its day of entry, and says so",
      invoer: [OPENING, signaalOp("2026-10-30"), GEEN_GESPREK],
      verwacht: [
        "30-10-2026: eerste signaal waargenomen (stap 1).",
        "01-11-2026 (datum van vastleggen): geen gesprek met de ouders (stap 3), vanwege de veiligheid van het kind, van anderen of van de professional: Vader dreigde.",
      ],
    },
    {
      naam: "a call in acute danger with its time of day",
      invoer: [
        OPENING,
        {
          type: "acuut_contact",
          gegevens: {
            met: "politie",
            datum: "2026-10-31",
            tijd: "9.05",
            situatie: "Vader stond dreigend bij het hek.",
            afspraken: "Politie komt langs.",
          },
        },
      ],
      verwacht: ["31-10-2026 om 09:05: in acute nood contact met de politie. Afspraken: Politie komt langs."],
    },
  ];
  for (const { naam, invoer, verwacht } of tabel) {
    it(naam, () => assert.deepEqual(regels(...invoer), verwacht));
  }
  it("after a report: the report sent, Veilig Thuis' answer, help and its evaluation, each on its day", () => {
    const inhoud = maakMeldingConcept(toestandNa(OPENING, SIGNAAL), ctx);
    const t = toestandNa(
      OPENING,
      SIGNAAL,
      A(1, "ja"),
      A(2, "ja"),
      BESLUIT,
      { type: "melding_concept_opgeslagen", gegevens: { inhoud } },
      {
        type: "melding_verstuurd",
        gegevens: {
          wijze: "telefoon",
          datum: "2026-11-17",
          tijd: "10:15",
          contactpersoon: "Mw. De Boer",
          referentie: "VT-123",
        },
      },
      {
        type: "vt_reactie_vastgelegd",
        gegevens: {
          datum: "2026-11-19",
          contactpersoon: "Mw. De Boer",
          beoordeling: "onveilig",
          vervolg: "overdracht_lokaal_veld",
          toelichting: "Wijkteam neemt het over.",
        },
      },
      {
        type: "hulp_gestart",
        gegevens: {
          omschrijving: "Gesprekken met de schoolmaatschappelijk werker.",
          doelen: "Vader zoekt hulp.",
          evaluatieOp: "2026-12-20",
        },
      },
      {
        type: "evaluatie_vastgelegd",
        gegevens: {
          datum: "2026-11-22",
          resultaat: "niet_bereikt",
          toelichting: "Vader weigert hulp.",
          vervolg: "melden",
        },
      },
    );
    assert.deepEqual(maakMeldingConcept(t, ctx).stappen.split("\n"), [
      "01-11-2026 (datum van vastleggen): afwegingskader doorlopen (stap 4); meldnorm 1.",
      "01-11-2026 (datum van vastleggen): besluit (stap 5): melden bij Veilig Thuis, genomen door Peter Visser.",
      "01-11-2026 (datum van vastleggen): hulp gestart: Gesprekken met de schoolmaatschappelijk werker.",
      "10-11-2026: eerste signaal waargenomen (stap 1).",
      "17-11-2026 om 10:15: melding gedaan bij Veilig Thuis, telefonisch; contactpersoon Mw. De Boer, kenmerk VT-123.",
      "19-11-2026: reactie van Veilig Thuis: onveilig; vervolg: overdracht aan het lokale team.",
      "22-11-2026: evaluatie van de hulp: resultaten niet bereikt; vervolg: (opnieuw) melden.",
    ]);
  });
  it("a corrected observation date moves the step", () => {
    const t = toestandNa(OPENING, signaalOp("2026-11-20"), {
      type: "correctie",
      gegevens: {
        corrigeert: "00000000-0000-4000-9000-000000000002",
        reden: "Verkeerde dag getypt.",
        gegevens: { ...SIGNAAL.gegevens, datumWaarneming: "2026-11-02" },
      },
    });
    assert.deepEqual(maakMeldingConcept(t, ctx).stappen.split("\n"), [
      "02-11-2026: eerste signaal waargenomen (stap 1).",
    ]);
  });
});

describe("what makes the situation unsafe now", () => {
  it("comes from the signals and the weighing, never from the decision's text", () => {
    const t = toestandNa(OPENING, SIGNAAL, A(1, "ja"), A(2, "nee"), A(3, "nee"), {
      ...BESLUIT,
      gegevens: { ...BESLUIT.gegevens, toelichting: "Sanne belt morgen." },
    });
    const { onveiligNu } = maakMeldingConcept(t, ctx);
    assert.match(
      onveiligNu,
      /^Meest recente signaal, 10-11-2026 \(eigen waarneming; Leerkracht\): Komt zonder jas bij vorst\.$/m,
      "the most recent signal",
    );
    assert.doesNotMatch(onveiligNu, /Sanne belt morgen/, "not the decision");
    assert.doesNotMatch(onveiligNu, /Antwoord 2/, "question 2 answered 'nee' does not describe unsafety");
    assert.match(onveiligNu, /^\[Wat betekent dit nu voor de veiligheid van het kind/m, "a place to complete");
  });
  it("names a call in acute danger, and marks the report acute", () => {
    const acuut = {
      type: "acuut_contact",
      gegevens: {
        met: "alarmnummer_112",
        datum: "2026-11-11",
        tijd: "16:40",
        situatie: "Moeder belde in paniek: vader sloeg haar.",
        afspraken: "Politie ging erheen.",
      },
    };
    const concept = maakMeldingConcept(toestandNa(OPENING, SIGNAAL, acuut), ctx);
    assert.match(
      concept.onveiligNu,
      /^Acute situatie op 11-11-2026 \(contact met het alarmnummer 112\): Moeder belde in paniek: vader sloeg haar\.$/m,
      "the acute situation",
    );
    assert.equal(concept.urgentie, "acuut", "acute");
  });
  it("leaves a place to complete when nothing says whether the parents were told", () => {
    const concept = maakMeldingConcept(toestandNa(OPENING, SIGNAAL), ctx);
    assert.equal(concept.gezinGeinformeerd, "ja", "the form needs an answer");
    assert.ok(
      openPlekken(concept).includes("[Wanneer en hoe zijn de ouders over de zorgen en de melding geïnformeerd?]"),
      "to complete",
    );
  });
});

describe("the meldrecht check", () => {
  it("lists what is missing, and never blocks", () => {
    const leeg = controleerMeldrecht(toestandNa(OPENING), null);
    assert.deepEqual(
      leeg.ontbreekt,
      ["deskundige_geraadpleegd", "feiten_verzameld", "belangen_gewogen", "gezin_geinformeerd", "concept_ingevuld"],
      "everything missing",
    );
    const t = toestandNa(
      OPENING,
      SIGNAAL,
      CONSULTATIE("aandachtsfunctionaris"),
      GESPREK,
      A(1, "ja"),
      A(2, "ja"),
      BESLUIT,
    );
    const ingevuld = {
      ...maakMeldingConcept(t, ctx),
      melder: "Sanne de Wit, 010-1234567",
      betrokkenen: "L.",
      verwachtingen: "Onderzoek.",
    };
    assert.deepEqual(controleerMeldrecht(t, ingevuld).ontbreekt, [], "a careful report");
  });
  it("a colleague alone is not an expert consultation", () => {
    assert.ok(
      controleerMeldrecht(toestandNa(OPENING, CONSULTATIE("collega")), null).ontbreekt.includes(
        "deskundige_geraadpleegd",
      ),
      "colleague",
    );
    assert.ok(
      !controleerMeldrecht(toestandNa(OPENING, CONSULTATIE("veilig_thuis")), null).ontbreekt.includes(
        "deskundige_geraadpleegd",
      ),
      "Veilig Thuis",
    );
  });
  it("marks acute danger from the urgency or an acute call", () => {
    const t = toestandNa(OPENING);
    assert.equal(
      controleerMeldrecht(t, { ...maakMeldingConcept(t, ctx), urgentie: "acuut" }).acuut,
      true,
      "acute urgency",
    );
    assert.equal(controleerMeldrecht(t, maakMeldingConcept(t, ctx)).acuut, false, "not acute");
  });
});

describe("dates and age", () => {
  it("writes Dutch dates and counts age on the day", () => {
    assert.equal(nlDatum("2026-11-05"), "05-11-2026", "date");
    assert.equal(leeftijd("2018-11-23", "2026-11-23"), 8, "birthday today");
    assert.equal(leeftijd("2018-11-24", "2026-11-23"), 7, "birthday tomorrow");
  });
});

describe("a long case: the draft fits every field of the report (found by the generator at 100,000 cases)", () => {
  const lang = (soort: string, i: number) => ({
    type: "signaal_vastgelegd",
    gegevens: {
      ...SIGNAAL.gegevens,
      soort,
      waarneming:
        `Waarneming ${i}: komt zonder jas en zonder ontbijt; de moeder is niet bereikbaar en de school belt twee keer.`.repeat(
          2,
        ),
      datumWaarneming: `2026-${String(1 + (i % 10)).padStart(2, "0")}-${String(1 + (i % 27)).padStart(2, "0")}`,
    },
  });

  it("keeps the newest lines, says how many earlier ones did not fit, and the schema accepts it", () => {
    const signalen = Array.from({ length: 120 }, (_, i) => lang("signaal", i));
    const tegen = Array.from({ length: 40 }, (_, i) => lang("tegenindicatie", i));
    const inhoud = maakMeldingConcept(toestandNa(OPENING, ...signalen, ...tegen), ctx);
    const check = meldingInhoudSchema.safeParse(inhoud);
    assert.ok(check.success, JSON.stringify(check.error?.issues.map((i) => i.path.join("."))));
    assert.ok(inhoud.feiten.length <= 12_000 && (inhoud.beschermend ?? "").length <= 4_000);
    assert.match(inhoud.feiten, /^\[\d+ eerdere regels passen niet in dit veld/u);
    assert.match(inhoud.beschermend ?? "", /^\[\d+ eerdere regels passen niet in dit veld/u);
    const weg = Number(/^\[(\d+)/u.exec(inhoud.feiten)?.[1]);
    assert.equal(
      inhoud.feiten.split("\n").length - 1 + weg,
      120,
      "every signal is either in the field or counted in the note",
    );
  });

  it("leaves a field that fits as it was", () => {
    const kort = maakMeldingConcept(toestandNa(OPENING, SIGNAAL), ctx);
    assert.equal(binnenMaxima(kort).feiten, kort.feiten);
    assert.doesNotMatch(kort.feiten, /passen niet in dit veld/u);
  });
});
