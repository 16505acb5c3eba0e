import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  beoordeelAfwijzing,
  beoordeelBewaarplicht,
  beoordeelGoedkeuring,
  beoordeelVoorstel,
  isBewaartermijnVerstreken,
  type BewaarFeiten,
} from "./vernietiging.ts";

const VANDAAG = "2031-03-15";
const verstreken: BewaarFeiten = { gesloten: true, bewaarTot: "2031-03-14", bewaarplicht: false, openVoorstel: null };
const voorgesteld: BewaarFeiten = { ...verstreken, openVoorstel: { door: "beheerder-a" } };

describe("the retention term", () => {
  const tabel: [string | null, string, boolean][] = [
    ["2031-03-14", VANDAAG, true],
    ["2031-03-15", VANDAAG, false], // kept until and including the date
    ["2031-03-16", VANDAAG, false],
    ["2020-01-01", VANDAAG, true],
    [null, VANDAAG, false],
    ["2031-12-31", "2032-01-01", true],
  ];
  for (const [bewaarTot, vandaag, verwacht] of tabel) {
    it(`kept until ${bewaarTot ?? "(none)"}, today ${vandaag}: ${verwacht ? "over" : "not over"}`, () =>
      assert.equal(isBewaartermijnVerstreken(bewaarTot, vandaag), verwacht));
  }
});

describe("proposing destruction", () => {
  const tabel: [string, BewaarFeiten, string | null][] = [
    ["closed, past its date", verstreken, null],
    ["still open (reopened)", { ...verstreken, gesloten: false }, "niet_gesloten"],
    ["closed without a retention date", { ...verstreken, bewaarTot: null }, "geen_bewaardatum"],
    ["on its retention date", { ...verstreken, bewaarTot: VANDAAG }, "termijn_loopt"],
    ["before its retention date", { ...verstreken, bewaarTot: "2040-01-01" }, "termijn_loopt"],
    ["under a legal hold", { ...verstreken, bewaarplicht: true }, "bewaarplicht"],
    ["already proposed", voorgesteld, "al_voorgesteld"],
    [
      "open and under a hold: being open is said first",
      { ...verstreken, gesloten: false, bewaarplicht: true },
      "niet_gesloten",
    ],
  ];
  for (const [naam, feiten, verwacht] of tabel)
    it(naam, () => assert.equal(beoordeelVoorstel(feiten, VANDAAG), verwacht));
});

describe("approving destruction", () => {
  const tabel: [string, BewaarFeiten, string, string | null][] = [
    ["a second beheerder", voorgesteld, "beheerder-b", null],
    ["the eindverantwoordelijke (another person)", voorgesteld, "eindverantwoordelijke", null],
    ["the proposer themselves", voorgesteld, "beheerder-a", "eigen_voorstel"],
    [
      "the proposer, even under a hold: the own proposal is said first",
      { ...voorgesteld, bewaarplicht: true },
      "beheerder-a",
      "eigen_voorstel",
    ],
    ["no open proposal (rejected or already destroyed)", verstreken, "beheerder-b", "geen_voorstel"],
    ["a legal hold placed after the proposal", { ...voorgesteld, bewaarplicht: true }, "beheerder-b", "bewaarplicht"],
    ["the case was reopened after the proposal", { ...voorgesteld, gesloten: false }, "beheerder-b", "niet_gesloten"],
    [
      "the case was closed again with a new date",
      { ...voorgesteld, bewaarTot: "2036-03-14" },
      "beheerder-b",
      "termijn_loopt",
    ],
  ];
  for (const [naam, feiten, wie, verwacht] of tabel)
    it(naam, () => assert.equal(beoordeelGoedkeuring(feiten, wie, VANDAAG), verwacht));
});

describe("rejecting a proposal", () => {
  const tabel: [string, BewaarFeiten, string | null][] = [
    ["an open proposal", voorgesteld, null],
    ["an open proposal under a hold (rejecting keeps the case)", { ...voorgesteld, bewaarplicht: true }, null],
    ["no open proposal", verstreken, "geen_voorstel"],
  ];
  for (const [naam, feiten, verwacht] of tabel) it(naam, () => assert.equal(beoordeelAfwijzing(feiten), verwacht));
});

describe("the legal hold", () => {
  const tabel: [boolean, "instellen" | "opheffen", string | null][] = [
    [false, "instellen", null],
    [true, "instellen", "al_blokkade"],
    [true, "opheffen", null],
    [false, "opheffen", "geen_blokkade"],
  ];
  for (const [actief, wat, verwacht] of tabel)
    it(`${wat}, hold ${actief ? "active" : "none"}`, () =>
      assert.equal(beoordeelBewaarplicht({ bewaarplicht: actief }, wat), verwacht));

  it("a hold blocks both proposal and approval, and lifting it frees both", () => {
    const onder = { ...verstreken, bewaarplicht: true };
    assert.equal(beoordeelVoorstel(onder, VANDAAG), "bewaarplicht");
    assert.equal(beoordeelGoedkeuring({ ...onder, openVoorstel: { door: "a" } }, "b", VANDAAG), "bewaarplicht");
    const opgeheven = { ...onder, bewaarplicht: false };
    assert.equal(beoordeelVoorstel(opgeheven, VANDAAG), null);
    assert.equal(beoordeelGoedkeuring({ ...opgeheven, openVoorstel: { door: "a" } }, "b", VANDAAG), null);
  });
});
