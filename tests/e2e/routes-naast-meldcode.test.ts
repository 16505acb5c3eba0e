import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { aangemeldePagina, geenAxeSchendingen, kiesRadio, tabNaar, typ, verstuurTot, volgLink } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();
const SCHERMAFDRUKKEN = process.env["MELDWIJZER_SCHERMAFDRUKKEN"];

const alsIemand = (email: string): Promise<Page> => aangemeldePagina(omgeving.browser, omgeving.server.basis, email);

async function foto(page: Page, naam: string): Promise<void> {
  if (SCHERMAFDRUKKEN) await page.screenshot({ path: `${SCHERMAFDRUKKEN}/${naam}.png`, fullPage: true });
}

describe("routes beside the Meldcode, keyboard only", () => {
  it("a suspicion against a colleague: opened and worked by the aandachtsfunctionaris, refused to the colleague as if it did not exist", async () => {
    const fatima = await alsIemand("af@regenboog.example");
    await fatima.goto(`${omgeving.server.basis}/dossiers/nieuw`);
    await volgLink(fatima, 'main a[href="/dossiers/nieuw?route=vermoeden_medewerker"]');
    await geenAxeSchendingen(fatima, "nieuw dossier, vermoeden tegen een medewerker");
    await foto(fatima, "nieuw-vermoeden-medewerker");
    await typ(fatima, "#veld-werknaam", "Groep 8, oktober");
    await tabNaar(fatima, "#veld-betrokkeneGebruikerId");
    await fatima.keyboard.type("Peter");
    await typ(fatima, "#veld-omschrijving", "Een leerling vertelde dat de directeur haar na de gymles vasthield.");
    await verstuurTot(fatima, "form.mw-formulier button[type=submit]", "Informeer direct de werkgever");
    const routeUrl = fatima.url();
    assert.match(routeUrl, /\/dossiers\/[0-9a-f-]{36}\/route$/u);
    const dossierUrl = routeUrl.replace(/\/route$/u, "");
    const tekst = await fatima.innerText("main");
    assert.match(tekst, /Peter Visser \(heeft een account en ziet dit dossier niet\)/u);
    assert.match(tekst, /vertrouwensinspecteur/u, "the sector's duty (onderwijs)");
    await geenAxeSchendingen(fatima, "route vermoeden tegen een medewerker");
    await kiesRadio(fatima, "stap", "bestuur_geinformeerd");
    await typ(fatima, "#veld-toelichting", "De voorzitter van het bestuur telefonisch ingelicht.");
    await verstuurTot(fatima, "form.mw-formulier button[type=submit]", "De stap is vastgelegd.");
    await foto(fatima, "route-vermoeden-medewerker");

    // Peter, the colleague concerned (eindverantwoordelijke): not in any list, and the case answers as one that does not exist.
    const peter = await alsIemand("directie@regenboog.example");
    await peter.goto(`${omgeving.server.basis}/dossiers`);
    assert.ok(!(await peter.innerText("main")).includes("Groep 8, oktober"), "niet in de lijst");
    await peter.goto(`${omgeving.server.basis}/werkvoorraad`);
    assert.ok(!(await peter.innerText("main")).includes("Groep 8, oktober"), "niet in de werkvoorraad");
    const onbestaand = `${omgeving.server.basis}/dossiers/00000000-0000-4000-8000-000000000000`;
    for (const pad of ["", "/route", "/signalen", "/toegang"]) {
      const echt = await peter.goto(`${dossierUrl}${pad}`);
      const echtTekst = await peter.innerText("main");
      const nep = await peter.goto(`${onbestaand}${pad}`);
      assert.equal(echt?.status(), 404, `${pad}: 404`);
      assert.equal(nep?.status(), 404);
      assert.equal(
        echtTekst,
        await peter.innerText("main"),
        `${pad}: dezelfde pagina als een dossier dat niet bestaat`,
      );
    }
    await geenAxeSchendingen(peter, "niet gevonden");
    // Emergency access by the reference gives the answer for an unknown reference.
    await peter.goto(`${omgeving.server.basis}/noodtoegang`);
    await typ(peter, "#veld-dossier", dossierUrl.split("/").at(-1)?.slice(0, 8) ?? "");
    await typ(peter, "#veld-reden", "Ik wil weten wat er over mij is vastgelegd.");
    await verstuurTot(peter, "main form button[type=submit]", "geen dossier met deze verwijzing");
    const noodEcht = await peter.innerText("main");
    await peter.goto(`${omgeving.server.basis}/noodtoegang`);
    await typ(peter, "#veld-dossier", "0000abcd");
    await typ(peter, "#veld-reden", "Ik wil weten wat er over mij is vastgelegd.");
    await verstuurTot(peter, "main form button[type=submit]", "geen dossier met deze verwijzing");
    assert.equal(
      noodEcht.replace(/[0-9a-f]{8}/gu, "X"),
      (await peter.innerText("main")).replace(/[0-9a-f]{8}/gu, "X"),
      "noodtoegang: same as an unknown reference",
    );
  });

  it("behaviour between children: each family's record names only its own child, and its overview shows nothing of the other", async () => {
    const sanne = await alsIemand("medewerker@regenboog.example");
    await sanne.goto(`${omgeving.server.basis}/dossiers/nieuw`);
    await volgLink(sanne, 'main a[href="/dossiers/nieuw?route=gedrag_kinderen"]');
    await geenAxeSchendingen(sanne, "nieuw dossier, gedrag tussen kinderen");
    await typ(sanne, "#veld-werknaam", "Groep 3, speelplein");
    await tabNaar(sanne, "#veld-kinderen");
    await sanne.keyboard.type("Tim (groep 3)");
    await sanne.keyboard.press("Enter");
    await sanne.keyboard.type("Sara (groep 3)");
    await typ(
      sanne,
      "#veld-omschrijving",
      "Tim trok Sara in de pauze de bosjes in en wilde haar broek omlaag trekken.",
    );
    await verstuurTot(sanne, "form.mw-formulier button[type=submit]", "Weeg het gedrag met de zes criteria");
    const routeUrl = sanne.url();
    await geenAxeSchendingen(sanne, "route gedrag tussen kinderen");

    await kiesRadio(sanne, "stap", "gedrag_ingeschaald");
    await kiesRadio(sanne, "vlag", "rood");
    await typ(sanne, "#veld-toelichting", "Druk en machtsverschil: Tim is sterker en Sara wilde niet.");
    await verstuurTot(sanne, "form.mw-formulier button[type=submit]", "Huidige vlag: Rood");

    await kiesRadio(sanne, "stap", "ouders_geinformeerd");
    await kiesRadio(sanne, "kind", "Tim (groep 3)");
    await typ(sanne, "#veld-toelichting", "Moeder van Tim verteld dat Sara erg geschrokken was.");
    await verstuurTot(sanne, "form.mw-formulier button[type=submit]", "noemt een ander kind uit dit dossier");
    await geenAxeSchendingen(sanne, "route, fout: ander kind genoemd");
    await typ(sanne, "#veld-toelichting", "Moeder van Tim verteld wat hij deed en wat wij nu doen.");
    await verstuurTot(sanne, "form.mw-formulier button[type=submit]", "Ouders nog niet geïnformeerd: Sara (groep 3)");
    await foto(sanne, "route-gedrag-kinderen");

    await volgLink(
      sanne,
      `main a[href="${new URL(routeUrl).pathname.replace(/route$/u, "gezin")}?kind=${encodeURIComponent("Tim (groep 3)")}"]`,
    );
    await sanne.waitForFunction(
      () => document.querySelector("h1")?.textContent?.includes("Overzicht voor de ouders") ?? false,
      undefined,
      { polling: 100 },
    );
    const gezin = await sanne.innerText("main");
    assert.match(gezin, /Overzicht voor de ouders van Tim \(groep 3\)/u);
    assert.match(gezin, /Rood: ernstig grensoverschrijdend/u);
    assert.match(gezin, /Moeder van Tim verteld wat hij deed/u);
    for (const anders of ["Sara", "speelplein", "bosjes", "Tim is sterker"])
      assert.ok(!gezin.includes(anders), `het gezinsoverzicht noemt ${anders}`);
    assert.ok(!(await sanne.title()).includes("speelplein"));
    await geenAxeSchendingen(sanne, "gezinsoverzicht");
    await foto(sanne, "gezinsoverzicht");
  });
});
