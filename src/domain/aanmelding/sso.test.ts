import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  beoordeelSsoIdentiteit,
  controleerIssuer,
  domeinVan,
  idpFactorTelt,
  leesDomeinen,
  type SsoKandidaat,
} from "./sso.ts";

const ORG = "org-a";
const persoon = (p: Partial<SsoKandidaat> = {}): SsoKandidaat => ({
  id: "p1",
  organisatieId: ORG,
  actief: true,
  subject: null,
  anderIssuer: false,
  ...p,
});
const geverifieerd = { sub: "s1", email: "a@school.nl", email_verified: true };

describe("who comes in by single sign-on", () => {
  const tabel: [
    string,
    Parameters<typeof beoordeelSsoIdentiteit>[1],
    SsoKandidaat | null,
    SsoKandidaat | null,
    string,
  ][] = [
    [
      "first time: verified e-mail of an invited person → in, and linked",
      geverifieerd,
      null,
      persoon(),
      "toegelaten:koppelen",
    ],
    [
      "afterwards: the linked subject → in",
      geverifieerd,
      persoon({ subject: "s1" }),
      persoon({ subject: "s1" }),
      "toegelaten",
    ],
    [
      "linked subject, e-mail changed at the provider → still the linked person",
      { ...geverifieerd, email: "nieuw@school.nl" },
      persoon({ subject: "s1" }),
      null,
      "toegelaten",
    ],
    ["nobody with this e-mail → stranger", geverifieerd, null, null, "onbekend"],
    [
      "e-mail of another organisation's person → stranger",
      geverifieerd,
      null,
      persoon({ organisatieId: "org-b" }),
      "onbekend",
    ],
    [
      "subject linked in another organisation → stranger",
      geverifieerd,
      persoon({ organisatieId: "org-b", subject: "s1" }),
      null,
      "onbekend",
    ],
    [
      "e-mail not verified → refused, not linked",
      { ...geverifieerd, email_verified: false },
      null,
      persoon(),
      "email_niet_geverifieerd",
    ],
    [
      "Entra ID: no email_verified, but xms_edov true → verified",
      { sub: "s1", email: "a@school.nl", xms_edov: true },
      null,
      persoon(),
      "toegelaten:koppelen",
    ],
    [
      "email_verified as the string 'true' → not verified",
      { ...geverifieerd, email_verified: "true" },
      null,
      persoon(),
      "email_niet_geverifieerd",
    ],
    [
      "person already linked to another subject at this issuer → stranger",
      geverifieerd,
      null,
      persoon({ subject: "s-ander" }),
      "onbekend",
    ],
    [
      "person linked at a previous provider → may be linked anew by verified e-mail",
      geverifieerd,
      null,
      persoon({ anderIssuer: true }),
      "toegelaten:koppelen",
    ],
    ["inactive, first time → refused", geverifieerd, null, persoon({ actief: false }), "inactief"],
    ["inactive, linked → refused", geverifieerd, persoon({ actief: false, subject: "s1" }), null, "inactief"],
  ];
  for (const [naam, claims, opSubject, opEmail, verwacht] of tabel) {
    it(naam, () => {
      const o = beoordeelSsoIdentiteit(ORG, claims, opSubject, opEmail);
      assert.equal(o.soort === "toegelaten" ? `toegelaten${o.koppelen ? ":koppelen" : ""}` : o.reden, verwacht);
    });
  }
});

describe("the provider's second factor", () => {
  const aan = { idpTweedeFactor: true, acr: null };
  const tabel: [string, { amr?: unknown; acr?: unknown }, { idpTweedeFactor: boolean; acr: string | null }, boolean][] =
    [
      ["setting off: mfa does not count", { amr: ["pwd", "mfa"] }, { idpTweedeFactor: false, acr: null }, false],
      ["amr mfa", { amr: ["pwd", "mfa"] }, aan, true],
      ["amr otp", { amr: ["otp"] }, aan, true],
      ["amr hwk", { amr: ["hwk"] }, aan, true],
      ["password only", { amr: ["pwd"] }, aan, false],
      ["no amr at all", {}, aan, false],
      ["amr not a list", { amr: "mfa" }, aan, false],
      ["the configured acr", { acr: "loa2" }, { idpTweedeFactor: true, acr: "loa2" }, true],
      ["another acr", { acr: "loa1" }, { idpTweedeFactor: true, acr: "loa2" }, false],
    ];
  for (const [naam, claims, instelling, verwacht] of tabel)
    it(naam, () => assert.equal(idpFactorTelt(claims, instelling), verwacht));
});

describe("domains and the issuer", () => {
  it("reads the domain of an address", () => {
    assert.equal(domeinVan(" Jan@School.NL "), "school.nl");
    assert.equal(domeinVan("geen-adres"), null);
    assert.equal(domeinVan("a@localhost"), null);
  });
  it("reads the domains a beheerder types", () => {
    assert.deepEqual(leesDomeinen("school.nl, @Tweede.School.nl\nschool.nl"), {
      domeinen: ["school.nl", "tweede.school.nl"],
      ongeldig: [],
    });
    assert.deepEqual(leesDomeinen("school.nl niet_goed"), { domeinen: ["school.nl"], ongeldig: ["niet_goed"] });
  });
  it("accepts an https issuer, http only where allowed, and nothing with credentials, query or fragment", () => {
    assert.equal(controleerIssuer("https://login.microsoftonline.com/abc/v2.0", false), null);
    assert.equal(controleerIssuer("http://127.0.0.1:4000", false)?.sleutel, "sso.fout.issuer_https");
    assert.equal(controleerIssuer("http://127.0.0.1:4000", true), null);
    assert.equal(controleerIssuer("https://a:b@idp.example", false)?.sleutel, "sso.fout.issuer_url");
    assert.equal(controleerIssuer("https://idp.example/?x=1", false)?.sleutel, "sso.fout.issuer_url");
    assert.equal(controleerIssuer("geen url", false)?.sleutel, "sso.fout.issuer_url");
  });
});
