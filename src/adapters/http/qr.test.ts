import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { qrSvg } from "./qr.ts";

const URI =
  "otpauth://totp/Meldwijzer:af%40regenboog.example?issuer=Meldwijzer&algorithm=SHA1&secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&period=30&digits=6";

// Hostile texts: none of it may surface as markup, since the SVG goes into the page as is.
const TEKSTEN: readonly { naam: string; tekst: string }[] = [
  { naam: "otpauth-URI", tekst: URI },
  { naam: "script-tag", tekst: `<script>alert(1)</script>` },
  { naam: "attribuut-injectie", tekst: `"><svg onload=alert(1)>` },
  { naam: "unicode", tekst: "Meldwijzer – Zoë 🌈" },
];

describe("qrSvg", () => {
  for (const { naam, tekst } of TEKSTEN) {
    it(`${naam}: alleen een svg, zonder script of invoer als opmaak`, () => {
      const svg = qrSvg(tekst);
      assert.ok(svg.startsWith("<svg"), `begint niet met <svg: ${svg.slice(0, 40)}`);
      assert.ok(svg.trimEnd().endsWith("</svg>"), "eindigt niet met </svg>");
      assert.doesNotMatch(svg, /<script|javascript:|\son\w+\s*=/iu, "script of event-handler in de svg");
      assert.doesNotMatch(svg, /<(?!\/?(svg|rect|path)[\s>])/u, "ander element dan svg, rect of path");
      assert.ok(!svg.includes("alert"), "tekst van de invoer staat letterlijk in de svg");
    });
  }

  it("is deterministisch en hangt af van de tekst", () => {
    assert.equal(qrSvg(URI), qrSvg(URI), "zelfde tekst gaf een andere svg");
    assert.notEqual(qrSvg(URI), qrSvg(`${URI}x`), "andere tekst gaf dezelfde svg");
  });
});
