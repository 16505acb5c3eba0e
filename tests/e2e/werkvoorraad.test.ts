import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { geenAxeSchendingen, tabNaar, typ, volgLink } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();

async function alsIemand(email: string): Promise<Page> {
  const context = await omgeving.browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${omgeving.server.basis}/inloggen`);
  await typ(page, "#veld-email", email);
  await typ(page, "#veld-wachtwoord", "meldwijzer-demo");
  await tabNaar(page, "main button[type=submit]");
  await Promise.all([page.waitForLoadState("networkidle"), page.keyboard.press("Enter")]);
  await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  return page;
}

describe("the werkvoorraad, keyboard only", () => {
  it("the aandachtsfunctionaris reaches it from the menu, filters, downloads the CSV and opens a case; a medewerker is refused", async () => {
    const fatima = await alsIemand("af@regenboog.example");
    await volgLink(fatima, 'nav a[href="/werkvoorraad"]');
    await fatima.waitForURL(/\/werkvoorraad$/);
    assert.match(await fatima.innerText("h1"), /Werkvoorraad/);
    const rijen = await fatima.locator("main tbody tr").count();
    assert.ok(rijen > 0, "the demo's cases");
    await geenAxeSchendingen(fatima, "/werkvoorraad");
    if (process.env["SCHERMAFBEELDING"]) await fatima.screenshot({ path: process.env["SCHERMAFBEELDING"], fullPage: true });

    // Only the open cases: the select reached by Tab, its choice made with the arrow keys.
    await tabNaar(fatima, "select[name=status]");
    await fatima.keyboard.press("ArrowDown");
    assert.equal(await fatima.inputValue("select[name=status]"), "open");
    await tabNaar(fatima, "main form[role=search] button");
    await Promise.all([fatima.waitForURL(/status=open/), fatima.keyboard.press("Enter")]);
    await fatima.waitForLoadState("networkidle");
    const open = await fatima.locator("main tbody tr").count();
    assert.ok(open > 0 && open <= rijen);
    assert.ok(!(await fatima.innerText("main tbody")).includes("Gesloten, bewaren tot"), "no closed case among the open ones");
    await geenAxeSchendingen(fatima, "/werkvoorraad?status=open");

    // The CSV link carries the same filter.
    const csvPad = await fatima.getAttribute('main a[href^="/werkvoorraad.csv"]', "href");
    assert.match(csvPad ?? "", /^\/werkvoorraad\.csv\?(.+&)?status=open(&|$)/);
    const csv = await fatima.context().request.get(`${omgeving.server.basis}${csvPad}`);
    assert.equal(csv.status(), 200);
    const bytes = await csv.body();
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with a BOM");
    assert.equal(bytes.toString("utf8").slice(1).split("\r\n").length, open + 2, "header, the open cases, the end");

    // From a row to the case.
    const eerste = await fatima.getAttribute("main tbody tr a", "href");
    assert.ok(eerste);
    await volgLink(fatima, `main tbody a[href="${eerste}"]`);
    await fatima.waitForURL((u) => u.pathname === eerste);

    const sanne = await alsIemand("medewerker@regenboog.example");
    assert.equal(await sanne.locator('nav a[href="/werkvoorraad"]').count(), 0, "not in a medewerker's menu");
    assert.equal((await sanne.goto(`${omgeving.server.basis}/werkvoorraad`))?.status(), 403);
    assert.equal((await sanne.context().request.get(`${omgeving.server.basis}/werkvoorraad.csv`)).status(), 403);
  });
});
