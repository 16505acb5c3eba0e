import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DomeinFout } from "../fouten.ts";
import { bouwToestand } from "./toestand.ts";
import { beoordeelGebeurtenis, type BeoordeeldeGebeurtenis, type ToevoegContext } from "./toevoegen.ts";
import { taakFeiten } from "./taakfeiten.ts";
import { takenVoorDossier } from "./vervolg.ts";
import { gezinsoverzicht, huidigeVlag, noemt, noemtKind, routeVoortgang, soortVan } from "./route.ts";
import { alsOpgeslagen, OPENING } from "../../../tests/helpers/gebeurtenissen.ts";

const context: ToevoegContext = {
  vandaag: "2026-11-22",
  rollen: ["aandachtsfunctionaris"],
  beslissers: ["eindverantwoordelijke"],
  bewaarjaren: 5,
};
const BETROKKENE = "00000000-0000-4000-8000-0000000000c0";

function speel(...invoer: { type: string; gegevens: unknown }[]) {
  const beoordeeld: BeoordeeldeGebeurtenis[] = [];
  for (const i of invoer) beoordeeld.push(beoordeelGebeurtenis(bouwToestand(alsOpgeslagen(beoordeeld)), i, context));
  return bouwToestand(alsOpgeslagen(beoordeeld));
}

function sleutel(fn: () => unknown): string {
  try {
    fn();
  } catch (f) {
    if (f instanceof DomeinFout) return f.velden[0]?.sleutel ?? f.code;
    throw f;
  }
  return "GELUKT";
}

const OPENING_MEDEWERKER = {
  type: "dossier_geopend",
  gegevens: {
    werknaam: "Groep 6, oktober",
    aanleiding: "zorg_om_kind",
    omschrijving: "Een leerling vertelde over een invaller.",
    soort: "vermoeden_medewerker",
    betrokkeneGebruikerId: BETROKKENE,
  },
};
const OPENING_GEDRAG = {
  type: "dossier_geopend",
  gegevens: {
    werknaam: "Groep 3, speelplein",
    aanleiding: "zorg_om_kind",
    omschrijving: "Twee kinderen in de bosjes.",
    soort: "gedrag_kinderen",
    kinderen: ["Tim (groep 3)", "Sara (groep 3)"],
  },
};
const STAP = (stap: string, extra: object = {}) => ({
  type: "routestap_vastgelegd",
  gegevens: { stap, datum: "2026-11-21", toelichting: "Besproken en afgesproken.", ...extra },
});

describe("opening a case on a route", () => {
  const tabel: [string, object, string][] = [
    ["Meldcode as before: no route fields", OPENING.gegevens, "GELUKT"],
    ["colleague route with a user", OPENING_MEDEWERKER.gegevens, "GELUKT"],
    [
      "colleague route with only a name",
      { ...OPENING_MEDEWERKER.gegevens, betrokkeneGebruikerId: "", betrokkeneNaam: "J. de Vries (invaller)" },
      "GELUKT",
    ],
    [
      "colleague route without anyone concerned",
      { ...OPENING_MEDEWERKER.gegevens, betrokkeneGebruikerId: "" },
      "fout.betrokkene_verplicht",
    ],
    [
      "someone concerned on a Meldcode case",
      { ...OPENING.gegevens, betrokkeneNaam: "J. de Vries" },
      "fout.betrokkene_alleen_bij_medewerker",
    ],
    [
      "someone concerned on a children's case",
      { ...OPENING_GEDRAG.gegevens, betrokkeneGebruikerId: BETROKKENE },
      "fout.betrokkene_alleen_bij_medewerker",
    ],
    ["children's case with two children", OPENING_GEDRAG.gegevens, "GELUKT"],
    ["children's case with one child", { ...OPENING_GEDRAG.gegevens, kinderen: ["Tim"] }, "fout.twee_kinderen"],
    [
      "children's case with the same child twice",
      { ...OPENING_GEDRAG.gegevens, kinderen: ["Tim", "tim"] },
      "fout.kinderen_dubbel",
    ],
    [
      "children on a Meldcode case",
      { ...OPENING.gegevens, kinderen: ["Tim", "Sara"] },
      "fout.kinderen_alleen_bij_gedrag",
    ],
    ["an unknown route", { ...OPENING.gegevens, soort: "oefenen" }, "fout.ongeldige_keuze"],
  ];
  for (const [naam, gegevens, verwacht] of tabel) {
    it(naam, () => {
      const uitkomst = sleutel(() => speel({ type: "dossier_geopend", gegevens }));
      if (verwacht === "fout.ongeldige_keuze") assert.notEqual(uitkomst, "GELUKT");
      else assert.equal(uitkomst, verwacht);
    });
  }
  it("a case opened before routes existed is a Meldcode case", () =>
    assert.equal(soortVan(speel(OPENING)), "meldcode"));
});

describe("route steps", () => {
  const tabel: [string, { type: string; gegevens: unknown }, { type: string; gegevens: unknown }[], string][] = [
    ["colleague route: inform the board", OPENING_MEDEWERKER, [STAP("bestuur_geinformeerd")], "GELUKT"],
    [
      "colleague route: a children's step does not belong",
      OPENING_MEDEWERKER,
      [STAP("gedrag_ingeschaald", { vlag: "rood" })],
      "fout.routestap_niet_op_route",
    ],
    [
      "colleague route: no child to choose",
      OPENING_MEDEWERKER,
      [STAP("ouders_geinformeerd", { kind: "Tim" })],
      "fout.kind_alleen_bij_gedrag",
    ],
    ["Meldcode: no route steps at all", OPENING, [STAP("bestuur_geinformeerd")], "fout.routestap_niet_op_route"],
    ["children: weighing needs a flag", OPENING_GEDRAG, [STAP("gedrag_ingeschaald")], "fout.vlag_bij_inschalen"],
    [
      "children: a flag only when weighing",
      OPENING_GEDRAG,
      [STAP("kinderen_veilig", { vlag: "geel" })],
      "fout.vlag_bij_inschalen",
    ],
    ["children: weighing with a flag", OPENING_GEDRAG, [STAP("gedrag_ingeschaald", { vlag: "rood" })], "GELUKT"],
    [
      "children: informing parents names the family",
      OPENING_GEDRAG,
      [STAP("ouders_geinformeerd")],
      "fout.kind_verplicht",
    ],
    [
      "children: a child not in the case",
      OPENING_GEDRAG,
      [STAP("ouders_geinformeerd", { kind: "Noor" })],
      "fout.kind_onbekend",
    ],
    [
      "children: the child's name in any case",
      OPENING_GEDRAG,
      [STAP("ouders_geinformeerd", { kind: "tim (GROEP 3)" })],
      "GELUKT",
    ],
    [
      "children: the record for one family names the other child",
      OPENING_GEDRAG,
      [
        STAP("ouders_geinformeerd", {
          kind: "Tim (groep 3)",
          toelichting: "Verteld wat er met Sara (groep 3) gebeurde.",
        }),
      ],
      "fout.ander_kind_genoemd",
    ],
    [
      "children: the record names the other child by first name",
      OPENING_GEDRAG,
      [STAP("ouders_geinformeerd", { kind: "Tim (groep 3)", toelichting: "Sara huilde daarna." })],
      "fout.ander_kind_genoemd",
    ],
    [
      "children: the record names its own child",
      OPENING_GEDRAG,
      [
        STAP("ouders_geinformeerd", {
          kind: "Tim (groep 3)",
          toelichting: "Verteld wat Tim (groep 3) deed en wat wij nu doen.",
        }),
      ],
      "GELUKT",
    ],
  ];
  for (const [naam, opening, stappen, verwacht] of tabel)
    it(naam, () =>
      assert.equal(
        sleutel(() => speel(opening, ...stappen)),
        verwacht,
      ),
    );

  it("a correction of a family's record is judged the same way", () => {
    const toestand = speel(OPENING_GEDRAG, STAP("ouders_geinformeerd", { kind: "Tim (groep 3)" }));
    const doel = toestand.routestappen[0]?.gebeurtenisId ?? "";
    const correctie = (toelichting: string) => ({
      type: "correctie",
      gegevens: {
        corrigeert: doel,
        reden: "Aangevuld.",
        gegevens: { stap: "ouders_geinformeerd", datum: "2026-11-21", kind: "Tim (groep 3)", toelichting },
      },
    });
    assert.equal(
      sleutel(() => beoordeelGebeurtenis(toestand, correctie("Ook Sara (groep 3) was erbij."), context)),
      "fout.ander_kind_genoemd",
    );
    assert.equal(
      sleutel(() => beoordeelGebeurtenis(toestand, correctie("Tweede gesprek gepland."), context)),
      "GELUKT",
    );
  });

  it("the route and the staff member concerned cannot be corrected away", () => {
    const toestand = speel(OPENING_MEDEWERKER);
    const doel = toestand.opening?.gebeurtenisId ?? "";
    const { soort: _soort, betrokkeneGebruikerId: _b, ...zonder } = OPENING_MEDEWERKER.gegevens;
    const correctie = (gegevens: object) => ({
      type: "correctie",
      gegevens: { corrigeert: doel, reden: "Anders.", gegevens },
    });
    assert.equal(
      sleutel(() => beoordeelGebeurtenis(toestand, correctie({ ...zonder }), context)),
      "fout.correctie_soort_vast",
    );
    assert.equal(
      sleutel(() =>
        beoordeelGebeurtenis(
          toestand,
          correctie({ ...OPENING_MEDEWERKER.gegevens, betrokkeneGebruikerId: "00000000-0000-4000-8000-0000000000c1" }),
          context,
        ),
      ),
      "fout.correctie_soort_vast",
    );
    assert.equal(
      sleutel(() =>
        beoordeelGebeurtenis(
          toestand,
          correctie({ ...OPENING_MEDEWERKER.gegevens, omschrijving: "Aangevuld." }),
          context,
        ),
      ),
      "GELUKT",
    );
  });
});

describe("where a route stands", () => {
  it("the colleague route's steps in order, done once recorded", () => {
    const stand = routeVoortgang(speel(OPENING_MEDEWERKER, STAP("bestuur_geinformeerd"), STAP("toezicht_ingelicht")));
    assert.deepEqual(
      stand.map((s) => [s.stap, s.gedaan]),
      [
        ["bestuur_geinformeerd", true],
        ["kind_beschermd", false],
        ["toezicht_ingelicht", true],
        ["aangifte_afgewogen", false],
        ["ouders_geinformeerd", false],
        ["medewerker_gehoord", false],
      ],
    );
  });
  it("informing parents is done only when every child's family was told", () => {
    const een = routeVoortgang(speel(OPENING_GEDRAG, STAP("ouders_geinformeerd", { kind: "Tim (groep 3)" }))).find(
      (s) => s.stap === "ouders_geinformeerd",
    );
    assert.deepEqual([een?.gedaan, een?.openVoorKinderen], [false, ["Sara (groep 3)"]]);
    const beide = routeVoortgang(
      speel(
        OPENING_GEDRAG,
        STAP("ouders_geinformeerd", { kind: "Tim (groep 3)" }),
        STAP("ouders_geinformeerd", { kind: "Sara (groep 3)" }),
      ),
    ).find((s) => s.stap === "ouders_geinformeerd");
    assert.deepEqual([beide?.gedaan, beide?.openVoorKinderen], [true, []]);
  });
  it("the latest flag counts", () => {
    assert.equal(huidigeVlag(speel(OPENING_GEDRAG)), null);
    assert.equal(
      huidigeVlag(
        speel(
          OPENING_GEDRAG,
          STAP("gedrag_ingeschaald", { vlag: "geel" }),
          STAP("gedrag_ingeschaald", { vlag: "rood" }),
        ),
      ),
      "rood",
    );
  });
  it("a Meldcode case has no route steps", () => assert.deepEqual(routeVoortgang(speel(OPENING)), []));
});

describe("what one family sees", () => {
  const toestand = speel(
    OPENING_GEDRAG,
    STAP("gedrag_ingeschaald", { vlag: "rood", toelichting: "Tim (groep 3) trok Sara (groep 3) de bosjes in." }),
    STAP("kinderen_veilig", { toelichting: "Sara (groep 3) getroost; Tim (groep 3) aangesproken." }),
    STAP("ouders_geinformeerd", { kind: "Tim (groep 3)", toelichting: "Moeder van Tim gesproken over wat hij deed." }),
    STAP("ouders_geinformeerd", {
      kind: "Sara (groep 3)",
      toelichting: "Vader van Sara gesproken; hij wil een vervolggesprek.",
    }),
  );
  for (const [kind, ander] of [
    ["Tim (groep 3)", "Sara"],
    ["Sara (groep 3)", "Tim"],
  ] as const) {
    it(`${kind}: only their own records, never the other child`, () => {
      const overzicht = gezinsoverzicht(toestand, kind);
      assert.ok(overzicht);
      assert.equal(overzicht.kind, kind);
      assert.equal(overzicht.vlag, "rood");
      assert.equal(overzicht.vastleggingen.length, 1);
      const alles = JSON.stringify(overzicht);
      assert.ok(!alles.includes(ander), `${ander} staat in het overzicht voor ${kind}: ${alles}`);
      assert.ok(!alles.includes("speelplein") && !alles.includes("bosjes"), "geen werknaam of beschrijving");
    });
  }
  it("a child not in the case, or a case on another route, gives nothing", () => {
    assert.equal(gezinsoverzicht(toestand, "Noor"), null);
    assert.equal(gezinsoverzicht(speel(OPENING), "Tim"), null);
  });
});

describe("naming a child", () => {
  const tabel: [string, string, boolean][] = [
    ["Verteld wat Tim deed.", "Tim", true],
    ["Timo speelde mee.", "Tim", false],
    ["tim was erbij", "Tim", true],
    ["Met S. (groep 3) gesproken.", "S. (groep 3)", true],
    ["Niemand genoemd.", "Sara", false],
    ["Zoë en Ali", "Zoë", true],
  ];
  for (const [tekst, naam, verwacht] of tabel)
    it(`${naam} in "${tekst}"`, () => assert.equal(noemt(tekst, naam), verwacht));
});

describe("naming a child of the case", () => {
  const tabel: [string, string, boolean][] = [
    ["Sara huilde.", "Sara (groep 3)", true],
    ["Saranda huilde.", "Sara (groep 3)", false],
    ["S. huilde.", "S. (groep 3)", false],
    ["Met S. (groep 3) gesproken.", "S. (groep 3)", true],
  ];
  for (const [tekst, naam, verwacht] of tabel)
    it(`${naam} in "${tekst}"`, () => assert.equal(noemtKind(tekst, naam), verwacht));
});

describe("tasks of a route case", () => {
  const CONSULTATIE = {
    type: "consultatie_gehouden",
    gegevens: { met: "aandachtsfunctionaris", datum: "2026-11-20", uitkomst: "Besproken.", vervolgstap: "Verder." },
  };
  it("a Meldcode case after a consultation asks to plan the parents' conversation", () => {
    assert.ok(taakFeiten(speel(OPENING, CONSULTATIE)).some((f) => f.soort === "gesprek_plannen"));
  });
  it("a colleague case never does: the parents are informed as a step of its own, when the inspector or police agree", () => {
    assert.ok(!taakFeiten(speel(OPENING_MEDEWERKER, CONSULTATIE)).some((f) => f.soort === "gesprek_plannen"));
    assert.ok(
      !takenVoorDossier(speel(OPENING_MEDEWERKER, CONSULTATIE), "2026-11-22").some(
        (f) => f.soort === "gesprek_plannen",
      ),
    );
  });
  it("a route case lies still on its own steps, and not once they are all recorded", () => {
    assert.ok(taakFeiten(speel(OPENING_MEDEWERKER)).some((f) => f.soort === "stap_blijft_liggen"));
    const alle = [
      "bestuur_geinformeerd",
      "kind_beschermd",
      "toezicht_ingelicht",
      "aangifte_afgewogen",
      "ouders_geinformeerd",
      "medewerker_gehoord",
    ].map((s) => STAP(s));
    assert.ok(!taakFeiten(speel(OPENING_MEDEWERKER, ...alle)).some((f) => f.soort === "stap_blijft_liggen"));
  });
});
