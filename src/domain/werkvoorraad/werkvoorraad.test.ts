import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALTIJD } from "../dossier/taakfeiten.ts";
import { BOM, csvBestand, csvVeld, dagenSinds, isAchterstallig, isOpen, takenCijfers } from "./werkvoorraad.ts";

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
    assert.deepEqual(takenCijfers(gevallen.map((g) => ({ vanaf: g.vanaf })), "2026-12-04"), { open: 3, achterstallig: 2 });
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
  for (const [tijdstip, vandaag, dagen] of gevallen) it(`${tijdstip} → ${vandaag}: ${dagen}`, () => assert.equal(dagenSinds(tijdstip, vandaag), dagen));
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
  for (const [waarde, verwacht] of gevallen) it(`${JSON.stringify(waarde)} → ${JSON.stringify(verwacht)}`, () => assert.equal(csvVeld(waarde), verwacht));
  it("writes the BOM, a header and CRLF lines", () => {
    assert.equal(csvBestand(["a", "b"], [["x", 1], [null, "y;z"]]), `${BOM}a;b\r\nx;1\r\n;"y;z"\r\n`);
  });
});
