import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { veiligeFoutgegevens } from "./fout-log.ts";

describe("logging an unexpected error", () => {
  it("keeps the class, code and frames, never the message or its parameters", () => {
    const oorzaak = Object.assign(new Error("duplicate key"), { code: "23505" });
    const fout = new Error(
      "Failed query: insert into gebeurtenissen values ($1)\nparams: L. vertelt over de blauwe plek",
      { cause: oorzaak },
    );
    const gegevens = veiligeFoutgegevens(fout, "/wachtwoord-instellen/abcdefgh12345");
    const tekst = JSON.stringify(gegevens);
    assert.ok(!tekst.includes("blauwe plek"), "no parameters");
    assert.ok(!tekst.includes("Failed query"), "no message");
    assert.ok(!tekst.includes("abcdefgh12345"), "no token from the path");
    assert.equal(gegevens["dbCode"], "23505", "database code kept");
    assert.match(gegevens["stapel"] ?? "", /^\s+at /, "frames kept");
  });
});
