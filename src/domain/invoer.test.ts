import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { controleerInvoer, controleerVelden } from "./invoer.ts";

describe("controleerInvoer: NUL, lone surrogates and prototype keys are refused at the boundary", () => {
  const gevallen: readonly [string, unknown, readonly { veld: string; sleutel: string }[]][] = [
    ["plain text", { email: "a@b.example", waarneming: "Kind huilde.\nTwee regels, een tab\t." }, []],
    ["a correct surrogate pair (emoji)", { waarneming: "Tekening van een huis 🏠" }, []],
    ["numbers, booleans, null", { versie: 3, ja: true, niets: null }, []],
    ["NUL in an e-mail address", { email: "a\u0000@b.example" }, [{ veld: "email", sleutel: "fout.ongeldig_teken" }]],
    [
      "NUL in a nested field",
      { gegevens: { waarneming: "x\u0000y" } },
      [{ veld: "gegevens.waarneming", sleutel: "fout.ongeldig_teken" }],
    ],
    [
      "a lone high surrogate",
      { gegevens: { waarneming: "half \ud83c" } },
      [{ veld: "gegevens.waarneming", sleutel: "fout.ongeldig_teken" }],
    ],
    ["a lone low surrogate", { werknaam: "\udc00" }, [{ veld: "werknaam", sleutel: "fout.ongeldig_teken" }]],
    ["a swapped pair", { werknaam: "\udc00\ud800" }, [{ veld: "werknaam", sleutel: "fout.ongeldig_teken" }]],
    [
      "inside a list",
      { betrokkenen: ["goed", "f\u0000out"] },
      [{ veld: "betrokkenen.1", sleutel: "fout.ongeldig_teken" }],
    ],
    ["a top-level string", "x\u0000", [{ veld: "body", sleutel: "fout.ongeldig_teken" }]],
    [
      "__proto__ as own key (as JSON.parse makes it)",
      JSON.parse('{"gegevens":{"__proto__":{"x":1},"waarneming":"a"}}'),
      [{ veld: "gegevens.__proto__", sleutel: "fout.onbekend_veld" }],
    ],
    ["constructor", { constructor: { prototype: 1 } }, [{ veld: "constructor", sleutel: "fout.onbekend_veld" }]],
    ["prototype deep down", { a: [{ prototype: 1 }] }, [{ veld: "a.0.prototype", sleutel: "fout.onbekend_veld" }]],
    ["NUL in a key, echoed without it", { "a\u0000b": 1 }, [{ veld: "a\uFFFDb", sleutel: "fout.ongeldig_teken" }]],
  ];
  for (const [naam, invoer, verwacht] of gevallen) {
    it(naam, () => assert.deepEqual(controleerInvoer(invoer), verwacht));
  }

  it("prefixes paths", () => {
    assert.deepEqual(controleerInvoer({ q: "\u0000" }, "query"), [{ veld: "query.q", sleutel: "fout.ongeldig_teken" }]);
  });

  it("checks form and query pairs once per field name, __proto__ included", () => {
    assert.deepEqual(
      controleerVelden([
        ["a", "x\u0000"],
        ["a", "\u0000"],
        ["__proto__", "y"],
        ["b", "goed"],
      ]),
      [
        { veld: "a", sleutel: "fout.ongeldig_teken" },
        { veld: "__proto__", sleutel: "fout.onbekend_veld" },
      ],
    );
  });

  it("walks deeply nested input without exhausting the stack", () => {
    const diep = JSON.parse(`${"[".repeat(60_000)}"\\u0000"${"]".repeat(60_000)}`) as unknown;
    assert.equal(controleerInvoer(diep).length, 1);
  });
});
