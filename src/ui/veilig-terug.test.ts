import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_TERUG_LENGTE, veiligTerug } from "./veilig-terug.ts";
import { leesCorpus } from "../../tests/helpers/open-redirect-corpus.ts";

describe("veiligTerug: the one rule for return paths", () => {
  const goed: readonly string[] = [
    "/",
    "/dossiers",
    "/dossiers/",
    "/dossiers/0b6f8d0e-7a51-4c52-9d0c-2f8c1e0a9b11/signalen?opgeslagen=1",
    "/toegangslog?van=2026-01-01&tot=2026-02-01",
    "/toegangslog?zoek=caf%C3%A9%2Fbar",
    "/protocol#stappen",
    "/beheer/documenten",
    "/dossiers/nieuw?naam=a%20b",
    "/account?terug=%2Fdossiers",
  ];
  for (const waarde of goed) {
    it(`follows ${JSON.stringify(waarde)}`, () => assert.equal(veiligTerug(waarde, "/start"), waarde));
  }

  const fout: readonly [string, unknown][] = [
    ["no value", null],
    ["not a string", ["/dossiers"]],
    ["empty", ""],
    ["one over the length limit", `/${"a".repeat(MAX_TERUG_LENGTE)}`],
    ["a lone escape", "/a%"],
    ["an escape with one digit", "/a%4"],
    ["an encoded control byte in the query", "/a?b=%0d%0a"],
    ["a literal non-ASCII character", "/caf\u00e9"],
    ["a literal ideographic full stop", "/\u3002/evil"],
    ["a literal full-width solidus", "/\uff0fevil"],
  ];
  for (const [naam, waarde] of fout) {
    it(`refuses ${naam}`, () => assert.equal(veiligTerug(waarde, "/start"), "/start"));
  }

  it("accepts a path exactly at the length limit", () => {
    const waarde = `/${"a".repeat(MAX_TERUG_LENGTE - 1)}`;
    assert.equal(veiligTerug(waarde, "/start"), waarde);
  });

  const corpus = leesCorpus();
  it("reads the open-redirect corpus", () => assert.ok(corpus.length >= 60, `payloads: ${corpus.length}`));
  for (const waarde of corpus) {
    it(`refuses corpus payload ${JSON.stringify(waarde)}`, () => {
      assert.equal(veiligTerug(waarde, "/start"), "/start");
    });
  }
});
