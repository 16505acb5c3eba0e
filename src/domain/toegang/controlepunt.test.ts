import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  controlepuntSchema,
  controlepuntTekst,
  handtekeningKlopt,
  maakControlepunt,
  Verwachtingen,
  zelfdeKoppen,
  type KetenKop,
} from "./controlepunt.ts";

const SLEUTEL = new TextEncoder().encode("een-sleutel-van-minstens-32-tekens-lang");
const ANDERE = new TextEncoder().encode("een-andere-sleutel-van-32-tekens-of-meer");
const H = (c: string) => c.repeat(64);
const KOPPEN: KetenKop[] = [
  { keten: "b-org", lengte: 12, hash: H("b") },
  { keten: "a-org", lengte: 3, hash: H("a") },
];
const TIJD = "2026-11-22T09:00:00.000Z";

describe("checkpoints of the access log", () => {
  it("signs a fixed text: heads sorted by chain, whatever the order they came in", () => {
    assert.equal(controlepuntTekst(TIJD, KOPPEN), controlepuntTekst(TIJD, [...KOPPEN].reverse()));
    assert.equal(
      controlepuntTekst(TIJD, KOPPEN),
      `["meldwijzer-toegangslog-controlepunt",1,"${TIJD}",[["a-org",3,"${H("a")}"],["b-org",12,"${H("b")}"]]]`,
    );
    const punt = maakControlepunt(SLEUTEL, TIJD, KOPPEN);
    assert.deepEqual(
      punt.koppen.map((k) => k.keten),
      ["a-org", "b-org"],
    );
    assert.ok(
      controlepuntSchema.safeParse(JSON.parse(JSON.stringify(punt))).success,
      "a written checkpoint reads back",
    );
  });

  const punt = maakControlepunt(SLEUTEL, TIJD, KOPPEN);
  const gevallen: [string, boolean, () => boolean][] = [
    ["the untouched checkpoint", true, () => handtekeningKlopt(SLEUTEL, punt)],
    ["another key", false, () => handtekeningKlopt(ANDERE, punt)],
    [
      "a shorter chain written into it",
      false,
      () =>
        handtekeningKlopt(SLEUTEL, {
          ...punt,
          koppen: [{ keten: "a-org", lengte: 2, hash: H("a") }, KOPPEN[0] as KetenKop],
        }),
    ],
    ["a chain left out", false, () => handtekeningKlopt(SLEUTEL, { ...punt, koppen: [KOPPEN[0] as KetenKop] })],
    ["another time", false, () => handtekeningKlopt(SLEUTEL, { ...punt, tijdstip: "2026-11-23T09:00:00.000Z" })],
    ["a signature that is not hex", false, () => handtekeningKlopt(SLEUTEL, { ...punt, handtekening: "x".repeat(64) })],
  ];
  for (const [naam, verwacht, toets] of gevallen)
    it(`checks the signature: ${naam}`, () => assert.equal(toets(), verwacht, naam));

  it("refuses files that are not checkpoints", () => {
    for (const fout of [
      {},
      { ...punt, versie: 2 },
      { ...punt, koppen: [{ keten: "a", lengte: 0, hash: H("a") }] },
      { ...punt, koppen: [{ keten: "a", lengte: 1, hash: "kort" }] },
      { ...punt, extra: 1 },
    ]) {
      assert.equal(controlepuntSchema.safeParse(fout).success, false, JSON.stringify(fout).slice(0, 60));
    }
  });

  it("knows when the heads did not change", () => {
    assert.ok(zelfdeKoppen(KOPPEN, [...KOPPEN].reverse()));
    assert.ok(!zelfdeKoppen(KOPPEN, [{ ...(KOPPEN[0] as KetenKop), lengte: 13 }, KOPPEN[1] as KetenKop]));
  });

  it("holds the chain to what the checkpoints recorded: a rewritten entry, a shortened or vanished chain", () => {
    const v = new Verwachtingen();
    v.voegToe("cp-1", maakControlepunt(SLEUTEL, TIJD, [{ keten: "a-org", lengte: 3, hash: H("a") }]));
    v.voegToe(
      "cp-2",
      maakControlepunt(SLEUTEL, TIJD, [
        { keten: "a-org", lengte: 5, hash: H("c") },
        { keten: "b-org", lengte: 1, hash: H("b") },
      ]),
    );
    assert.deepEqual(v.ketens().sort(), ["a-org", "b-org"]);
    assert.equal(v.toets("a-org", 3, H("a")), null, "the recorded hash");
    assert.equal(v.toets("a-org", 4, H("d")), null, "a position no checkpoint recorded");
    assert.deepEqual(v.toets("a-org", 5, H("d")), {
      soort: "herschreven",
      keten: "a-org",
      volgnummer: 5,
      controlepunt: "cp-2",
    });
    assert.equal(v.toetsEinde("a-org", 5), null, "as long as recorded");
    assert.equal(v.toetsEinde("a-org", 9), null, "longer is fine: entries written since");
    assert.deepEqual(v.toetsEinde("a-org", 4), {
      soort: "ingekort",
      keten: "a-org",
      volgnummer: 4,
      verwacht: 5,
      controlepunt: "cp-2",
    });
    assert.deepEqual(
      v.toetsEinde("b-org", 0),
      { soort: "ingekort", keten: "b-org", volgnummer: 0, verwacht: 1, controlepunt: "cp-2" },
      "a chain gone altogether",
    );
    assert.equal(v.toetsEinde("c-org", 0), null, "a chain no checkpoint knows");
    v.voegToe("cp-3", maakControlepunt(SLEUTEL, TIJD, [{ keten: "a-org", lengte: 3, hash: H("a") }]));
    v.voegToe("cp-4", maakControlepunt(SLEUTEL, TIJD, [{ keten: "a-org", lengte: 3, hash: H("e") }]));
    assert.deepEqual(
      v.toets("a-org", 3, H("a")),
      { soort: "herschreven", keten: "a-org", volgnummer: 3, controlepunt: "cp-4" },
      "two checkpoints that disagree: the chain matches at most one",
    );
    assert.deepEqual(
      v.toets("a-org", 3, H("e")),
      { soort: "herschreven", keten: "a-org", volgnummer: 3, controlepunt: "cp-1" },
      "the earliest checkpoint is named",
    );
  });
});
