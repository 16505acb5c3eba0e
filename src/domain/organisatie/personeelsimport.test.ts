import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  herkenScheidingsteken,
  isImporteerbaar,
  leesPersoneelsbestand,
  leesRollen,
  markeerInGebruik,
  MAX_BESTAND_BYTES,
  MAX_RIJEN,
  telRijenMetProblemen,
} from "./personeelsimport.ts";

const bytes = (tekst: string) => new TextEncoder().encode(tekst);
const KOP = "naam;e-mail;rollen\n";

/** Each file, and the problem keys per data row (or of the file as a whole). */
const gevallen: { wat: string; tekst: string | Uint8Array; bestand?: string[]; rijen?: string[][] }[] = [
  {
    wat: "a correct file with ';'",
    tekst: `${KOP}Anna de Vries;anna@school.nl;medewerker\nBert Jansen;bert@school.nl;aandachtsfunctionaris|medewerker\n`,
    rijen: [[], []],
  },
  {
    wat: "a correct file with ','",
    tekst: "naam,e-mail,rollen\nAnna de Vries,anna@school.nl,medewerker beheerder\n",
    rijen: [[]],
  },
  {
    wat: "columns in another order, other header spellings",
    tekst: "Rollen;E-mailadres;Naam\nmedewerker;anna@school.nl;Anna\n",
    rijen: [[]],
  },
  {
    wat: "a BOM and CRLF as Excel writes",
    tekst: `\uFEFF${KOP.replace("\n", "\r\n")}Zoë Çelik;zoe@school.nl;medewerker\r\n;;\r\n`,
    rijen: [[]],
  },
  {
    wat: "a quoted name with the separator in it",
    tekst: `${KOP}"Vries; Anna de";anna@school.nl;medewerker\n`,
    rijen: [[]],
  },
  { wat: "missing name", tekst: `${KOP};anna@school.nl;medewerker\n`, rijen: [["naam_ontbreekt"]] },
  { wat: "a one-letter name", tekst: `${KOP}A;anna@school.nl;medewerker\n`, rijen: [["naam_te_kort"]] },
  {
    wat: "a name over 200 characters",
    tekst: `${KOP}${"a".repeat(201)};anna@school.nl;medewerker\n`,
    rijen: [["naam_te_lang"]],
  },
  { wat: "missing e-mail", tekst: `${KOP}Anna;;medewerker\n`, rijen: [["email_ontbreekt"]] },
  { wat: "malformed e-mail", tekst: `${KOP}Anna;anna-at-school.nl;medewerker\n`, rijen: [["email_ongeldig"]] },
  {
    wat: "duplicate e-mail within the file, any case",
    tekst: `${KOP}Anna;anna@school.nl;medewerker\nAnna 2;ANNA@school.nl;medewerker\n`,
    rijen: [[], ["email_dubbel"]],
  },
  { wat: "unknown role", tekst: `${KOP}Anna;anna@school.nl;medewerker|directeur\n`, rijen: [["rol_onbekend"]] },
  { wat: "no role", tekst: `${KOP}Anna;anna@school.nl;\n`, rijen: [["rol_ontbreekt"]] },
  { wat: "too many columns", tekst: `${KOP}Anna;anna@school.nl;medewerker;extra\n`, rijen: [["te_veel_kolommen"]] },
  { wat: "too few columns", tekst: `${KOP}Anna;anna@school.nl\n`, rijen: [["rol_ontbreekt"]] },
  {
    wat: "several problems in one row",
    tekst: `${KOP};fout;baas\n`,
    rijen: [["naam_ontbreekt", "email_ongeldig", "rol_onbekend"]],
  },
  { wat: "an empty file", tekst: "", bestand: ["bestand_leeg"] },
  { wat: "only whitespace", tekst: " \n\r\n", bestand: ["bestand_leeg"] },
  { wat: "only a header", tekst: KOP, bestand: ["geen_rijen"] },
  { wat: "a header without rollen", tekst: "naam;e-mail\nAnna;anna@school.nl\n", bestand: ["kopregel_onjuist"] },
  { wat: "a header with an unknown column", tekst: "naam;e-mail;rollen;telefoon\n", bestand: ["kopregel_onjuist"] },
  { wat: "no header row (data first)", tekst: "Anna;anna@school.nl;medewerker\n", bestand: ["kopregel_onjuist"] },
  { wat: "an unclosed quote", tekst: `${KOP}"Anna;anna@school.nl;medewerker\n`, bestand: ["onleesbaar"] },
  {
    wat: "not UTF-8 (Windows-1252 ë)",
    tekst: Uint8Array.from([...bytes(`${KOP}Zo`), 0xeb, ...bytes(";zoe@school.nl;medewerker\n")]),
    bestand: ["geen_utf8"],
  },
  {
    wat: `more than ${MAX_RIJEN} rows`,
    tekst: KOP + Array.from({ length: MAX_RIJEN + 1 }, (_, i) => `Persoon ${i};p${i}@school.nl;medewerker\n`).join(""),
    bestand: ["te_veel_rijen"],
  },
  {
    wat: "a file over the size limit",
    tekst: new Uint8Array(MAX_BESTAND_BYTES + 1).fill(0x61),
    bestand: ["bestand_te_groot"],
  },
];

describe("reading a staff list", () => {
  for (const geval of gevallen) {
    it(geval.wat, () => {
      const voorbeeld = leesPersoneelsbestand(typeof geval.tekst === "string" ? bytes(geval.tekst) : geval.tekst);
      assert.deepEqual(
        voorbeeld.bestandsproblemen.map((p) => p.sleutel),
        geval.bestand ?? [],
        "file problems",
      );
      assert.deepEqual(
        voorbeeld.rijen.map((r) => r.problemen.map((p) => p.sleutel)),
        geval.rijen ?? [],
        "row problems",
      );
      const zonderProblemen = (geval.bestand ?? []).length === 0 && (geval.rijen ?? []).every((r) => r.length === 0);
      assert.equal(isImporteerbaar(voorbeeld), zonderProblemen, "importable");
    });
  }

  it("keeps exactly MAX_RIJEN rows", () => {
    const tekst =
      KOP + Array.from({ length: MAX_RIJEN }, (_, i) => `Persoon ${i};p${i}@school.nl;medewerker\n`).join("");
    const voorbeeld = leesPersoneelsbestand(bytes(tekst));
    assert.equal(voorbeeld.rijen.length, MAX_RIJEN);
    assert.equal(isImporteerbaar(voorbeeld), true);
  });

  it("reads names, lower-cased addresses and roles, with the line each row starts on", () => {
    const voorbeeld = leesPersoneelsbestand(
      bytes(
        `${KOP}"Anna\nde Vries";Anna@School.NL;Medewerker | beheerder medewerker\n\nBert Jansen;bert@school.nl;logbeheerder\n`,
      ),
    );
    assert.equal(voorbeeld.scheidingsteken, ";");
    assert.deepEqual(
      voorbeeld.rijen.map((r) => [r.regel, r.naam, r.email, r.rollen]),
      [
        [2, "Anna\nde Vries", "anna@school.nl", ["medewerker", "beheerder"]],
        [5, "Bert Jansen", "bert@school.nl", ["logbeheerder"]],
      ],
    );
  });

  it("names the first line of a duplicate address", () => {
    const voorbeeld = leesPersoneelsbestand(
      bytes(`${KOP}Anna;anna@school.nl;medewerker\nBert;bert@school.nl;medewerker\nAnna;anna@school.nl;medewerker\n`),
    );
    assert.deepEqual(voorbeeld.rijen[2]?.problemen, [{ sleutel: "email_dubbel", waarden: { regel: 2 } }]);
  });

  it("marks addresses in use and then refuses the whole file", () => {
    const voorbeeld = markeerInGebruik(
      leesPersoneelsbestand(bytes(`${KOP}Anna;anna@school.nl;medewerker\nBert;bert@school.nl;medewerker\n`)),
      new Set(["bert@school.nl"]),
    );
    assert.deepEqual(
      voorbeeld.rijen.map((r) => r.problemen.map((p) => p.sleutel)),
      [[], ["email_in_gebruik"]],
    );
    assert.equal(isImporteerbaar(voorbeeld), false);
    assert.equal(telRijenMetProblemen(voorbeeld), 1);
  });

  const scheidingstekens: [string, string][] = [
    ["naam;e-mail;rollen", ";"],
    ["naam,e-mail,rollen", ","],
    ["naam;e-mail,adres;rollen", ";"],
    ["naam", ";"],
  ];
  for (const [kop, verwacht] of scheidingstekens)
    it(`detects "${verwacht}" in "${kop}"`, () => assert.equal(herkenScheidingsteken(kop), verwacht));

  const rollen: [string, string[], string[]][] = [
    ["medewerker", ["medewerker"], []],
    ["medewerker|beheerder", ["medewerker", "beheerder"], []],
    [" Aandachtsfunctionaris  EINDVERANTWOORDELIJKE ", ["aandachtsfunctionaris", "eindverantwoordelijke"], []],
    ["medewerker|medewerker", ["medewerker"], []],
    ["directeur|medewerker", ["medewerker"], ["directeur"]],
    ["", [], []],
  ];
  for (const [cel, bekend, onbekend] of rollen)
    it(`reads roles "${cel}"`, () => assert.deepEqual(leesRollen(cel), { rollen: bekend, onbekend }));
});
