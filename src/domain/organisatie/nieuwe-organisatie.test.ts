import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DomeinFout } from "../fouten.ts";
import { valideer } from "../validatie.ts";
import {
  linkBasis,
  metStandaardnaam,
  naamSleutel,
  nieuweOrganisatieSchema,
  sectorStandaarden,
  wachtwoordLink,
} from "./nieuwe-organisatie.ts";
import { STANDAARD_PROTOCOL } from "./protocol.ts";

function fouten(invoer: unknown): string[] {
  try {
    valideer(nieuweOrganisatieSchema, invoer);
    return [];
  } catch (fout) {
    assert.ok(fout instanceof DomeinFout, "a domain error");
    return fout.velden.map((v) => `${v.veld}:${v.sleutel}`);
  }
}

describe("a new organisation: the operator's input", () => {
  const goed = { naam: "OBS De Linde", sector: "onderwijs", beheerder: "ict@delinde.example" };
  const gevallen: [string, unknown, string[]][] = [
    ["complete input", goed, []],
    ["with a name for the beheerder", { ...goed, beheerderNaam: "Karin Smit" }, []],
    ["sociaal werk is a sector", { ...goed, sector: "sociaal_werk" }, []],
    ["an unknown sector", { ...goed, sector: "horeca" }, ["sector:fout.ongeldige_keuze"]],
    ["a malformed address", { ...goed, beheerder: "ict@delinde" }, ["beheerder:fout.ongeldig_formaat"]],
    ["an address without @", { ...goed, beheerder: "ict.delinde.example" }, ["beheerder:fout.ongeldig_formaat"]],
    ["no name", { sector: "onderwijs", beheerder: "ict@delinde.example" }, ["naam:fout.verplicht"]],
    ["a name of spaces", { ...goed, naam: "   " }, ["naam:fout.te_klein"]],
    ["a one-letter name", { ...goed, naam: "X" }, ["naam:fout.te_klein"]],
    [
      "no sector and no beheerder",
      { naam: "OBS De Linde" },
      ["sector:fout.ongeldige_keuze", "beheerder:fout.verplicht"],
    ],
    ["an unknown field", { ...goed, wachtwoord: "geheim" }, ["wachtwoord:fout.onbekend_veld"]],
  ];
  for (const [wat, invoer, verwacht] of gevallen) {
    it(wat, () => assert.deepEqual(fouten(invoer), verwacht, wat));
  }

  it("normalises the name's spacing and the address's capitals, and names an unnamed beheerder", () => {
    const invoer = metStandaardnaam(
      valideer(nieuweOrganisatieSchema, {
        naam: "  OBS   De Linde ",
        sector: "onderwijs",
        beheerder: "ICT@DeLinde.example",
      }),
    );
    assert.deepEqual(
      invoer,
      { naam: "OBS De Linde", sector: "onderwijs", beheerder: "ict@delinde.example", beheerderNaam: "Beheerder" },
      "normalised",
    );
  });

  it("treats names that differ in capitals or spacing as one", () => {
    assert.equal(naamSleutel(" OBS  de LINDE"), naamSleutel("OBS De Linde"), "same key");
    assert.notEqual(naamSleutel("OBS De Linde"), naamSleutel("OBS De Eik"), "different organisations");
  });
});

describe("a new organisation: the sector's defaults", () => {
  const gevallen: [Parameters<typeof sectorStandaarden>[0], number][] = [
    ["onderwijs", 5],
    ["kinderopvang", 5],
    ["jeugdhulp", 20],
    ["sociaal_werk", 5],
    ["gezondheidszorg", 20],
    ["overig", 5],
  ];
  for (const [sector, jaren] of gevallen) {
    it(`${sector}: ${jaren} years and the standard protocol`, () => {
      assert.deepEqual(sectorStandaarden(sector), { bewaarjaren: jaren, protocol: STANDAARD_PROTOCOL }, sector);
    });
  }
});

describe("the base of the one-time link (MELDWIJZER_BASIS_URL, as read by leesBasisUrl)", () => {
  const gevallen: [string, string | undefined, boolean, string | null][] = [
    ["unset, development", undefined, false, "http://localhost:3000"],
    ["unset, production", undefined, true, null],
    ["https in production", "https://meldwijzer.example.nl", true, "https://meldwijzer.example.nl"],
    ["a path is kept", "https://example.nl/meldwijzer", true, "https://example.nl/meldwijzer"],
    ["http in development", "http://localhost:8080", false, "http://localhost:8080"],
    ["http in production", "http://meldwijzer.example.nl", true, null],
  ];
  for (const [wat, waarde, productie, verwacht] of gevallen) {
    it(wat, () => {
      const uitkomst = linkBasis(waarde, productie);
      if (verwacht === null)
        assert.ok(
          "fout" in uitkomst && /MELDWIJZER_BASIS_URL/u.test(uitkomst.fout),
          `refused: ${JSON.stringify(uitkomst)}`,
        );
      else assert.deepEqual(uitkomst, { basis: verwacht }, wat);
    });
  }
  it("builds the link to the page that sets the password", () => {
    assert.equal(
      wachtwoordLink("https://example.nl/meldwijzer", "abc"),
      "https://example.nl/meldwijzer/wachtwoord-instellen/abc",
      "link",
    );
  });
});
