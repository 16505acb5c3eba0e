import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { geenAxeSchendingen, kiesRadio, meldAan, tabNaar, typ, verstuurTot, vinkAan, volgLink } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();
const schermafbeelding = async (page: Page, naam: string) => {
  const map = process.env["SCHERMAFBEELDINGEN"];
  if (map) await page.screenshot({ path: `${map}/${naam}.png`, fullPage: true });
};

async function alsIemand(email: string): Promise<Page> {
  const context = await omgeving.browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${omgeving.server.basis}/inloggen`);
  await meldAan(page, omgeving.server.basis, email);
  return page;
}

/** Waits until the page's main content shows `tekst`: after a client-side navigation the URL changes before the page renders. */
async function wachtOpTekst(page: Page, tekst: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector("main")?.textContent?.includes(t), tekst, {
    polling: 100,
    timeout: 15_000,
  });
}

/** From a page of the case to its overview, and from there to the family's rights. */
async function naarRechten(page: Page, dossier: string): Promise<void> {
  await volgLink(page, `nav.mw-stappen--breed a[href="${dossier}"]`);
  await page.waitForSelector(`main a[href="${dossier}/rechten"]`);
  await volgLink(page, `main a[href="${dossier}/rechten"]`);
  await wachtOpTekst(page, "Verzoeken om correctie of verwijdering");
}

/** The id of the check box whose label names this entry: the value the keyboard then ticks. */
async function vakjeVoor(page: Page, naam: string, label: RegExp): Promise<string> {
  const waarde = await page.evaluate(
    ([n, bron]) => {
      const patroon = new RegExp(bron);
      const vakje = [...document.querySelectorAll<HTMLInputElement>(`input[name="${n}"]`)].find((v) =>
        patroon.test(document.querySelector(`label[for="${v.id}"]`)?.textContent ?? ""),
      );
      return vakje?.value ?? null;
    },
    [naam, label.source] as const,
  );
  assert.ok(waarde, `geen vakje voor ${label}`);
  return `input[name="${naam}"][value="${waarde}"]`;
}

describe("the family's rights, keyboard only", () => {
  it("a view linked to a signal shows beside it; a correction request is granted, corrected, and both are linked", async () => {
    const sanne = await alsIemand("medewerker@regenboog.example");
    await volgLink(sanne, 'main a[href="/dossiers/nieuw"]');
    await typ(sanne, "#veld-werknaam", "E2E: J. (groep 3)");
    await kiesRadio(sanne, "aanleiding", "zorg_om_kind");
    await typ(sanne, "#veld-omschrijving", "J. komt vaak zonder eten naar school.");
    await tabNaar(sanne, "main button[type=submit]");
    await Promise.all([sanne.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/), sanne.keyboard.press("Enter")]);
    const dossier = new URL(sanne.url()).pathname;

    await volgLink(sanne, 'nav a[href$="/signalen"]');
    await kiesRadio(sanne, "soort", "signaal");
    await typ(sanne, "#veld-waarneming", "J. had drie dagen achter elkaar geen brood bij zich.");
    await typ(sanne, "#veld-waargenomenDoor", "Sanne de Wit (leerkracht)");
    await kiesRadio(sanne, "bron", "eigen_waarneming");
    await verstuurTot(sanne, "form.mw-formulier button[type=submit]", "geen brood bij zich");

    // The family's view, in their words, linked to the signal.
    await naarRechten(sanne, dossier);
    await wachtOpTekst(sanne, "Er is nog geen zienswijze toegevoegd.");
    await geenAxeSchendingen(sanne, "rechten, leeg");
    await volgLink(sanne, `main a[href="${dossier}/rechten/zienswijze"]`);
    await sanne.waitForURL(/\/rechten\/zienswijze$/);
    await sanne.waitForSelector("#veld-gegevenDoor");
    await geenAxeSchendingen(sanne, "zienswijze toevoegen");
    await typ(sanne, "#veld-gegevenDoor", "Mevrouw Jansen");
    await kiesRadio(sanne, "relatie", "ouder");
    await kiesRadio(sanne, "wijze", "mondeling");
    await typ(
      sanne,
      "#veld-zienswijze",
      "J. eet 's ochtends thuis een warme maaltijd; het brood geeft hij aan een vriendje.",
    );
    // Told, so who wrote it down must be named: the form says so and keeps what was typed.
    await verstuurTot(
      sanne,
      "form.mw-formulier button[type=submit]",
      "Vul in wie de mondelinge zienswijze heeft opgeschreven",
    );
    await geenAxeSchendingen(sanne, "zienswijze met fout");
    await typ(sanne, "#veld-opgeschrevenDoor", "Sanne de Wit");
    await vinkAan(sanne, await vakjeVoor(sanne, "betreft", /Signaal/));
    await schermafbeelding(sanne, "zienswijze-formulier");
    await verstuurTot(sanne, "form.mw-formulier button[type=submit]", "Zienswijze van ouders of cliënt (hun woorden");
    assert.match(await sanne.innerText("main"), /geeft hij aan een vriendje/);

    // Beside the signal it concerns, marked as theirs.
    await volgLink(sanne, 'nav.mw-stappen--breed a[href$="/signalen"]');
    await sanne.waitForSelector("main table .mw-zienswijze");
    const naastSignaal = await sanne.innerText("main table .mw-zienswijze");
    assert.match(naastSignaal, /hun woorden, niet die van de professional/);
    assert.match(naastSignaal, /Mevrouw Jansen \(Ouder of verzorger\)/);
    assert.match(naastSignaal, /mondeling, opgeschreven door Sanne de Wit/);
    await geenAxeSchendingen(sanne, "signalen met zienswijze");
    await schermafbeelding(sanne, "signalen-met-zienswijze");

    // A request to correct the signal, recorded by the teacher, who does not decide it.
    await naarRechten(sanne, dossier);
    await volgLink(sanne, `main a[href="${dossier}/rechten/verzoek"]`);
    await sanne.waitForSelector("#veld-gevraagd");
    await geenAxeSchendingen(sanne, "verzoek vastleggen");
    await kiesRadio(sanne, "soort", "correctie");
    await typ(sanne, "#veld-verzoeker", "Mevrouw Jansen");
    await kiesRadio(sanne, "relatie", "ouder");
    await vinkAan(sanne, await vakjeVoor(sanne, "vastleggingen", /Signaal/));
    await typ(sanne, "#veld-gevraagd", "Er staat dat J. geen brood had; hij had het wel, maar gaf het weg.");
    await verstuurTot(sanne, "form.mw-formulier button[type=submit]", "Wacht op een besluit");
    await volgLink(sanne, `main a[href^="${dossier}/rechten/verzoek/"]`);
    await sanne.waitForURL(/\/rechten\/verzoek\/[0-9a-f-]{36}$/);
    const verzoekPad = new URL(sanne.url()).pathname;
    await wachtOpTekst(sanne, "Op dit verzoek beslist de aandachtsfunctionaris");
    assert.equal(await sanne.locator("input[name=beslissing]").count(), 0, "no decision form for the teacher");

    // The aandachtsfunctionaris decides, corrects under the request, and sees the link both ways.
    const fatima = await alsIemand("af@regenboog.example");
    await fatima.goto(`${omgeving.server.basis}${dossier}`);
    assert.match(
      await fatima.innerText("main"),
      /Rechten van ouders en cliënt: correctieverzoek of zienswijze · 1 verzoek open/,
    );
    await volgLink(fatima, `main a[href="${dossier}/rechten"]`);
    await volgLink(fatima, `main a[href="${verzoekPad}"]`);
    await fatima.waitForSelector("#veld-reden");
    await geenAxeSchendingen(fatima, "verzoek beslissen");
    await kiesRadio(fatima, "beslissing", "toegewezen");
    await typ(fatima, "#veld-reden", "Moeder legde uit waar het brood bleef; de vastlegging was onvolledig.");
    await verstuurTot(
      fatima,
      "form.mw-formulier button[type=submit]",
      "Toegewezen, de correctie moet nog worden gemaakt",
    );
    await schermafbeelding(fatima, "verzoek-toegewezen");
    await volgLink(fatima, `main a[href*="/correctie/"][href$="?verzoek=${verzoekPad.split("/").at(-1) ?? ""}"]`);
    await fatima.waitForURL(/\/correctie\/[0-9a-f-]{36}\?verzoek=/);
    await fatima.waitForSelector("#veld-waarneming");
    await wachtOpTekst(fatima, "voert het verzoek van Mevrouw Jansen uit");
    await geenAxeSchendingen(fatima, "correctie op verzoek");
    await typ(
      fatima,
      "#veld-waarneming",
      "J. had drie dagen achter elkaar geen brood bij zich in de pauze; volgens moeder gaf hij het weg.",
    );
    await typ(fatima, "#veld-reden", "Aangevuld op verzoek van moeder.");
    await verstuurTot(fatima, "form.mw-formulier button[type=submit]", "Toegewezen en gecorrigeerd");
    assert.match(
      await fatima.innerText("main"),
      /corrigeert regel 2 \(Signaal vastgelegd\)\. Reden: Aangevuld op verzoek van moeder\./,
    );
    await geenAxeSchendingen(fatima, "verzoek gecorrigeerd");
    await schermafbeelding(fatima, "verzoek-gecorrigeerd");

    // The history: the correction names its request and leads to it.
    await fatima.goto(`${omgeving.server.basis}${dossier}?verloop=alles`);
    assert.match(await fatima.innerText("main"), /Gedaan op verzoek \(regel 4\)/);
    await geenAxeSchendingen(fatima, "geschiedenis met correctie op verzoek");
    // Newest first: the first link to the request is the correction's own.
    await tabNaar(fatima, `#geschiedenis-titel ~ ol a[href="${verzoekPad}"]`);
    assert.match(await fatima.evaluate(() => document.activeElement?.textContent ?? ""), /Gedaan op verzoek/);
    await fatima.keyboard.press("Enter");
    await fatima.waitForURL((u) => u.pathname === verzoekPad);
    await wachtOpTekst(fatima, "Gemaakte correcties");

    // The rights page lists both, and the draft report to Veilig Thuis carries the view in its own section.
    await volgLink(fatima, `main a[href="${dossier}/rechten"]`);
    await wachtOpTekst(fatima, "Verzoeken om correctie of verwijdering");
    assert.match(await fatima.innerText("main"), /Toegewezen en gecorrigeerd[\s\S]*geeft hij aan een vriendje/);
    await schermafbeelding(fatima, "rechten-overzicht");
    await volgLink(fatima, `nav.mw-stappen--breed a[href="${dossier}/melding"]`);
    await fatima.waitForSelector("#veld-zienswijze");
    assert.match(
      await fatima.inputValue("#veld-zienswijze"),
      /Mevrouw Jansen \(ouder of verzorger\), mondeling gegeven, opgeschreven door Sanne de Wit: “J\. eet/,
    );
    await geenAxeSchendingen(fatima, "melding met zienswijze");
  });
});
