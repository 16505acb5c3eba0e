import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  AFWEGINGSVRAGEN,
  VRAAG_NUMMERS,
  adviesVoorBesluit,
  evalueerAfweging,
  telAntwoord,
  type AfwegingUitkomst,
  type Antwoord,
  type Antwoorden,
  type Meldnorm,
  type PadStap,
  type Uitkomst,
  type VraagNummer,
} from "./afwegingskader.ts";

// Positional shorthand for a literal pad step; every field is still given explicitly.
const st = (
  vraag: VraagNummer,
  antwoord: Antwoord,
  geteldAls: "ja" | "nee",
  uitkomst: Uitkomst,
  meldnorm: Meldnorm | null,
  samenMetVeiligThuis: boolean,
): PadStap => ({ vraag, antwoord, geteldAls, uitkomst, meldnorm, samenMetVeiligThuis });
const DISC: PadStap = {
  vraag: "disclosure",
  antwoord: null,
  geteldAls: null,
  uitkomst: "melden",
  meldnorm: 1,
  samenMetVeiligThuis: true,
};
const Q1 = st(1, "ja", "ja", "volgende_vraag", null, false);
const Q2JA = st(2, "ja", "ja", "melden", 1, false);
const Q2NEE = st(2, "nee", "nee", "volgende_vraag", null, false);

interface Geval {
  naam: string;
  a: Antwoorden;
  disclosure: boolean;
  verwacht: AfwegingUitkomst;
}
const UIT = { melden: false, hulp: false, afsluiten: false, samenMetVeiligThuis: false, opnieuwMelden: false } as const;

// (a) Every distinct path, terminal and partial, with the full expected result written out.
const PADEN: Geval[] = [
  { naam: "leeg", a: {}, disclosure: false, verwacht: { ...UIT, volgendeVraag: 1, meldnorm: null, pad: [] } },
  {
    naam: "alleen 2 beantwoord: vraag 1 blijft open",
    a: { 2: "ja", 3: "nee" },
    disclosure: false,
    verwacht: { ...UIT, volgendeVraag: 1, meldnorm: null, pad: [] },
  },
  {
    naam: "1 nee: afsluiten",
    a: { 1: "nee" },
    disclosure: false,
    verwacht: {
      melden: false,
      hulp: false,
      afsluiten: true,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: null,
      pad: [st(1, "nee", "nee", "afsluiten", null, false)],
    },
  },
  {
    naam: "1 weet_niet: afsluiten",
    a: { 1: "weet_niet" },
    disclosure: false,
    verwacht: {
      melden: false,
      hulp: false,
      afsluiten: true,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: null,
      pad: [st(1, "weet_niet", "nee", "afsluiten", null, false)],
    },
  },
  {
    naam: "1 nee met antwoorden buiten het pad",
    a: { 1: "nee", 2: "ja", 3: "nee", 5: "nee" },
    disclosure: false,
    verwacht: {
      melden: false,
      hulp: false,
      afsluiten: true,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: null,
      pad: [st(1, "nee", "nee", "afsluiten", null, false)],
    },
  },
  {
    naam: "1 ja",
    a: { 1: "ja" },
    disclosure: false,
    verwacht: { ...UIT, volgendeVraag: 2, meldnorm: null, pad: [Q1] },
  },
  {
    naam: "1 ja, 2 ja: melden, verder met VT",
    a: { 1: "ja", 2: "ja" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: 3,
      meldnorm: 1,
      pad: [Q1, Q2JA],
    },
  },
  {
    naam: "VT: 3 nee",
    a: { 1: "ja", 2: "ja", 3: "nee" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: 1,
      pad: [Q1, Q2JA, st(3, "nee", "nee", "melden", 2, true)],
    },
  },
  {
    naam: "VT: 3 ja",
    a: { 1: "ja", 2: "ja", 3: "ja" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: 4,
      meldnorm: 1,
      pad: [Q1, Q2JA, st(3, "ja", "ja", "volgende_vraag", null, true)],
    },
  },
  {
    naam: "VT: 3 ja, 4 weet_niet",
    a: { 1: "ja", 2: "ja", 3: "ja", 4: "weet_niet" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: 1,
      pad: [Q1, Q2JA, st(3, "ja", "ja", "volgende_vraag", null, true), st(4, "weet_niet", "nee", "melden", 2, true)],
    },
  },
  {
    naam: "VT: 3 ja, 4 ja",
    a: { 1: "ja", 2: "ja", 3: "ja", 4: "ja" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: true,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: 5,
      meldnorm: 1,
      pad: [Q1, Q2JA, st(3, "ja", "ja", "volgende_vraag", null, true), st(4, "ja", "ja", "hulp", null, true)],
    },
  },
  {
    naam: "VT: 5 nee",
    a: { 1: "ja", 2: "ja", 3: "ja", 4: "ja", 5: "nee" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: true,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: true,
      volgendeVraag: null,
      meldnorm: 1,
      pad: [
        Q1,
        Q2JA,
        st(3, "ja", "ja", "volgende_vraag", null, true),
        st(4, "ja", "ja", "hulp", null, true),
        st(5, "nee", "nee", "opnieuw_melden", 3, true),
      ],
    },
  },
  {
    naam: "VT: 5 ja",
    a: { 1: "ja", 2: "ja", 3: "ja", 4: "ja", 5: "ja" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: true,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: 1,
      pad: [
        Q1,
        Q2JA,
        st(3, "ja", "ja", "volgende_vraag", null, true),
        st(4, "ja", "ja", "hulp", null, true),
        st(5, "ja", "ja", "hulp_met_afspraken", null, true),
      ],
    },
  },
  {
    naam: "2 nee",
    a: { 1: "ja", 2: "nee" },
    disclosure: false,
    verwacht: { ...UIT, volgendeVraag: 3, meldnorm: null, pad: [Q1, Q2NEE] },
  },
  {
    naam: "2 weet_niet",
    a: { 1: "ja", 2: "weet_niet" },
    disclosure: false,
    verwacht: {
      ...UIT,
      volgendeVraag: 3,
      meldnorm: null,
      pad: [Q1, st(2, "weet_niet", "nee", "volgende_vraag", null, false)],
    },
  },
  {
    naam: "2 nee, 3 nee: melden (norm 2)",
    a: { 1: "ja", 2: "nee", 3: "nee", 4: "ja" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: 2,
      pad: [Q1, Q2NEE, st(3, "nee", "nee", "melden", 2, false)],
    },
  },
  {
    naam: "2 nee, 3 ja",
    a: { 1: "ja", 2: "nee", 3: "ja" },
    disclosure: false,
    verwacht: {
      ...UIT,
      volgendeVraag: 4,
      meldnorm: null,
      pad: [Q1, Q2NEE, st(3, "ja", "ja", "volgende_vraag", null, false)],
    },
  },
  {
    naam: "2 nee, 4 nee: melden (norm 2)",
    a: { 1: "ja", 2: "nee", 3: "ja", 4: "nee" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: 2,
      pad: [Q1, Q2NEE, st(3, "ja", "ja", "volgende_vraag", null, false), st(4, "nee", "nee", "melden", 2, false)],
    },
  },
  {
    naam: "2 nee, 4 ja: hulp, 5 open",
    a: { 1: "ja", 2: "nee", 3: "ja", 4: "ja" },
    disclosure: false,
    verwacht: {
      melden: false,
      hulp: true,
      afsluiten: false,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: 5,
      meldnorm: null,
      pad: [Q1, Q2NEE, st(3, "ja", "ja", "volgende_vraag", null, false), st(4, "ja", "ja", "hulp", null, false)],
    },
  },
  {
    naam: "2 nee, 5 weet_niet: opnieuw melden",
    a: { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "weet_niet" },
    disclosure: false,
    verwacht: {
      melden: true,
      hulp: true,
      afsluiten: false,
      samenMetVeiligThuis: false,
      opnieuwMelden: true,
      volgendeVraag: null,
      meldnorm: 3,
      pad: [
        Q1,
        Q2NEE,
        st(3, "ja", "ja", "volgende_vraag", null, false),
        st(4, "ja", "ja", "hulp", null, false),
        st(5, "weet_niet", "nee", "opnieuw_melden", 3, false),
      ],
    },
  },
  {
    naam: "2 nee, 5 ja: hulp met afspraken",
    a: { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "ja" },
    disclosure: false,
    verwacht: {
      melden: false,
      hulp: true,
      afsluiten: false,
      samenMetVeiligThuis: false,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: null,
      pad: [
        Q1,
        Q2NEE,
        st(3, "ja", "ja", "volgende_vraag", null, false),
        st(4, "ja", "ja", "hulp", null, false),
        st(5, "ja", "ja", "hulp_met_afspraken", null, false),
      ],
    },
  },
  {
    naam: "disclosure, leeg",
    a: {},
    disclosure: true,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: 3,
      meldnorm: 1,
      pad: [DISC],
    },
  },
  {
    naam: "disclosure negeert 1 en 2",
    a: { 1: "nee", 2: "nee" },
    disclosure: true,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: 3,
      meldnorm: 1,
      pad: [DISC],
    },
  },
  {
    naam: "disclosure, 3 nee",
    a: { 3: "nee" },
    disclosure: true,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: 1,
      pad: [DISC, st(3, "nee", "nee", "melden", 2, true)],
    },
  },
  {
    naam: "disclosure, 3 ja",
    a: { 1: "ja", 3: "ja" },
    disclosure: true,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: 4,
      meldnorm: 1,
      pad: [DISC, st(3, "ja", "ja", "volgende_vraag", null, true)],
    },
  },
  {
    naam: "disclosure, 4 nee",
    a: { 3: "ja", 4: "nee", 5: "ja" },
    disclosure: true,
    verwacht: {
      melden: true,
      hulp: false,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: 1,
      pad: [DISC, st(3, "ja", "ja", "volgende_vraag", null, true), st(4, "nee", "nee", "melden", 2, true)],
    },
  },
  {
    naam: "disclosure, 4 ja",
    a: { 3: "ja", 4: "ja" },
    disclosure: true,
    verwacht: {
      melden: true,
      hulp: true,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: 5,
      meldnorm: 1,
      pad: [DISC, st(3, "ja", "ja", "volgende_vraag", null, true), st(4, "ja", "ja", "hulp", null, true)],
    },
  },
  {
    naam: "disclosure, 5 nee",
    a: { 2: "weet_niet", 3: "ja", 4: "ja", 5: "nee" },
    disclosure: true,
    verwacht: {
      melden: true,
      hulp: true,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: true,
      volgendeVraag: null,
      meldnorm: 1,
      pad: [
        DISC,
        st(3, "ja", "ja", "volgende_vraag", null, true),
        st(4, "ja", "ja", "hulp", null, true),
        st(5, "nee", "nee", "opnieuw_melden", 3, true),
      ],
    },
  },
  {
    naam: "disclosure, 5 ja",
    a: { 1: "nee", 3: "ja", 4: "ja", 5: "ja" },
    disclosure: true,
    verwacht: {
      melden: true,
      hulp: true,
      afsluiten: false,
      samenMetVeiligThuis: true,
      opnieuwMelden: false,
      volgendeVraag: null,
      meldnorm: 1,
      pad: [
        DISC,
        st(3, "ja", "ja", "volgende_vraag", null, true),
        st(4, "ja", "ja", "hulp", null, true),
        st(5, "ja", "ja", "hulp_met_afspraken", null, true),
      ],
    },
  },
];

describe("evalueerAfweging: elk pad", () => {
  for (const g of PADEN) {
    it(`${g.naam}${g.disclosure ? " (disclosure)" : ""}`, () => {
      assert.deepEqual(evalueerAfweging(g.a, { disclosure: g.disclosure }), g.verwacht);
    });
  }
});

// (b) Invariants over all 4^5 answer combinations, with and without disclosure.
const WAARDEN = [undefined, "ja", "nee", "weet_niet"] as const;
type Waarde = (typeof WAARDEN)[number];
const met = (a: Antwoorden, n: VraagNummer, w: Waarde): Antwoorden => {
  const kopie: Antwoorden = { ...a };
  if (w === undefined) delete kopie[n];
  else kopie[n] = w;
  return kopie;
};
const ALLE: { a: Antwoorden; disclosure: boolean }[] = [];
for (let i = 0; i < 4 ** 5; i++) {
  let a: Antwoorden = {};
  let rest = i;
  for (const n of VRAAG_NUMMERS) {
    a = met(a, n, WAARDEN[rest % 4]);
    rest = Math.floor(rest / 4);
  }
  ALLE.push({ a: Object.freeze(a), disclosure: false }, { a, disclosure: true });
}
const ev = (a: Antwoorden, disclosure: boolean) => evalueerAfweging(a, { disclosure });
const volgorde = (s: PadStap) => (s.vraag === "disclosure" ? 0 : s.vraag);
const isEindpunt = (s: PadStap) =>
  s.uitkomst === "afsluiten" ||
  s.uitkomst === "opnieuw_melden" ||
  s.uitkomst === "hulp_met_afspraken" ||
  (s.uitkomst === "melden" && s.meldnorm === 2);

describe("evalueerAfweging: invarianten over alle 2048 combinaties", () => {
  it("dekt 2048 verschillende invoeren", () => {
    assert.equal(new Set(ALLE.map((c) => JSON.stringify(c))).size, 2048);
  });

  it("weet_niet geeft hetzelfde als nee, behalve het antwoord in het pad", () => {
    let metTwijfel = 0;
    for (const { a, disclosure } of ALLE) {
      let nee: Antwoorden = a;
      for (const n of VRAAG_NUMMERS) if (a[n] === "weet_niet") nee = met(nee, n, "nee");
      const r = ev(a, disclosure);
      for (const s of r.pad) if (s.vraag !== "disclosure") assert.equal(s.antwoord, a[s.vraag]);
      if (r.pad.some((s) => s.antwoord === "weet_niet")) metTwijfel++;
      const zonder = {
        ...r,
        pad: r.pad.map((s) => (s.antwoord === "weet_niet" ? { ...s, antwoord: "nee" as const } : s)),
      };
      assert.deepEqual(zonder, ev(nee, disclosure));
    }
    assert.ok(metTwijfel > 100, "te weinig gevallen met weet_niet op het pad");
  });

  it("antwoorden buiten het pad veranderen niets", () => {
    let gewijzigd = 0;
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      const opPad = new Set<number>(r.pad.map(volgorde));
      if (r.volgendeVraag !== null) opPad.add(r.volgendeVraag);
      for (const n of VRAAG_NUMMERS) {
        if (opPad.has(n)) continue;
        for (const w of WAARDEN) {
          assert.deepEqual(ev(met(a, n, w), disclosure), r, `vraag ${n} = ${String(w)}`);
          gewijzigd++;
        }
      }
    }
    assert.ok(gewijzigd > 1000, "te weinig antwoorden buiten het pad gevarieerd");
  });

  it("afsluiten sluit melden en hulp uit; opnieuw melden impliceert melden met een meldnorm", () => {
    let afgesloten = 0;
    let opnieuw = 0;
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      if (r.afsluiten) {
        afgesloten++;
        assert.equal(r.melden || r.hulp, false);
      }
      if (r.opnieuwMelden) {
        opnieuw++;
        assert.equal(r.melden, true);
        assert.notEqual(r.meldnorm, null);
      }
    }
    assert.ok(afgesloten > 0 && opnieuw > 0, "afsluiten en opnieuw melden moeten voorkomen");
  });

  it("volgendeVraag is de open vraag na een niet-afsluitende stap; null precies na een eindpunt", () => {
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      const laatste = r.pad.at(-1);
      if (r.volgendeVraag === null) {
        assert.ok(laatste !== undefined && isEindpunt(laatste), `geen eindpunt: ${JSON.stringify(r)}`);
      } else {
        assert.equal(a[r.volgendeVraag], undefined);
        assert.ok(laatste === undefined || !isEindpunt(laatste), `eindpunt met open vraag: ${JSON.stringify(r)}`);
        assert.equal(r.volgendeVraag, laatste === undefined ? 1 : volgorde(laatste) === 0 ? 3 : volgorde(laatste) + 1);
      }
    }
  });

  it("disclosure impliceert melden, meldnorm 1 en samen met Veilig Thuis, zonder vragen 1 en 2", () => {
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      if (!disclosure) continue;
      assert.equal(r.melden && r.meldnorm === 1 && r.samenMetVeiligThuis, true);
      assert.deepEqual(r.pad[0], DISC);
      assert.ok(
        r.pad.every((s) => s.vraag !== 1 && s.vraag !== 2),
        "vraag 1 of 2 in pad na disclosure",
      );
    }
  });

  it("pad loopt strikt oplopend; meldnorm is die van de eerste meldende stap", () => {
    for (const { a, disclosure } of ALLE) {
      const r = ev(a, disclosure);
      r.pad.forEach((s, i) => {
        if (i > 0) assert.ok(volgorde(s) > volgorde(r.pad[i - 1] ?? s), "pad niet oplopend");
      });
      assert.equal(r.meldnorm, r.pad.find((s) => s.meldnorm !== null)?.meldnorm ?? null);
      assert.equal(
        r.melden,
        r.pad.some((s) => s.uitkomst === "melden" || s.uitkomst === "opnieuw_melden"),
      );
    }
  });
});

// (c) Advice for every terminal and for the partial states.
describe("adviesVoorBesluit", () => {
  const gevallen: [string, Antwoorden, boolean, ReturnType<typeof adviesVoorBesluit>][] = [
    ["1 nee", { 1: "nee" }, false, "afsluiten"],
    ["2 ja, 3 nee", { 1: "ja", 2: "ja", 3: "nee" }, false, "melden"],
    ["2 ja, 4 nee", { 1: "ja", 2: "ja", 3: "ja", 4: "nee" }, false, "melden"],
    ["2 ja, 5 nee", { 1: "ja", 2: "ja", 3: "ja", 4: "ja", 5: "nee" }, false, "melden_en_hulp"],
    ["2 ja, 5 ja", { 1: "ja", 2: "ja", 3: "ja", 4: "ja", 5: "ja" }, false, "melden_en_hulp"],
    ["2 nee, 3 nee", { 1: "ja", 2: "nee", 3: "nee" }, false, "melden"],
    ["2 nee, 4 nee", { 1: "ja", 2: "nee", 3: "ja", 4: "nee" }, false, "melden"],
    ["2 nee, 5 nee", { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "nee" }, false, "melden_en_hulp"],
    ["2 nee, 5 ja", { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "ja" }, false, "hulp"],
    ["disclosure, 3 nee", { 3: "nee" }, true, "melden"],
    ["disclosure, 4 nee", { 3: "ja", 4: "nee" }, true, "melden"],
    ["disclosure, 5 nee", { 3: "ja", 4: "ja", 5: "nee" }, true, "melden_en_hulp"],
    ["disclosure, 5 ja", { 3: "ja", 4: "ja", 5: "ja" }, true, "melden_en_hulp"],
    ["open: leeg", {}, false, null],
    ["open: 1 ja", { 1: "ja" }, false, null],
    ["open: 2 nee, 3 ja", { 1: "ja", 2: "nee", 3: "ja" }, false, null],
    ["open: hulp, 5 nog open", { 1: "ja", 2: "nee", 3: "ja", 4: "ja" }, false, null],
    ["open maar melden al nodig: 2 ja", { 1: "ja", 2: "ja" }, false, "melden"],
    ["open maar melden al nodig: disclosure", {}, true, "melden"],
    ["open: disclosure, hulp, 5 nog open", { 3: "ja", 4: "ja" }, true, "melden_en_hulp"],
  ];
  for (const [naam, a, disclosure, advies] of gevallen) {
    it(naam, () => assert.equal(adviesVoorBesluit(ev(a, disclosure)), advies));
  }
});

describe("AFWEGINGSVRAGEN en telAntwoord", () => {
  it("bevat de vijf vragen in volgorde met de officiële tekst", () => {
    assert.deepEqual(
      AFWEGINGSVRAGEN.map((v) => v.nummer),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(
      AFWEGINGSVRAGEN.map((v) => v.tekst),
      [
        "Heb ik op basis van de stappen 1 tot en met 3 van de meldcode een vermoeden van (dreiging van) huiselijk geweld en/of kindermishandeling?",
        "Schat ik op basis van de stappen 1 tot en met 3 van de meldcode in dat er sprake is van acute onveiligheid en/of structurele onveiligheid?",
        "Ben ik in staat effectieve hulp te bieden of te organiseren om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden?",
        "Aanvaarden de betrokkenen hulp om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden en zijn zij bereid zich hiervoor in te zetten?",
        "Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en/of het welzijn (herstel) van alle betrokkenen?",
      ],
    );
  });
  it("kan niet gewijzigd worden", () => {
    const v = AFWEGINGSVRAGEN[0];
    assert.ok(v !== undefined, "vraag 1 ontbreekt");
    assert.throws(() => {
      v.bijNee = "melden";
    }, TypeError);
    assert.throws(() => {
      (AFWEGINGSVRAGEN as unknown as unknown[]).push(null);
    }, TypeError);
    assert.equal(evalueerAfweging({ 1: "nee" }, { disclosure: false }).afsluiten, true);
  });
  it("telt weet_niet als nee", () => {
    assert.deepEqual((["ja", "nee", "weet_niet"] as const).map(telAntwoord), ["ja", "nee", "nee"]);
  });
});
