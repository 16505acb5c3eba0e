import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { pdfTekst } from "../support/pdf-tekst.ts";
import { geenAxeSchendingen, kiesRadio, meldAan, tabNaar, typ, verstuurTot, volgLink } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();
/** In the demo case the teacher who reported is the informant: she recorded the entries and is named in three signals. */
const INFORMANT = "Sanne de Wit";

async function alsIemand(email: string): Promise<Page> {
  const context = await omgeving.browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await meldAan(page, omgeving.server.basis, email);
  return page;
}

const schermafbeelding = async (page: Page, naam: string) => {
  const map = process.env["SCHERMAFBEELDINGEN"];
  if (map) await page.screenshot({ path: `${map}/${naam}.png`, fullPage: true });
};

describe("the inspection copy, keyboard only", () => {
  it("the aandachtsfunctionaris records a request, withholds the informant everywhere, previews, downloads and hands over; the PDF holds the name nowhere", async () => {
    const fatima = await alsIemand("af@regenboog.example");
    const naarDossier = await fatima.locator("main a", { hasText: "Voorbeeld: L." }).first().getAttribute("href");
    assert.ok(naarDossier);
    await volgLink(fatima, `main a[href="${naarDossier}"]`);
    // Reached from the access page, beside the overview of who looked at the case (not a tab: the tabs' groups stay on one line).
    await volgLink(fatima, `nav a[href="${naarDossier}/toegang"]`);
    await volgLink(fatima, `main a[href="${naarDossier}/afschrift"]`);
    await fatima.waitForURL((u) => u.pathname === `${naarDossier}/afschrift`);
    await geenAxeSchendingen(fatima, "/afschrift (geen verzoek)");

    // The request: who asked, when, what.
    await kiesRadio(fatima, "verzoeker", "ouder");
    await typ(fatima, "#verzoek-veld-naam", "Moeder van L.");
    await typ(fatima, "#verzoek-veld-gevraagd", "Een afschrift van het hele dossier.");
    await verstuurTot(
      fatima,
      "form:has(input[name=bedoeling][value=verzoek]) button[type=submit]",
      "Afschrift voorbereiden voor Moeder van L.",
    );

    // The informant's name, withheld wherever it stands.
    await typ(fatima, "#tekst-veld-tekst", INFORMANT.toLowerCase());
    await verstuurTot(
      fatima,
      "form:has(input[name=bedoeling][value=tekst]) button[type=submit]",
      "gemarkeerd om weg te laten",
    );
    const gemarkeerd = await fatima.locator("main mark.mw-weggelaten").count();
    assert.ok(gemarkeerd >= 3, `marked in ${gemarkeerd} places`);
    await geenAxeSchendingen(fatima, "/afschrift (voorbereiden)");

    // A whole entry withheld by its select (the fifth: the child's account of a day out with father), the spans kept.
    const vijfde = await fatima.innerText("main fieldset.mw-afschrift-vermelding:nth-of-type(5)");
    assert.ok(vijfde.includes("kinderboerderij"), vijfde.slice(0, 300));
    await tabNaar(fatima, "select#veld-v4");
    await fatima.keyboard.press("ArrowDown");
    await fatima.keyboard.press("ArrowDown");
    assert.equal(await fatima.inputValue("select#veld-v4"), "privacy_derden");
    await verstuurTot(
      fatima,
      "form:has(input[name=bedoeling][value=markeringen]) button[type=submit]",
      "De markeringen zijn opgeslagen.",
    );
    assert.equal(
      await fatima.locator("main mark.mw-weggelaten").count(),
      gemarkeerd,
      "the spans found earlier are kept",
    );
    assert.equal(await fatima.inputValue("select#veld-v4"), "privacy_derden");
    await schermafbeelding(fatima, "afschrift-voorbereiden");

    // The preview: the copy as handed over.
    await volgLink(fatima, 'main a[href*="/afschrift/voorbeeld?verzoek="]');
    await fatima.waitForURL(/\/afschrift\/voorbeeld\?verzoek=/);
    const kopie = await fatima.innerText("main article.mw-afschrift");
    assert.ok(kopie.includes("[weggelaten: identiteit van een informant]"), "the marker is shown");
    assert.ok(kopie.includes("zonder jas bij 4 graden"), "the kept text is shown");
    assert.ok(!kopie.includes("Sanne"), "the name is not in the preview");
    assert.ok(
      kopie.includes("[weggelaten: privacy van anderen]") && !kopie.includes("kinderboerderij"),
      "the withheld entry is not in the preview",
    );
    await geenAxeSchendingen(fatima, "/afschrift/voorbeeld");
    await schermafbeelding(fatima, "afschrift-voorbeeld");

    // The PDF, parsed: the name in no text, no document info, and not in the bytes.
    const pdfPad = await fatima.getAttribute('main a[href*="/afschrift.pdf?verzoek="]', "href");
    const antwoord = await fatima.context().request.get(`${omgeving.server.basis}${pdfPad}`);
    assert.equal(antwoord.status(), 200);
    assert.equal(antwoord.headers()["content-type"], "application/pdf");
    const pdf = await antwoord.body();
    const { paginas, info } = await pdfTekst(pdf);
    const tekst = `${paginas.join("\n")}\n${JSON.stringify(info)}`;
    assert.ok(tekst.includes("zonder jas bij 4 graden"), "the PDF's text can be read");
    assert.ok(tekst.includes("[weggelaten: identiteit van een informant]"));
    assert.ok(!tekst.includes("Sanne") && !tekst.includes("de Wit"), "the name is not in the PDF's text");
    assert.ok(!tekst.includes("kinderboerderij"), "the withheld entry is not in the PDF's text");
    assert.ok(!pdf.toString("latin1").includes("Sanne"), "the name is not in the PDF's bytes");

    // Handing over, recorded.
    await kiesRadio(fatima, "wijze", "persoonlijk");
    await verstuurTot(fatima, "main form button[type=submit]", "Verstrekt op");
    assert.match(await fatima.innerText("main"), /verstrekt op .+ aan Moeder van L\./u);
    await geenAxeSchendingen(fatima, "/afschrift (verstrekt)");

    // The history names the copy's entries in words; the marks themselves are not shown there.
    await fatima.goto(`${omgeving.server.basis}${naarDossier}?verloop=alles`);
    const geschiedenis = await fatima.innerText("main section[aria-labelledby=geschiedenis-titel]");
    assert.ok(
      geschiedenis.includes("Afschrift verstrekt") && geschiedenis.includes("Verzoek om afschrift ontvangen"),
      geschiedenis.slice(0, 400),
    );
    assert.ok(!geschiedenis.includes("[object Object]") && !geschiedenis.includes("weglatingen"));
    await geenAxeSchendingen(fatima, "dossier met de geschiedenis van het afschrift");
    await schermafbeelding(fatima, "afschrift-geschiedenis");

    // A medewerker neither gets the link nor opens the page.
    const sanne = await alsIemand("medewerker@regenboog.example");
    await sanne.goto(`${omgeving.server.basis}${naarDossier}/toegang`);
    assert.equal(await sanne.locator(`a[href="${naarDossier}/afschrift"]`).count(), 0, "no link for a medewerker");
    assert.equal((await sanne.goto(`${omgeving.server.basis}${naarDossier}/afschrift`))?.status(), 403);
  });
});
