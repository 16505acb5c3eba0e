import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Rol } from "../dossier/keuzes.ts";
import {
  actieVoorGebeurtenis,
  ALGEMENE_ACTIES,
  DOSSIER_ACTIES,
  grondslagVoor,
  isVerborgenVoor,
  kan,
  kanAlgemeen,
  lijstBereik,
  magIntrekken,
  magOntvangen,
  type DossierActie,
  type DossierFeiten,
  type Persoon,
} from "./beleid.ts";

const ORG = "org-a";
const NU = "2026-11-22T09:00:00.000Z";
const IK = "ik";

/** The relation of the person to the dossier, as the matrix names it. */
type Relatie = "eigen" | "toegewezen" | "gedeeld" | "ander_in_organisatie" | "andere_organisatie";

function dossier(relatie: Relatie, extra: Partial<DossierFeiten> = {}): DossierFeiten {
  return {
    organisatieId: relatie === "andere_organisatie" ? "org-b" : ORG,
    aangemaaktDoor: relatie === "eigen" ? IK : "collega",
    toegang:
      relatie === "toegewezen"
        ? [{ gebruikerId: IK, soort: "toegewezen", door: "af" }]
        : relatie === "gedeeld"
          ? [{ gebruikerId: IK, soort: "gedeeld", door: "collega" }]
          : [],
    noodtoegang: [],
    besluitGevraagd: false,
    soort: "meldcode",
    betrokkenMedewerkerId: null,
    ...extra,
  };
}

function persoon(rollen: Rol[], actief = true): Persoon {
  return { id: IK, organisatieId: ORG, rollen, actief };
}

const LEZEN = new Set<DossierActie>([
  "bekijken",
  "toevoegen",
  "toegang_bekijken",
  "inzage_overzicht",
  "afdrukken",
  "exporteren",
  "correctieverzoek_vastleggen",
  "zienswijze_toevoegen",
]);
const ALLES = new Set<DossierActie>(DOSSIER_ACTIES);
/** A medewerker does everything on their own case but the responsible roles' work: deciding a family's request, preparing their copy. */
const ALLES_BEHALVE_VERANTWOORDELIJK = new Set<DossierActie>(
  DOSSIER_ACTIES.filter((a) => a !== "correctieverzoek_beslissen" && a !== "inzage_afschrift"),
);
/** An eindverantwoordelijke with a share reads and adds, decides a family's request and may prepare their copy. */
const LEZEN_EN_VERANTWOORDELIJK = new Set<DossierActie>([...LEZEN, "correctieverzoek_beslissen", "inzage_afschrift"]);
const NIETS = new Set<DossierActie>();

/**
 * The expected outcome for every role × relation: the basis recorded and the actions allowed.
 * Written out by hand, not computed, so the policy is checked against the intended model.
 */
const MATRIX: [Rol, Relatie, string | null, Set<DossierActie>][] = [
  ["medewerker", "eigen", "eigen", ALLES_BEHALVE_VERANTWOORDELIJK],
  ["medewerker", "toegewezen", "toegewezen", ALLES_BEHALVE_VERANTWOORDELIJK],
  ["medewerker", "gedeeld", "gedeeld", LEZEN],
  ["medewerker", "ander_in_organisatie", null, NIETS],
  ["medewerker", "andere_organisatie", null, NIETS],
  ["aandachtsfunctionaris", "eigen", "eigen", ALLES],
  ["aandachtsfunctionaris", "toegewezen", "toegewezen", ALLES],
  ["aandachtsfunctionaris", "gedeeld", "aandachtsfunctionaris", ALLES],
  ["aandachtsfunctionaris", "ander_in_organisatie", "aandachtsfunctionaris", ALLES],
  ["aandachtsfunctionaris", "andere_organisatie", null, NIETS],
  ["eindverantwoordelijke", "eigen", "eigen", ALLES],
  ["eindverantwoordelijke", "toegewezen", "toegewezen", ALLES],
  ["eindverantwoordelijke", "gedeeld", "gedeeld", LEZEN_EN_VERANTWOORDELIJK],
  ["eindverantwoordelijke", "ander_in_organisatie", null, NIETS],
  ["eindverantwoordelijke", "andere_organisatie", null, NIETS],
  // Beheerder and logbeheerder manage people and read the log; they see no case content at all,
  // not even one they were given (a share to them is refused, see magOntvangen).
  ["beheerder", "eigen", null, NIETS],
  ["beheerder", "toegewezen", null, NIETS],
  ["beheerder", "gedeeld", null, NIETS],
  ["beheerder", "ander_in_organisatie", null, NIETS],
  ["beheerder", "andere_organisatie", null, NIETS],
  ["logbeheerder", "eigen", null, NIETS],
  ["logbeheerder", "toegewezen", null, NIETS],
  ["logbeheerder", "gedeeld", null, NIETS],
  ["logbeheerder", "ander_in_organisatie", null, NIETS],
  ["logbeheerder", "andere_organisatie", null, NIETS],
];

describe("access to a dossier: role × relation × action", () => {
  for (const [rol, relatie, grondslag, toegestaan] of MATRIX) {
    it(`${rol}, ${relatie}: ${grondslag ?? "geen toegang"}`, () => {
      const d = dossier(relatie);
      assert.equal(grondslagVoor(persoon([rol]), d, NU), grondslag, "grondslag");
      for (const actie of DOSSIER_ACTIES) {
        const oordeel = kan(persoon([rol]), actie, d, NU);
        assert.equal(oordeel.toegestaan, toegestaan.has(actie), `${actie}`);
        if (oordeel.toegestaan) assert.equal(oordeel.grondslag, grondslag, `${actie}: grondslag`);
      }
    });
  }
});

describe("the special cases", () => {
  const cases: [string, Persoon, DossierFeiten, string | null][] = [
    [
      "the eindverantwoordelijke sees a case once a decision is asked",
      persoon(["eindverantwoordelijke"]),
      dossier("ander_in_organisatie", { besluitGevraagd: true }),
      "eindverantwoordelijke",
    ],
    [
      "…but not in another organisation",
      persoon(["eindverantwoordelijke"]),
      dossier("andere_organisatie", { besluitGevraagd: true }),
      null,
    ],
    [
      "emergency access counts until it expires",
      persoon(["eindverantwoordelijke"]),
      dossier("ander_in_organisatie", { noodtoegang: [{ gebruikerId: IK, tot: "2026-11-22T10:00:00.000Z" }] }),
      "noodtoegang",
    ],
    [
      "expired emergency access gives nothing",
      persoon(["eindverantwoordelijke"]),
      dossier("ander_in_organisatie", { noodtoegang: [{ gebruikerId: IK, tot: NU }] }),
      null,
    ],
    [
      "someone else's emergency access gives nothing",
      persoon(["eindverantwoordelijke"]),
      dossier("ander_in_organisatie", { noodtoegang: [{ gebruikerId: "ander", tot: "2026-11-23T09:00:00.000Z" }] }),
      null,
    ],
    ["a deactivated person has no access to their own case", persoon(["medewerker"], false), dossier("eigen"), null],
    [
      "several roles: the strongest basis wins",
      persoon(["medewerker", "aandachtsfunctionaris"]),
      dossier("gedeeld"),
      "aandachtsfunctionaris",
    ],
    [
      "a share counts before the eindverantwoordelijke's basis",
      persoon(["eindverantwoordelijke"]),
      dossier("gedeeld", { besluitGevraagd: true }),
      "gedeeld",
    ],
    [
      "a beheerder who is also medewerker sees their own case",
      persoon(["beheerder", "medewerker"]),
      dossier("eigen"),
      "eigen",
    ],
    [
      "a logbeheerder who is also aandachtsfunctionaris sees cases as af",
      persoon(["logbeheerder", "aandachtsfunctionaris"]),
      dossier("ander_in_organisatie"),
      "aandachtsfunctionaris",
    ],
  ];
  for (const [naam, p, d, verwacht] of cases) {
    it(naam, () => assert.equal(grondslagVoor(p, d, NU), verwacht, naam));
  }

  it("a family's request is decided by the aandachtsfunctionaris or eindverantwoordelijke, never under emergency access", () => {
    const tabel: [string, Persoon, DossierFeiten, boolean][] = [
      [
        "eindverantwoordelijke asked to decide",
        persoon(["eindverantwoordelijke"]),
        dossier("ander_in_organisatie", { besluitGevraagd: true }),
        true,
      ],
      [
        "eindverantwoordelijke with emergency access",
        persoon(["eindverantwoordelijke"]),
        dossier("ander_in_organisatie", { noodtoegang: [{ gebruikerId: IK, tot: "2026-11-22T10:00:00.000Z" }] }),
        false,
      ],
      ["medewerker who wrote the case", persoon(["medewerker"]), dossier("eigen"), false],
      [
        "medewerker who is also aandachtsfunctionaris",
        persoon(["medewerker", "aandachtsfunctionaris"]),
        dossier("eigen"),
        true,
      ],
    ];
    for (const [naam, p, d, verwacht] of tabel) {
      assert.equal(kan(p, "correctieverzoek_beslissen", d, NU).toegestaan, verwacht, naam);
      assert.equal(
        kan(p, "zienswijze_toevoegen", d, NU).toegestaan,
        grondslagVoor(p, d, NU) !== null,
        `${naam}: zienswijze`,
      );
    }
  });

  it("an append asks the action of its event type", () => {
    assert.equal(actieVoorGebeurtenis("correctieverzoek_vastgelegd"), "correctieverzoek_vastleggen");
    assert.equal(actieVoorGebeurtenis("correctieverzoek_beslist"), "correctieverzoek_beslissen");
    assert.equal(actieVoorGebeurtenis("zienswijze_toegevoegd"), "zienswijze_toevoegen");
    assert.equal(actieVoorGebeurtenis("correctie"), "toevoegen");
    assert.equal(actieVoorGebeurtenis("signaal_vastgelegd"), "toevoegen");
    assert.equal(actieVoorGebeurtenis({ type: "correctieverzoek_beslist" }), "toevoegen");
  });

  it("the one who shared may revoke their own share, even without the right to share", () => {
    const d = dossier("gedeeld");
    const medewerker = persoon(["medewerker"]);
    assert.equal(magIntrekken(medewerker, d, { door: IK }, NU).toegestaan, true, "own share");
    assert.equal(magIntrekken(medewerker, d, { door: "collega" }, NU).toegestaan, false, "someone else's share");
  });

  it("shares go only to active colleagues with a case role who have no basis of their own yet", () => {
    const d = dossier("ander_in_organisatie");
    const collega = (rollen: Rol[], extra: Partial<Persoon> = {}): Persoon => ({
      id: "ontvanger",
      organisatieId: ORG,
      rollen,
      actief: true,
      ...extra,
    });
    const tabel: [string, Persoon, DossierFeiten, boolean][] = [
      ["medewerker", collega(["medewerker"]), d, true],
      ["aandachtsfunctionaris (may be assigned)", collega(["aandachtsfunctionaris"]), d, true],
      ["logbeheerder only", collega(["logbeheerder"]), d, false],
      ["beheerder only", collega(["beheerder"]), d, false],
      ["inactive", collega(["medewerker"], { actief: false }), d, false],
      ["other organisation", collega(["medewerker"], { organisatieId: "org-b" }), d, false],
      ["the creator", collega(["medewerker"]), { ...d, aangemaaktDoor: "ontvanger" }, false],
      [
        "already shared",
        collega(["medewerker"]),
        { ...d, toegang: [{ gebruikerId: "ontvanger", soort: "gedeeld", door: "x" }] },
        false,
      ],
    ];
    for (const [naam, p, dd, verwacht] of tabel) assert.equal(magOntvangen(p, dd, NU), verwacht, naam);
  });
});

/**
 * A suspicion against a colleague (decision 0053): the staff member it is about has no basis whatever
 * their role or relation, the board sees it from the start, and only the aandachtsfunctionaris or the
 * board shares it. Written out by hand per role × relation, as for the Meldcode above.
 */
describe("a suspicion against a colleague", () => {
  const over = (relatie: Relatie, wie: string, extra: Partial<DossierFeiten> = {}) =>
    dossier(relatie, { soort: "vermoeden_medewerker", betrokkenMedewerkerId: wie, ...extra });
  const ZIEN_ZONDER_DELEN = LEZEN;
  const MATRIX_MEDEWERKER: [Rol, Relatie, string | null, Set<DossierActie>][] = [
    ["medewerker", "eigen", "eigen", ZIEN_ZONDER_DELEN],
    ["medewerker", "toegewezen", "toegewezen", ZIEN_ZONDER_DELEN],
    ["medewerker", "gedeeld", "gedeeld", ZIEN_ZONDER_DELEN],
    ["medewerker", "ander_in_organisatie", null, NIETS],
    ["aandachtsfunctionaris", "eigen", "eigen", ALLES],
    ["aandachtsfunctionaris", "ander_in_organisatie", "aandachtsfunctionaris", ALLES],
    ["eindverantwoordelijke", "eigen", "eigen", ALLES],
    ["eindverantwoordelijke", "gedeeld", "gedeeld", ALLES],
    ["eindverantwoordelijke", "ander_in_organisatie", "eindverantwoordelijke", ALLES],
    ["eindverantwoordelijke", "andere_organisatie", null, NIETS],
    ["beheerder", "ander_in_organisatie", null, NIETS],
  ];
  for (const [rol, relatie, grondslag, acties] of MATRIX_MEDEWERKER) {
    it(`someone else is concerned: ${rol} × ${relatie}`, () => {
      const d = over(relatie, "de-collega");
      assert.equal(grondslagVoor(persoon([rol]), d, NU), grondslag, "grondslag");
      for (const actie of DOSSIER_ACTIES)
        assert.equal(kan(persoon([rol]), actie, d, NU).toegestaan, acties.has(actie), actie);
    });
  }

  const RELATIES: Relatie[] = ["eigen", "toegewezen", "gedeeld", "ander_in_organisatie"];
  const ALLE_ROLLEN: Rol[][] = [
    ["medewerker"],
    ["aandachtsfunctionaris"],
    ["eindverantwoordelijke"],
    ["beheerder"],
    ["logbeheerder"],
    ["aandachtsfunctionaris", "eindverantwoordelijke", "medewerker", "beheerder", "logbeheerder"],
  ];
  for (const rollen of ALLE_ROLLEN) {
    for (const relatie of RELATIES) {
      it(`the colleague concerned is refused everything: ${rollen.join("+")} × ${relatie}`, () => {
        const d = over(relatie, IK, {
          besluitGevraagd: true,
          noodtoegang: [{ gebruikerId: IK, tot: "2026-11-23T09:00:00.000Z" }],
        });
        assert.equal(isVerborgenVoor(persoon(rollen), d), true);
        assert.equal(grondslagVoor(persoon(rollen), d, NU), null);
        for (const actie of DOSSIER_ACTIES) assert.equal(kan(persoon(rollen), actie, d, NU).toegestaan, false, actie);
        assert.equal(magIntrekken(persoon(rollen), d, { door: IK }, NU).toegestaan, false, "own share");
      });
    }
  }

  it("the colleague concerned can never be given a share or an assignment", () => {
    const d = over("ander_in_organisatie", "ontvanger");
    assert.equal(
      magOntvangen({ id: "ontvanger", organisatieId: ORG, rollen: ["medewerker"], actief: true }, d, NU),
      false,
    );
    assert.equal(
      magOntvangen({ id: "iemand-anders", organisatieId: ORG, rollen: ["medewerker"], actief: true }, d, NU),
      true,
    );
  });

  it("only the route vermoeden_medewerker hides a case; a name on another route changes nothing", () => {
    assert.equal(isVerborgenVoor(persoon(["medewerker"]), dossier("eigen", { betrokkenMedewerkerId: IK })), false);
    assert.equal(
      isVerborgenVoor(
        persoon(["medewerker"]),
        dossier("eigen", { soort: "gedrag_kinderen", betrokkenMedewerkerId: IK }),
      ),
      false,
    );
  });
});

describe("actions outside a dossier", () => {
  const tabel: [Rol[], Record<string, boolean>][] = [
    [
      ["medewerker"],
      {
        cijfers: false,
        vernietiging_bekijken: false,
        vernietiging_voorstellen: false,
        vernietiging_beoordelen: false,
        bewaarplicht_beheren: false,
        werkvoorraad: false,
        dossiers_lijst: true,
        dossier_aanmaken: true,
        noodtoegang_vragen: false,
        toegangslog_lezen: false,
        gebruikers_beheren: false,
        organisatie_beheren: false,
        protocol_lezen: true,
        oefenen: true,
        teamsessie_leiden: false,
      },
    ],
    [
      ["aandachtsfunctionaris"],
      {
        cijfers: true,
        vernietiging_bekijken: false,
        vernietiging_voorstellen: false,
        vernietiging_beoordelen: false,
        bewaarplicht_beheren: false,
        werkvoorraad: true,
        dossiers_lijst: true,
        dossier_aanmaken: true,
        noodtoegang_vragen: true,
        toegangslog_lezen: false,
        gebruikers_beheren: false,
        organisatie_beheren: false,
        protocol_lezen: true,
        oefenen: true,
        teamsessie_leiden: true,
      },
    ],
    [
      ["eindverantwoordelijke"],
      {
        cijfers: true,
        vernietiging_bekijken: true,
        vernietiging_voorstellen: false,
        vernietiging_beoordelen: true,
        bewaarplicht_beheren: true,
        werkvoorraad: true,
        dossiers_lijst: true,
        dossier_aanmaken: true,
        noodtoegang_vragen: true,
        toegangslog_lezen: false,
        gebruikers_beheren: false,
        organisatie_beheren: false,
        protocol_lezen: true,
        oefenen: true,
        teamsessie_leiden: false,
      },
    ],
    [
      ["beheerder"],
      {
        cijfers: true,
        vernietiging_bekijken: true,
        vernietiging_voorstellen: true,
        vernietiging_beoordelen: true,
        bewaarplicht_beheren: true,
        werkvoorraad: false,
        dossiers_lijst: false,
        dossier_aanmaken: false,
        noodtoegang_vragen: false,
        toegangslog_lezen: false,
        gebruikers_beheren: true,
        organisatie_beheren: true,
        protocol_lezen: true,
        oefenen: true,
        teamsessie_leiden: false,
      },
    ],
    [
      ["logbeheerder"],
      {
        cijfers: false,
        vernietiging_bekijken: false,
        vernietiging_voorstellen: false,
        vernietiging_beoordelen: false,
        bewaarplicht_beheren: false,
        werkvoorraad: false,
        dossiers_lijst: false,
        dossier_aanmaken: false,
        noodtoegang_vragen: false,
        toegangslog_lezen: true,
        gebruikers_beheren: false,
        organisatie_beheren: false,
        protocol_lezen: true,
        oefenen: true,
        teamsessie_leiden: false,
      },
    ],
  ];
  it("the table names every general action", () => {
    for (const [, verwacht] of tabel)
      assert.deepEqual(Object.keys(verwacht).sort(), ALGEMENE_ACTIES.filter((a) => a !== "eigen_account").sort());
  });
  for (const [rollen, verwacht] of tabel) {
    it(rollen.join("+"), () => {
      for (const [actie, mag] of Object.entries(verwacht))
        assert.equal(kanAlgemeen(persoon(rollen), actie as never), mag, actie);
      assert.equal(kanAlgemeen(persoon(rollen, false), "protocol_lezen"), false, "inactive: nothing");
    });
  }
});

describe("what a list pre-selects", () => {
  const tabel: [Rol[], boolean, boolean][] = [
    [["medewerker"], false, false],
    [["aandachtsfunctionaris"], true, false],
    [["eindverantwoordelijke"], false, true],
    [["beheerder", "logbeheerder"], false, false],
  ];
  for (const [rollen, alle, besluit] of tabel) {
    it(rollen.join("+"), () =>
      assert.deepEqual(
        lijstBereik(persoon(rollen)),
        { alleDossiers: alle, besluitGevraagde: besluit },
        rollen.join("+"),
      ),
    );
  }
});
