import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { geenAxeSchendingen, kiesRadio, tabNaar, typ, vinkAan, volgLink, meldAan, verstuurTot } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();

async function nieuwePagina(): Promise<Page> {
  const context = await omgeving.browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

const inloggen = (page: Page, email: string, start = /\/dossiers$/): Promise<void> =>
  meldAan(page, omgeving.server.basis, email, start);

/** Sends a form by keyboard and waits until the page shows `tekst` (the URL changes before the render). */

/** Opens a <details> by keyboard. */
async function openUitleg(page: Page, samenvatting: string): Promise<void> {
  const selector = `summary:has-text("${samenvatting}")`;
  await page.waitForSelector(selector);
  const id = await page.$eval(selector, (el) => {
    el.setAttribute("data-e2e", "uitleg");
    return "uitleg";
  });
  await tabNaar(page, `summary[data-e2e="${id}"]`);
  await page.keyboard.press("Enter");
  await page.evaluate(() => document.querySelector('summary[data-e2e="uitleg"]')?.removeAttribute("data-e2e"));
}

/**
 * Follows a link in the case's navigation and waits until the new page has rendered: the URL changes
 * before the render, so it waits for the document title, which every page sets, to change.
 */
async function naarStap(page: Page, pad: string): Promise<void> {
  const oud = await page.title();
  await volgLink(page, `nav a[href$="/${pad}"]`);
  await page.waitForURL(new RegExp(`/${pad}$`));
  await page.waitForFunction((t) => document.title !== t, oud);
}

describe("stap 3 with support, the child, and the accelerated route (keyboard only)", () => {
  it("prepares and records the conversations, meets the denial dilemma, ticks participation, and switches to the accelerated route", async () => {
    const page = await nieuwePagina();
    await inloggen(page, "medewerker@regenboog.example");

    await volgLink(page, 'main a[href="/dossiers/nieuw"]');
    await page.waitForURL(/\/dossiers\/nieuw$/);
    await typ(page, "#veld-werknaam", "E2E: A. (groep 7)");
    await kiesRadio(page, "aanleiding", "zorg_om_kind");
    await typ(page, "#veld-omschrijving", "A. vertelt over spanningen thuis en is bang voor de zomervakantie.");
    await tabNaar(page, "main button[type=submit]");
    await Promise.all([page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/), page.keyboard.press("Enter")]);

    // Prepare: the guidance beside the form, then the preparation recorded (what to say, safe or not, who leads).
    await naarStap(page, "gesprek");
    await geenAxeSchendingen(page, "gesprek zonder formulier");
    await volgLink(page, 'main a[href$="vastleggen=voorbereiding_ouders#gesprek-formulier"]');
    await openUitleg(page, "Het gesprek voorbereiden");
    const voorbereiding = await page.innerText("details[open]");
    assert.match(voorbereiding, /veilig/i, "the safety check is part of the preparation");
    await geenAxeSchendingen(page, "gesprek met voorbereiding open");
    await typ(page, "#veld-opening", "We willen allebei dat A. met plezier naar school gaat.");
    await typ(
      page,
      "#veld-feiten",
      "A. zei op 12 november: 'ik wil niet mee naar het buitenland'. Zij huilde daarbij.",
    );
    await kiesRadio(page, "veilig", "ja", "form[aria-labelledby=gesprek-form-titel]");
    await typ(page, "#veld-aanwezigen", "Moeder, vader, Sanne de Wit, Fatima El Amrani");
    await typ(page, "#veld-gespreksleider", "Fatima El Amrani");
    await verstuurTot(
      page,
      "form[aria-labelledby=gesprek-form-titel] button[type=submit]",
      "Voorbereid, nog niet gevoerd",
    );
    assert.match(await page.innerText("main"), /Fatima El Amrani/, "who leads is recorded");

    // The parents' conversation: their view, their wishes, how they experienced it, and denial.
    await volgLink(page, 'main a[href$="vastleggen=ouders#gesprek-formulier"]');
    await page.waitForSelector("#gesprek-form-titel");
    assert.equal(
      await page.locator("input[name=kindGeinformeerd]").count(),
      0,
      "no child-only fields on the parents' form",
    );
    await typ(page, "#veld-deelnemers", "Moeder, vader, Sanne de Wit, Fatima El Amrani");
    await typ(page, "#veld-plaats", "Spreekkamer op school");
    await typ(
      page,
      "#veld-gedeeld",
      "A. zei op 12 november: 'ik wil niet mee naar het buitenland'. Zij huilde daarbij.",
    );
    await typ(page, "#veld-visie", "Vader: 'Er is niets aan de hand, ze overdrijft.' Moeder zweeg.");
    await typ(page, "#veld-wensOuders", "Zij willen dat de school zich er niet mee bemoeit.");
    await typ(page, "#veld-ervaring", "Moeder: 'Het voelde als een beschuldiging.'");
    await typ(page, "#veld-reflectie", "Het vertrouwen is geschaad; vader brak het gesprek af.");
    await vinkAan(page, 'input[name="situaties"][value="ouders_ontkennen"]');
    await typ(page, "#veld-vervolggesprek", "Over een week, met de intern begeleider erbij.");
    await verstuurTot(page, "form[aria-labelledby=gesprek-form-titel] button[type=submit]", "Wat u kunt doen");
    const metDilemma = await page.innerText("main");
    assert.match(metDilemma, /De ouders herkennen de zorg niet/, "the denial dilemma appears");
    assert.match(metDilemma, /Het voelde als een beschuldiging/, "their experience is recorded");
    await geenAxeSchendingen(page, "gesprek met dilemma");

    // The child's conversation: the tips beside the form, the child's view in its own words, and whether and how it was told.
    await volgLink(page, 'main a[href$="vastleggen=kind#gesprek-formulier"]');
    await openUitleg(page, "Tips voor het gesprek met het kind");
    assert.match(await page.innerText("main"), /jonger|jaar/i, "tips per age beside the form");
    assert.equal(await page.locator("textarea[name=wensOuders]").count(), 0, "no parents' fields on the child's form");
    await typ(page, "#veld-deelnemers", "A. en Sanne de Wit");
    await typ(page, "#veld-plaats", "Lege klas, na schooltijd");
    await typ(page, "#veld-gedeeld", "Ik heb gezegd dat ik me zorgen maak omdat zij verdrietig is over de reis.");
    await typ(page, "#veld-visie", "A.: 'Ik wil hier blijven. Mijn oom zegt dat ik daar ga trouwen.'");
    await kiesRadio(page, "kindGeinformeerd", "ja", "form[aria-labelledby=gesprek-form-titel]");
    await typ(
      page,
      "#veld-hoeGeinformeerd",
      "Verteld dat ik met een deskundige ga overleggen en haar morgen weer spreek.",
    );
    await verstuurTot(
      page,
      "form[aria-labelledby=gesprek-form-titel] button[type=submit]",
      "Mijn oom zegt dat ik daar ga trouwen",
    );
    assert.match(
      await page.innerText("main"),
      /Verteld dat ik met een deskundige ga overleggen/,
      "how the child was informed is recorded",
    );

    // Participation points on the child's page.
    await naarStap(page, "kind");
    await geenAxeSchendingen(page, "kind");
    for (const [punt, toelichting] of [
      ["p1", "A. zelf gesproken, haar woorden vastgelegd."],
      ["p2", "Uitgelegd wat de school nu gaat doen."],
    ] as const) {
      await tabNaar(page, "#veld-punt");
      await page.selectOption("#veld-punt", punt);
      await typ(page, "#veld-door", "Sanne de Wit");
      await typ(page, "#veld-toelichting", toelichting);
      await verstuurTot(page, "form.mw-formulier button[type=submit]", toelichting);
    }
    assert.match(await page.innerText("main"), /2 van de 9/, "two of nine participation points");

    // An honour-related signal with an acute threat switches the case to the accelerated route.
    await naarStap(page, "signalen");
    await geenAxeSchendingen(page, "signalen met bijzondere vormen");
    await kiesRadio(page, "soort", "signaal");
    await typ(
      page,
      "#veld-waarneming",
      "A. vertelt dat haar oom een huwelijk heeft geregeld; de reis is over vijf dagen.",
    );
    await typ(page, "#veld-waargenomenDoor", "Sanne de Wit (leerkracht)");
    await kiesRadio(page, "bron", "kind_zelf");
    await vinkAan(page, 'input[name="bijzondereVormen"][value="eergerelateerd_geweld"]');
    await vinkAan(page, 'input[name="bijzondereVormen"][value="huwelijksdwang"]');
    await vinkAan(page, 'input[name="dreigingAcuut"]');
    await verstuurTot(page, "form.mw-formulier button[type=submit]", "Versnelde route");
    const banner = await page.innerText(".mw-versneld");
    assert.match(banner, /Versnelde route: Eergerelateerd geweld, Huwelijksdwang/, "the banner names the forms");
    assert.match(banner, /nog 60 minuten/, "the clock shows the hour");
    assert.match(banner, /Raadpleeg een deskundige/, "the expert is required");
    await geenAxeSchendingen(page, "signalen op de versnelde route");

    // The banner is on every page of the case; the task list asks for the expert.
    for (const pad of ["gesprek", "kind", "afweging"]) {
      await naarStap(page, pad);
      assert.match(await page.innerText(".mw-versneld"), /Versnelde route/, `banner on ${pad}`);
    }
    await naarStap(page, "consultatie");
    assert.match(
      await page.innerText("main"),
      /Raadpleeg een deskundige voor de bijzondere vorm/,
      "the consultation step asks for the expert",
    );
    await geenAxeSchendingen(page, "consultatie op de versnelde route");
    await kiesRadio(page, "met", "deskundige_bijzondere_route");
    await typ(page, "#veld-naam", "Aandachtsfunctionaris eergerelateerd geweld, politie");
    await typ(page, "#veld-uitkomst", "Acuut: vandaag melden bij Veilig Thuis; niet met de familie praten.");
    await typ(page, "#veld-vervolgstap", "Veilig Thuis gebeld om 15.10; Landelijk Knooppunt ingeschakeld.");
    await verstuurTot(page, "form.mw-formulier button[type=submit]", "Binnen het uur gehandeld");
    assert.match(await page.innerText(".mw-versneld"), /Er is een deskundige geraadpleegd/, "the expert is recorded");
  });

  it("prints the conversation card on one A4 page", async () => {
    const page = await nieuwePagina();
    await inloggen(page, "medewerker@regenboog.example");
    await page.goto(`${omgeving.server.basis}/gesprekskaart`);
    await geenAxeSchendingen(page, "gesprekskaart");
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    assert.equal(document.numPages, 1, "the card prints on one A4 page");
    const tekst = (await (await document.getPage(1)).getTextContent()).items
      .map((i) => ("str" in i ? i.str : ""))
      .join(" ");
    assert.match(tekst, /Luister eerst/, "the card's points are on the page");
    assert.doesNotMatch(tekst, /Uitloggen|Kaart afdrukken/, "no navigation or buttons on paper");
  });

  it("lets the beheerder put a document beside a step, refuses a non-https link, and shows it on the step", async () => {
    const beheer = await nieuwePagina();
    await inloggen(beheer, "beheer@regenboog.example", /\/beheer$/);
    await beheer.goto(`${omgeving.server.basis}/beheer/documenten`);
    await geenAxeSchendingen(beheer, "documenten beheren");
    await tabNaar(beheer, "#veld-stap");
    await beheer.selectOption("#veld-stap", "gesprek");
    await typ(beheer, "#veld-titel", "Protocol gesprek met ouders (E2E)");
    await typ(beheer, "#veld-url", "http://intranet.regenboog.example/gesprek.pdf");
    await verstuurTot(beheer, "form[aria-labelledby=document-nieuw] button[type=submit]", "https");
    assert.match(await beheer.innerText(".mw-samenvatting"), /https/, "a clear Dutch message about https");
    await geenAxeSchendingen(beheer, "documenten met fout");
    await typ(beheer, "#veld-url", "https://www.regenboog.example/protocol-gesprek.pdf");
    await verstuurTot(beheer, "form[aria-labelledby=document-nieuw] button[type=submit]", "Het document is toegevoegd");

    const page = await nieuwePagina();
    await inloggen(page, "medewerker@regenboog.example");
    await volgLink(page, "main table a");
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    await naarStap(page, "gesprek");
    const link = await page.getAttribute('nav[aria-label="Documenten van uw organisatie bij deze stap"] a', "href");
    assert.equal(link, "https://www.regenboog.example/protocol-gesprek.pdf", "the document is beside the step");
  });
});
