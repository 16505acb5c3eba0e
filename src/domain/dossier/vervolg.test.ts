import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { faseVan } from "./takenlijst.ts";
import {
  derdeMeldnorm,
  hulpStand,
  monitoringStand,
  takenVoorDossier,
  vtAntwoordStand,
  type TaakSoort,
} from "./vervolg.ts";
import { DomeinFout } from "../fouten.ts";
import { meldingHash, type MeldingInhoud } from "../melding/melding.ts";
import { valideer } from "../validatie.ts";
import { meldingVerstuurdSchema } from "./gebeurtenis.ts";
import {
  toestandBouwer,
  type Invoer,
  OPENING,
  SIGNAAL,
  MELDING_INHOUD,
} from "../../../tests/helpers/gebeurtenissen.ts";

const toestandNa = toestandBouwer({ vandaag: "2026-11-23" });

const BESLUIT = {
  type: "besluit_genomen",
  gegevens: { besluit: "melden_en_hulp", toelichting: "x", afwijkingMotivering: "Acuut." },
};
const VERZENDING = (datum: string) => ({
  wijze: "telefoon",
  datum,
  tijd: "10:15",
  contactpersoon: "Mw. Jansen",
  referentie: "VT-1",
});
/** A saved draft and the report sent from it: the domain freezes the draft (decision 0030). */
const VERSTUURD = (datum: string, inhoud: MeldingInhoud = MELDING_INHOUD): Invoer[] => [
  { type: "melding_concept_opgeslagen", gegevens: { inhoud } },
  { type: "melding_verstuurd", gegevens: VERZENDING(datum) },
];
const REACTIE = {
  type: "vt_reactie_vastgelegd",
  gegevens: {
    datum: "2026-11-20",
    contactpersoon: "Mw. Jansen",
    beoordeling: "onveilig",
    vervolg: "voorwaarden_en_vervolg",
    toelichting: "Veilig Thuis stelt voorwaarden.",
  },
};
const HULP = (evaluatieOp: string) => ({
  type: "hulp_gestart",
  gegevens: { omschrijving: "Opvoedondersteuning via het wijkteam.", doelen: "Geen fysiek geweld meer.", evaluatieOp },
});
const EVALUATIE = (resultaat: string, vervolg: string, volgendeEvaluatieOp?: string) => ({
  type: "evaluatie_vastgelegd",
  gegevens: {
    datum: "2026-11-23",
    resultaat,
    toelichting: "Besproken met moeder en wijkteam.",
    vervolg,
    volgendeEvaluatieOp,
  },
});
const MONITORING = {
  type: "monitoring_gestart",
  gegevens: { ritmeWeken: "4", reden: "Langdurige zorgen, gezin wil geen hulp meer." },
};
const CHECK = (datum: string, uitkomst: string) => ({
  type: "veiligheidscheck_vastgelegd",
  gegevens: { datum, uitkomst, bevinding: "Gesprek met L. op school." },
});
const CONSULTATIE = {
  type: "consultatie_gehouden",
  gegevens: { met: "aandachtsfunctionaris", datum: "2026-11-02", uitkomst: "Zorg gedeeld.", vervolgstap: "Gesprek." },
};

describe("Veilig Thuis' answer within five working days", () => {
  const gevallen: [string, Invoer[], string, boolean, string][] = [
    [
      "in time on the fifth working day",
      [OPENING, BESLUIT, ...VERSTUURD("2026-11-16")],
      "2026-11-23",
      false,
      "2026-11-23",
    ],
    ["late the day after", [OPENING, BESLUIT, ...VERSTUURD("2026-11-16")], "2026-11-24", true, "2026-11-23"],
    ["across Christmas and New Year", [OPENING, BESLUIT, ...VERSTUURD("2026-11-20")], "2026-12-23", true, "2026-11-27"],
    [
      "answered: never late",
      [OPENING, BESLUIT, ...VERSTUURD("2026-11-16"), REACTIE],
      "2026-12-30",
      false,
      "2026-11-23",
    ],
  ];
  for (const [naam, invoer, vandaag, teLaat, verwacht] of gevallen) {
    it(naam, () => {
      const stand = vtAntwoordStand(toestandNa(...invoer), vandaag);
      assert.equal(stand?.teLaat, teLaat, "late");
      assert.equal(stand?.verwachtUiterlijk, verwacht, "expected by");
    });
  }

  it("counts Dutch public holidays: sent on 23 December, due on 31 December", () => {
    // 25 and 26 December (Saturday anyway) are holidays: 24, 28, 29, 30, 31 December are the five working days.
    const t = toestandNa(OPENING, BESLUIT, ...VERSTUURD("2026-11-20"));
    assert.ok(t.meldingen.length === 1, "sent");
    const stand = vtAntwoordStand(
      { ...t, meldingen: [{ ...t.meldingen[0]!, gegevens: { ...t.meldingen[0]!.gegevens, datum: "2026-12-23" } }] },
      "2027-01-04",
    );
    assert.equal(stand?.verwachtUiterlijk, "2026-12-31", "five working days");
  });

  it("gives the task to call only once the answer is late", () => {
    const soorten = (vandaag: string) =>
      takenVoorDossier(toestandNa(OPENING, BESLUIT, ...VERSTUURD("2026-11-16")), vandaag).map((t) => t.soort);
    assert.ok(!soorten("2026-11-23").includes("vt_bellen"), "not yet");
    assert.ok(soorten("2026-11-24").includes("vt_bellen"), "late: call");
  });
});

describe("the sent report", () => {
  it("stores only a hash that matches the content", () => {
    const opgeslagen = toestandNa(OPENING, BESLUIT, ...VERSTUURD("2026-11-16")).meldingen[0]?.gegevens;
    assert.ok(opgeslagen, "sent");
    assert.equal(opgeslagen.hash, meldingHash(MELDING_INHOUD), "the draft's hash");
    assert.throws(
      () => valideer(meldingVerstuurdSchema, { ...opgeslagen, hash: "0".repeat(64) }),
      (f: unknown) => f instanceof DomeinFout && f.velden[0]?.sleutel === "fout.hash_klopt_niet",
      "hash checked",
    );
  });
  it("gives the same hash for the same content in any key order", () => {
    const omgekeerd = Object.fromEntries(Object.entries(MELDING_INHOUD).reverse()) as MeldingInhoud;
    assert.equal(meldingHash(omgekeerd), meldingHash(MELDING_INHOUD), "canonical");
    assert.notEqual(
      meldingHash({ ...MELDING_INHOUD, urgentie: "spoed" }),
      meldingHash(MELDING_INHOUD),
      "a change changes the hash",
    );
  });
  it("asks for a report after a decision to report, until one is sent", () => {
    assert.deepEqual(
      takenVoorDossier(toestandNa(OPENING, BESLUIT), "2026-11-23").map((t) => t.soort),
      ["melding_versturen"],
      "to send",
    );
    assert.deepEqual(
      takenVoorDossier(toestandNa(OPENING, BESLUIT, ...VERSTUURD("2026-11-16")), "2026-11-23").map((t) => t.soort),
      [],
      "sent",
    );
  });
  const weigeringen: [string, Invoer[], Invoer, string][] = [
    ["an answer before any report", [OPENING, BESLUIT], REACTIE, "fout.nog_niet_gemeld"],
    ["help before a decision", [OPENING], HULP("2026-12-01"), "fout.eerst_besluit"],
    ["an evaluation term in the past", [OPENING, BESLUIT], HULP("2026-11-01"), "fout.datum_in_verleden"],
    ["an evaluation without help", [OPENING, BESLUIT], EVALUATIE("bereikt", "afsluiten"), "fout.eerst_hulp"],
    [
      "results not reached but no report",
      [OPENING, BESLUIT, HULP("2026-12-01")],
      EVALUATIE("niet_bereikt", "afsluiten"),
      "fout.niet_bereikt_is_melden",
    ],
    [
      "help goes on without a next term",
      [OPENING, BESLUIT, HULP("2026-12-01")],
      EVALUATIE("bereikt", "hulp_voortzetten"),
      "fout.verplicht",
    ],
    ["a safety check without monitoring", [OPENING], CHECK("2026-11-20", "veilig"), "fout.geen_monitoring"],
    ["monitoring started twice", [OPENING, MONITORING], MONITORING, "fout.monitoring_loopt_al"],
  ];
  for (const [naam, voor, poging, sleutel] of weigeringen) {
    it(`refuses ${naam}`, () => {
      assert.throws(
        () => toestandNa(...voor, poging),
        (f: unknown) => f instanceof DomeinFout && f.velden.some((v) => v.sleutel === sleutel),
        sleutel,
      );
    });
  }
});

describe("help and its evaluation (afwegingsvraag 5 again)", () => {
  const gevallen: [string, Invoer[], string, boolean, string | null, TaakSoort[], string][] = [
    [
      "before the term",
      [OPENING, BESLUIT, ...VERSTUURD("2026-11-16"), REACTIE, HULP("2026-12-01")],
      "2026-11-30",
      true,
      "2026-12-01",
      [],
      "hulp",
    ],
    [
      "at the term: evaluate",
      [OPENING, BESLUIT, ...VERSTUURD("2026-11-16"), REACTIE, HULP("2026-12-01")],
      "2026-12-01",
      true,
      "2026-12-01",
      ["evaluatie"],
      "hulp",
    ],
    [
      "reached, help goes on",
      [
        OPENING,
        BESLUIT,
        HULP("2026-11-23"),
        ...VERSTUURD("2026-11-16"),
        REACTIE,
        EVALUATIE("bereikt", "hulp_voortzetten", "2027-01-15"),
      ],
      "2026-12-02",
      true,
      "2027-01-15",
      [],
      "hulp",
    ],
    [
      "reached, close",
      [OPENING, BESLUIT, ...VERSTUURD("2026-11-16"), REACTIE, HULP("2026-11-23"), EVALUATIE("bereikt", "afsluiten")],
      "2026-12-02",
      false,
      null,
      [],
      "gemeld",
    ],
    [
      "not reached: report again",
      [OPENING, BESLUIT, ...VERSTUURD("2026-11-16"), REACTIE, HULP("2026-11-23"), EVALUATIE("niet_bereikt", "melden")],
      "2026-12-02",
      false,
      null,
      ["melding_versturen"],
      "gemeld",
    ],
  ];
  for (const [naam, invoer, vandaag, lopend, volgende, taken, fase] of gevallen) {
    it(naam, () => {
      const t = toestandNa(...invoer);
      const stand = hulpStand(t, vandaag);
      assert.equal(stand?.lopend, lopend, "running");
      assert.equal(stand?.volgendeEvaluatie, volgende, "next evaluation");
      assert.deepEqual(
        takenVoorDossier(t, vandaag).map((x) => x.soort),
        taken,
        "tasks",
      );
      assert.equal(faseVan(t), fase, "phase");
    });
  }

  it("a new signal under help prompts the third meldnorm, until a report goes out", () => {
    const t = toestandNa(OPENING, BESLUIT, ...VERSTUURD("2026-11-16"), REACTIE, HULP("2026-12-01"), SIGNAAL);
    assert.equal(derdeMeldnorm(t, "2026-11-24"), true, "third meldnorm");
    assert.ok(
      takenVoorDossier(t, "2026-11-24").some((x) => x.soort === "derde_meldnorm"),
      "a task",
    );
    assert.equal(
      derdeMeldnorm(
        toestandNa(
          OPENING,
          BESLUIT,
          ...VERSTUURD("2026-11-16"),
          REACTIE,
          HULP("2026-12-01"),
          SIGNAAL,
          ...VERSTUURD("2026-11-23", {
            ...MELDING_INHOUD,
            feiten: "12-11-2026: blauwe plek; 20-11-2026: nieuw signaal onder hulp.",
          }),
        ),
        "2026-11-24",
      ),
      false,
      "reported again",
    );
    assert.equal(
      derdeMeldnorm(
        toestandNa(OPENING, SIGNAAL, BESLUIT, ...VERSTUURD("2026-11-16"), REACTIE, HULP("2026-12-01")),
        "2026-11-24",
      ),
      false,
      "signals before the help do not count",
    );
  });
});

describe("monitoring for months or years", () => {
  it("asks for a safety check in its rhythm, counted from the last check", () => {
    const t = toestandNa(OPENING, MONITORING);
    assert.equal(
      monitoringStand(t, "2026-11-28")?.volgendeCheck,
      "2026-11-29",
      "four weeks after the start (1 November)",
    );
    assert.deepEqual(
      takenVoorDossier(t, "2026-11-29").map((x) => x.soort),
      ["veiligheidscheck"],
      "due",
    );
    const na = toestandNa(OPENING, MONITORING, CHECK("2026-11-20", "veilig"));
    assert.equal(monitoringStand(na, "2026-11-28")?.volgendeCheck, "2026-12-18", "four weeks after the check");
    assert.equal(faseVan(na), "monitoring", "phase");
  });
  it("an unsafe check prompts the third meldnorm; an ended period asks nothing", () => {
    assert.equal(
      derdeMeldnorm(toestandNa(OPENING, MONITORING, CHECK("2026-11-20", "onveilig")), "2026-11-24"),
      true,
      "unsafe",
    );
    const klaar = toestandNa(OPENING, MONITORING, {
      type: "monitoring_beeindigd",
      gegevens: { reden: "Gezin verhuisd." },
    });
    assert.equal(monitoringStand(klaar, "2027-06-01"), null, "ended");
    assert.deepEqual(
      takenVoorDossier(klaar, "2027-06-01").map((x) => x.soort),
      ["stap_blijft_liggen"],
      "only the still case",
    );
  });
});

describe("before the decision", () => {
  it("asks to plan the conversation after the consultation", () => {
    assert.deepEqual(
      takenVoorDossier(toestandNa(OPENING, SIGNAAL, CONSULTATIE), "2026-11-03").map((x) => x.soort),
      ["gesprek_plannen"],
      "plan the talk",
    );
  });
  it("flags a case without entries for more than ten working days", () => {
    const t = toestandNa(OPENING, SIGNAAL);
    assert.deepEqual(
      takenVoorDossier(t, "2026-11-13").map((x) => x.soort),
      [],
      "ten working days: not yet",
    );
    assert.deepEqual(
      takenVoorDossier(t, "2026-11-16"),
      [{ soort: "stap_blijft_liggen", sinds: "2026-11-16" }],
      "eleven: lying still",
    );
  });
});
