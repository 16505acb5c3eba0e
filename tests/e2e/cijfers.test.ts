import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { aangemeldePagina, geenAxeSchendingen, verstuurTot, volgLink, vulDatum } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();

const alsIemand = (email: string, breedte = 1280): Promise<Page> =>
  aangemeldePagina(omgeving.browser, omgeving.server.basis, email, breedte);

async function wachtOp(page: Page, selector: string, tekst: string): Promise<void> {
  await page.waitForFunction(
    ([s, t]) => document.querySelector(s ?? "")?.textContent?.includes(t ?? "") ?? false,
    [selector, tekst],
    { polling: 100, timeout: 15_000 },
  );
}

describe("the reflection figures, keyboard only", () => {
  it("the aandachtsfunctionaris opens them from the menu and sees charts with their tables; a bad period is a 400 beside its field; a medewerker is refused", async () => {
    const fatima = await alsIemand("af@regenboog.example");
    await volgLink(fatima, 'nav a[href="/cijfers"]');
    // The address changes before the new page renders (client-side navigation): wait for its heading.
    await wachtOp(fatima, "h1", "Reflectiecijfers");
    assert.match(new URL(fatima.url()).pathname, /^\/cijfers$/);
    // Every figure: a drawing hidden from assistive technology, a caption, and its table.
    const figuren = fatima.locator("main section.mw-cijfer figure");
    assert.equal(await figuren.count(), 10);
    assert.equal(
      await fatima.locator("main figure svg.mw-staaf--breed[aria-hidden=true]").count(),
      10,
      "a drawing for wide screens",
    );
    assert.equal(
      await fatima.locator("main figure svg.mw-staaf--smal[aria-hidden=true]").count(),
      10,
      "and one for phones",
    );
    assert.equal(await fatima.locator("main figure figcaption").count(), 10);
    assert.equal(
      await fatima.locator("main section.mw-cijfer table caption").count(),
      11,
      "ten figures and the lead times",
    );
    const tabel = await fatima.innerText("main section.mw-cijfer table >> nth=0");
    assert.match(tabel, /Categorie/);
    // The demo organisation has only a few cases: every count from 1 to 4 reads "< 5".
    const tekst = await fatima.innerText("main");
    assert.match(tekst, /< 5/);
    await geenAxeSchendingen(fatima, "/cijfers");
    if (process.env["SCHERMAFBEELDING"])
      await fatima.screenshot({ path: process.env["SCHERMAFBEELDING"], fullPage: true });

    // A period the wrong way round: the form again, with the message beside the field.
    await vulDatum(fatima, "#veld-van", "2026-09-01");
    await vulDatum(fatima, "#veld-tot", "2026-08-01");
    await verstuurTot(fatima, "main form button[type=submit]", "De einddatum ligt vóór de begindatum");
    assert.match(fatima.url(), /van=2026-09-01&tot=2026-08-01/);
    await geenAxeSchendingen(fatima, "/cijfers (fout)");

    // Last school year, by its link.
    const schooljaren = (
      await fatima
        .locator('main form a[href^="/cijfers?van="]')
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))
    ).sort();
    assert.equal(schooljaren.length, 2, "this school year and the last");
    await volgLink(fatima, `main form a[href="${schooljaren[0]}"]`);
    const jaar = /van=(\d{4})/.exec(schooljaren[0] ?? "")?.[1] ?? "";
    await wachtOp(fatima, "main h2", `1 augustus ${jaar}`);
    assert.equal(await fatima.locator("main figure").count(), 10);

    // The CSV of the same period.
    const csvPad = await fatima.getAttribute('main a[href^="/cijfers.csv"]', "href");
    const csv = await fatima.context().request.get(`${omgeving.server.basis}${csvPad}`);
    assert.equal(csv.status(), 200);
    assert.deepEqual([...(await csv.body()).subarray(0, 3)], [0xef, 0xbb, 0xbf]);

    const smal = await alsIemand("af@regenboog.example", 390);
    await smal.goto(`${omgeving.server.basis}/cijfers`);
    assert.ok(
      await smal.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      "no sideways scrolling at 390 px",
    );
    if (process.env["SCHERMAFBEELDING_SMAL"])
      await smal.screenshot({ path: process.env["SCHERMAFBEELDING_SMAL"], fullPage: true });

    const sanne = await alsIemand("medewerker@regenboog.example");
    assert.equal(await sanne.locator('nav a[href="/cijfers"]').count(), 0, "not in a medewerker's menu");
    assert.equal((await sanne.goto(`${omgeving.server.basis}/cijfers`))?.status(), 403);
    assert.equal((await sanne.context().request.get(`${omgeving.server.basis}/api/cijfers`)).status(), 403);
  });
});
