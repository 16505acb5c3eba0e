import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  CATALOGI,
  formatteerDatum,
  formatteerMaand,
  formatteerTijdstip,
  i18nVoor,
  TALEN,
  vertaler,
} from "./vertaal.ts";

describe("i18nVoor: one i18next instance per language (decision 0065)", () => {
  it("is made once per language and is fixed to it", () => {
    for (const taal of TALEN) {
      assert.equal(i18nVoor(taal), i18nVoor(taal));
      assert.equal(i18nVoor(taal).language, taal);
      assert.equal(i18nVoor(taal).t("dossier.overzicht"), CATALOGI[taal].dossier.overzicht);
      assert.equal(vertaler(taal)("dossier.overzicht"), CATALOGI[taal].dossier.overzicht);
    }
    assert.notEqual(i18nVoor("nl"), i18nVoor("en"));
    assert.notEqual(CATALOGI.nl.dossier.overzicht, CATALOGI.en.dossier.overzicht);
  });

  it("refuses to switch language, so one request cannot change another's", () => {
    assert.throws(() => i18nVoor("nl").changeLanguage("en"), /wisselt niet van taal/);
    assert.equal(i18nVoor("nl").language, "nl");
    assert.equal(i18nVoor("nl").t("dossier.overzicht"), CATALOGI.nl.dossier.overzicht);
  });
});

describe("formatteerMaand: a month by name, from one formatter per language and form", () => {
  const gevallen: [string, "nl" | "en", "kort" | "lang", string][] = [
    ["2026-11", "nl", "kort", "nov"],
    ["2026-11", "en", "kort", "Nov"],
    ["2026-01", "nl", "lang", "januari 2026"],
    ["2026-01", "en", "lang", "January 2026"],
    ["2025-12", "nl", "lang", "december 2025"],
  ];
  for (const [maand, taal, vorm, verwacht] of gevallen)
    it(`${maand} ${taal} ${vorm}`, () => assert.equal(formatteerMaand(maand, taal, vorm).replace(".", ""), verwacht));
});

describe("the fast t of a language (vertaler) gives i18next's texts (decisions 0065, 0070)", () => {
  const gevallen: [string, Record<string, unknown> | undefined][] = [
    ["dossier.overzicht", undefined],
    ["dossier.verwijzing", { verwijzing: "ab12cd34" }],
    ["tijdlijn.tabel_tonen", { count: 1 }],
    ["tijdlijn.tabel_tonen", { count: 3 }],
    ["bestaat.niet", undefined],
    ["bestaat.niet", { defaultValue: "Standaard" }],
  ];
  for (const taal of TALEN)
    for (const [sleutel, opties] of gevallen)
      it(`${taal}: ${sleutel} ${JSON.stringify(opties) ?? ""}`, () => {
        const instantie = i18nVoor(taal);
        const verwacht = opties ? instantie.t(sleutel, opties) : instantie.t(sleutel);
        const snel = vertaler(taal);
        // Twice: the second answer of a key without options comes from what was kept.
        for (let i = 0; i < 2; i++) {
          assert.equal(opties ? snel(sleutel, opties) : snel(sleutel), verwacht);
        }
      });
});

describe("the fast t fills in variables as i18next does, for every text with variables (decision 0070)", () => {
  type Boom = { readonly [sleutel: string]: string | Boom };
  const teksten = (boom: Boom, voor = ""): [string, string][] =>
    Object.entries(boom).flatMap(([k, v]) =>
      typeof v === "string" ? [[`${voor}${k}`, v]] : teksten(v, `${voor}${k}.`),
    );
  for (const taal of TALEN) {
    const metVariabelen = teksten(CATALOGI[taal] as Boom).filter(([, tekst]) => tekst.includes("{{"));
    it(`${taal}: ${metVariabelen.length} texts, with strings, numbers, a value like a pattern, and a variable left out`, () => {
      assert.ok(metVariabelen.length > 50);
      const instantie = i18nVoor(taal);
      const snel = vertaler(taal);
      for (const [sleutel, tekst] of metVariabelen) {
        const namen = [...tekst.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
        const gevallen: Record<string, unknown>[] = [
          Object.fromEntries(namen.map((n, i) => [n, `waarde ${i} $& {{${n}}}`])),
          Object.fromEntries(namen.map((n, i) => [n, i + 0.5])),
          Object.fromEntries(namen.slice(1).map((n) => [n, "x"])),
          { ...Object.fromEntries(namen.map((n) => [n, "x"])), defaultValue: "Standaard" },
        ];
        for (const opties of gevallen)
          for (let i = 0; i < 2; i++)
            assert.equal(snel(sleutel, opties), instantie.t(sleutel, opties), `${sleutel} ${JSON.stringify(opties)}`);
      }
    });
  }
});

describe("formatteerTijdstip and formatteerDatum write what Intl writes in the Netherlands' time zone", () => {
  const intl = (taal: "nl" | "en", opties: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(taal === "nl" ? "nl-NL" : "en-GB", { timeZone: "Europe/Amsterdam", ...opties });
  const tijdstip = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" } as const;
  // Around both clock changes of 2026 (29 March and 25 October, 01:00 UTC), midnight, the turn of a year,
  // seconds and milliseconds just before a minute, a moment before 1970; then many spread over a century.
  const randen = [
    "2026-03-29T00:59:59.999Z",
    "2026-03-29T01:00:00.000Z",
    "2026-03-29T01:30:00.000Z",
    "2026-10-25T00:00:00.000Z",
    "2026-10-25T00:59:59.000Z",
    "2026-10-25T01:00:00.000Z",
    "2026-10-25T01:01:00.000Z",
    "2026-12-31T22:59:00.000Z",
    "2026-12-31T23:00:00.000Z",
    "2026-12-05T08:19:59.999Z",
    "1969-07-20T20:17:40.000Z",
  ];
  let x = 12345;
  const volgende = () => (x = (x * 1103515245 + 12345) % 2147483648);
  const verspreid = Array.from({ length: 3000 }, () =>
    new Date(Date.UTC(1960, 0, 1) + (volgende() / 2147483648) * 100 * 365.25 * 86_400_000).toISOString(),
  );
  for (const taal of ["nl", "en"] as const) {
    it(`tijdstip in ${taal}: ${randen.length} edges and ${verspreid.length} spread moments, twice each`, () => {
      for (const ronde of [1, 2])
        for (const iso of [...randen, ...verspreid])
          assert.equal(formatteerTijdstip(iso, taal), intl(taal, tijdstip).format(new Date(iso)), `${iso} (${ronde})`);
    });
    it(`datum in ${taal}: a calendar day and a moment`, () => {
      const lang = intl(taal, { day: "numeric", month: "long", year: "numeric" });
      for (const ronde of [1, 2])
        for (const iso of [...randen, ...verspreid]) {
          const dag = iso.slice(0, 10);
          assert.equal(formatteerDatum(dag, taal), lang.format(new Date(`${dag}T12:00:00Z`)), `${dag} (${ronde})`);
          assert.equal(formatteerDatum(iso, taal), lang.format(new Date(iso)), `${iso} (${ronde})`);
        }
    });
  }
  it("an invalid moment still throws as Intl does", () => {
    assert.throws(() => formatteerTijdstip("geen datum", "nl"), RangeError);
  });
});

describe("the fast t answers plurals and defaults as i18next does (decision 0075)", () => {
  type Boom = { readonly [sleutel: string]: string | Boom };
  const sleutels = (boom: Boom, voor = ""): string[] =>
    Object.entries(boom).flatMap(([k, v]) => (typeof v === "string" ? [`${voor}${k}`] : sleutels(v, `${voor}${k}.`)));
  for (const taal of TALEN) {
    const alle = sleutels(CATALOGI[taal]);
    // Every key with plural forms, by its base (`…_one`, `…_other`, `…_zero`), in either language.
    const basis = [
      ...new Set(
        TALEN.flatMap((t) => sleutels(CATALOGI[t] as Boom)).flatMap((s) => {
          const m = /^(.*)_(zero|one|two|few|many|other)$/u.exec(s);
          return m ? [m[1]!] : [];
        }),
      ),
    ];
    it(`${taal}: ${basis.length} plural texts at counts 0, 1, 2, 5, 21 and 1.5, with and without their other variables`, () => {
      assert.ok(basis.length > 10);
      const instantie = i18nVoor(taal);
      const snel = vertaler(taal);
      for (const sleutel of basis)
        for (const count of [0, 1, 2, 5, 21, 1.5]) {
          const tekst = [`${sleutel}_one`, `${sleutel}_other`, sleutel].map((s) => instantie.t(s)).join(" ");
          const namen = [...tekst.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).filter((n) => n !== "count");
          const gevallen: Record<string, unknown>[] = [
            { count, ...Object.fromEntries(namen.map((n, i) => [n, `waarde ${i}`])) },
            { count },
            { count: String(count) },
            { count, defaultValue: "Standaard" },
          ];
          for (const opties of gevallen)
            for (let i = 0; i < 2; i++)
              assert.equal(snel(sleutel, opties), instantie.t(sleutel, opties), `${sleutel} ${JSON.stringify(opties)}`);
        }
    });
    it(`${taal}: a default for every key, for a missing key and for the labels the history builds (weergave.* or veld.*)`, () => {
      const instantie = i18nVoor(taal);
      const snel = vertaler(taal);
      const velden = sleutels(CATALOGI.nl as Boom)
        .filter((s) => s.startsWith("veld.") || s.startsWith("weergave."))
        .map((s) => s.split(".").slice(1).join("."));
      const gevallen: [string, Record<string, unknown>][] = [
        ...alle.map((s) => [s, { defaultValue: "Standaard" }] as [string, Record<string, unknown>]),
        ["bestaat.niet", { defaultValue: "Standaard" }],
        ["bestaat.niet", { defaultValue: "Standaard {{x}}", x: "y" }],
        ...velden.map(
          (v) => [`weergave.${v}`, { defaultValue: snel(`veld.${v}`) }] as [string, Record<string, unknown>],
        ),
      ];
      for (const [sleutel, opties] of gevallen)
        for (let i = 0; i < 2; i++)
          assert.equal(snel(sleutel, opties), instantie.t(sleutel, opties), `${sleutel} ${JSON.stringify(opties)}`);
    });
  }
});
