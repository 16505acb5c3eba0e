import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { generateHOTP } from "@oslojs/otp";
import {
  HERSTELCODE_MIN_BYTES,
  controleerTotp,
  formatteerHerstelcode,
  normaliseerHerstelcode,
  totpStap,
  totpUri,
} from "./totp.ts";

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890" (20 bytes).
const RFC_GEHEIM = new TextEncoder().encode("12345678901234567890");
const ANDER_GEHEIM = new Uint8Array(20).fill(7);

/** The code an authenticator app shows during step `stap`. */
const codeVoor = (stap: number, geheim = RFC_GEHEIM): string => generateHOTP(geheim, BigInt(stap), 6);

// Appendix B lists 8 digits; a 6-digit code is the same truncation mod 10^6, so its last six digits.
const RFC_VECTOREN: readonly { t: number; code: string }[] = [
  { t: 59, code: "287082" },
  { t: 1111111109, code: "081804" },
  { t: 1111111111, code: "050471" },
  { t: 1234567890, code: "005924" },
  { t: 2000000000, code: "279037" },
  { t: 20000000000, code: "353130" },
];

describe("controleerTotp: RFC 6238 appendix B (SHA-1)", () => {
  for (const { t, code } of RFC_VECTOREN) {
    it(`T = ${t} geeft ${code}`, () => {
      const stap = Math.floor(t / 30);
      assert.equal(totpStap(t * 1000), stap, "verkeerde tijdstap");
      assert.equal(codeVoor(stap), code, "generateHOTP wijkt af van de RFC");
      assert.deepEqual(controleerTotp(RFC_GEHEIM, code, t * 1000, null), { geldig: true, stap }, "RFC-code geweigerd");
    });
  }
});

const NU_MS = 1234567890 * 1000;
const NU = totpStap(NU_MS);

interface Geval {
  naam: string;
  code: string;
  nuMs?: number;
  laatst?: number | null;
  geheim?: Uint8Array;
  verwacht: { geldig: true; stap: number } | { geldig: false };
}

const GEVALLEN: readonly Geval[] = [
  // Window: the current step and one either side.
  { naam: "huidige stap", code: codeVoor(NU), verwacht: { geldig: true, stap: NU } },
  { naam: "vorige stap (−30 s)", code: codeVoor(NU - 1), verwacht: { geldig: true, stap: NU - 1 } },
  { naam: "volgende stap (+30 s)", code: codeVoor(NU + 1), verwacht: { geldig: true, stap: NU + 1 } },
  { naam: "twee stappen terug", code: codeVoor(NU - 2), verwacht: { geldig: false } },
  { naam: "twee stappen vooruit", code: codeVoor(NU + 2), verwacht: { geldig: false } },
  {
    naam: "laatste milliseconde van de stap",
    code: codeVoor(NU + 1),
    nuMs: (NU + 1) * 30_000 - 1,
    verwacht: { geldig: true, stap: NU + 1 },
  },
  { naam: "eerste stap: geen negatieve stap", code: codeVoor(0), nuMs: 0, verwacht: { geldig: true, stap: 0 } },
  { naam: "ander geheim", code: codeVoor(NU, ANDER_GEHEIM), verwacht: { geldig: false } },
  // Replay: never a step at or before the last one used.
  { naam: "zelfde stap nog eens", code: codeVoor(NU), laatst: NU, verwacht: { geldig: false } },
  { naam: "oudere stap na een nieuwere", code: codeVoor(NU - 1), laatst: NU, verwacht: { geldig: false } },
  {
    naam: "vorige stap na een nog oudere",
    code: codeVoor(NU - 1),
    laatst: NU - 2,
    verwacht: { geldig: true, stap: NU - 1 },
  },
  { naam: "volgende stap na de huidige", code: codeVoor(NU + 1), laatst: NU, verwacht: { geldig: true, stap: NU + 1 } },
  {
    naam: "huidige stap na een gebruikte toekomstige",
    code: codeVoor(NU),
    laatst: NU + 1,
    verwacht: { geldig: false },
  },
  // Format: spaces are ignored, everything else must be six ASCII digits.
  { naam: "met spatie zoals de app toont", code: "005 924", verwacht: { geldig: true, stap: NU } },
  { naam: "spaties en tab rondom", code: " 005924\t", verwacht: { geldig: true, stap: NU } },
  { naam: "leeg", code: "", verwacht: { geldig: false } },
  { naam: "vijf cijfers", code: "05924", verwacht: { geldig: false } },
  { naam: "zeven cijfers", code: "0059240", verwacht: { geldig: false } },
  { naam: "acht cijfers van de RFC", code: "89005924", verwacht: { geldig: false } },
  { naam: "streepje", code: "005-924", verwacht: { geldig: false } },
  { naam: "letter", code: "00592a", verwacht: { geldig: false } },
  { naam: "Arabisch-Indische cijfers", code: "٠٠٥٩٢٤", verwacht: { geldig: false } },
  { naam: "volbreedte cijfers", code: "００５９２４", verwacht: { geldig: false } },
  { naam: "min-teken", code: "-05924", verwacht: { geldig: false } },
];

describe("controleerTotp: venster, herhaling en vorm", () => {
  for (const g of GEVALLEN) {
    it(g.naam, () => {
      const uitkomst = controleerTotp(g.geheim ?? RFC_GEHEIM, g.code, g.nuMs ?? NU_MS, g.laatst ?? null);
      assert.deepEqual(uitkomst, g.verwacht, `code "${g.code}"`);
    });
  }

  it("weigert een te kort geheim en een ongeldig tijdstip", () => {
    assert.throws(() => controleerTotp(new Uint8Array(15), "123456", NU_MS, null), RangeError, "geheim van 15 bytes");
    assert.throws(() => controleerTotp(RFC_GEHEIM, "123456", Number.NaN, null), RangeError, "NaN als tijd");
    assert.throws(() => controleerTotp(RFC_GEHEIM, "123456", -1, null), RangeError, "negatieve tijd");
  });
});

describe("totpUri", () => {
  it("geeft een otpauth-URI met uitgever, account, geheim, periode en cijfers", () => {
    const uri = totpUri(RFC_GEHEIM, { uitgever: "Meldwijzer", account: "af@regenboog.example" });
    assert.equal(
      uri,
      "otpauth://totp/Meldwijzer:af%40regenboog.example?issuer=Meldwijzer&algorithm=SHA1&secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&period=30&digits=6",
      "onverwachte URI",
    );
  });

  it("weigert een te kort geheim", () => {
    assert.throws(
      () => totpUri(new Uint8Array(8), { uitgever: "Meldwijzer", account: "a@b.example" }),
      RangeError,
      "8 bytes",
    );
  });
});

describe("herstelcodes", () => {
  const VOORBEELDEN: readonly { naam: string; ruw: number[]; code: string }[] = [
    { naam: "nullen", ruw: [0, 0, 0, 0, 0, 0, 0], code: "00000-00000" },
    { naam: "enen", ruw: [255, 255, 255, 255, 255, 255, 255], code: "ZZZZZ-ZZZZZ" },
    // 0x01 0x23 0x45 0x67 0x89 0xAB 0xCD: the first 50 bits in groups of five are 0,4,17,20,10,25,28,9,21,15.
    { naam: "oplopend", ruw: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd], code: "04HMA-SW9NF" },
    {
      naam: "extra bytes tellen niet",
      ruw: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xff, 0xff],
      code: "04HMA-SW9NF",
    },
    { naam: "alleen de eerste 50 bits", ruw: [0, 0, 0, 0, 0, 0, 0x3f], code: "00000-00000" },
  ];

  for (const v of VOORBEELDEN) {
    it(`formatteerHerstelcode: ${v.naam}`, () => {
      const code = formatteerHerstelcode(Uint8Array.from(v.ruw));
      assert.equal(code, v.code, "onverwachte code");
      assert.equal(normaliseerHerstelcode(code), code, "weergave is niet de canonieke vorm");
    });
  }

  it("rondreis over veel willekeurige codes", () => {
    let zaad = 12345;
    const volgende = (): number => (zaad = (zaad * 1103515245 + 12345) % 2 ** 31) & 0xff;
    for (let n = 0; n < 500; n++) {
      const code = formatteerHerstelcode(Uint8Array.from({ length: HERSTELCODE_MIN_BYTES }, volgende));
      assert.match(code, /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/u, `vorm van ${code}`);
      assert.equal(normaliseerHerstelcode(code.toLowerCase().replace("-", " ")), code, `rondreis ${code}`);
    }
  });

  it("weigert te weinig willekeurige bytes", () => {
    assert.throws(() => formatteerHerstelcode(new Uint8Array(6)), RangeError, "6 bytes");
  });

  const INVOER: readonly { invoer: string; verwacht: string | null }[] = [
    { invoer: "A1B0C-D1E0F", verwacht: "A1B0C-D1E0F" },
    { invoer: "a1b0c-d1e0f", verwacht: "A1B0C-D1E0F" },
    { invoer: "A1B0CD1E0F", verwacht: "A1B0C-D1E0F" },
    { invoer: "  a1b0c d1e0f ", verwacht: "A1B0C-D1E0F" },
    { invoer: "A1-B0-CD-1E-0F", verwacht: "A1B0C-D1E0F" },
    { invoer: "A1B0C\u2013D1E0F", verwacht: "A1B0C-D1E0F" },
    { invoer: "A1BOC-D1EOF", verwacht: "A1B0C-D1E0F" },
    { invoer: "a1boc-d1eof", verwacht: "A1B0C-D1E0F" },
    { invoer: "AIB0C-DLE0F", verwacht: "A1B0C-D1E0F" },
    { invoer: "alboc-dieof", verwacht: "A1B0C-D1E0F" },
    { invoer: "\uff21\uff11\uff22\uff10\uff23\uff0d\uff24\uff11\uff25\uff10\uff26", verwacht: "A1B0C-D1E0F" },
    { invoer: "", verwacht: null },
    { invoer: "A1B0C-D1E0", verwacht: null },
    { invoer: "A1B0C-D1E0FF", verwacht: null },
    { invoer: "A1B0C-D1E0U", verwacht: null },
    { invoer: "A1B0C_D1E0F", verwacht: null },
    { invoer: "A1B0C.D1E0F", verwacht: null },
    { invoer: "A1B0C-D1E0\u00c9", verwacht: null },
    { invoer: `A1B0C${" ".repeat(100)}D1E0F`, verwacht: null },
  ];

  for (const { invoer, verwacht } of INVOER) {
    it(`normaliseerHerstelcode(${JSON.stringify(invoer.length > 30 ? `${invoer.slice(0, 12)}…` : invoer)})`, () => {
      assert.equal(normaliseerHerstelcode(invoer), verwacht, `invoer ${JSON.stringify(invoer)}`);
    });
  }
});
