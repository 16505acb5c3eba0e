import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { adviesVoorBesluit, evalueerAfweging, type Antwoorden } from "../afweging/afwegingskader.ts";
import { DILEMMA_IDS, TALEN } from "../kennis/keuzes.ts";
import { casusInTaal, casusMetId, OEFENCASUSSEN, REFLECTIE_IDS, REFLECTIEVRAGEN } from "../kennis/oefencasussen.ts";
import { MAX_TEKST, type Tekst } from "../kennis/schema.ts";
import {
  ADVIEZEN,
  beoordeelAfweging,
  beoordeelKeuze,
  CODE_LENGTE,
  CODE_TEKENS,
  deelnamecodeUit,
  keuzeProbleem,
  MIN_ANTWOORDEN_SPREIDING,
  normaliseerDeelnamecode,
  OEFEN_SECTOREN,
  OEFEN_THEMAS,
  PUNT_AFWEGING,
  PUNT_REFLECTIE,
  puntenVan,
  spreidingVan,
  volgendPunt,
  type Beslispunt,
  type Oefencasus,
} from "./oefencasus.ts";

/** Words that give away a text left in the other language (as in the knowledge content's test). */
const NEDERLANDS = /\b(het|een|niet|wordt|zijn|voor|bij|ouders)\b/i;
const ENGELS = /\b(the|and|with|you|your|is not)\b/i;

/** Every text of a case with the path to it, so a failure says where to look. */
function teksten(c: Oefencasus): [string, Tekst][] {
  const uit: [string, Tekst][] = [
    ["titel", c.titel],
    ["kern", c.kern],
    ["naGesprek", c.naGesprek],
    ["gesprek.aandachtspunt", c.gesprek.aandachtspunt],
    ["afweging.waarom", c.afweging.waarom],
  ];
  for (const f of c.fasen) {
    uit.push(
      [`${f.id}.titel`, f.titel],
      [`${f.id}.verhaal`, f.verhaal],
      [`${f.id}.vraag`, f.beslispunt.vraag],
      [`${f.id}.weging`, f.beslispunt.weging],
    );
    for (const o of f.beslispunt.opties) uit.push([`${f.id}.${o.id}`, o.tekst]);
  }
  c.gesprek.reacties.forEach((r, i) => uit.push([`reactie ${i}`, r.reactie], [`mogelijkheid ${i}`, r.mogelijkheid]));
  c.teBeoordelen.forEach((t, i) => uit.push([`teBeoordelen ${i}`, t]));
  return uit;
}

describe("the practice cases", () => {
  it("are at least eight, with unique, URL-safe ids", () => {
    assert.ok(OEFENCASUSSEN.length >= 8, `cases: ${OEFENCASUSSEN.length}`);
    const ids = OEFENCASUSSEN.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("cover every sector and every dilemma of the issue", () => {
    assert.deepEqual([...new Set(OEFENCASUSSEN.map((c) => c.sector))].sort(), [...OEFEN_SECTOREN].sort());
    assert.deepEqual([...new Set(OEFENCASUSSEN.flatMap((c) => c.themas))].sort(), [...OEFEN_THEMAS].sort());
  });

  it("lead to every advice at least once, so practice is not always 'report'", () => {
    assert.deepEqual([...new Set(OEFENCASUSSEN.map((c) => c.afweging.advies))].sort(), [...ADVIEZEN].sort());
  });

  for (const c of OEFENCASUSSEN) {
    describe(c.id, () => {
      it("unfolds in at least two stages, each with a decision point and its feedback", () => {
        assert.ok(c.fasen.length >= 2);
        assert.equal(new Set(c.fasen.map((f) => f.id)).size, c.fasen.length, "unique stage ids");
        for (const f of c.fasen) {
          assert.ok(![PUNT_AFWEGING, PUNT_REFLECTIE].includes(f.id), `${f.id} clashes with a fixed point`);
          const p = f.beslispunt;
          assert.ok(p.opties.length >= 3, `${f.id}: at least three options`);
          assert.equal(new Set(p.opties.map((o) => o.id)).size, p.opties.length, `${f.id}: unique option ids`);
          const passend = p.opties.filter((o) => o.passend).length;
          if (p.soort === "enkele_keuze") assert.equal(passend, 1, `${f.id}: one best answer`);
          else assert.ok(passend >= 1 && passend < p.opties.length, `${f.id}: some options fit, some do not`);
          assert.ok(p.weging.nl.length > 80, `${f.id}: the feedback says what an aandachtsfunctionaris would weigh`);
        }
      });

      it("prepares the conversation: likely reactions with possibilities, and known dilemmas", () => {
        assert.ok(c.gesprek.reacties.length >= 2);
        for (const d of c.gesprek.dilemmas) assert.ok((DILEMMA_IDS as readonly string[]).includes(d), d);
      });

      it("expects the advice the real afwegingskader computes from its intended answers", () => {
        const berekend = adviesVoorBesluit(
          evalueerAfweging(c.afweging.antwoorden, { disclosure: c.afweging.disclosure }),
        );
        assert.equal(berekend, c.afweging.advies);
        const eigen = beoordeelAfweging(c, c.afweging.antwoorden, c.afweging.disclosure);
        assert.ok(eigen.zelfdeAdvies);
        assert.deepEqual(eigen.andersBeantwoord, []);
      });

      it("has every text in Dutch and English, short enough, in the right language", () => {
        for (const [pad, t] of teksten(c)) {
          for (const taal of TALEN) {
            assert.ok(t[taal].trim().length > 0, `${pad}.${taal} empty`);
            assert.ok(t[taal].length <= MAX_TEKST, `${pad}.${taal}: ${t[taal].length} characters`);
          }
          assert.notEqual(t.nl, t.en, `${pad}: not translated`);
          assert.doesNotMatch(t.en, NEDERLANDS, `${pad}.en looks Dutch`);
          assert.doesNotMatch(t.nl, ENGELS, `${pad}.nl looks English`);
        }
      });

      it("shows the story without giving the answers away", () => {
        for (const taal of TALEN) {
          const json = JSON.stringify(casusInTaal(c, taal));
          assert.ok(
            !json.includes("passend") &&
              !json.includes(c.afweging.waarom[taal]) &&
              !json.includes(c.fasen[0]!.beslispunt.weging[taal]),
          );
        }
      });
    });
  }

  it("finds a case by id and nothing else", () => {
    assert.equal(casusMetId(OEFENCASUSSEN[0]!.id), OEFENCASUSSEN[0]);
    for (const id of ["", "onbekend", "__proto__", "SAM-WORDT-STILLER"]) assert.equal(casusMetId(id), null, id);
  });

  it("asks the three reflection questions of Check je Gesprek", () => {
    assert.deepEqual(Object.keys(REFLECTIEVRAGEN).sort(), [...REFLECTIE_IDS].sort());
  });
});

const MEER: Beslispunt = {
  soort: "meerkeuze",
  vraag: { nl: "v", en: "q" },
  weging: { nl: "w", en: "w" },
  opties: [
    { id: "a", passend: true, tekst: { nl: "a", en: "a" } },
    { id: "b", passend: true, tekst: { nl: "b", en: "b" } },
    { id: "c", passend: false, tekst: { nl: "c", en: "c" } },
  ],
};
const EEN: Beslispunt = { ...MEER, soort: "enkele_keuze", opties: [MEER.opties[0]!, MEER.opties[2]!] };

describe("feedback at a decision point", () => {
  const tabel: [
    string,
    Beslispunt,
    string[],
    { goed: string[]; gemist: string[]; onnodig: string[]; helemaalGoed: boolean },
  ][] = [
    ["all fitting chosen", MEER, ["a", "b"], { goed: ["a", "b"], gemist: [], onnodig: [], helemaalGoed: true }],
    ["one missed", MEER, ["b"], { goed: ["b"], gemist: ["a"], onnodig: [], helemaalGoed: false }],
    [
      "one too many, in the case's order",
      MEER,
      ["c", "b", "a"],
      { goed: ["a", "b"], gemist: [], onnodig: ["c"], helemaalGoed: false },
    ],
    ["only the wrong one", MEER, ["c"], { goed: [], gemist: ["a", "b"], onnodig: ["c"], helemaalGoed: false }],
    ["single choice, right", EEN, ["a"], { goed: ["a"], gemist: [], onnodig: [], helemaalGoed: true }],
    ["single choice, wrong", EEN, ["c"], { goed: [], gemist: ["a"], onnodig: ["c"], helemaalGoed: false }],
  ];
  for (const [naam, punt, gekozen, verwacht] of tabel)
    it(naam, () => assert.deepEqual(beoordeelKeuze(punt, gekozen), verwacht));

  const problemen: [string, Beslispunt, string[], string | null][] = [
    ["nothing chosen (several)", MEER, [], "oefenen.fout.kies_minstens_een"],
    ["nothing chosen (single)", EEN, [], "oefenen.fout.kies_een"],
    ["two for a single choice", EEN, ["a", "c"], "oefenen.fout.kies_een"],
    ["an unknown option", MEER, ["a", "z"], "oefenen.fout.onbekende_keuze"],
    ["the same option twice", MEER, ["a", "a"], "oefenen.fout.onbekende_keuze"],
    ["a valid choice", MEER, ["a", "c"], null],
  ];
  for (const [naam, punt, gekozen, verwacht] of problemen)
    it(`refuses: ${naam}`, () => assert.equal(keuzeProbleem(punt, gekozen), verwacht));
});

describe("the afwegingskader on a practice case", () => {
  const noor = casusMetId("plekken-bij-noor")!;
  it("names the questions on the case's path that were answered otherwise, counting 'weet niet' as 'nee'", () => {
    const f = beoordeelAfweging(noor, { 1: "ja", 2: "weet_niet", 3: "ja", 4: "ja", 5: "ja" }, false);
    assert.equal(f.eigenAdvies, "hulp");
    assert.equal(f.casusAdvies, "melden");
    assert.equal(f.zelfdeAdvies, false);
    assert.deepEqual(f.andersBeantwoord, [2]);
  });
  it("an unfinished walk has no advice of its own", () => {
    const f = beoordeelAfweging(noor, { 1: "ja" }, false);
    assert.equal(f.eigenAdvies, null);
    assert.deepEqual(f.andersBeantwoord, [2]);
  });
});

describe("the walk through a case", () => {
  const c = OEFENCASUSSEN[0]!;
  it("goes stage by stage, then the reflection, then the weighing", () => {
    assert.deepEqual(puntenVan(c), [...c.fasen.map((f) => f.id), PUNT_REFLECTIE, PUNT_AFWEGING]);
    assert.equal(volgendPunt(c, new Set()), c.fasen[0]!.id);
    assert.equal(volgendPunt(c, new Set([c.fasen[1]!.id])), c.fasen[0]!.id, "a later answer skips nothing");
    assert.equal(volgendPunt(c, new Set(c.fasen.map((f) => f.id))), PUNT_REFLECTIE);
    assert.equal(volgendPunt(c, new Set(puntenVan(c))), null);
  });
});

describe("the spread of a team session", () => {
  const a: Antwoorden = { 1: "ja", 2: "ja" };
  const b: Antwoorden = { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "ja" };
  const c: Antwoorden = { 1: "nee", 2: "weet_niet" };
  it(`is withheld below ${MIN_ANTWOORDEN_SPREIDING} answers`, () => {
    assert.equal(spreidingVan([], false), null);
    assert.equal(spreidingVan([a, b], false), null);
  });
  it("counts every answer per question and every advice, without names", () => {
    const s = spreidingVan([a, b, c], false);
    assert.ok(s);
    assert.equal(s.aantal, 3);
    assert.deepEqual(s.perVraag[1], { ja: 2, nee: 1, weet_niet: 0 });
    assert.deepEqual(s.perVraag[2], { ja: 1, nee: 1, weet_niet: 1 });
    assert.deepEqual(s.perVraag[5], { ja: 1, nee: 0, weet_niet: 0 });
    assert.deepEqual(s.perAdvies, { melden: 1, melden_en_hulp: 0, hulp: 1, afsluiten: 1, geen: 0 });
  });
  it("applies the case's disclosure to every participant's advice", () => {
    const s = spreidingVan([c, c, {}], true);
    assert.deepEqual(s?.perAdvies, { melden: 3, melden_en_hulp: 0, hulp: 0, afsluiten: 0, geen: 0 });
  });
});

describe("join codes", () => {
  it("are six characters from an alphabet without look-alikes", () => {
    assert.doesNotMatch(CODE_TEKENS, /[01ILO]/);
    assert.equal(new Set(CODE_TEKENS).size, CODE_TEKENS.length);
    const code = deelnamecodeUit(new Uint8Array([0, 1, 30, 31, 255, 128]));
    assert.equal(code.length, CODE_LENGTE);
    assert.equal(code, "AB9AHE", "each byte modulo 31");
    assert.throws(() => deelnamecodeUit(new Uint8Array(5)), RangeError);
  });
  const tabel: [string, string | null][] = [
    ["ab98kf", "AB98KF"],
    [" AB9-8KF ", "AB98KF"],
    ["AB98K", null],
    ["AB98KFX", null],
    ["AB98K0", null],
    ["AB98KI", null],
    ["", null],
  ];
  for (const [invoer, verwacht] of tabel)
    it(JSON.stringify(invoer), () => assert.equal(normaliseerDeelnamecode(invoer), verwacht));
});
