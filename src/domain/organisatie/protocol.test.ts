import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DomeinFout } from "../fouten.ts";
import { valideer } from "../validatie.ts";
import { leesProtocol, protocolSchema, STANDAARD_PROTOCOL } from "./protocol.ts";

describe("the organisation's protocol", () => {
  it("the standard protocol is valid", () => {
    assert.deepEqual(protocolSchema.parse(STANDAARD_PROTOCOL), STANDAARD_PROTOCOL, "valid");
  });

  it("falls back per part when something stored does not validate", () => {
    const eigen = { ...STANDAARD_PROTOCOL.stappen.gesprek, wie: "Leerkracht en intern begeleider" };
    const gelezen = leesProtocol({
      stappen: { gesprek: eigen, wegen: { wie: "" } },
      veiligThuis: { naam: "Veilig Thuis Utrecht", telefoon: "0800 2000" },
    });
    assert.equal(gelezen.stappen.gesprek.wie, "Leerkracht en intern begeleider", "own text kept");
    assert.deepEqual(gelezen.stappen.wegen, STANDAARD_PROTOCOL.stappen.wegen, "invalid step falls back");
    assert.equal(gelezen.veiligThuis.naam, "Veilig Thuis Utrecht", "own contact kept");
    assert.deepEqual(leesProtocol(null), STANDAARD_PROTOCOL, "nothing stored");
  });

  const fout: [string, unknown, string][] = [
    [
      "empty who",
      {
        ...STANDAARD_PROTOCOL,
        stappen: { ...STANDAARD_PROTOCOL.stappen, signalen: { ...STANDAARD_PROTOCOL.stappen.signalen, wie: " " } },
      },
      "stappen.signalen.wie",
    ],
    [
      "unknown role documents",
      {
        ...STANDAARD_PROTOCOL,
        stappen: {
          ...STANDAARD_PROTOCOL.stappen,
          wegen: { ...STANDAARD_PROTOCOL.stappen.wegen, documenteert: "beheerder" },
        },
      },
      "stappen.wegen.documenteert",
    ],
    [
      "a phone number with letters",
      { ...STANDAARD_PROTOCOL, veiligThuis: { naam: "VT", telefoon: "bel ons" } },
      "veiligThuis.telefoon",
    ],
    ["an unknown field", { ...STANDAARD_PROTOCOL, extra: 1 }, "extra"],
  ];
  for (const [naam, invoer, veld] of fout) {
    it(`refuses ${naam}`, () => {
      assert.throws(
        () => valideer(protocolSchema, invoer),
        (f: unknown) => f instanceof DomeinFout && f.velden.some((v) => v.veld === veld),
        naam,
      );
    });
  }
  it("names its own message for a phone number", () => {
    assert.throws(
      () => valideer(protocolSchema, { ...STANDAARD_PROTOCOL, veiligThuis: { naam: "VT", telefoon: "bel ons" } }),
      (f: unknown) => f instanceof DomeinFout && f.velden.some((v) => v.sleutel === "fout.telefoon"),
      "fout.telefoon",
    );
  });
});
