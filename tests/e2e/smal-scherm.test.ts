import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { geenAxeSchendingen, kiesRadio, tabNaar, typ, volgLink, meldAan, verstuurTot } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();

async function nieuwePagina(width: number, height: number): Promise<Page> {
  const context = await omgeving.browser.newContext({ locale: "nl-NL", viewport: { width, height } });
  return context.newPage();
}

const inloggen = (page: Page, email: string): Promise<void> => meldAan(page, omgeving.server.basis, email);

/** The page is no wider than the screen: nothing sticks out to the side. */
async function geenZijwaartsScrollen(page: Page, waar: string): Promise<void> {
  const maten = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(maten.scroll <= maten.client, `${waar}: scrollWidth ${maten.scroll} > clientWidth ${maten.client}`);
}

/**
 * On a narrow screen the case's pages are behind one disclosure: open it with the keyboard, follow
 * the link, and wait until the new page has rendered (its title changes after the URL).
 */
async function naarViaMenu(page: Page, pad: string): Promise<void> {
  const oud = await page.title();
  await tabNaar(page, "nav.mw-stappen--smal summary");
  if (!(await page.evaluate(() => document.querySelector("nav.mw-stappen--smal details")?.hasAttribute("open"))))
    await page.keyboard.press("Enter");
  await volgLink(page, `nav.mw-stappen--smal a[href$="/${pad}"]`);
  await page.waitForURL(new RegExp(`/${pad}$`));
  await page.waitForFunction((t) => document.title !== t, oud);
}

/** Sends a form by keyboard and waits until the main content shows `tekst`. */

describe("the case on a phone (390 px), keyboard only", () => {
  it("shows every main page of the demo case without sideways scrolling and without axe violations", async () => {
    const page = await nieuwePagina(390, 844);
    await inloggen(page, "medewerker@regenboog.example");
    await volgLink(page, "main table a");
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    await page.waitForSelector("#wat-nu-titel");

    // The overview leads with what to do now; the task list comes right after it.
    const volgorde = await page.evaluate(() => {
      const watNu = document.querySelector("#wat-nu-titel")?.getBoundingClientRect().top ?? 0;
      const taken = document.querySelector("#takenlijst-titel")?.getBoundingClientRect().top ?? 0;
      const tijdlijn = document.querySelector("#tijdlijn-titel")?.getBoundingClientRect().top ?? 0;
      return { watNu, taken, tijdlijn };
    });
    assert.ok(
      volgorde.watNu < volgorde.taken && volgorde.taken < volgorde.tijdlijn,
      `what now, then the task list: ${JSON.stringify(volgorde)}`,
    );
    assert.match(
      await page.innerText(".mw-wat-nu"),
      /Consultatie/,
      "the demo case has signals: next is the consultation",
    );
    await geenZijwaartsScrollen(page, "overzicht");
    await geenAxeSchendingen(page, "overzicht op 390 px");

    // The overview shows the newest three entries; the full history is one link away.
    const regels = () => page.locator("section[aria-labelledby=geschiedenis-titel] > ol > li").count();
    assert.equal(await regels(), 3, "three newest entries on the overview");
    await volgLink(page, 'main a[href$="?verloop=alles#geschiedenis-titel"]');
    await page.waitForURL(/verloop=alles/);
    await page.waitForFunction(
      () => document.querySelectorAll("section[aria-labelledby=geschiedenis-titel] > ol > li").length > 3,
    );
    assert.equal(await regels(), 5, "the demo case's five entries");
    await geenAxeSchendingen(page, "het hele verloop op 390 px");

    for (const pad of ["signalen", "consultatie", "gesprek", "afweging", "besluit", "melding"]) {
      await naarViaMenu(page, pad);
      assert.match(
        await page.innerText("nav.mw-stappen--smal summary"),
        /nu: /,
        `the menu names the current page on ${pad}`,
      );
      await geenZijwaartsScrollen(page, pad);
      await geenAxeSchendingen(page, `${pad} op 390 px`);
    }

    // The signals table stacks: the observation's text stays inside the screen.
    await naarViaMenu(page, "signalen");
    const rechts = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll(".mw-tabel--stapel td")].map((td) => td.getBoundingClientRect().right)),
    );
    assert.ok(rechts <= 390, `table cells end within the screen (${rechts})`);
  });

  it("prepares a conversation that is not safe, on the narrow screen, and the task list says what follows", async () => {
    const page = await nieuwePagina(390, 844);
    await inloggen(page, "medewerker@regenboog.example");

    // A new, empty case: the next step is recording a signal, not afwegingsvraag 1.
    await volgLink(page, 'main a[href="/dossiers/nieuw"]');
    await page.waitForURL(/\/dossiers\/nieuw$/);
    await typ(page, "#veld-werknaam", "E2E smal: R. (groep 3)");
    await kiesRadio(page, "aanleiding", "zorg_om_kind");
    await typ(page, "#veld-omschrijving", "R. heeft sinds twee weken blauwe plekken op de armen.");
    await tabNaar(page, "main button[type=submit]");
    await Promise.all([page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/), page.keyboard.press("Enter")]);
    await page.waitForSelector("#wat-nu-titel");
    const watNu = await page.innerText(".mw-wat-nu");
    assert.match(watNu, /Risico's en signalen/, "an empty case starts with a signal");
    assert.doesNotMatch(await page.innerText("main"), /Volgende stap: vraag 1/, "no afwegingsvraag before any signal");
    await geenAxeSchendingen(page, "leeg dossier op 390 px");

    await naarViaMenu(page, "gesprek");
    await volgLink(page, 'main a[href$="vastleggen=voorbereiding_ouders#gesprek-formulier"]');
    await page.waitForSelector("#gesprek-form-titel");
    assert.equal(
      await page.locator("#veld-kindGeinformeerd-ja, input[name=kindGeinformeerd]").count(),
      0,
      "no child-only field on the preparation",
    );
    await typ(page, "#veld-opening", "We willen allebei dat R. zich veilig voelt.");
    await typ(
      page,
      "#veld-feiten",
      "Op 1 en 3 december blauwe plekken op beide bovenarmen, gezien door de leerkracht.",
    );
    await kiesRadio(page, "veilig", "nee");
    await typ(page, "#veld-aanwezigen", "Moeder, leerkracht, intern begeleider");
    await typ(page, "#veld-gespreksleider", "Intern begeleider");
    await verstuurTot(
      page,
      "form[aria-labelledby=gesprek-form-titel] button[type=submit]",
      "Vul dit in: het gesprek is niet veilig",
    );
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains("mw-samenvatting")),
      true,
      "focus on the error summary",
    );
    await geenZijwaartsScrollen(page, "voorbereiding met fouten");
    await geenAxeSchendingen(page, "voorbereiding met fouten op 390 px");

    await typ(page, "#veld-waaromNietVeilig", "Moeder vertelde dat vader boos wordt als school belt.");
    await typ(page, "#veld-inPlaatsDaarvan", "Eerst advies vragen bij Veilig Thuis; moeder apart spreken.");
    await verstuurTot(
      page,
      "form[aria-labelledby=gesprek-form-titel] button[type=submit]",
      "Voorbereid: niet veilig om te voeren",
    );
    assert.match(
      await page.innerText("main"),
      /Moeder vertelde dat vader boos wordt/,
      "the preparation is shown on the page",
    );

    // The parents' form has no child-only fields; the child's form has them.
    await volgLink(page, 'main a[href$="vastleggen=ouders#gesprek-formulier"]');
    await page.waitForSelector("#gesprek-form-titel");
    assert.equal(
      await page.locator("input[name=kindGeinformeerd]").count(),
      0,
      "the parents' form has no child fields",
    );
    assert.equal(await page.locator("textarea[name=wensOuders]").count(), 1, "the parents' wishes are asked");
    await geenZijwaartsScrollen(page, "gesprek met de ouders");
    await geenAxeSchendingen(page, "formulier gesprek ouders op 390 px");

    await naarViaMenu(page, "signalen");
    await naarViaMenu(page, "gesprek");
    await volgLink(page, 'main a[href$="vastleggen=kind#gesprek-formulier"]');
    await page.waitForSelector("#gesprek-form-titel");
    assert.equal(
      await page.locator("input[name=kindGeinformeerd]").count(),
      2,
      "the child's form asks whether the child was told",
    );
    assert.equal(await page.locator("textarea[name=wensOuders]").count(), 0, "the child's form has no parents' fields");

    // Back to the overview, the first entry of the menu.
    await tabNaar(page, "nav.mw-stappen--smal summary");
    await page.keyboard.press("Enter");
    await volgLink(page, "nav.mw-stappen--smal li:first-child a");
    await page.waitForSelector("#wat-nu-titel");
    assert.match(
      await page.innerText("main"),
      /Het gesprek met de ouders is niet veilig bevonden/,
      "the task list says what follows an unsafe preparation",
    );
    assert.match(await page.innerText("main"), /Gesprek voorbereid/, "the preparation is in the history");
  });

  it("keeps each group of the step navigation whole at 1280 px: no tab alone on a line", async () => {
    const page = await nieuwePagina(1280, 800);
    await inloggen(page, "medewerker@regenboog.example");
    await volgLink(page, "main table a");
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    await page.waitForSelector("nav.mw-stappen--breed");
    const regels = await page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll("nav.mw-stappen--breed a")].map((a) =>
            Math.round(a.getBoundingClientRect().top),
          ),
        ).size,
    );
    assert.equal(regels, 1, "all tabs on one line at 1280 px");
    assert.equal(await page.isVisible("nav.mw-stappen--smal"), false, "the narrow menu is hidden on a wide screen");
  });
});
