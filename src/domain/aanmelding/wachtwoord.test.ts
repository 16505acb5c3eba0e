import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { veelgebruikteWachtwoorden } from "./veelgebruikte-wachtwoorden.ts";
import {
  WACHTWOORD_MAX_TEKENS,
  WACHTWOORD_MIN_TEKENS,
  beoordeelWachtwoord,
  normaliseerWachtwoord,
  type WachtwoordContext,
} from "./wachtwoord.ts";

const VEELGEBRUIKTE_WACHTWOORDEN = veelgebruikteWachtwoorden();

const CONTEXT: WachtwoordContext = { email: "jan.devries@regenboog.example", naam: "Jan de Vries" };

const KORT = { veld: "wachtwoord", sleutel: "fout.wachtwoord_te_kort", waarden: { min: 12 } };
const LANG = { veld: "wachtwoord", sleutel: "fout.wachtwoord_te_lang", waarden: { max: 256 } };
const VEEL = { veld: "wachtwoord", sleutel: "fout.wachtwoord_veelgebruikt" };
const PATROON = { veld: "wachtwoord", sleutel: "fout.wachtwoord_voorspelbaar" };
const ACCOUNT = { veld: "wachtwoord", sleutel: "fout.wachtwoord_lijkt_op_account" };

interface Geval {
  naam: string;
  wachtwoord: string;
  context?: WachtwoordContext;
  verwacht: readonly object[];
}

const TOEGESTAAN: readonly Geval[] = [
  { naam: "passphrase", wachtwoord: "paarse olifant danst traag", verwacht: [] },
  { naam: "precies 12 tekens", wachtwoord: "kw8!vrt#m2qz", verwacht: [] },
  { naam: "precies 256 tekens", wachtwoord: "x7Qa".repeat(63) + "mnop", verwacht: [] },
  { naam: "alleen kleine letters, geen samenstellingsregels", wachtwoord: "brugpieperhangmat", verwacht: [] },
  { naam: "lijstwoord als deel van een langere zin", wachtwoord: "wachtwoord van de buurvrouw", verwacht: [] },
  { naam: "lijstwoord met meer dan vier tekens erachter", wachtwoord: "feyenoordkampioen", verwacht: [] },
  { naam: "korte naamdelen (jan, de) tellen niet", wachtwoord: "jan zag de ooievaar", verwacht: [] },
  {
    naam: "ander e-mailadres dan de naam",
    wachtwoord: "vries is mijn buurman",
    context: { email: "af@regenboog.example", naam: "Anne Fokkema" },
    verwacht: [],
  },
  { naam: "accenten en spaties", wachtwoord: "café près de l'église", verwacht: [] },
  {
    naam: "zonder context-gegevens",
    wachtwoord: "zeventien zeilboten",
    context: { email: "", naam: "" },
    verwacht: [],
  },
];

const GEWEIGERD: readonly Geval[] = [
  // Length, counted in code points after NFC.
  { naam: "leeg", wachtwoord: "", verwacht: [KORT] },
  { naam: "11 tekens", wachtwoord: "kw8!vrt#m2q", verwacht: [KORT] },
  { naam: "kort en veelgebruikt: alleen de lengte", wachtwoord: "welkom01", verwacht: [KORT] },
  { naam: "257 tekens", wachtwoord: "x7Qa".repeat(64) + "m", verwacht: [LANG] },
  // On the list, as typed or lowercased.
  { naam: "password1234", wachtwoord: "password1234", verwacht: [VEEL] },
  { naam: "qwertyuiop12", wachtwoord: "qwertyuiop12", verwacht: [VEEL] },
  { naam: "1qaz2wsx3edc (toetsenbordloop)", wachtwoord: "1qaz2wsx3edc", verwacht: [VEEL] },
  { naam: "iloveyou1234", wachtwoord: "iloveyou1234", verwacht: [VEEL] },
  { naam: "Welkom123456 (hoofdletter)", wachtwoord: "Welkom123456", verwacht: [VEEL] },
  { naam: "WACHTWOORD123", wachtwoord: "WACHTWOORD123", verwacht: [VEEL] },
  { naam: "meldwijzer-demo", wachtwoord: "meldwijzer-demo", verwacht: [VEEL] },
  { naam: "Meldwijzer2024", wachtwoord: "Meldwijzer2024", verwacht: [VEEL] },
  { naam: "seizoen + jaartal + uitroeptekens", wachtwoord: "Zomer2024!!!", verwacht: [VEEL] },
  { naam: "maand + jaartal", wachtwoord: "september1987", verwacht: [VEEL] },
  { naam: "feyenoordrotterdam", wachtwoord: "FeyenoordRotterdam", verwacht: [VEEL] },
  { naam: "liverpool + 4 cijfers", wachtwoord: "liverpool1892", verwacht: [VEEL] },
  // Stem on the list once at most four trailing digits or symbols are cut off.
  { naam: "stam + 4 symbolen", wachtwoord: "wachtwoord!@#$", verwacht: [VEEL] },
  { naam: "stam + cijfer + 4 tekens", wachtwoord: "wachtwoord5837!", verwacht: [VEEL] },
  { naam: "stam + 2 cijfers + 4 tekens", wachtwoord: "Feyenoord190899", verwacht: [VEEL] },
  { naam: "spaties weggelaten", wachtwoord: "wacht woord 1234", verwacht: [VEEL] },
  { naam: "leetspeak", wachtwoord: "W@chtw00rd2024!", verwacht: [VEEL] },
  { naam: "leetspeak p@ssw0rd", wachtwoord: "P@ssw0rd12345", verwacht: [VEEL] },
  // Patterns: one character repeated, a short piece repeated, a straight run.
  { naam: "één teken herhaald", wachtwoord: "bbbbbbbbbbbbbb", verwacht: [PATROON] },
  { naam: "emoji herhaald", wachtwoord: "🙂".repeat(12), verwacht: [PATROON] },
  { naam: "stukje herhaald", wachtwoord: "xq7xq7xq7xq7xq7", verwacht: [PATROON] },
  { naam: "oplopende letters", wachtwoord: "cdefghijklmn", verwacht: [PATROON] },
  { naam: "aflopende letters", wachtwoord: "zyxwvutsrqpo", verwacht: [PATROON] },
  { naam: "letters over z heen", wachtwoord: "wxyzabcdefgh", verwacht: [PATROON] },
  { naam: "cijfers over 9 heen", wachtwoord: "567890123456", verwacht: [PATROON] },
  { naam: "aflopende cijfers", wachtwoord: "765432109876", verwacht: [PATROON] },
  { naam: "reeks met een stam op de lijst: de lijst gaat voor", wachtwoord: "876543210987", verwacht: [VEEL] },
  // The account itself.
  { naam: "achternaam erin", wachtwoord: "ikwoonbijvries!", verwacht: [ACCOUNT] },
  { naam: "volledige naam zonder spaties", wachtwoord: "JanDeVries-thuis", verwacht: [ACCOUNT] },
  { naam: "lokaal deel van het e-mailadres", wachtwoord: "mijn jan.devries sleutel", verwacht: [ACCOUNT] },
  { naam: "deel van het e-mailadres", wachtwoord: "zeilen met devries", verwacht: [ACCOUNT] },
  {
    naam: "naam met accent, wachtwoord zonder",
    wachtwoord: "helene-zingt-graag",
    context: { email: "h.dubois@regenboog.example", naam: "Hélène Dubois" },
    verwacht: [ACCOUNT],
  },
  {
    naam: "lokaal deel met cijfer",
    wachtwoord: "medewerker2 op kantoor",
    context: { email: "medewerker2@regenboog.example", naam: "Sam Bakker" },
    verwacht: [ACCOUNT],
  },
  {
    naam: "naam met cijfers",
    wachtwoord: "Vries1234567",
    context: { email: "vries@regenboog.example", naam: "Jo Vries" },
    verwacht: [ACCOUNT],
  },
  {
    naam: "lijst en account tegelijk",
    wachtwoord: "wachtwoord1234",
    context: { email: "wachtwoord@regenboog.example", naam: "Test" },
    verwacht: [VEEL, ACCOUNT],
  },
];

describe("beoordeelWachtwoord: toegestaan", () => {
  for (const g of TOEGESTAAN) {
    it(g.naam, () => {
      assert.deepEqual(
        beoordeelWachtwoord(g.wachtwoord, g.context ?? CONTEXT),
        g.verwacht,
        `"${g.wachtwoord}" geweigerd`,
      );
    });
  }
});

describe("beoordeelWachtwoord: geweigerd, met de exacte foutsleutels", () => {
  for (const g of GEWEIGERD) {
    it(g.naam, () => {
      assert.deepEqual(
        beoordeelWachtwoord(g.wachtwoord, g.context ?? CONTEXT),
        g.verwacht,
        `verkeerde fouten voor "${g.wachtwoord}"`,
      );
    });
  }
});

// Code points after NFC: what the user sees as one character counts once.
const LENGTES: readonly { naam: string; wachtwoord: string; isLangGenoeg: boolean }[] = [
  { naam: "11 emoji (22 UTF-16-eenheden)", wachtwoord: "🌈🚲🧀🌷🐄🏠🐝🍓🎻🦊🌙", isLangGenoeg: false },
  { naam: "12 verschillende emoji", wachtwoord: "🌈🚲🧀🌷🐄🏠🐝🍓🎻🦊🌙🍀", isLangGenoeg: true },
  {
    naam: "11 tekens met ontlede accenten (NFD, 13 code points)",
    wachtwoord: "zoë en rené".normalize("NFD"),
    isLangGenoeg: false,
  },
  { naam: "12 tekens met ontlede accenten", wachtwoord: "zoë én renée".normalize("NFD"), isLangGenoeg: true },
  { naam: "256 emoji", wachtwoord: "🌈🚲🧀🌷".repeat(64), isLangGenoeg: true },
  { naam: "257 emoji", wachtwoord: "🌈🚲🧀🌷".repeat(64) + "🍀", isLangGenoeg: false },
];

describe("beoordeelWachtwoord: lengte in Unicode-tekens", () => {
  for (const g of LENGTES) {
    it(g.naam, () => {
      const sleutels = beoordeelWachtwoord(g.wachtwoord, CONTEXT).map((f) => f.sleutel);
      const lengteFout = sleutels.some((s) => s === "fout.wachtwoord_te_kort" || s === "fout.wachtwoord_te_lang");
      assert.equal(
        lengteFout,
        !g.isLangGenoeg,
        `lengtefout verwacht: ${!g.isLangGenoeg}, kreeg ${sleutels.join(", ")}`,
      );
    });
  }

  it("grenzen zijn 12 en 256", () => {
    assert.equal(WACHTWOORD_MIN_TEKENS, 12, "minimum");
    assert.equal(WACHTWOORD_MAX_TEKENS, 256, "maximum");
  });

  it("NFC- en NFD-invoer worden hetzelfde wachtwoord", () => {
    const nfd = "café près de l'église".normalize("NFD");
    assert.notEqual(nfd, "café près de l'église".normalize("NFC"), "testinvoer is al NFC");
    assert.equal(normaliseerWachtwoord(nfd), normaliseerWachtwoord(nfd.normalize("NFC")), "verschillende vormen");
  });
});

describe("VEELGEBRUIKTE_WACHTWOORDEN", () => {
  it("is groot en bevat de bekende wachtwoorden", () => {
    assert.ok(VEELGEBRUIKTE_WACHTWOORDEN.size > 100_000, `maar ${VEELGEBRUIKTE_WACHTWOORDEN.size} wachtwoorden`);
    const verplicht = [
      "password1234",
      "qwertyuiop12",
      "123456789012",
      "iloveyou",
      "wachtwoord",
      "wachtwoord123",
      "welkom01",
      "welkom123456",
      "voetbal",
      "ajax",
      "feyenoord",
      "psv",
      "geheim",
      "hallo",
      "zomer2024",
      "winter1950",
      "december2030!",
      "meldwijzer",
      "meldwijzer-demo",
    ];
    for (const w of verplicht) assert.ok(VEELGEBRUIKTE_WACHTWOORDEN.has(w), `${w} ontbreekt`);
  });

  it("bevat alleen kleine letters in NFC", () => {
    for (const w of VEELGEBRUIKTE_WACHTWOORDEN) {
      assert.equal(w, w.normalize("NFC").toLowerCase(), `${w} is niet genormaliseerd`);
    }
  });

  it("is ook tijdens het draaien niet te wijzigen", () => {
    const lijst = VEELGEBRUIKTE_WACHTWOORDEN as Set<string>;
    assert.throws(() => lijst.add("x"), TypeError, "add");
    assert.throws(() => lijst.delete("wachtwoord"), TypeError, "delete");
    assert.throws(() => lijst.clear(), TypeError, "clear");
    assert.ok(Object.isFrozen(lijst), "niet bevroren");
    assert.ok(VEELGEBRUIKTE_WACHTWOORDEN.has("wachtwoord"), "lijst toch gewijzigd");
  });

  it("wordt één keer gebouwd: elke aanroep geeft dezelfde verzegelde lijst", () => {
    assert.equal(veelgebruikteWachtwoorden(), VEELGEBRUIKTE_WACHTWOORDEN);
  });
});
