import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { GRONDEN_GEEN_GESPREK, KINDCHECK_AANLEIDINGEN, STAPPEN } from "../dossier/keuzes.ts";
import { definitiesVoorSector, dilemmasVoor, KENNIS, stapKennis, tekst } from "./inhoud.ts";
import {
  BEGRIPPEN,
  BIJZONDERE_ROUTES,
  DILEMMA_IDS,
  GESPREKSKAART_IDS,
  isSector,
  LEEFTIJDSGROEPEN,
  NAZORG_IDS,
  ONDERDELEN,
  PARTICIPATIE_IDS,
  SECTOREN,
  TALEN,
  VOORBEREIDING_IDS,
} from "./keuzes.ts";
import { kennisSchema, MAX_TEKST, type Tekst } from "./schema.ts";
import { leesBronbestand } from "../../../tests/helpers/bronbestand.ts";

type Gevonden = [pad: string, tekst: Tekst];

function isTekst(waarde: unknown): waarde is Tekst {
  if (typeof waarde !== "object" || waarde === null || Array.isArray(waarde)) return false;
  const sleutels = Object.keys(waarde).sort();
  return sleutels.length === 2 && sleutels[0] === "en" && sleutels[1] === "nl";
}

/** Every text in a part of the content, with the path to it, so a failure says where to look. */
function alleTeksten(waarde: unknown, pad: string): Gevonden[] {
  if (isTekst(waarde)) return [[pad, waarde]];
  if (Array.isArray(waarde)) {
    return waarde.flatMap((w: unknown, i) => {
      const id: unknown = typeof w === "object" && w !== null && "id" in w ? w.id : i;
      return alleTeksten(w, `${pad}[${String(id)}]`);
    });
  }
  if (typeof waarde === "object" && waarde !== null)
    return Object.entries(waarde).flatMap(([k, w]) => alleTeksten(w, `${pad}.${k}`));
  return [];
}

/** Words that give away a text left in the other language. */
const NEDERLANDS = /\b(het|een|niet|wordt|zijn|voor|bij|ouders)\b/i;
const ENGELS = /\b(the|and|with|you|your|is not)\b/i;

/** What is wrong with one text, if anything. */
function problemen([pad, t]: Gevonden): string[] {
  const fouten: string[] = [];
  for (const taal of TALEN) {
    if (typeof t[taal] !== "string" || t[taal].trim() === "") fouten.push(`${pad}.${taal} is empty`);
    if (t[taal].length > MAX_TEKST) fouten.push(`${pad}.${taal} has ${t[taal].length} characters`);
    if (/TODO|FIXME|XXX/.test(t[taal])) fouten.push(`${pad}.${taal} contains a placeholder`);
  }
  if (t.nl.trim() === t.en.trim()) fouten.push(`${pad}: the English equals the Dutch (translation forgotten?)`);
  if (NEDERLANDS.test(t.en)) fouten.push(`${pad}.en looks Dutch: ${t.en.slice(0, 60)}`);
  if (ENGELS.test(t.nl)) fouten.push(`${pad}.nl looks English: ${t.nl.slice(0, 60)}`);
  return fouten;
}

const ids = (lijst: readonly { id: string }[]) => lijst.map((x) => x.id);

describe("the knowledge content", () => {
  it("parses with the schema, unchanged", () => {
    const resultaat = kennisSchema.safeParse(KENNIS);
    assert.ok(
      resultaat.success,
      `schema issues: ${resultaat.success ? "" : JSON.stringify(resultaat.error.issues.slice(0, 5))}`,
    );
    assert.deepEqual(resultaat.data, KENNIS, "parsing changes nothing (no stray whitespace)");
  });

  it("has a version of the form date.serial", () => {
    assert.match(KENNIS.versie, /^\d{4}-\d{2}-\d{2}\.\d+$/, "versie");
  });

  for (const onderdeel of ONDERDELEN) {
    it(`${onderdeel}: every text in both languages, non-empty, translated, at most ${MAX_TEKST} characters, no placeholder`, () => {
      const gevonden = alleTeksten(KENNIS[onderdeel], onderdeel);
      assert.ok(gevonden.length > 0, `${onderdeel} holds texts`);
      assert.deepEqual(gevonden.flatMap(problemen), [], `problems in ${onderdeel}`);
    });
  }

  it("has guidance with 3 to 6 tips for every step of the dossier", () => {
    assert.deepEqual(Object.keys(KENNIS.stapKennis).sort(), [...STAPPEN].sort(), "exactly the steps of keuzes.ts");
    for (const stap of STAPPEN) {
      const { punten } = KENNIS.stapKennis[stap];
      assert.ok(punten.length >= 3 && punten.length <= 6, `${stap} has ${punten.length} tips`);
    }
  });

  it("prepares the conversation with every question of the issue and the four grounds of keuzes.ts", () => {
    assert.deepEqual(ids(KENNIS.gesprekVoorbereiding.vragen), [...VOORBEREIDING_IDS], "preparation questions");
    assert.deepEqual(
      ids(KENNIS.gesprekVoorbereiding.veiligheidscheck.gronden),
      [...GRONDEN_GEEN_GESPREK],
      "GRONDEN_GEEN_GESPREK, in order",
    );
  });

  it("has seven points on the conversation card and every question afterwards", () => {
    assert.deepEqual(ids(KENNIS.gesprekKaart.punten), [...GESPREKSKAART_IDS], "card points");
    assert.equal(KENNIS.gesprekKaart.punten.length, 7, "seven points");
    assert.deepEqual(ids(KENNIS.gesprekNazorg.vragen), [...NAZORG_IDS], "after the conversation");
  });

  it("has the three dilemmas, each with 3 to 5 possibilities", () => {
    assert.deepEqual(ids(KENNIS.dilemmas), [...DILEMMA_IDS], "dilemmas");
    for (const d of KENNIS.dilemmas)
      assert.ok(d.mogelijkheden.length >= 3 && d.mogelijkheden.length <= 5, `${d.id}: ${d.mogelijkheden.length}`);
  });

  it("has tips for every age band and guidance on recording the child's view", () => {
    assert.deepEqual(ids(KENNIS.kindGesprek.leeftijden), [...LEEFTIJDSGROEPEN], "age bands");
    for (const groep of KENNIS.kindGesprek.leeftijden)
      assert.ok(groep.tips.length >= 3 && groep.tips.length <= 6, `${groep.id}: ${groep.tips.length} tips`);
    assert.ok(KENNIS.kindGesprek.vastleggen.eigenWoorden.nl.length > 0, "the child's own words");
    assert.ok(KENNIS.kindGesprek.vastleggen.geinformeerd.nl.length > 0, "whether the child was informed");
  });

  it("has exactly nine participation points, p1 to p9", () => {
    assert.equal(KENNIS.participatie.length, 9, "nine action points");
    assert.deepEqual(ids(KENNIS.participatie), [...PARTICIPATIE_IDS], "p1..p9 in order");
  });

  it("has the three definitions with 3 to 5 examples for each of the six sectors", () => {
    assert.deepEqual(Object.keys(KENNIS.definities).sort(), [...BEGRIPPEN].sort(), "definitions");
    for (const begrip of BEGRIPPEN) {
      const voorbeelden = KENNIS.definities[begrip].voorbeelden;
      assert.deepEqual(Object.keys(voorbeelden).sort(), [...SECTOREN].sort(), `${begrip}: every sector`);
      for (const sector of SECTOREN) {
        const aantal = voorbeelden[sector].length;
        assert.ok(aantal >= 3 && aantal <= 5, `${begrip}.${sector} has ${aantal} examples`);
      }
    }
  });

  it("knows the same sectors as the database", () => {
    const schema = leesBronbestand("src/adapters/db/schema/organisaties.ts", [/\$\{t\.sector\} in \(/u]);
    const lijst = /\$\{t\.sector\} in \(([^)]*)\)/.exec(schema)?.[1];
    assert.ok(lijst, "the sector check is found in src/adapters/db/schema/organisaties.ts");
    const inDatabase = [...lijst.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    assert.deepEqual(inDatabase, [...SECTOREN], "SECTOREN mirrors organisaties_sector_check");
    assert.ok(isSector("jeugdhulp") && !isSector("politie"), "isSector");
  });

  it("explains every kindcheck trigger of keuzes.ts", () => {
    assert.deepEqual(
      ids(KENNIS.kindcheck.aanleidingen),
      [...KINDCHECK_AANLEIDINGEN],
      "KINDCHECK_AANLEIDINGEN, in order",
    );
  });

  it("has the four special routes with first steps, and the accelerated hour", () => {
    assert.deepEqual(ids(KENNIS.bijzondereRoutes.routes), [...BIJZONDERE_ROUTES], "routes");
    for (const route of KENNIS.bijzondereRoutes.routes)
      assert.ok(route.eersteStappen.length >= 3, `${route.id} has first steps`);
    assert.equal(KENNIS.bijzondereRoutes.versneld.termijnMinuten, 60, "within the hour (seed 003)");
    for (const taal of TALEN) {
      assert.match(
        KENNIS.bijzondereRoutes.versneld.deskundige[taal],
        /Landelijk Knooppunt/,
        `${taal}: names the national hub`,
      );
    }
  });

  it("tells to call 112 or Veilig Thuis in acute danger, and to record the call", () => {
    assert.deepEqual(KENNIS.acuutGevaar.nummers, { alarm: "112", veiligThuis: "0800 2000" }, "numbers");
    for (const taal of TALEN) {
      assert.match(KENNIS.acuutGevaar.uitleg[taal], /112/, `${taal}: 112`);
      assert.match(KENNIS.acuutGevaar.uitleg[taal], /0800 2000/, `${taal}: Veilig Thuis number`);
      assert.ok(
        KENNIS.acuutGevaar.stappen.some((s) => /vast|record/i.test(s[taal])),
        `${taal}: record the call afterwards`,
      );
    }
  });

  it("names the seeds behind every area", () => {
    assert.deepEqual(ids(KENNIS.bronnen), [...ONDERDELEN], "one source entry per area");
    for (const bron of KENNIS.bronnen) assert.ok(bron.seeds.length > 0, `${bron.id} names a seed`);
  });
});

describe("the accessors", () => {
  it("tekst picks the language", () => {
    const t = { nl: "Luister eerst", en: "Listen first" };
    assert.equal(tekst(t, "nl"), "Luister eerst", "nl");
    assert.equal(tekst(t, "en"), "Listen first", "en");
  });

  it("stapKennis gives the guidance of every step in both languages", () => {
    for (const stap of STAPPEN) {
      const nl = stapKennis(stap, "nl");
      const en = stapKennis(stap, "en");
      assert.equal(nl.uitleg, KENNIS.stapKennis[stap].uitleg.nl, `${stap} nl`);
      assert.equal(en.punten.length, KENNIS.stapKennis[stap].punten.length, `${stap} en tips`);
      assert.notEqual(nl.uitleg, en.uitleg, `${stap} differs per language`);
    }
  });

  it("definitiesVoorSector gives the three definitions with that sector's examples", () => {
    for (const sector of SECTOREN) {
      const d = definitiesVoorSector(sector, "en");
      for (const begrip of BEGRIPPEN) {
        assert.equal(d[begrip].definitie, KENNIS.definities[begrip].definitie.en, `${sector}.${begrip} definition`);
        assert.deepEqual(
          d[begrip].voorbeelden,
          KENNIS.definities[begrip].voorbeelden[sector].map((v) => v.en),
          `${sector}.${begrip} examples`,
        );
      }
    }
    const onderwijs = definitiesVoorSector("onderwijs", "nl").acuteOnveiligheid.voorbeelden;
    const opvang = definitiesVoorSector("kinderopvang", "nl").acuteOnveiligheid.voorbeelden;
    assert.notDeepEqual(onderwijs, opvang, "sectors have their own examples");
  });

  it("dilemmasVoor returns the matching dilemmas in content order, once, ignoring unknown situations", () => {
    assert.deepEqual(
      ids(dilemmasVoor(["zorg_mijden", "ouders_ontkennen"])),
      ["ouders_ontkennen", "zorg_mijden"],
      "content order",
    );
    assert.deepEqual(ids(dilemmasVoor(["ouders_ontkennen", "ouders_ontkennen"])), ["ouders_ontkennen"], "once");
    assert.deepEqual(dilemmasVoor(["onbekend"]), [], "unknown ignored");
    assert.deepEqual(dilemmasVoor([]), [], "nothing recorded, no dilemma");
  });
});
