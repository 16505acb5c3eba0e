import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import {
  geenAxeSchendingen,
  kiesRadio,
  tabNaar,
  typ,
  vinkAan,
  volgLink,
  vulDatum,
  meldAan,
  verstuurTot,
} from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();

async function nieuwePagina(javaScript = true): Promise<Page> {
  const context = await omgeving.browser.newContext({
    javaScriptEnabled: javaScript,
    locale: "nl-NL",
    viewport: { width: 1280, height: 900 },
  });
  return context.newPage();
}

const inloggen = (page: Page, email: string): Promise<void> => meldAan(page, omgeving.server.basis, email);

/** Submits the form whose button matches, by keyboard, and waits for the page the action leads to. */
async function verstuurEnWacht(page: Page, knop: string, url: RegExp): Promise<void> {
  await tabNaar(page, knop);
  await Promise.all([page.waitForURL(url), page.keyboard.press("Enter")]);
  await page.waitForLoadState("networkidle");
}

describe("a teacher works a case from first signal to decision, keyboard only", () => {
  it("records signals, consultation, conversation, weighing and decision, and sees the reasoning", async () => {
    const page = await nieuwePagina();
    await page.goto(`${omgeving.server.basis}/inloggen`);
    await geenAxeSchendingen(page, "inloggen");
    await inloggen(page, "medewerker@regenboog.example");
    await geenAxeSchendingen(page, "dossiers");

    await volgLink(page, 'main a[href="/dossiers/nieuw"]');
    await page.waitForURL(/\/dossiers\/nieuw$/);
    await geenAxeSchendingen(page, "nieuw dossier");

    // An empty form: errors named in a summary that takes focus, nothing created.
    await tabNaar(page, "main button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".mw-samenvatting");
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains("mw-samenvatting")),
      true,
      "focus op de foutsamenvatting",
    );
    assert.match(await page.innerText(".mw-samenvatting"), /Naam of werknaam: Vul dit veld in/);
    await geenAxeSchendingen(page, "nieuw dossier met fouten");

    await typ(page, "#veld-werknaam", "E2E: M. (groep 6)");
    await kiesRadio(page, "aanleiding", "zorg_om_kind");
    await typ(page, "#veld-omschrijving", "M. is de laatste weken stil en schrikt bij harde geluiden.");
    await verstuurEnWacht(page, "main button[type=submit]", /\/dossiers\/[0-9a-f-]{36}$/);
    await geenAxeSchendingen(page, "dossieroverzicht");

    await volgLink(page, 'nav a[href$="/signalen"]');
    await page.waitForURL(/\/signalen$/);
    await geenAxeSchendingen(page, "signalen");
    for (const [soort, waarneming] of [
      ["signaal", "M. heeft een rode afdruk van vier vingers op de wang en zegt: 'papa was boos'."],
      ["vroeg_risico", "Moeder vertelt dat het gezin uit huis gezet dreigt te worden."],
    ] as const) {
      await kiesRadio(page, "soort", soort);
      await typ(page, "#veld-waarneming", waarneming);
      await typ(page, "#veld-waargenomenDoor", "Sanne de Wit (leerkracht)");
      await kiesRadio(page, "bron", "eigen_waarneming");
      await tabNaar(page, "form.mw-formulier button[type=submit]");
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (t) => document.querySelector("table")?.textContent?.includes(t),
        waarneming.slice(0, 30),
      );
    }
    assert.match(await page.innerText("main"), /2 vastleggingen/);

    await volgLink(page, 'nav a[href$="/consultatie"]');
    await page.waitForURL(/\/consultatie$/);
    await geenAxeSchendingen(page, "consultatie");
    await kiesRadio(page, "met", "aandachtsfunctionaris");
    await typ(page, "#veld-naam", "Fatima El Amrani");
    await typ(page, "#veld-uitkomst", "Zorgen gedeeld: de signalen wijzen op fysiek geweld door vader.");
    await typ(page, "#veld-vervolgstap", "Vandaag gesprek met moeder; directie op de hoogte.");
    await verstuurEnWacht(page, "form.mw-formulier button[type=submit]", /\/consultatie\?opgeslagen=1$/);

    await volgLink(page, 'nav a[href$="/gesprek"]');
    await page.waitForURL(/\/gesprek$/);
    await geenAxeSchendingen(page, "gesprek");
    // One form at a time: the parents' conversation, chosen with a link.
    await volgLink(page, 'main a[href$="vastleggen=ouders#gesprek-formulier"]');
    await page.waitForSelector("#gesprek-form-titel");
    await geenAxeSchendingen(page, "formulier gesprek met de ouders");
    const gesprek = "form:has(input[name=bedoeling][value=gevoerd])";
    await typ(page, `${gesprek} #veld-deelnemers`, "Moeder, leerkracht, intern begeleider");
    await typ(page, `${gesprek} #veld-plaats`, "Spreekkamer school");
    await typ(page, `${gesprek} #veld-gedeeld`, "De afdruk op de wang en de uitspraak van M.");
    await typ(page, `${gesprek} #veld-visie`, "Moeder: 'Hij slaat haar niet, hij heeft het heel zwaar nu.'");
    await typ(page, `${gesprek} #veld-ervaring`, "Moeder: 'Ik schrok, maar ik ben blij dat u het eerlijk zei.'");
    await vinkAan(page, `${gesprek} input[name=situaties][value=ouders_ontkennen]`);
    await verstuurEnWacht(page, `${gesprek} button[type=submit]`, /\/gesprek\?opgeslagen=1$/);
    // The denial dilemma appears with what the professional can do.
    await page.waitForFunction(
      () => document.querySelector("main")?.textContent?.includes("De ouders herkennen de zorg niet") ?? false,
      undefined,
      { polling: 100 },
    );
    assert.match(await page.innerText("main"), /Wat u kunt doen/, "dilemma with possibilities");
    await geenAxeSchendingen(page, "gesprek met dilemma");

    await volgLink(page, 'nav a[href$="/afweging"]');
    await page.waitForURL(/\/afweging$/);
    await geenAxeSchendingen(page, "afweging");
    for (const [vraag, toelichting] of [
      ["1", "Letsel met uitspraak van het kind en bevestigde spanningen thuis."],
      ["2", "Acute onveiligheid: zichtbaar letsel door geweld, M. is bang om naar huis te gaan."],
    ] as const) {
      const actief = "li.mw-vraag--actief form";
      await kiesRadio(page, "antwoord", "ja", actief);
      await page.waitForSelector("text=Als u dit antwoord vastlegt");
      await typ(page, `${actief} textarea[name=toelichting]`, toelichting);
      // The page previews "Vraag n: Ja" as soon as the choice is made: wait for the saved answer instead.
      await verstuurTot(page, `${actief} button[type=submit]`, `Ja — ${toelichting}`);
      assert.match(page.url(), /\/afweging\?opgeslagen=1$/);
      assert.match(await page.innerText("main"), new RegExp(`Vraag ${vraag}: Ja`));
    }
    assert.match(await page.innerText("main"), /Uitkomst: melden bij Veilig Thuis/);
    await geenAxeSchendingen(page, "afweging beantwoord");

    await volgLink(page, 'nav a[href$="/besluit"]');
    await page.waitForURL(/\/besluit$/);
    await geenAxeSchendingen(page, "besluit");
    // The teacher does not decide: she proposes, and the proposal waits for the eindverantwoordelijke.
    assert.match(await page.innerText("main"), /Een besluit voorstellen/);
    await kiesRadio(page, "besluit", "melden");
    await typ(page, "#veld-toelichting", "Besproken met directie: vandaag melden bij Veilig Thuis, telefonisch.");
    await verstuurEnWacht(page, "form.mw-formulier button[type=submit]", /\/besluit\?opgeslagen=1$/);
    // The URL changes before the page renders the reloaded dossier.
    await page.waitForSelector("text=Voorgesteld door Sanne de Wit (medewerker)");
    assert.match(await page.innerText("main"), /Er is nog geen besluit vastgelegd/);
    const dossierUrl = page.url().replace(/\/besluit\?opgeslagen=1$/, "");

    // Peter, the eindverantwoordelijke, finds it in Mijn taken and confirms it as it stands.
    const peter = await nieuwePagina();
    await inloggen(peter, "directie@regenboog.example");
    await peter.goto(`${omgeving.server.basis}/taken`);
    await geenAxeSchendingen(peter, "taken met voorstel");
    await volgLink(peter, `main a[href="${new URL(dossierUrl).pathname}/besluit"]`);
    await peter.waitForURL(/\/besluit$/);
    await geenAxeSchendingen(peter, "besluit met voorstel");
    assert.equal(
      await peter.inputValue("#veld-toelichting"),
      "Besproken met directie: vandaag melden bij Veilig Thuis, telefonisch.",
      "the proposal fills the form",
    );
    await verstuurEnWacht(peter, "form.mw-formulier button[type=submit]", /\/besluit\?opgeslagen=1$/);
    await peter.waitForSelector("text=Genomen door Peter Visser (eindverantwoordelijke)");
    const besluitPagina = await peter.innerText("main");
    assert.match(besluitPagina, /Genomen door Peter Visser \(eindverantwoordelijke\)/);
    assert.match(besluitPagina, /Bevestigt het voorstel van Sanne de Wit/);
    assert.doesNotMatch(besluitPagina, /Onbekend/);
    await peter.context().close();

    await page.goto(dossierUrl);
    await page.waitForSelector("#takenlijst-titel");
    const overzicht = await page.innerText("main");
    assert.match(overzicht, /Besluit: Melden bij Veilig Thuis \(genomen door Peter Visser\)/);
    assert.match(overzicht, /Meldnorm 1/);
    assert.match(overzicht, /Vraag 2: Ja → melden bij Veilig Thuis/);
    assert.match(overzicht, /Sanne de Wit \(medewerker\)/);
    await geenAxeSchendingen(page, "overzicht met besluit");
    await page.context().close();
  });

  it("never silently loses an entry: a stale form gets a conflict message and keeps the typed text", async () => {
    const a = await nieuwePagina();
    const b = await nieuwePagina();
    await inloggen(a, "medewerker@regenboog.example");
    await inloggen(b, "af@regenboog.example");
    // A fresh dossier, so that what the other tests did to theirs does not matter here.
    await a.goto(`${omgeving.server.basis}/dossiers/nieuw`);
    await typ(a, "#veld-werknaam", "Twee schrijvers");
    await typ(a, "#veld-omschrijving", "Twee collega's leggen tegelijk iets vast.");
    await verstuurEnWacht(a, "main button[type=submit]", /\/dossiers\/[0-9a-f-]{36}$/);
    const signalen = `${a.url()}/signalen`;
    await a.goto(signalen);
    await b.goto(signalen);
    for (const [pagina, tekst] of [
      [a, "Eerste waarneming door A."],
      [b, "Tweede waarneming door B."],
    ] as const) {
      await typ(pagina, "#veld-waarneming", tekst);
      await typ(pagina, "#veld-waargenomenDoor", "Collega");
    }
    await tabNaar(a, "form.mw-formulier button[type=submit]");
    await a.keyboard.press("Enter");
    // Polling, not animation frames: a page in a background window gets none.
    await a.waitForFunction(
      () => document.querySelector("table")?.textContent?.includes("Eerste waarneming door A."),
      undefined,
      { polling: 100 },
    );
    await tabNaar(b, "form.mw-formulier button[type=submit]");
    await b.keyboard.press("Enter");
    await b.waitForSelector(".mw-samenvatting");
    assert.match(await b.innerText(".mw-samenvatting"), /Een collega heeft intussen iets aan dit dossier toegevoegd/);
    assert.equal(await b.inputValue("#veld-waarneming"), "Tweede waarneming door B.");
    await geenAxeSchendingen(b, "versieconflict");
    // Sending again against the new version succeeds: both entries are kept.
    await tabNaar(b, "form.mw-formulier button[type=submit]");
    await b.keyboard.press("Enter");
    await b.waitForFunction(
      () => document.querySelector("table")?.textContent?.includes("Tweede waarneming door B."),
      undefined,
      { polling: 100 },
    );
    assert.equal(await b.inputValue("#veld-waarneming"), "", "the form is empty again after saving");
    const tekst = await b.innerText("main");
    assert.match(tekst, /Eerste waarneming door A\./);
    assert.match(tekst, /Tweede waarneming door B\./);
    await a.context().close();
    await b.context().close();
  });

  it("works without JavaScript and switches language", async () => {
    const page = await nieuwePagina(false);
    await inloggen(page, "medewerker@regenboog.example");
    await volgLink(page, 'main a[href="/dossiers/nieuw"]');
    await typ(page, "#veld-werknaam", "Zonder JS");
    await typ(page, "#veld-omschrijving", "Formulieren werken ook zonder JavaScript.");
    await verstuurEnWacht(page, "main button[type=submit]", /\/dossiers\/[0-9a-f-]{36}$/);
    await page.goto(`${page.url()}/signalen`);
    await typ(page, "#veld-waarneming", "Datum in de toekomst");
    await typ(page, "#veld-waargenomenDoor", "Leerkracht");
    await vulDatum(page, "#veld-datumWaarneming", "2099-01-01");
    await vinkAan(page, "#veld-disclosure");
    await tabNaar(page, "form.mw-formulier button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".mw-samenvatting");
    assert.match(await page.innerText(".mw-samenvatting"), /Datum van de waarneming: Deze datum ligt in de toekomst/);
    assert.equal(await page.inputValue("#veld-waarneming"), "Datum in de toekomst", "invoer blijft staan");
    assert.equal(await page.isChecked("#veld-disclosure"), true, "vinkje blijft staan");

    await tabNaar(page, 'header button[lang="en"]');
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.documentElement.lang === "en", undefined, { polling: 100 });
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.match(await page.innerText("main"), /Steps 0 and 1/);
    await page.context().close();

    // axe needs script in the page; the English pages are checked in a normal browser.
    const metJs = await nieuwePagina();
    await inloggen(metJs, "medewerker@regenboog.example");
    await tabNaar(metJs, 'header button[lang="en"]');
    await metJs.keyboard.press("Enter");
    await metJs.waitForFunction(() => document.documentElement.lang === "en", undefined, { polling: 100 });
    await geenAxeSchendingen(metJs, "English dossier list");
    await volgLink(metJs, "main table a");
    await geenAxeSchendingen(metJs, "English dossier overview");
    await metJs.context().close();
  });
});
