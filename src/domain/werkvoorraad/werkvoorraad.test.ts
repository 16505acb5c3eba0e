import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALTIJD } from "../dossier/taakfeiten.ts";
import { ROLLEN, kan, type DossierFeiten, type Persoon } from "../toegang/beleid.ts";
import { dagenNa } from "../tijd/werkdagen.ts";
import {
  BOM,
  csvBestand,
  csvVeld,
  dagenSinds,
  isAchterstallig,
  isOpen,
  isTelbaar,
  magTellen,
  takenCijfers,
  vtGrens,
  wachtOpVtMeerDan,
} from "./werkvoorraad.ts";

describe("open and overdue tasks", () => {
  const gevallen: { vanaf: string; vandaag: string; open: boolean; achterstallig: boolean }[] = [
    { vanaf: ALTIJD, vandaag: "2026-12-04", open: true, achterstallig: false },
    { vanaf: "2026-12-03", vandaag: "2026-12-04", open: true, achterstallig: true },
    { vanaf: "2026-12-04", vandaag: "2026-12-04", open: true, achterstallig: true },
    { vanaf: "2026-12-05", vandaag: "2026-12-04", open: false, achterstallig: false },
    { vanaf: "2027-01-01", vandaag: "2026-12-31", open: false, achterstallig: false },
  ];
  for (const g of gevallen) {
    it(`vanaf ${g.vanaf} op ${g.vandaag}: open ${g.open}, achterstallig ${g.achterstallig}`, () => {
      assert.equal(isOpen({ vanaf: g.vanaf }, g.vandaag), g.open);
      assert.equal(isAchterstallig({ vanaf: g.vanaf }, g.vandaag), g.achterstallig);
    });
  }
  it("counts a case's tasks", () => {
    assert.deepEqual(takenCijfers([], "2026-12-04"), { open: 0, achterstallig: 0 });
    assert.deepEqual(
      takenCijfers(
        gevallen.map((g) => ({ vanaf: g.vanaf })),
        "2026-12-04",
      ),
      { open: 3, achterstallig: 2 },
    );
  });
});

describe("days since the last entry", () => {
  const gevallen: [string, string, number][] = [
    ["2026-12-04T09:00:00.000Z", "2026-12-04", 0],
    ["2026-12-03T23:30:00.000Z", "2026-12-04", 0], // 00:30 on the 4th in the Netherlands
    ["2026-12-03T22:30:00.000Z", "2026-12-04", 1],
    ["2026-06-30T21:59:00.000Z", "2026-07-01", 1], // summer time: 23:59 on the 30th
    ["2026-06-30T22:30:00.000Z", "2026-07-01", 0], // summer time: 00:30 on the 1st
    ["2025-12-04T12:00:00.000Z", "2026-12-04", 365],
    ["2026-12-05T12:00:00.000Z", "2026-12-04", 0],
  ];
  for (const [tijdstip, vandaag, dagen] of gevallen)
    it(`${tijdstip} → ${vandaag}: ${dagen}`, () => assert.equal(dagenSinds(tijdstip, vandaag), dagen));
});

describe("CSV for Dutch Excel", () => {
  const gevallen: [string | number | null, string][] = [
    ["Casus A", "Casus A"],
    [null, ""],
    [12, "12"],
    ["a;b", '"a;b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ["regel\nregel", '"regel\nregel"'],
    ["=SOM(A1)", "'=SOM(A1)"],
    ["+31", "'+31"],
    ["-1", "'-1"],
    ["@x", "'@x"],
    ["=a;b", `"'=a;b"`],
    ["Zoë", "Zoë"],
  ];
  for (const [waarde, verwacht] of gevallen)
    it(`${JSON.stringify(waarde)} → ${JSON.stringify(verwacht)}`, () => assert.equal(csvVeld(waarde), verwacht));
  it("writes the BOM, a header and CRLF lines", () => {
    assert.equal(
      csvBestand(
        ["a", "b"],
        [
          ["x", 1],
          [null, "y;z"],
        ],
      ),
      `${BOM}a;b\r\nx;1\r\n;"y;z"\r\n`,
    );
  });
});

describe("waiting for Veilig Thuis more than n working days", () => {
  it("the query's date boundary and the rule on one case agree, for every report date over 60 days, 70 days and n from 0 to 10", () => {
    for (let d = 0; d < 70; d++) {
      const vandaag = dagenNa("2026-11-20", d);
      for (let n = 0; n <= 10; n++) {
        const grens = vtGrens(vandaag, n);
        for (let s = 0; s < 60; s++) {
          const sinds = dagenNa(vandaag, -s);
          assert.equal(sinds <= grens, wachtOpVtMeerDan(sinds, vandaag, n), `${sinds} → ${vandaag}, n ${n}`);
        }
      }
    }
  });
  it("a case that does not wait never qualifies", () => {
    assert.equal(wachtOpVtMeerDan(null, "2026-12-04", 0), false);
  });
  it("five working days: a report of Thursday 26 November waits more than five on Friday 4 December, one of Friday 27 does not", () => {
    assert.equal(wachtOpVtMeerDan("2026-11-26", "2026-12-04", 5), true);
    assert.equal(wachtOpVtMeerDan("2026-11-27", "2026-12-04", 5), false);
  });
});

describe("counts per filter only where the policy gives every case (access matrix)", () => {
  const ORG = "00000000-0000-4000-8000-0000000000a1";
  const IK = "00000000-0000-4000-8000-0000000000b1";
  const ANDER = "00000000-0000-4000-8000-0000000000b2";
  const NU = "2026-12-04T10:00:00.000Z";
  // Every combination of the facts access depends on, for a case of the person's own organisation.
  const dossiers: DossierFeiten[] = [];
  for (const aangemaaktDoor of [IK, ANDER])
    for (const toegang of [
      [],
      [{ gebruikerId: IK, soort: "toegewezen" as const, door: ANDER }],
      [{ gebruikerId: IK, soort: "gedeeld" as const, door: ANDER }],
      [{ gebruikerId: ANDER, soort: "toegewezen" as const, door: IK }],
    ])
      for (const noodtoegang of [
        [],
        [{ gebruikerId: IK, tot: "2026-12-05T10:00:00.000Z" }],
        [{ gebruikerId: IK, tot: "2026-12-03T10:00:00.000Z" }],
      ])
        for (const besluitGevraagd of [false, true])
          for (const [soort, betrokkenMedewerkerId] of [
            ["meldcode", null],
            ["gedrag_kinderen", null],
            ["vermoeden_medewerker", null],
            ["vermoeden_medewerker", ANDER],
            ["vermoeden_medewerker", IK],
          ] as const)
            dossiers.push({
              organisatieId: ORG,
              aangemaaktDoor,
              toegang,
              noodtoegang,
              besluitGevraagd,
              soort,
              betrokkenMedewerkerId,
            });
  // Every set of roles, active or not.
  const rolsets = Array.from({ length: 1 << ROLLEN.length }, (_, m) => ROLLEN.filter((_r, i) => m & (1 << i)));
  for (const actief of [true, false]) {
    for (const rollen of rolsets) {
      const persoon: Persoon = { id: IK, organisatieId: ORG, rollen, actief };
      const zietAlles = dossiers.every((d) => kan(persoon, "bekijken", d, NU).toegestaan === isTelbaar(IK, d));
      it(`${actief ? "active" : "inactive"} ${rollen.join("+") || "no role"}: counts ${magTellen(persoon) ? "shown" : "not shown"}`, () => {
        // Shown exactly when the SQL rule of the counts (every case but one hidden from her) is the policy's
        // answer for every case: a count then counts only what she may see.
        assert.equal(magTellen(persoon), zietAlles);
      });
    }
  }
});
