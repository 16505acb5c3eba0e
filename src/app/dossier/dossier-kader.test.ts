import type { Sector } from "../../domain/kennis/keuzes.ts";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Rol } from "../../domain/dossier/keuzes.ts";
import { leesDocumenten } from "../../domain/organisatie/documenten.ts";
import { leesProtocol, STANDAARD_PROTOCOL, type Protocol } from "../../domain/organisatie/protocol.ts";
import type { Grondslag } from "../../domain/toegang/beleid.ts";
import {
  bijzondereHulp,
  definitiesVoorSector,
  disclosureHulp,
  gesprekHulp,
  kindcheckHulp,
  kindHulp,
  stapKennis,
} from "../../domain/kennis/inhoud.ts";
import { STAPPEN } from "../../domain/dossier/keuzes.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import type { Registratie } from "../../domain/dossier/toestand.ts";
import { OPENING, SIGNAAL, toestandBouwer, type Invoer } from "../../../tests/helpers/gebeurtenissen.ts";
import {
  conceptContextUit,
  maakDossierKader,
  registerVoorGeschiedenis,
  STAP_HULP,
  type DossierPaginaFeiten,
  type Lezer,
} from "./dossier-kader.ts";

const toestandNa = toestandBouwer({ vandaag: "2026-11-22" });
const NU = new Date("2026-11-22T09:00:00.000Z");
const BETROKKENE = "00000000-0000-4000-8000-0000000000b1";
const PROTOCOL_AF_BESLIST = {
  ...STANDAARD_PROTOCOL,
  stappen: {
    ...STANDAARD_PROTOCOL.stappen,
    beslissen: { ...STANDAARD_PROTOCOL.stappen.beslissen, documenteert: "aandachtsfunctionaris" as const },
  },
};

function feiten(invoer: readonly Invoer[], anders: Partial<DossierPaginaFeiten> = {}): DossierPaginaFeiten {
  return {
    dossier: {
      id: "00000000-0000-4000-8000-00000000d001",
      organisatieId: "00000000-0000-4000-8000-00000000a001",
      aangemaaktDoor: "x",
      versie: invoer.length,
      werknaam: "K. (groep 4)",
      fase: "signalen",
      besluitGevraagd: false,
      aangemaaktOp: new Date("2026-11-01T08:00:00.000Z"),
      bijgewerktOp: NU,
      wachtOpVtSinds: null,
      versneldSinds: null,
      versneldKlokStart: null,
    } as DossierPaginaFeiten["dossier"],
    toestand: toestandNa(...invoer),
    gebeurtenissen: [],
    eindverantwoordelijken: [{ id: "e", naam: "Peter Visser" }],
    beslisserNamen: {},
    grondslag: "eigen",
    noodtoegang: [],
    organisatie: { protocol: STANDAARD_PROTOCOL, documenten: [] },
    betrokkeneNaam: null,
    nu: NU,
    ...anders,
  };
}

const lezer = (rollen: Rol[], anders: Partial<Lezer> = {}): Lezer => ({
  rollen,
  sector: "onderwijs",
  bewaarjaren: null,
  naam: "Sanne de Wit",
  organisatieNaam: "De Regenboog",
  ...anders,
});

describe("maakDossierKader: what the reader may do on the page", () => {
  const gevallen: [
    string,
    Rol[],
    Grondslag,
    Protocol,
    { magBesluiten: boolean; magAfschrift: boolean; magVerzoekBeslissen: boolean; beslissers: Rol[] },
  ][] = [
    [
      "a medewerker on their own case",
      ["medewerker"],
      "eigen",
      STANDAARD_PROTOCOL,
      { magBesluiten: false, magAfschrift: false, magVerzoekBeslissen: false, beslissers: ["eindverantwoordelijke"] },
    ],
    [
      "the eindverantwoordelijke asked to decide",
      ["eindverantwoordelijke"],
      "eindverantwoordelijke",
      STANDAARD_PROTOCOL,
      { magBesluiten: true, magAfschrift: true, magVerzoekBeslissen: true, beslissers: ["eindverantwoordelijke"] },
    ],
    [
      "the aandachtsfunctionaris, standard protocol",
      ["aandachtsfunctionaris"],
      "aandachtsfunctionaris",
      STANDAARD_PROTOCOL,
      { magBesluiten: false, magAfschrift: true, magVerzoekBeslissen: true, beslissers: ["eindverantwoordelijke"] },
    ],
    [
      "the aandachtsfunctionaris, protocol lets them decide",
      ["aandachtsfunctionaris"],
      "aandachtsfunctionaris",
      PROTOCOL_AF_BESLIST,
      {
        magBesluiten: true,
        magAfschrift: true,
        magVerzoekBeslissen: true,
        beslissers: ["eindverantwoordelijke", "aandachtsfunctionaris"],
      },
    ],
    [
      "the aandachtsfunctionaris on emergency access",
      ["aandachtsfunctionaris"],
      "noodtoegang",
      STANDAARD_PROTOCOL,
      { magBesluiten: false, magAfschrift: true, magVerzoekBeslissen: false, beslissers: ["eindverantwoordelijke"] },
    ],
    [
      "a stored protocol that does not parse, as the repository reads it: the standard one",
      ["medewerker"],
      "gedeeld",
      leesProtocol({ onzin: true }),
      { magBesluiten: false, magAfschrift: false, magVerzoekBeslissen: false, beslissers: ["eindverantwoordelijke"] },
    ],
  ];
  for (const [naam, rollen, grondslag, protocol, verwacht] of gevallen) {
    it(naam, () => {
      const kader = maakDossierKader(
        feiten([OPENING], { grondslag, organisatie: { protocol, documenten: [] } }),
        lezer(rollen),
        "nl",
      );
      assert.deepEqual(
        {
          magBesluiten: kader.magBesluiten,
          magAfschrift: kader.magAfschrift,
          magVerzoekBeslissen: kader.magVerzoekBeslissen,
          beslissers: [...kader.beslissers],
        },
        verwacht,
      );
      assert.equal(kader.grondslag, grondslag);
    });
  }
});

describe("maakDossierKader: the route beside the Meldcode and whom it concerns", () => {
  const medewerker = (gegevens: Record<string, unknown>): Invoer => ({
    type: "dossier_geopend",
    gegevens: { ...OPENING.gegevens, soort: "vermoeden_medewerker", ...gegevens },
  });
  const gevallen: [
    string,
    Invoer,
    string | null,
    { soort: string; betrokkene: { naam: string; account: boolean } } | null,
  ][] = [
    ["a Meldcode case has no route", OPENING, null, null],
    [
      "a colleague with an account, named from the organisation",
      medewerker({ betrokkeneGebruikerId: BETROKKENE }),
      "Peter Visser",
      { soort: "vermoeden_medewerker", betrokkene: { naam: "Peter Visser", account: true } },
    ],
    [
      "a colleague whose account is gone: no name, still an account",
      medewerker({ betrokkeneGebruikerId: BETROKKENE }),
      null,
      { soort: "vermoeden_medewerker", betrokkene: { naam: "", account: true } },
    ],
    [
      "a colleague without an account, by the name given",
      medewerker({ betrokkeneNaam: "Invalkracht groep 7" }),
      null,
      { soort: "vermoeden_medewerker", betrokkene: { naam: "Invalkracht groep 7", account: false } },
    ],
  ];
  for (const [naam, opening, betrokkeneNaam, verwacht] of gevallen) {
    it(naam, () => {
      const { route } = maakDossierKader(feiten([opening], { betrokkeneNaam }), lezer(["medewerker"]), "nl");
      assert.deepEqual(route ? { soort: route.soort, betrokkene: route.betrokkene } : null, verwacht);
      if (route) assert.ok(route.kennis && route.voortgang, "its guidance and progress come with it");
    });
  }
});

describe("maakDossierKader: time, sector and organisation settings", () => {
  const gevallen: [string, Partial<DossierPaginaFeiten>, Partial<Lezer>, Record<string, unknown>][] = [
    [
      "today is the Dutch date of the gate's reading (23:30 UTC in winter is the next day)",
      { nu: new Date("2026-11-22T23:30:00.000Z") },
      {},
      { vandaag: "2026-11-23", nu: "2026-11-22T23:30:00.000Z" },
    ],
    ["the sector's retention term when the organisation set none", {}, { sector: "jeugdhulp" }, { bewaarjaren: 20 }],
    ["the organisation's own retention term", {}, { bewaarjaren: 7 }, { bewaarjaren: 7 }],
    [
      "stored settings that do not parse, as the repository reads them: standard protocol, no documents",
      { organisatie: { protocol: leesProtocol(null), documenten: leesDocumenten([{ kapot: 1 }]) } },
      {},
      { documenten: [], veiligThuis: STANDAARD_PROTOCOL.veiligThuis },
    ],
    [
      "running emergency access and the dates as ISO text",
      {
        noodtoegang: [
          {
            dossierId: "d",
            werknaam: "w",
            gebruikerId: "g",
            gebruikerNaam: "Fatima El Amrani",
            reden: "Ziekte collega.",
            begin: NU,
            tot: new Date("2026-11-22T17:00:00.000Z"),
            soort: "meldcode",
            betrokkenMedewerkerId: null,
          },
        ],
      },
      {},
      {
        noodtoegang: [{ naam: "Fatima El Amrani", tot: "2026-11-22T17:00:00.000Z", reden: "Ziekte collega." }],
        dossier: {
          id: "00000000-0000-4000-8000-00000000d001",
          werknaam: "K. (groep 4)",
          aangemaaktOp: "2026-11-01T08:00:00.000Z",
        },
      },
    ],
  ];
  for (const [naam, anders, lezerAnders, verwacht] of gevallen) {
    it(naam, () => {
      const kader = maakDossierKader(
        feiten([OPENING, SIGNAAL], anders),
        lezer(["medewerker"], lezerAnders),
        "nl",
      ) as unknown as Record<string, unknown>;
      for (const [veld, waarde] of Object.entries(verwacht)) assert.deepEqual(kader[veld], waarde, veld);
    });
  }

  it("the task list, next step and timeline come from the state", () => {
    const kader = maakDossierKader(feiten([OPENING, SIGNAAL]), lezer(["medewerker"]), "nl");
    assert.equal(kader.toestand.signalen.length, 1);
    assert.equal(kader.tijdlijn.signalen.length, 1);
    assert.ok(kader.takenlijst.length > 0);
    assert.equal(kader.vervolg.vt, null, "nothing sent: no answer awaited");
  });
});

describe("the register: not in the shared data, only what the history names (decision 0082)", () => {
  it("the shared state is the state without its register, nothing else left out", () => {
    const f = feiten([OPENING, SIGNAAL]);
    const kader = maakDossierKader(f, lezer(["medewerker"]), "nl");
    assert.equal("register" in kader.toestand, false);
    const { register: _weg, ...rest } = f.toestand;
    assert.deepEqual(kader.toestand, rest);
  });

  const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;
  const register: ReadonlyMap<string, Registratie> = new Map(
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [id(n), { type: "signaal_vastgelegd", volgnummer: n, stap: "signalen" }]),
  );
  const g = (n: number, type: string, gegevens: object = {}) =>
    ({ id: id(n), type, gegevens }) as unknown as Gebeurtenis;
  const gevallen: [string, Gebeurtenis[], number[]][] = [
    ["nothing shown: nothing", [], []],
    ["each entry shown", [g(3, "signaal_vastgelegd"), g(2, "signaal_vastgelegd")], [2, 3]],
    ["a correction: itself and the entry it corrects", [g(6, "correctie", { corrigeert: id(1) })], [1, 6]],
    [
      "a correction for a request: also the request",
      [g(7, "correctie", { corrigeert: id(2), verzoek: id(4) })],
      [2, 4, 7],
    ],
    ["a decision on a proposal: also the proposal", [g(8, "besluit_genomen", { voorstel: id(5) })], [5, 8]],
    ["a decision without a proposal: itself", [g(8, "besluit_genomen", {})], [8]],
    ["an id the register does not hold: left out", [g(9, "correctie", { corrigeert: id(1) })], [1]],
  ];
  for (const [naam, gebeurtenissen, verwacht] of gevallen) {
    it(naam, () => {
      const deel = registerVoorGeschiedenis(register, gebeurtenissen);
      assert.deepEqual(
        [...deel.keys()].sort(),
        verwacht.map((n) => id(n)),
      );
      for (const [k, r] of deel) assert.equal(r, register.get(k));
    });
  }
});

describe("conceptContextUit: the draft's context from the same read", () => {
  it("names the reader as the reporter, today's Dutch date, and the deciders' names the view read", () => {
    const context = conceptContextUit(
      { beslisserNamen: { [BETROKKENE]: "Peter Visser" }, nu: new Date("2026-11-22T23:30:00.000Z") },
      lezer(["medewerker"]),
    );
    assert.deepEqual(context.melder, { naam: "Sanne de Wit", organisatie: "De Regenboog", sector: "onderwijs" });
    assert.equal(context.vandaag, "2026-11-23");
    assert.deepEqual([...context.namen], [[BETROKKENE, "Peter Visser"]]);
  });
});

describe("guidance: each page carries its own, not every page's (decision 0065)", () => {
  const DISCLOSURE = { type: "signaal_vastgelegd", gegevens: { ...SIGNAAL.gegevens, disclosure: true } };
  const EER = {
    type: "signaal_vastgelegd",
    gegevens: { ...SIGNAAL.gegevens, bijzondereVormen: ["eergerelateerd_geweld"] },
  };

  it("the shared part holds no step's guidance", () => {
    const kader = maakDossierKader(feiten([OPENING, SIGNAAL]), lezer(["medewerker"]), "nl") as unknown as Record<
      string,
      unknown
    >;
    for (const veld of ["kennis", "gesprekHulp", "kindHulp", "definities", "kindcheckHulp"])
      assert.equal(veld in kader, false, veld);
    assert.equal(kader["disclosureHulp"], null, "no disclosure: no banner, no guidance");
    assert.equal(kader["bijzondereHulp"], null, "no accelerated route: no banner, no guidance");
  });

  it("a banner's guidance comes with the banner, in the reader's language", () => {
    for (const taal of ["nl", "en"] as const) {
      const kader = maakDossierKader(feiten([OPENING, DISCLOSURE, EER]), lezer(["medewerker"]), taal);
      assert.deepEqual(kader.disclosureHulp, disclosureHulp(taal));
      assert.ok(kader.versneld);
      assert.deepEqual(kader.bijzondereHulp, bijzondereHulp(taal));
    }
  });

  it("every Meldcode step's page has that step's guidance, in the reader's language", () => {
    for (const taal of ["nl", "en"] as const)
      for (const stap of STAPPEN)
        assert.deepEqual(STAP_HULP[stap](lezer([]), taal).kennis, stapKennis(stap, taal), stap);
    assert.notDeepEqual(stapKennis("signalen", "nl"), stapKennis("signalen", "en"));
  });

  it("the pages with more guidance get it: kindcheck, conversation, weighing, the child's page", () => {
    for (const taal of ["nl", "en"] as const) {
      assert.deepEqual(STAP_HULP.kindcheck(lezer([]), taal).kindcheckHulp, kindcheckHulp(taal));
      assert.deepEqual(STAP_HULP.gesprek(lezer([]), taal).gesprekHulp, gesprekHulp(taal));
      assert.deepEqual(STAP_HULP.gesprek(lezer([]), taal).kindHulp, kindHulp(taal));
      assert.deepEqual(STAP_HULP.kind(lezer([]), taal), { kindHulp: kindHulp(taal) });
      assert.deepEqual(
        STAP_HULP.wegen(lezer([], { sector: "jeugdhulp" }), taal).definities,
        definitiesVoorSector("jeugdhulp", taal),
      );
    }
  });

  it("an unknown sector gets the definitions of 'overig', in the reader's language", () => {
    for (const taal of ["nl", "en"] as const) {
      assert.deepEqual(
        STAP_HULP.wegen(lezer(["medewerker"], { sector: "ruimtevaart" as unknown as Sector }), taal).definities,
        definitiesVoorSector("overig", taal),
      );
    }
  });
});
