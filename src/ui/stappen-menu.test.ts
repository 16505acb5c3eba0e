import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { vertaler } from "../i18n/vertaal.ts";
import { stappenMenu } from "./stappen-menu.ts";

const ID = "0b6f3c1e-2a4d-4e8f-9a1b-3c5d7e9f1a2b";
const basis = `/dossiers/${ID}`;
const t = vertaler("nl");

describe("stappenMenu: the case navigation's items and the current page (decision 0070)", () => {
  it("lists the overview, the six Meldcode steps and the four other parts of a Meldcode case", () => {
    const menu = stappenMenu(ID, "meldcode", basis, t);
    assert.deepEqual(
      menu.stappen.map((i) => i.naar),
      [
        basis,
        ...["signalen", "kindcheck", "consultatie", "gesprek", "afweging", "besluit"].map((p) => `${basis}/${p}`),
      ],
    );
    assert.deepEqual(
      menu.overig.map((i) => i.naar),
      ["melding", "vervolg", "kind", "toegang"].map((p) => `${basis}/${p}`),
    );
    assert.equal(menu.stappen[0]?.label, t("dossier.overzicht"));
  });

  it("lists the route's own pages for a case beside the Meldcode", () => {
    const menu = stappenMenu(ID, "vermoeden_medewerker", basis, t);
    assert.deepEqual(
      [...menu.stappen, ...menu.overig].map((i) => i.naar),
      [basis, `${basis}/route`, `${basis}/signalen`, `${basis}/toegang`],
    );
  });

  const gevallen: [string, string | undefined][] = [
    [basis, basis],
    [`${basis}/`, undefined],
    [`${basis}/signalen`, `${basis}/signalen`],
    [`${basis}/gesprek/kind`, `${basis}/gesprek`],
    [`${basis}/melding/controle`, `${basis}/melding`],
    [`${basis}/kind`, `${basis}/kind`],
    [`${basis}/kindcheck`, `${basis}/kindcheck`],
    [`${basis}/afschrift`, undefined],
    [`${basis.toUpperCase()}/SIGNALEN`, `${basis}/signalen`],
    [`${basis}/signalenx`, undefined],
    ["/dossiers", undefined],
  ];
  for (const [pad, huidig] of gevallen)
    it(`on ${pad.replace(ID, ":id").replace(ID.toUpperCase(), ":ID")} the current page is ${huidig?.replace(ID, ":id") ?? "none"}`, () =>
      assert.equal(stappenMenu(ID, "meldcode", pad, t).huidige?.naar, huidig));
});
