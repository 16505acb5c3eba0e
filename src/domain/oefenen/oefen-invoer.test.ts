import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DomeinFout } from "../fouten.ts";
import {
  alsAfweging,
  alsKeuze,
  alsReflectie,
  alsTeamAntwoorden,
  leesAfweging,
  leesKeuze,
  leesReflectie,
  leesTeamAntwoorden,
  MAX_NOTITIE,
} from "./oefen-invoer.ts";
import type { Beslispunt } from "./oefencasus.ts";

/** The fields a refusal names, or "ok" when the input is accepted. */
function velden(werk: () => unknown): string[] | "ok" {
  try {
    werk();
    return "ok";
  } catch (fout) {
    assert.ok(fout instanceof DomeinFout && fout.code === "ONGELDIGE_INVOER", String(fout));
    return fout.velden.map((v) => v.veld);
  }
}

const PUNT: Beslispunt = {
  soort: "enkele_keuze",
  vraag: { nl: "v", en: "q" },
  weging: { nl: "w", en: "w" },
  opties: [
    { id: "a", passend: true, tekst: { nl: "a", en: "a" } },
    { id: "b", passend: false, tekst: { nl: "b", en: "b" } },
  ],
};

describe("what a person sends while practising", () => {
  const afweging: [string, Record<string, string>, string[] | "ok"][] = [
    ["a walk to a report", { disclosure: "nee", vraag_1: "ja", vraag_2: "ja" }, "ok"],
    ["a walk to closing", { disclosure: "nee", vraag_1: "nee" }, "ok"],
    ["disclosure alone reports", { disclosure: "ja" }, "ok"],
    [
      "help needs question 5",
      { disclosure: "nee", vraag_1: "ja", vraag_2: "nee", vraag_3: "ja", vraag_4: "ja" },
      ["vraag_5"],
    ],
    ["no disclosure answer", { vraag_1: "nee" }, ["disclosure"]],
    ["an answer that is not one", { disclosure: "nee", vraag_1: "ja", vraag_2: "soms" }, ["vraag_2"]],
    ["nothing at all", {}, ["disclosure"]],
  ];
  for (const [naam, invoer, verwacht] of afweging)
    it(`weighing: ${naam}`, () =>
      assert.deepEqual(
        velden(() => leesAfweging(invoer)),
        verwacht,
      ));

  it("a team session asks all five questions", () => {
    assert.deepEqual(
      velden(() =>
        leesTeamAntwoorden({ vraag_1: "ja", vraag_2: "nee", vraag_3: "weet_niet", vraag_4: "ja", vraag_5: "nee" }),
      ),
      "ok",
    );
    assert.deepEqual(
      velden(() => leesTeamAntwoorden({ vraag_1: "ja", vraag_3: "x" })),
      ["vraag_2", "vraag_3", "vraag_4", "vraag_5"],
    );
  });

  it("the reflection needs a word for each question, and not an essay", () => {
    assert.deepEqual(leesReflectie({ goed: " Rustig. ", ervaring_ouders: "Boos.", anders: "Eerder vragen." }), {
      goed: "Rustig.",
      ervaring_ouders: "Boos.",
      anders: "Eerder vragen.",
    });
    assert.deepEqual(
      velden(() => leesReflectie({ goed: "", ervaring_ouders: "x".repeat(MAX_NOTITIE + 1), anders: "y" })),
      ["goed", "ervaring_ouders"],
    );
  });

  it("a choice must be one of the point's options", () => {
    assert.deepEqual(leesKeuze(PUNT, ["a"]), { gekozen: ["a"] });
    assert.deepEqual(
      velden(() => leesKeuze(PUNT, ["a", "b"])),
      ["keuze"],
    );
  });

  it("reads stored answers back, and an unknown shape as nothing", () => {
    assert.deepEqual(alsKeuze({ gekozen: ["a"] }), { gekozen: ["a"] });
    assert.equal(alsKeuze("a"), null);
    assert.equal(alsAfweging({ antwoorden: {} }), null);
    assert.equal(alsReflectie({ goed: "x" }), null);
    assert.deepEqual(alsTeamAntwoorden({ 1: "ja", 2: "misschien", 9: "ja" }), { 1: "ja" });
    assert.deepEqual(alsTeamAntwoorden(null), {});
  });
});
