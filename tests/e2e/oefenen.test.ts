import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { geenAxeSchendingen, kiesRadio, meldAan, tabNaar, typ, verstuurTot, vinkAan, volgLink } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();
/** Set SCHERMAFBEELDINGEN to a folder to keep screenshots of the pages (desktop and 390 px). */
const MAP = process.env["SCHERMAFBEELDINGEN"];

async function alsIemand(email: string, breedte = 1280): Promise<Page> {
  const context = await omgeving.browser.newContext({ locale: "nl-NL", viewport: { width: breedte, height: 900 } });
  const page = await context.newPage();
  await meldAan(page, omgeving.server.basis, email, /\/(dossiers|beheer)$/);
  return page;
}

async function foto(page: Page, naam: string): Promise<void> {
  if (MAP) await page.screenshot({ path: path.join(MAP, `${naam}.png`), fullPage: true });
}

/** The page is no wider than the screen. */
async function geenZijwaartsScrollen(page: Page, waar: string): Promise<void> {
  const maten = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(maten.scroll <= maten.client, `${waar}: scrollWidth ${maten.scroll} > clientWidth ${maten.client}`);
}

/** Joins a team session by its code from the practice page, and answers the five questions. */
async function doeMee(page: Page, code: string, antwoorden: readonly string[]): Promise<void> {
  await page.goto(`${omgeving.server.basis}/oefenen`);
  await typ(page, "#veld-code", code.toLowerCase());
  await tabNaar(page, 'form[action="/oefenen/team"] button');
  await Promise.all([page.waitForURL(new RegExp(`/oefenen/team/${code}$`)), page.keyboard.press("Enter")]);
  await page.waitForLoadState("networkidle");
  for (const [i, a] of antwoorden.entries()) await kiesRadio(page, `vraag_${i + 1}`, a, "main form");
  await verstuurTot(page, "main form button[type=submit]", "Uw antwoorden zijn opgeslagen");
}

describe("oefenen, keyboard only", () => {
  it("a medewerker completes a practice case and sees the feedback; nothing of it shows in a real list, task or export", async () => {
    const sanne = await alsIemand("medewerker@regenboog.example");
    await volgLink(sanne, 'nav a[href="/oefenen"]');
    await sanne.waitForURL(/\/oefenen$/);
    assert.equal(await sanne.locator("main .mw-casussen > li").count(), 8);
    await geenAxeSchendingen(sanne, "/oefenen");
    await foto(sanne, "oefenen");

    await volgLink(sanne, 'main a[href="/oefenen/plekken-bij-noor"]');
    await sanne.waitForURL(/\/oefenen\/plekken-bij-noor$/);
    await geenAxeSchendingen(sanne, "/oefenen/plekken-bij-noor");

    // Stage 1: which observations to record; one fitting one is missed, so the feedback names it.
    await vinkAan(sanne, "main input[name=keuze][value=plekken]");
    await vinkAan(sanne, "main input[name=keuze][value=vader]");
    await verstuurTot(sanne, "#fase-zien button[type=submit]", "Wat een ervaren aandachtsfunctionaris weegt");
    const feedback = await sanne.innerText("#fase-zien");
    assert.match(feedback, /dit zou een ervaren aandachtsfunctionaris ook doen/, "the missed observation");
    assert.match(feedback, /passen minder goed bij vallen/, "the case's own weighing");

    // Stage 2: whom to consult.
    await kiesRadio(sanne, "keuze", "af", "#fase-horen form");
    await verstuurTot(sanne, "#fase-horen button[type=submit]", "Goed gewogen");
    await geenAxeSchendingen(sanne, "na de twee delen");

    // The conversation: the parents' likely reactions, then the reflection of Check je Gesprek.
    assert.match(await sanne.innerText("#gesprek"), /Jullie beschuldigen ons/);
    await typ(sanne, "#veld-goed", "Ik bleef rustig en noemde wat ik zag.");
    await typ(sanne, "#veld-ervaring_ouders", "Vader was boos, moeder zei weinig.");
    await typ(sanne, "#veld-anders", "Moeder apart vragen hoe zij het ziet.");
    await verstuurTot(sanne, "#gesprek button[type=submit]", "Vader was boos, moeder zei weinig.");

    // The weighing: the afwegingskader's answer for her inputs, beside the case's, with why.
    await kiesRadio(sanne, "disclosure", "nee", "#afweging form");
    await kiesRadio(sanne, "vraag_1", "ja", "#afweging form");
    await kiesRadio(sanne, "vraag_2", "ja", "#afweging form");
    await verstuurTot(sanne, "#afweging button[type=submit]", "Uw afweging komt uit op hetzelfde");
    const afweging = await sanne.innerText("#afweging");
    assert.match(afweging, /Uitkomst: melden bij Veilig Thuis/);
    assert.match(afweging, /structurele onveiligheid/);
    await geenAxeSchendingen(sanne, "/oefenen/plekken-bij-noor afgerond");
    await foto(sanne, "oefencasus");

    // Nothing of the practice case in a real list or task.
    for (const pad of ["/dossiers", "/taken"]) {
      await sanne.goto(`${omgeving.server.basis}${pad}`);
      const tekst = await sanne.innerText("main");
      assert.ok(!/Noor|plekken-bij-noor|Oefencasus/.test(tekst), `${pad} shows nothing of the practice`);
    }
    await sanne.goto(`${omgeving.server.basis}/oefenen`);
    assert.match(await sanne.innerText("main"), /Afgerond/);

    // On a phone.
    const smal = await alsIemand("medewerker@regenboog.example", 390);
    await smal.goto(`${omgeving.server.basis}/oefenen/plekken-bij-noor`);
    await geenZijwaartsScrollen(smal, "oefencasus 390");
    await geenAxeSchendingen(smal, "/oefenen/plekken-bij-noor op 390 px");
    await foto(smal, "oefencasus-390");
  });

  it("a team session with three participants shows the spread, without names", async () => {
    const fatima = await alsIemand("af@regenboog.example");
    // The reflection figures before the team session: practice must not move them.
    const cijfers = async () => {
      const antwoord = await fatima.context().request.get(`${omgeving.server.basis}/api/cijfers`);
      assert.equal(antwoord.status(), 200);
      return (await antwoord.json()) as unknown;
    };
    const cijfersVoor = await cijfers();
    await fatima.goto(`${omgeving.server.basis}/oefenen`);
    await tabNaar(fatima, "select[name=casus]");
    await fatima.keyboard.press("ArrowDown");
    await fatima.keyboard.press("ArrowDown");
    assert.equal(await fatima.inputValue("select[name=casus]"), "plekken-bij-noor");
    await tabNaar(fatima, 'main form[method="post"] button[type=submit]');
    await Promise.all([fatima.waitForURL(/\/oefenen\/team\/[A-Z2-9]{6}$/), fatima.keyboard.press("Enter")]);
    await fatima.waitForLoadState("networkidle");
    const code = (await fatima.innerText("main .mw-code")).trim();
    assert.match(code, /^[A-Z2-9]{6}$/);
    assert.match(await fatima.innerText("main"), /De spreiding verschijnt pas vanaf 3 antwoorden/);
    await geenAxeSchendingen(fatima, "teamsessie, gastheer");

    const sanne = await alsIemand("medewerker@regenboog.example");
    await doeMee(sanne, code, ["ja", "ja", "weet_niet", "nee", "nee"]);
    await geenAxeSchendingen(sanne, "teamsessie, deelnemer");
    const joris = await alsIemand("medewerker2@regenboog.example", 390);
    await doeMee(joris, code, ["ja", "nee", "ja", "ja", "ja"]);
    await geenZijwaartsScrollen(joris, "teamsessie 390");
    await foto(joris, "teamsessie-390");
    const peter = await alsIemand("directie@regenboog.example");
    await doeMee(peter, code, ["ja", "ja", "nee", "nee", "nee"]);

    // Another organisation's colleague cannot find it.
    const noor = await alsIemand("medewerker@anker.example");
    assert.equal((await noor.goto(`${omgeving.server.basis}/oefenen/team/${code}`))?.status(), 404);

    await volgLink(fatima, 'main a.nl-link[href$="' + code + '"]:not([href*="groot"])');
    // The address does not change on this refresh: wait for the new count to be drawn, not only for the click.
    await fatima
      .waitForFunction(
        () => /3 collega's hebben geantwoord/u.test(document.querySelector("main")?.textContent ?? ""),
        undefined,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    assert.match(await fatima.innerText("main"), /3 collega's hebben geantwoord/);
    await tabNaar(fatima, "main form:has(input[value=onthullen]) button[type=submit]");
    await Promise.all([fatima.waitForLoadState("networkidle"), fatima.keyboard.press("Enter")]);
    await fatima.waitForSelector("#spreiding-titel");
    const spreiding = await fatima.innerText("main");
    for (const naam of ["Sanne", "Joris", "Peter"]) assert.ok(!spreiding.includes(naam), `no name: ${naam}`);
    const rij = async (vraag: number, antwoord: string) =>
      (
        await fatima
          .locator(".mw-paneel")
          .filter({ hasText: `Vraag ${vraag}:` })
          .locator(".mw-spreiding__rij")
          .filter({ hasText: antwoord })
          .first()
          .innerText()
      )
        .replace(/\s+/g, " ")
        .trim();
    assert.equal(await rij(1, "Ja"), "Ja 3");
    assert.equal(await rij(2, "Ja"), "Ja 2");
    assert.equal(await rij(2, "Nee"), "Nee 1");
    await geenAxeSchendingen(fatima, "teamsessie, spreiding");
    await foto(fatima, "teamsessie-spreiding");

    // The projector view, and a participant sees the same spread.
    await volgLink(fatima, 'main a[href$="?groot=1"]');
    await fatima.waitForSelector("article.mw-groot");
    await geenAxeSchendingen(fatima, "teamsessie, groot beeld");
    await foto(fatima, "teamsessie-groot");

    // Nothing of the practice in the aandachtsfunctionaris's werkvoorraad, its CSV export, her tasks or the figures.
    assert.deepEqual(await cijfers(), cijfersVoor, "the reflection figures are the same after a team session");
    for (const pad of ["/werkvoorraad", "/taken", "/dossiers", "/cijfers"]) {
      await fatima.goto(`${omgeving.server.basis}${pad}`);
      assert.ok(
        !/Noor|plekken-bij-noor|Oefencasus|Teamsessie/.test(await fatima.innerText("main")),
        `${pad} shows nothing of the practice`,
      );
    }
    const csv = await fatima.context().request.get(`${omgeving.server.basis}/werkvoorraad.csv`);
    assert.equal(csv.status(), 200);
    assert.ok(!/Noor|plekken-bij-noor/.test(await csv.text()), "the export shows nothing of the practice");
    await sanne.reload();
    assert.match(await sanne.innerText("main"), /De spreiding van de antwoorden/);
  });
});
