import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ROUTE_STAPPEN_GEDRAG, ROUTE_STAPPEN_MEDEWERKER, VLAGGEN } from "../dossier/keuzes.ts";
import { SECTOREN } from "./keuzes.ts";
import {
  GEDRAG_CRITERIA,
  ROUTE_GEDRAG,
  ROUTE_MEDEWERKER,
  VLAGGEN_KENNIS,
  routeKennis,
} from "./routes-naast-meldcode.inhoud.ts";
import { MAX_TEKST, tekstSchema } from "./schema.ts";

/** Every {nl, en} text in a value, with its path. */
function teksten(waarde: unknown, pad = ""): [string, { nl: string; en: string }][] {
  if (tekstSchema.safeParse(waarde).success) return [[pad, waarde as { nl: string; en: string }]];
  if (Array.isArray(waarde)) return waarde.flatMap((w, i) => teksten(w, `${pad}[${i}]`));
  if (waarde !== null && typeof waarde === "object")
    return Object.entries(waarde).flatMap(([k, w]) => teksten(w, `${pad}.${k}`));
  return [];
}

describe("guidance of the routes beside the Meldcode", () => {
  const alles = teksten({ ROUTE_MEDEWERKER, ROUTE_GEDRAG, VLAGGEN_KENNIS, GEDRAG_CRITERIA });
  it("has texts", () => assert.ok(alles.length > 60, String(alles.length)));
  it("every text in both languages, translated, at most the guidance limit, and 'case file' never 'dossier' in English", () => {
    for (const [pad, t] of alles) {
      assert.ok(t.nl.length > 0 && t.en.length > 0, pad);
      assert.ok(t.nl.length <= MAX_TEKST && t.en.length <= MAX_TEKST, `${pad}: te lang`);
      assert.notEqual(t.nl, t.en, `${pad}: niet vertaald`);
      assert.doesNotMatch(t.en, /\bdossier/iu, `${pad}: 'dossier' in het Engels`);
    }
  });
  it("each route's steps in the order of its step list, each once", () => {
    assert.deepEqual(
      ROUTE_MEDEWERKER.stappen.map((s) => s.id),
      [...ROUTE_STAPPEN_MEDEWERKER],
    );
    assert.deepEqual(
      ROUTE_GEDRAG.stappen.map((s) => s.id),
      [...ROUTE_STAPPEN_GEDRAG],
    );
  });
  it("a step that differs per sector has a text for every sector", () => {
    for (const stap of [...ROUTE_MEDEWERKER.stappen, ...ROUTE_GEDRAG.stappen]) {
      if (stap.perSector) assert.deepEqual(Object.keys(stap.perSector).sort(), [...SECTOREN].sort(), stap.id);
    }
    assert.ok(
      ROUTE_MEDEWERKER.stappen
        .find((s) => s.id === "toezicht_ingelicht")
        ?.perSector?.onderwijs.nl.includes("vertrouwensinspecteur"),
    );
    assert.ok(
      ROUTE_MEDEWERKER.stappen
        .find((s) => s.id === "toezicht_ingelicht")
        ?.perSector?.kinderopvang.nl.includes("vertrouwensinspecteur"),
    );
  });
  it("the four flags in order and the six criteria", () => {
    assert.deepEqual(
      VLAGGEN_KENNIS.map((v) => v.id),
      [...VLAGGEN],
    );
    assert.deepEqual(
      GEDRAG_CRITERIA.map((c) => c.id),
      ["toestemming", "vrijwilligheid", "gelijkwaardigheid", "leeftijd", "context", "zelfrespect"],
    );
  });
  it("every route but the Meldcode has guidance, marked for an expert", () => {
    assert.equal(routeKennis("meldcode"), null);
    assert.equal(routeKennis("vermoeden_medewerker")?.deskundige, true);
    assert.equal(routeKennis("gedrag_kinderen")?.deskundige, true);
  });
});
