import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maakMeldingConcept, zienswijzenNaConcept } from "../melding/concept.ts";
import { beslissenUiterlijk, betrefbareVastleggingen, openVerzoeken, verzoekStand, zienswijzenBij } from "./rechten.ts";
import { bouwToestand, LEGE_TOESTAND, pasToe } from "./toestand.ts";
import { gebeurtenissenBouwer, OPENING, SIGNAAL, type Invoer } from "../../../tests/helpers/gebeurtenissen.ts";
import { fout } from "../../../tests/helpers/uitkomst.ts";

const bouw = gebeurtenissenBouwer({ vandaag: "2026-11-22" });
const toestand = (...invoer: Invoer[]) => bouwToestand(bouw(...invoer));
/** The ids the test builder gives: event n has this id. */
const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;

const CONSULTATIE = {
  type: "consultatie_gehouden",
  gegevens: {
    met: "aandachtsfunctionaris",
    datum: "2026-11-20",
    uitkomst: "Zorg gedeeld.",
    vervolgstap: "Gesprek ouders.",
  },
};
const VERZOEK = (extra: object = {}) => ({
  type: "correctieverzoek_vastgelegd",
  gegevens: {
    soort: "correctie",
    verzoeker: "Mevrouw Jansen",
    relatie: "ouder",
    datum: "2026-11-21",
    vastleggingen: [id(2)],
    gevraagd: "K. had wel een jas; die lag in de tas.",
    ...extra,
  },
});
const BESLIST = (verzoek: string, beslissing: string) => ({
  type: "correctieverzoek_beslist",
  gegevens: { verzoek, beslissing, reden: "Moeder liet de jas zien." },
});
const CORRECTIE = (extra: object = {}) => ({
  type: "correctie",
  gegevens: {
    corrigeert: id(2),
    reden: "Op verzoek van moeder.",
    gegevens: { ...SIGNAAL.gegevens, waarneming: "Komt zonder jas aan bij vorst; de jas zat in de tas." },
    ...extra,
  },
});
const ZIENSWIJZE = (extra: object = {}) => ({
  type: "zienswijze_toegevoegd",
  gegevens: {
    gegevenDoor: "Mevrouw Jansen",
    relatie: "ouder",
    datum: "2026-11-21",
    wijze: "schriftelijk",
    zienswijze: "K. wil zijn jas niet aan in de klas. Wij zorgen goed voor hem.",
    betreft: [id(2)],
    ...extra,
  },
});
const GESLOTEN = { type: "dossier_afgesloten", gegevens: { reden: "Zorg weggenomen." } };

describe("a request for correction or removal: where it stands", () => {
  const gevallen: [string, Invoer[], string][] = [
    ["recorded, not decided", [OPENING, SIGNAAL, VERZOEK()], "te_beslissen"],
    ["refused", [OPENING, SIGNAAL, VERZOEK(), BESLIST(id(3), "afgewezen")], "afgewezen"],
    ["granted, not yet corrected", [OPENING, SIGNAAL, VERZOEK(), BESLIST(id(3), "toegewezen")], "correctie_te_maken"],
    [
      "partly granted, corrected",
      [OPENING, SIGNAAL, VERZOEK(), BESLIST(id(3), "deels_toegewezen"), CORRECTIE({ verzoek: id(3) })],
      "gecorrigeerd",
    ],
    [
      "removal granted: open until destruction",
      [OPENING, SIGNAAL, VERZOEK({ soort: "verwijdering" }), BESLIST(id(3), "toegewezen")],
      "verwijdering_open",
    ],
    [
      "removal refused",
      [OPENING, SIGNAAL, VERZOEK({ soort: "verwijdering" }), BESLIST(id(3), "afgewezen")],
      "afgewezen",
    ],
  ];
  for (const [naam, invoer, stand] of gevallen) {
    it(naam, () => {
      const t = toestand(...invoer);
      const verzoek = t.correctieverzoeken[0];
      assert.ok(verzoek);
      assert.equal(verzoekStand(verzoek), stand);
      assert.equal(
        openVerzoeken(t).length,
        ["te_beslissen", "correctie_te_maken", "verwijdering_open"].includes(stand) ? 1 : 0,
        "open",
      );
    });
  }

  it("links the correction and the request both ways, and changes the entry as a correction does", () => {
    const t = toestand(OPENING, SIGNAAL, VERZOEK(), BESLIST(id(3), "toegewezen"), CORRECTIE({ verzoek: id(3) }));
    assert.deepEqual(t.correctieverzoeken[0]?.correctieIds, [id(5)], "the request shows its correction");
    const signaal = t.signalen[0];
    assert.equal(signaal?.correcties[0]?.gegevens.verzoek, id(3), "the correction shows its request");
    assert.match(signaal?.gegevens.waarneming ?? "", /jas zat in de tas/);
    assert.equal(signaal?.origineel.waarneming, SIGNAAL.gegevens.waarneming, "the original stays");
  });

  it("a correction without a request stays as it was", () => {
    const t = toestand(OPENING, SIGNAAL, VERZOEK(), CORRECTIE());
    assert.deepEqual(t.correctieverzoeken[0]?.correctieIds, []);
    assert.equal(t.signalen[0]?.correcties.length, 1);
  });
});

describe("refused: what the domain does not take", () => {
  const gevallen: [string, Invoer[], string, string][] = [
    [
      "a request that names no entry",
      [OPENING, SIGNAAL, VERZOEK({ vastleggingen: [] })],
      "gegevens.vastleggingen",
      "fout.kies_vastlegging",
    ],
    [
      "a request that names an entry of another dossier",
      [OPENING, SIGNAAL, VERZOEK({ vastleggingen: ["00000000-0000-4000-9000-000000000099"] })],
      "gegevens.vastleggingen",
      "fout.vastlegging_onbekend",
    ],
    [
      "a request that names the same entry twice",
      [OPENING, SIGNAAL, VERZOEK({ vastleggingen: [id(2), id(2)] })],
      "gegevens.vastleggingen",
      "fout.dubbel",
    ],
    [
      "a request about another request",
      [OPENING, SIGNAAL, VERZOEK(), VERZOEK({ vastleggingen: [id(3)] })],
      "gegevens.vastleggingen",
      "fout.vastlegging_onbekend",
    ],
    [
      "a request received tomorrow",
      [OPENING, SIGNAAL, VERZOEK({ datum: "2026-11-23" })],
      "gegevens.datum",
      "fout.datum_in_toekomst",
    ],
    [
      "a decision on no request",
      [OPENING, SIGNAAL, BESLIST(id(2), "toegewezen")],
      "gegevens.verzoek",
      "fout.verzoek_onbekend",
    ],
    [
      "a second decision on one request",
      [OPENING, SIGNAAL, VERZOEK(), BESLIST(id(3), "afgewezen"), BESLIST(id(3), "toegewezen")],
      "gegevens.verzoek",
      "fout.verzoek_al_beslist",
    ],
    [
      "a decision without a reason",
      [
        OPENING,
        SIGNAAL,
        VERZOEK(),
        { type: "correctieverzoek_beslist", gegevens: { verzoek: id(3), beslissing: "toegewezen", reden: " " } },
      ],
      "gegevens.reden",
      "fout.verplicht",
    ],
    [
      "a correction under a request not yet decided",
      [OPENING, SIGNAAL, VERZOEK(), CORRECTIE({ verzoek: id(3) })],
      "gegevens.verzoek",
      "fout.verzoek_niet_toegewezen",
    ],
    [
      "a correction under a refused request",
      [OPENING, SIGNAAL, VERZOEK(), BESLIST(id(3), "afgewezen"), CORRECTIE({ verzoek: id(3) })],
      "gegevens.verzoek",
      "fout.verzoek_niet_toegewezen",
    ],
    [
      "a correction under a removal request",
      [
        OPENING,
        SIGNAAL,
        VERZOEK({ soort: "verwijdering" }),
        BESLIST(id(3), "toegewezen"),
        CORRECTIE({ verzoek: id(3) }),
      ],
      "gegevens.verzoek",
      "fout.verzoek_geen_correctie",
    ],
    [
      "a correction of an entry the request does not name",
      [
        OPENING,
        SIGNAAL,
        CONSULTATIE,
        VERZOEK({ vastleggingen: [id(3)] }),
        BESLIST(id(4), "toegewezen"),
        CORRECTIE({ verzoek: id(4) }),
      ],
      "gegevens.verzoek",
      "fout.verzoek_andere_vastlegging",
    ],
    [
      "a view told but not said by whom it was written down",
      [OPENING, SIGNAAL, ZIENSWIJZE({ wijze: "mondeling" })],
      "gegevens.opgeschrevenDoor",
      "fout.verplicht_als_mondeling",
    ],
    [
      "a written view with a writer",
      [OPENING, SIGNAAL, ZIENSWIJZE({ opgeschrevenDoor: "Juf Sanne" })],
      "gegevens.opgeschrevenDoor",
      "fout.alleen_als_mondeling",
    ],
    [
      "a view about an unknown entry",
      [OPENING, SIGNAAL, ZIENSWIJZE({ betreft: ["00000000-0000-4000-9000-000000000099"] })],
      "gegevens.betreft",
      "fout.vastlegging_onbekend",
    ],
    [
      "a view without words",
      [OPENING, SIGNAAL, ZIENSWIJZE({ zienswijze: "" })],
      "gegevens.zienswijze",
      "fout.verplicht",
    ],
    [
      "a view with an unknown relation",
      [OPENING, SIGNAAL, ZIENSWIJZE({ relatie: "buurman" })],
      "gegevens.relatie",
      "fout.ongeldige_keuze",
    ],
  ];
  for (const [naam, invoer, veld, sleutel] of gevallen) {
    it(naam, () => {
      const f = fout(() => bouw(...invoer));
      assert.deepEqual(
        f.velden.map((v) => [v.veld, v.sleutel]),
        [[veld, sleutel]],
      );
    });
  }
});

describe("a closed dossier still takes the family's rights, and nothing else new", () => {
  it("a request, its decision, the correction it grants and a view", () => {
    const t = toestand(
      OPENING,
      SIGNAAL,
      GESLOTEN,
      VERZOEK(),
      BESLIST(id(4), "toegewezen"),
      CORRECTIE({ verzoek: id(4) }),
      ZIENSWIJZE(),
    );
    assert.equal(t.status, "gesloten");
    assert.equal(verzoekStand(t.correctieverzoeken[0]!), "gecorrigeerd");
    assert.equal(t.zienswijzen.length, 1);
  });
  it("but not a correction without a request, nor a signal", () => {
    assert.equal(fout(() => bouw(OPENING, SIGNAAL, GESLOTEN, CORRECTIE())).code, "DOSSIER_GESLOTEN");
    assert.equal(fout(() => bouw(OPENING, SIGNAAL, GESLOTEN, SIGNAAL)).code, "DOSSIER_GESLOTEN");
  });
});

describe("the family's view", () => {
  it("stands beside the entries it concerns, and a view about the whole case beside none", () => {
    const t = toestand(
      OPENING,
      SIGNAAL,
      CONSULTATIE,
      ZIENSWIJZE(),
      ZIENSWIJZE({ betreft: [], zienswijze: "Wij willen graag zelf met de school praten." }),
    );
    assert.deepEqual(
      zienswijzenBij(t, id(2)).map((z) => z.gegevens.zienswijze),
      [ZIENSWIJZE().gegevens.zienswijze],
    );
    assert.deepEqual(zienswijzenBij(t, id(3)), []);
    assert.equal(t.zienswijzen.length, 2);
  });

  it("goes into the draft report as their words, by date, saying how it came in", () => {
    const t = toestand(
      OPENING,
      SIGNAAL,
      ZIENSWIJZE({ datum: "2026-11-21" }),
      ZIENSWIJZE({
        datum: "2026-11-19",
        wijze: "mondeling",
        opgeschrevenDoor: "Juf Sanne",
        gegevenDoor: "Ruben (vader)",
        zienswijze: "Ik ben het er niet mee eens.",
      }),
    );
    const concept = maakMeldingConcept(t, {
      melder: { naam: "Sanne", organisatie: "School", sector: "onderwijs" },
      vandaag: "2026-11-22",
      namen: new Map(),
    });
    assert.equal(
      concept.zienswijze,
      [
        "19-11-2026, Ruben (vader) (ouder of verzorger), mondeling gegeven, opgeschreven door Juf Sanne: “Ik ben het er niet mee eens.”",
        "21-11-2026, Mevrouw Jansen (ouder of verzorger), schriftelijk gegeven: “K. wil zijn jas niet aan in de klas. Wij zorgen goed voor hem.”",
      ].join("\n"),
    );
    assert.equal(
      maakMeldingConcept(toestand(OPENING, SIGNAAL), {
        melder: { naam: "S", organisatie: "S", sector: "onderwijs" },
        vandaag: "2026-11-22",
        namen: new Map(),
      }).zienswijze,
      undefined,
      "no view, no section",
    );
  });

  it("added after the saved draft: named as missing from it until the draft is saved again", () => {
    const concept = (inhoud: object) => ({
      type: "melding_concept_opgeslagen",
      gegevens: {
        inhoud: {
          melder: "S",
          betrokkenen: "K",
          onveiligNu: "x",
          feiten: "x",
          stappen: "x",
          gezinGeinformeerd: "ja",
          geraadpleegd: "x",
          urgentie: "regulier",
          verwachtingen: "x",
          ...inhoud,
        },
      },
    });
    assert.equal(
      zienswijzenNaConcept(toestand(OPENING, SIGNAAL, ZIENSWIJZE())),
      undefined,
      "no saved draft: the draft is built with it",
    );
    assert.equal(
      zienswijzenNaConcept(toestand(OPENING, SIGNAAL, ZIENSWIJZE(), concept({}))),
      undefined,
      "saved after the view",
    );
    assert.match(
      zienswijzenNaConcept(toestand(OPENING, SIGNAAL, concept({}), ZIENSWIJZE())) ?? "",
      /Mevrouw Jansen/,
      "added after the draft",
    );
  });
});

describe("rules beside the events", () => {
  it("the entries a request or view may name leave out the rights' own entries and the bookkeeping", () => {
    const t = toestand(OPENING, SIGNAAL, VERZOEK(), ZIENSWIJZE(), CORRECTIE());
    assert.deepEqual(
      betrefbareVastleggingen(t).map((v) => v.type),
      ["dossier_geopend", "signaal_vastgelegd"],
    );
  });

  const termijnen: [string, string][] = [
    ["2026-11-21", "2026-12-21"],
    ["2026-01-31", "2026-02-28"],
    ["2028-01-31", "2028-02-29"],
    ["2026-12-15", "2027-01-15"],
  ];
  for (const [ontvangen, uiterlijk] of termijnen) {
    it(`received ${ontvangen}: decide by ${uiterlijk} (one month)`, () =>
      assert.equal(beslissenUiterlijk(ontvangen), uiterlijk));
  }

  it("folding one event at a time gives the same state as building it at once", () => {
    const gebeurtenissen = bouw(
      OPENING,
      SIGNAAL,
      VERZOEK(),
      BESLIST(id(3), "toegewezen"),
      CORRECTIE({ verzoek: id(3) }),
      ZIENSWIJZE(),
    );
    assert.deepEqual(gebeurtenissen.reduce(pasToe, LEGE_TOESTAND), bouwToestand(gebeurtenissen));
  });
});
