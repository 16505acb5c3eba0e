import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { vandaagInNederland } from "../../src/app/context.ts";
import { laatsteDagMeerDanWerkdagen } from "../../src/domain/tijd/werkdagen.ts";
import { aangemeldePagina, apiSessie, geenAxeSchendingen, tabNaar, typ, verstuur, volgLink } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();

const alsIemand = (email: string): Promise<Page> => aangemeldePagina(omgeving.browser, omgeving.server.basis, email);

/** The session cookie of a demo account signed in through the JSON API. */
const apiCookie = async (email: string): Promise<string> => (await apiSessie(omgeving.server.basis, email)).cookie;

async function api(cookie: string, pad: string, body: unknown): Promise<{ id?: string }> {
  const r = await fetch(`${omgeving.server.basis}${pad}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const tekst = await r.text();
  assert.ok(r.status < 300, `${pad}: ${r.status} ${tekst}`);
  return JSON.parse(tekst) as { id?: string };
}

const MELDING = {
  melder: "Sanne de Wit, De Regenboog, 010-1234567",
  betrokkenen: "Kind: L. (8)",
  onveiligNu: "L. had een blauwe plek van 4 cm en zei: 'papa sloeg'.",
  feiten: "Eigen waarneming: blauwe plek op de bovenarm.",
  stappen: "Consultatie en gesprek met de ouders.",
  gezinGeinformeerd: "ja",
  geraadpleegd: "Aandachtsfunctionaris.",
  urgentie: "regulier",
  verwachtingen: "Onderzoek door Veilig Thuis.",
};

/** A case reported to Veilig Thuis on `datum`: Sanne proposes, Peter decides, Sanne sends the report. */
async function gemeldOp(sanne: string, peter: string, werknaam: string, datum: string): Promise<string> {
  const { id } = await api(sanne, "/api/dossiers", {
    gegevens: { werknaam, aanleiding: "zorg_om_kind", omschrijving: "Zorgen over verzorging." },
  });
  assert.ok(id);
  const voeg = (cookie: string, verwachteVersie: number, type: string, gegevens: unknown) =>
    api(cookie, `/api/dossiers/${id}/gebeurtenissen`, { type, verwachteVersie, gegevens });
  await voeg(sanne, 1, "besluit_voorgesteld", {
    besluit: "melden",
    toelichting: "Onveilig.",
    afwijkingMotivering: "Acuut; de afweging volgt.",
  });
  await voeg(peter, 2, "besluit_genomen", {
    besluit: "melden",
    toelichting: "Onveilig.",
    afwijkingMotivering: "Acuut; de afweging volgt.",
  });
  await voeg(sanne, 3, "melding_concept_opgeslagen", { inhoud: MELDING });
  await voeg(sanne, 4, "melding_verstuurd", {
    wijze: "telefoon",
    datum,
    tijd: "10:15",
    contactpersoon: "Mw. Jansen",
    referentie: "VT-1",
  });
  return id;
}

describe("the werkvoorraad, keyboard only", () => {
  it("the aandachtsfunctionaris filters to 'waiting for Veilig Thuis more than 5 working days', assigns the case to a colleague and opens it", async () => {
    const sanne = await apiCookie("medewerker@regenboog.example");
    const peter = await apiCookie("directie@regenboog.example");
    const vandaag = vandaagInNederland(new Date());
    const lang = await gemeldOp(sanne, peter, "Wacht lang op VT", laatsteDagMeerDanWerkdagen(vandaag, 8));
    await gemeldOp(sanne, peter, "Net gemeld", vandaag);

    const fatima = await alsIemand("af@regenboog.example");
    await volgLink(fatima, 'nav a[href="/werkvoorraad"]');
    await fatima.waitForURL(/\/werkvoorraad$/);
    // The counts say what needs her; each is a link to its list.
    assert.match(await fatima.innerText("main nav"), /2 dossiers wachten op Veilig Thuis/);
    assert.match(await fatima.innerText("main nav"), /waarvan 1 langer dan 5 werkdagen/);

    await tabNaar(fatima, "select[name=wacht_op_vt]");
    await fatima.keyboard.press("ArrowDown");
    assert.equal(await fatima.inputValue("select[name=wacht_op_vt]"), "ja");
    await typ(fatima, "input[name=vt_meer_dan]", "5");
    await tabNaar(fatima, "main form[role=search] button");
    await Promise.all([fatima.waitForURL(/vt_meer_dan=5/), fatima.keyboard.press("Enter")]);
    await fatima.waitForLoadState("networkidle");
    // The router renders the new page in a transition, after the address has changed: wait for the filtered list.
    await fatima.waitForFunction(() => !document.querySelector("main tbody")?.textContent?.includes("Voorbeeld"));
    const tabel = await fatima.innerText("main tbody");
    assert.match(tabel, /Wacht lang op VT/);
    assert.doesNotMatch(tabel, /Net gemeld/);
    assert.match(tabel, /op Veilig Thuis \(9 werkdagen\)/, "reported more than 8 working days ago: 9");
    assert.equal(await fatima.locator("main tbody tr").count(), 1);
    await geenAxeSchendingen(fatima, "/werkvoorraad?wacht_op_vt=ja&vt_meer_dan=5");
    if (process.env["SCHERMAFBEELDING"])
      await fatima.screenshot({ path: process.env["SCHERMAFBEELDING"].replace(/\.png$/, "-vt.png"), fullPage: true });

    // Assign it from the row to Joris: the form opens under the row, the choice by the arrow keys.
    await volgLink(fatima, `main tbody a[href*="toewijzen=${lang}"]`);
    await fatima.waitForSelector("#toewijzen h2");
    assert.match(await fatima.innerText("#toewijzen h2"), /Wacht lang op VT toewijzen/);
    await geenAxeSchendingen(fatima, "/werkvoorraad?…&toewijzen=");
    if (process.env["SCHERMAFBEELDING"])
      await fatima.screenshot({
        path: process.env["SCHERMAFBEELDING"].replace(/\.png$/, "-toewijzen.png"),
        fullPage: true,
      });
    await tabNaar(fatima, "#toewijzen select[name=gebruikerId]");
    const joris = await fatima
      .locator("#toewijzen select[name=gebruikerId] option", { hasText: "Joris Bakker" })
      .getAttribute("value");
    for (let i = 0; i < 10 && (await fatima.inputValue("#toewijzen select[name=gebruikerId]")) !== joris; i++)
      await fatima.keyboard.press("ArrowDown");
    assert.equal(await fatima.inputValue("#toewijzen select[name=gebruikerId]"), joris);
    await typ(fatima, "#toewijzen textarea[name=reden]", "Joris kent het gezin en belt Veilig Thuis.");
    await verstuur(fatima, "#toewijzen button[type=submit]");
    await fatima.waitForURL(/toegewezen=1/);
    await fatima.waitForSelector("main .mw-melding--succes");
    assert.match(await fatima.innerText("main [role=status]"), /toegewezen/);
    assert.match(fatima.url(), /vt_meer_dan=5/, "back on the same filters");
    await geenAxeSchendingen(fatima, "/werkvoorraad na toewijzen");

    // And open the case from its row.
    await volgLink(fatima, `main tbody a[href="/dossiers/${lang}"]`);
    await fatima.waitForURL((u) => u.pathname === `/dossiers/${lang}`);
    await geenAxeSchendingen(fatima, "/dossiers/{id} vanuit de werkvoorraad");

    // On a phone the filtered list stacks its rows and never scrolls sideways.
    const telefoon = await fatima.context().newPage();
    await telefoon.setViewportSize({ width: 390, height: 844 });
    await telefoon.goto(`${omgeving.server.basis}/werkvoorraad?wacht_op_vt=ja`);
    assert.ok(
      await telefoon.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      "no sideways scrolling at 390 px",
    );
    if (process.env["SCHERMAFBEELDING"])
      await telefoon.screenshot({
        path: process.env["SCHERMAFBEELDING"].replace(/\.png$/, "-390.png"),
        fullPage: true,
      });
  });

  it("the aandachtsfunctionaris reaches it from the menu, filters, downloads the CSV and opens a case; a medewerker is refused", async () => {
    const fatima = await alsIemand("af@regenboog.example");
    await volgLink(fatima, 'nav a[href="/werkvoorraad"]');
    await fatima.waitForURL(/\/werkvoorraad$/);
    assert.match(await fatima.innerText("h1"), /Werkvoorraad/);
    const rijen = await fatima.locator("main tbody tr").count();
    assert.ok(rijen > 0, "the demo's cases");
    await geenAxeSchendingen(fatima, "/werkvoorraad");
    if (process.env["SCHERMAFBEELDING"])
      await fatima.screenshot({ path: process.env["SCHERMAFBEELDING"], fullPage: true });

    // Only the open cases: the select reached by Tab, its choice made with the arrow keys.
    await tabNaar(fatima, "select[name=status]");
    await fatima.keyboard.press("ArrowDown");
    assert.equal(await fatima.inputValue("select[name=status]"), "open");
    await tabNaar(fatima, "main form[role=search] button");
    await Promise.all([fatima.waitForURL(/status=open/), fatima.keyboard.press("Enter")]);
    await fatima.waitForLoadState("networkidle");
    // The address changes before the filtered list is drawn: wait until no closed case is shown.
    await fatima
      .waitForFunction(
        () => !document.querySelector("main tbody")?.textContent?.includes("Gesloten, bewaren tot"),
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const open = await fatima.locator("main tbody tr").count();
    assert.ok(open > 0 && open <= rijen);
    assert.ok(
      !(await fatima.innerText("main tbody")).includes("Gesloten, bewaren tot"),
      "no closed case among the open ones",
    );
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
