import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DomeinFout } from "../fouten.ts";
import {
  besluitGevraagd,
  besluitRollen,
  besluitVraag,
  beslisserVan,
  krijgtBesluitTaken,
  magBesluiten,
} from "./besluit.ts";
import type { Rol } from "./keuzes.ts";
import { bouwToestand, type DossierToestand } from "./toestand.ts";
import { beoordeelGebeurtenis, type BeoordeeldeGebeurtenis, type ToevoegContext } from "./toevoegen.ts";
import { alsOpgeslagen, EINDVERANTWOORDELIJKE, MEDEWERKER, OPENING } from "../../../tests/helpers/gebeurtenissen.ts";

type Invoer = { readonly type: string; readonly gegevens: unknown };

const STANDAARD: readonly Rol[] = besluitRollen("eindverantwoordelijke");
const AF_BESLIST: readonly Rol[] = besluitRollen("aandachtsfunctionaris");
const context = (rollen: readonly Rol[], beslissers = STANDAARD): ToevoegContext => ({
  vandaag: "2026-11-22",
  rollen,
  beslissers,
  bewaarjaren: 5,
});

/** Each input with the roles of whoever records it; the decision by a decider, as the use-case would store it. */
function speel(...invoer: [Invoer, readonly Rol[]][]): DossierToestand {
  const beoordeeld: BeoordeeldeGebeurtenis[] = [];
  for (const [i, rollen] of invoer)
    beoordeeld.push(beoordeelGebeurtenis(bouwToestand(alsOpgeslagen(beoordeeld)), i, context(rollen)));
  return bouwToestand(alsOpgeslagen(beoordeeld));
}

const M: Rol[] = ["medewerker"];
const EV: Rol[] = ["eindverantwoordelijke"];
const AF: Rol[] = ["aandachtsfunctionaris"];
const AF_EV: Rol[] = ["aandachtsfunctionaris", "eindverantwoordelijke"];

const A = (vraag: number, antwoord: string): Invoer => ({
  type: "afweging_beantwoord",
  gegevens: { vraag, antwoord, toelichting: "Onderbouwing." },
});
/** Questions 1 and 2 answered yes: the weighing says report. */
const WEGING_KLAAR: [Invoer, Rol[]][] = [
  [OPENING, M],
  [A(1, "ja"), AF],
  [A(2, "ja"), AF],
];
const VOORSTEL = (besluit: string, extra: object = {}): Invoer => ({
  type: "besluit_voorgesteld",
  gegevens: { besluit, toelichting: "Voorstel na overleg.", ...extra },
});
const BESLUIT = (besluit: string, extra: object = {}): Invoer => ({
  type: "besluit_genomen",
  gegevens: { besluit, toelichting: "Besloten.", ...extra },
});
const GESLOTEN: Invoer = { type: "dossier_afgesloten", gegevens: { reden: "Klaar." } };

function uitkomst(fn: () => unknown): string {
  try {
    fn();
    return "toegestaan";
  } catch (f) {
    if (f instanceof DomeinFout) return `${f.code}:${f.velden.map((v) => v.sleutel).join(",")}`;
    throw f;
  }
}

describe("who takes the decision under the protocol", () => {
  const tabel: [string, Parameters<typeof besluitRollen>[0], readonly Rol[]][] = [
    ["the standard protocol: the eindverantwoordelijke", "eindverantwoordelijke", ["eindverantwoordelijke"]],
    [
      "a protocol naming the aandachtsfunctionaris adds that role",
      "aandachtsfunctionaris",
      ["eindverantwoordelijke", "aandachtsfunctionaris"],
    ],
    ["a protocol naming the medewerker adds nobody", "medewerker", ["eindverantwoordelijke"]],
  ];
  for (const [naam, protocolRol, verwacht] of tabel)
    it(naam, () => assert.deepEqual(besluitRollen(protocolRol), verwacht));

  const taken: [Rol[], boolean][] = [
    [M, false],
    [AF, true],
    [EV, true],
    [AF_EV, true],
    [["beheerder"], false],
    [["logbeheerder"], false],
  ];
  for (const [rollen, verwacht] of taken)
    it(`decision tasks for ${rollen.join("+")}: ${verwacht}`, () => assert.equal(krijgtBesluitTaken(rollen), verwacht));
});

describe("who may propose and who may decide, in each state", () => {
  const tabel: {
    naam: string;
    voor: [Invoer, Rol[]][];
    poging: Invoer;
    rollen: Rol[];
    beslissers?: readonly Rol[];
    verwacht: string;
  }[] = [
    {
      naam: "a medewerker proposes",
      voor: WEGING_KLAAR,
      poging: VOORSTEL("melden"),
      rollen: M,
      verwacht: "toegestaan",
    },
    {
      naam: "a medewerker cannot decide",
      voor: WEGING_KLAAR,
      poging: BESLUIT("melden"),
      rollen: M,
      verwacht: "GEEN_TOEGANG:fout.alleen_beslisser",
    },
    {
      naam: "an aandachtsfunctionaris proposes under the standard protocol",
      voor: WEGING_KLAAR,
      poging: VOORSTEL("melden"),
      rollen: AF,
      verwacht: "toegestaan",
    },
    {
      naam: "an aandachtsfunctionaris cannot decide under the standard protocol",
      voor: WEGING_KLAAR,
      poging: BESLUIT("melden"),
      rollen: AF,
      verwacht: "GEEN_TOEGANG:fout.alleen_beslisser",
    },
    {
      naam: "an aandachtsfunctionaris decides when the protocol names the role",
      voor: WEGING_KLAAR,
      poging: BESLUIT("melden"),
      rollen: AF,
      beslissers: AF_BESLIST,
      verwacht: "toegestaan",
    },
    {
      naam: "…and then does not propose",
      voor: WEGING_KLAAR,
      poging: VOORSTEL("melden"),
      rollen: AF,
      beslissers: AF_BESLIST,
      verwacht: "ONGELDIGE_INVOER:fout.beslisser_besluit_zelf",
    },
    {
      naam: "the eindverantwoordelijke decides",
      voor: WEGING_KLAAR,
      poging: BESLUIT("melden"),
      rollen: EV,
      verwacht: "toegestaan",
    },
    {
      naam: "the eindverantwoordelijke does not propose to himself",
      voor: WEGING_KLAAR,
      poging: VOORSTEL("melden"),
      rollen: EV,
      verwacht: "ONGELDIGE_INVOER:fout.beslisser_besluit_zelf",
    },
    {
      naam: "an aandachtsfunctionaris who is also eindverantwoordelijke decides at once",
      voor: WEGING_KLAAR,
      poging: BESLUIT("melden"),
      rollen: AF_EV,
      verwacht: "toegestaan",
    },
    {
      naam: "a beheerder never decides",
      voor: WEGING_KLAAR,
      poging: BESLUIT("melden"),
      rollen: ["beheerder"],
      verwacht: "GEEN_TOEGANG:fout.alleen_beslisser",
    },
    {
      naam: "nobody decides on someone else's behalf",
      voor: WEGING_KLAAR,
      poging: BESLUIT("melden", { genomenDoor: EINDVERANTWOORDELIJKE.id }),
      rollen: M,
      verwacht: "GEEN_TOEGANG:fout.alleen_beslisser",
    },
    {
      naam: "not even a decider names another",
      voor: WEGING_KLAAR,
      poging: BESLUIT("melden", { genomenDoor: MEDEWERKER.id }),
      rollen: EV,
      verwacht: "ONGELDIGE_INVOER:fout.genomen_door_vervallen",
    },
    {
      naam: "a proposal against the advice needs a motivation",
      voor: WEGING_KLAAR,
      poging: VOORSTEL("afsluiten"),
      rollen: M,
      verwacht: "ONGELDIGE_INVOER:fout.motivering_bij_afwijking",
    },
    {
      naam: "a proposal before the weighing (acute) needs a motivation",
      voor: [[OPENING, M]],
      poging: VOORSTEL("melden"),
      rollen: M,
      verwacht: "ONGELDIGE_INVOER:fout.motivering_zonder_afweging",
    },
    {
      naam: "…and with one it is a proposal",
      voor: [[OPENING, M]],
      poging: VOORSTEL("melden", { afwijkingMotivering: "Acuut gevaar." }),
      rollen: M,
      verwacht: "toegestaan",
    },
    {
      naam: "confirming a waiting proposal needs no reason",
      voor: [...WEGING_KLAAR, [VOORSTEL("melden"), M]],
      poging: BESLUIT("melden"),
      rollen: EV,
      verwacht: "toegestaan",
    },
    {
      naam: "changing a waiting proposal needs a reason",
      voor: [...WEGING_KLAAR, [VOORSTEL("melden"), M]],
      poging: BESLUIT("melden_en_hulp", { afwijkingMotivering: "Ook hulp." }),
      rollen: EV,
      verwacht: "ONGELDIGE_INVOER:fout.wijziging_zonder_reden",
    },
    {
      naam: "…and with one it is the decision",
      voor: [...WEGING_KLAAR, [VOORSTEL("melden"), M]],
      poging: BESLUIT("melden_en_hulp", {
        afwijkingMotivering: "Ook hulp.",
        wijzigingReden: "School kan zelf steun bieden.",
      }),
      rollen: EV,
      verwacht: "toegestaan",
    },
    {
      naam: "the afwegingskader rule still holds when confirming",
      voor: [
        [OPENING, M],
        [VOORSTEL("melden", { afwijkingMotivering: "Acuut." }), M],
      ],
      poging: BESLUIT("melden"),
      rollen: EV,
      verwacht: "ONGELDIGE_INVOER:fout.motivering_zonder_afweging",
    },
    {
      naam: "a newer proposal may replace a waiting one",
      voor: [...WEGING_KLAAR, [VOORSTEL("melden"), M]],
      poging: VOORSTEL("melden_en_hulp", { afwijkingMotivering: "Ook hulp." }),
      rollen: AF,
      verwacht: "toegestaan",
    },
    {
      naam: "a proposal after a decision (to take a new one)",
      voor: [...WEGING_KLAAR, [BESLUIT("melden"), EV]],
      poging: VOORSTEL("melden_en_hulp", { afwijkingMotivering: "Ook hulp." }),
      rollen: M,
      verwacht: "toegestaan",
    },
    {
      naam: "no proposal on a closed case",
      voor: [...WEGING_KLAAR, [GESLOTEN, M]],
      poging: VOORSTEL("melden"),
      rollen: M,
      verwacht: "DOSSIER_GESLOTEN:",
    },
    {
      naam: "no decision on a closed case",
      voor: [...WEGING_KLAAR, [GESLOTEN, M]],
      poging: BESLUIT("melden"),
      rollen: EV,
      verwacht: "DOSSIER_GESLOTEN:",
    },
  ];
  for (const geval of tabel) {
    it(geval.naam, () => {
      const toestand = speel(...geval.voor);
      assert.equal(
        uitkomst(() => beoordeelGebeurtenis(toestand, geval.poging, context(geval.rollen, geval.beslissers))),
        geval.verwacht,
      );
    });
  }
});

describe("a decision settles the waiting proposal", () => {
  it("confirming records which proposal, and the proposal no longer waits", () => {
    const t = speel(
      ...WEGING_KLAAR,
      [VOORSTEL("melden"), M],
      [BESLUIT("melden", { wijzigingReden: "Niet nodig." }), EV],
    );
    const besluit = t.besluiten[0];
    assert.equal(besluit?.gegevens.voorstel, t.voorstellen[0]?.gebeurtenisId, "linked to the proposal");
    assert.equal(besluit?.gegevens.wijzigingReden, undefined, "no reason kept for a confirmation");
    assert.equal(t.openVoorstel, null);
  });
  it("a newer proposal replaces the older: the decision settles the newest", () => {
    const t = speel(
      ...WEGING_KLAAR,
      [VOORSTEL("melden"), M],
      [VOORSTEL("melden_en_hulp", { afwijkingMotivering: "Ook hulp." }), AF],
      [BESLUIT("melden_en_hulp", { afwijkingMotivering: "Ook hulp." }), EV],
    );
    assert.equal(t.voorstellen.length, 2, "both stay in the record");
    assert.equal(t.besluiten[0]?.gegevens.voorstel, t.voorstellen[1]?.gebeurtenisId);
  });
  it("a proposal id sent by the caller is ignored: the domain fills it in", () => {
    const t = speel(...WEGING_KLAAR, [BESLUIT("melden", { voorstel: "00000000-0000-4000-9000-000000000001" }), EV]);
    assert.equal(t.besluiten[0]?.gegevens.voorstel, undefined);
  });
  it("a change keeps its reason", () => {
    const t = speel(
      ...WEGING_KLAAR,
      [VOORSTEL("melden"), M],
      [BESLUIT("hulp", { afwijkingMotivering: "Hulp kan.", wijzigingReden: "Ouders werken mee." }), EV],
    );
    assert.equal(t.besluiten[0]?.gegevens.wijzigingReden, "Ouders werken mee.");
  });
});

describe("what the deciders are asked, and when the eindverantwoordelijke gets access", () => {
  const tabel: [string, [Invoer, Rol[]][], string | null, boolean][] = [
    ["a fresh case: nothing", [[OPENING, M]], null, false],
    [
      "the weighing half done: nothing",
      [
        [OPENING, M],
        [A(1, "ja"), AF],
      ],
      null,
      false,
    ],
    ["the weighing done: a decision is asked", WEGING_KLAAR, "besluit_nemen", true],
    [
      "the weighing closed the case's worry (question 1 no): a decision is asked",
      [
        [OPENING, M],
        [A(1, "nee"), AF],
      ],
      "besluit_nemen",
      true,
    ],
    [
      "a proposal before the weighing (acute): it waits, and opens the case to the eindverantwoordelijke",
      [
        [OPENING, M],
        [VOORSTEL("melden", { afwijkingMotivering: "Acuut." }), M],
      ],
      "voorstel_beoordelen",
      true,
    ],
    ["a proposal after the weighing waits", [...WEGING_KLAAR, [VOORSTEL("melden"), M]], "voorstel_beoordelen", true],
    ["decided: nothing asked, access stays", [...WEGING_KLAAR, [BESLUIT("melden"), EV]], null, true],
    [
      "decided, then a new proposal: it waits",
      [...WEGING_KLAAR, [BESLUIT("melden"), EV], [VOORSTEL("hulp", { afwijkingMotivering: "Hulp kan." }), M]],
      "voorstel_beoordelen",
      true,
    ],
    [
      "closed with a proposal waiting: nothing asked",
      [...WEGING_KLAAR, [VOORSTEL("melden"), M], [GESLOTEN, M]],
      null,
      true,
    ],
  ];
  for (const [naam, invoer, vraag, gevraagd] of tabel) {
    it(naam, () => {
      const t = speel(...invoer);
      assert.equal(besluitVraag(t)?.soort ?? null, vraag, "task");
      assert.equal(besluitGevraagd(t), gevraagd, "access basis");
    });
  }
  it("dates the question by the proposal, or by the last answer", () => {
    const voorstel = speel(...WEGING_KLAAR, [VOORSTEL("melden"), M]);
    assert.equal(besluitVraag(voorstel)?.sinds, voorstel.voorstellen[0]?.vastgelegdOp.slice(0, 10));
    const klaar = speel(...WEGING_KLAAR);
    assert.equal(besluitVraag(klaar)?.sinds, klaar.antwoorden[2]?.beantwoordOp.slice(0, 10));
  });
});

describe("who took a stored decision", () => {
  it("the person who recorded it", () => {
    const t = speel(...WEGING_KLAAR, [BESLUIT("melden"), EV]);
    const besluit = t.besluiten[0];
    assert.ok(besluit);
    assert.deepEqual(beslisserVan(besluit), { id: EINDVERANTWOORDELIJKE.id, naam: EINDVERANTWOORDELIJKE.naam });
  });
  it("an event stored before decision 0020, recorded on the eindverantwoordelijke's behalf, still names him", () => {
    const oud = alsOpgeslagen([beoordeelGebeurtenis(bouwToestand([]), OPENING, context(M))]);
    const besluit = {
      id: "00000000-0000-4000-9000-000000000002",
      volgnummer: 2,
      type: "besluit_genomen" as const,
      stap: "beslissen" as const,
      actor: MEDEWERKER,
      opgetredenOp: "2026-11-01T10:00:00.000Z",
      gegevens: { besluit: "afsluiten" as const, genomenDoor: EINDVERANTWOORDELIJKE.id, toelichting: "Oud." },
    };
    const t = bouwToestand([...oud, besluit]);
    const b = t.besluiten[0];
    assert.ok(b);
    assert.deepEqual(
      beslisserVan(b),
      { id: EINDVERANTWOORDELIJKE.id, naam: null },
      "the named decider, whose name the reader looks up",
    );
    assert.equal(b.vastgelegdDoor.id, MEDEWERKER.id, "who recorded it stays visible");
    assert.equal(besluitVraag(t), null, "an old decision settles the case like a new one");
  });
  it("an old event where the recorder named himself", () => {
    const besluit = {
      id: "00000000-0000-4000-9000-000000000001",
      volgnummer: 1,
      type: "besluit_genomen" as const,
      stap: "beslissen" as const,
      actor: EINDVERANTWOORDELIJKE,
      opgetredenOp: "2026-11-01T10:00:00.000Z",
      gegevens: { besluit: "afsluiten" as const, genomenDoor: EINDVERANTWOORDELIJKE.id, toelichting: "Oud." },
    };
    const b = bouwToestand([besluit]).besluiten[0];
    assert.ok(b);
    assert.deepEqual(beslisserVan(b), { id: EINDVERANTWOORDELIJKE.id, naam: EINDVERANTWOORDELIJKE.naam });
  });
});

describe("magBesluiten", () => {
  const tabel: [Rol[], readonly Rol[], boolean][] = [
    [M, STANDAARD, false],
    [AF, STANDAARD, false],
    [AF, AF_BESLIST, true],
    [EV, STANDAARD, true],
    [AF_EV, STANDAARD, true],
    [M, AF_BESLIST, false],
  ];
  for (const [rollen, beslissers, verwacht] of tabel)
    it(`${rollen.join("+")} under ${beslissers.join("+")}: ${verwacht}`, () =>
      assert.equal(magBesluiten(rollen, beslissers), verwacht));
});
