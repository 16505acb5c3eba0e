import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generateHOTP } from "@oslojs/otp";
import { decodeHex } from "@oslojs/encoding";
import type { Page } from "playwright-core";
import {
  aangemeldePagina,
  apiSessie,
  geenAxeSchendingen,
  kiesRadio,
  tabNaar,
  typ,
  vinkAan,
  volgLink,
} from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();

const alsIemand = (email: string): Promise<Page> => aangemeldePagina(omgeving.browser, omgeving.server.basis, email);

async function verstuur(page: Page, knop: string): Promise<void> {
  await tabNaar(page, knop);
  await Promise.all([page.waitForLoadState("networkidle"), page.keyboard.press("Enter")]);
}

async function hoofdtekst(page: Page): Promise<string> {
  return page.innerText("main");
}

/** After a redirect the URL changes before the new page has rendered: wait for the page's own text. */
async function wachtOpTekst(page: Page, tekst: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector("main")?.textContent?.includes(t) ?? false, tekst, {
    polling: 100,
  });
}

describe("need-to-know access, sharing and the access log, keyboard only", () => {
  it("a colleague cannot find a case until it is shared; the access log opens only to a logbeheerder", async () => {
    // Sanne opens a case.
    const sanne = await alsIemand("medewerker@regenboog.example");
    await volgLink(sanne, 'main a[href="/dossiers/nieuw"]');
    await typ(sanne, "#veld-werknaam", "M. (groep 7)");
    await typ(sanne, "#veld-omschrijving", "Zorgen over verzuim en vermoeidheid.");
    await verstuur(sanne, "main button[type=submit]");
    await sanne.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    const dossierUrl = sanne.url();
    const dossierId = dossierUrl.split("/").at(-1) ?? "";

    // Joris does not see it in his list, and opening it directly looks like a case that does not exist.
    const joris = await alsIemand("medewerker2@regenboog.example");
    assert.ok(!(await hoofdtekst(joris)).includes("M. (groep 7)"), "not in Joris' list");
    const antwoord = await joris.goto(dossierUrl);
    assert.equal(antwoord?.status(), 404, "404 for a case that is not his");
    const onbestaand = await joris.goto(`${omgeving.server.basis}/dossiers/00000000-0000-4000-8000-000000000000`);
    assert.equal(onbestaand?.status(), 404, "same as a case that does not exist");
    await joris.goto(dossierUrl);
    const tekstGeweigerd = await hoofdtekst(joris);
    await joris.goto(`${omgeving.server.basis}/dossiers/00000000-0000-4000-8000-000000000000`);
    assert.equal(await hoofdtekst(joris), tekstGeweigerd, "identical page");
    await geenAxeSchendingen(joris, "niet gevonden");

    // Sanne shares it with Joris, with a reason, by keyboard.
    await sanne.goto(`${dossierUrl}/toegang`);
    await geenAxeSchendingen(sanne, "toegang");
    await tabNaar(sanne, "#veld-gebruikerId");
    await sanne.keyboard.type("Joris");
    await typ(sanne, "#veld-reden", "Joris is duo-leerkracht van groep 7 en ziet M. twee dagen per week.");
    await verstuur(sanne, "form.mw-formulier button[type=submit]");
    await sanne.waitForURL(/toegang\?gedeeld=1$/);
    await wachtOpTekst(sanne, "Joris Bakker: gedeeld door");
    assert.match(await hoofdtekst(sanne), /Joris Bakker: gedeeld door Sanne de Wit/, "share recorded with who and why");

    // Now Joris finds and opens it, and sees why.
    await joris.goto(`${omgeving.server.basis}/dossiers`);
    assert.match(await hoofdtekst(joris), /M\. \(groep 7\)/, "in Joris' list now");
    await joris.goto(dossierUrl);
    assert.match(
      await hoofdtekst(joris),
      /U ziet dit dossier omdat een collega het dossier met u heeft gedeeld/,
      "basis shown",
    );

    // The inzage overview (for a parent who asks) lists the views.
    await sanne.goto(`${dossierUrl}/inzage`);
    assert.match(await hoofdtekst(sanne), /Joris Bakker \(medewerker\)\s+Dossier bekeken/, "Joris' view listed");
    assert.match(
      await hoofdtekst(sanne),
      /Dossier bekeken — eigen dossier\s+\d+ keer, (om|tussen) \d\d:\d\d/,
      "Sanne's views counted on one line",
    );
    assert.equal(
      (await hoofdtekst(sanne)).match(/Dossier bekeken — eigen dossier/g)?.length,
      1,
      "not repeated per view",
    );
    await geenAxeSchendingen(sanne, "inzage");

    // Fatima (aandachtsfunctionaris) may not read the access log yet.
    const fatima = await alsIemand("af@regenboog.example");
    const geweigerd = await fatima.goto(`${omgeving.server.basis}/toegangslog`);
    assert.equal(geweigerd?.status(), 403, "no log for an aandachtsfunctionaris");

    // Ilse (beheerder) gives Fatima the logbeheerder role.
    const ilse = await alsIemand("beheer@regenboog.example");
    assert.match(ilse.url(), /\/beheer$/, "a beheerder lands on user administration");
    await geenAxeSchendingen(ilse, "beheer");
    const fatimaHref = (await ilse.getAttribute('main a:has-text("Fatima El Amrani")', "href")) ?? "";
    await volgLink(ilse, `main a[href="${fatimaHref}"]`);
    await geenAxeSchendingen(ilse, "beheer gebruiker");
    await vinkAan(ilse, 'input[name="rollen"][value="logbeheerder"]');
    await verstuur(ilse, "form.mw-formulier button[type=submit]");
    await ilse.waitForURL(/bewaard=1$/);

    // Fatima now reads the log for this case: the refused attempt and the views are there.
    await fatima.goto(`${omgeving.server.basis}/toegangslog`);
    await typ(fatima, "#veld-dossier", dossierId);
    await verstuur(fatima, "form.mw-zoeken button[type=submit]");
    await wachtOpTekst(fatima, "Dossier gedeeld");
    const log = await hoofdtekst(fatima);
    assert.match(log, /Joris Bakker \(medewerker\)\s+Dossier bekeken\s+geweigerd/, "the refused attempt is logged");
    assert.match(log, /Joris Bakker \(medewerker\)\s+Dossier bekeken\s+gelukt\s+gedeeld/, "the view with its basis");
    assert.match(log, /Sanne de Wit \(medewerker\)\s+Dossier gedeeld\s+gelukt/, "the share");
    await geenAxeSchendingen(fatima, "toegangslog");

    // Peter (eindverantwoordelijke) breaks the glass with the reference on the page.
    const peter = await alsIemand("directie@regenboog.example");
    assert.equal((await peter.goto(dossierUrl))?.status(), 404, "no decision asked yet: not visible");
    await peter.goto(`${omgeving.server.basis}/noodtoegang`);
    await geenAxeSchendingen(peter, "noodtoegang");
    await typ(peter, "#veld-dossier", dossierId.slice(0, 8));
    await typ(peter, "#veld-reden", "Moeder belt dat M. niet thuis is gekomen; Sanne is vandaag niet bereikbaar.");
    await verstuur(peter, "form.mw-formulier button[type=submit]");
    await peter.waitForURL(dossierUrl);
    await wachtOpTekst(peter, "Noodtoegang: Peter Visser");
    assert.match(
      await hoofdtekst(peter),
      /Noodtoegang: Peter Visser heeft dit dossier geopend zonder toewijzing/,
      "banner on the case",
    );
    await fatima.goto(`${omgeving.server.basis}/dossiers`);
    assert.match(
      await hoofdtekst(fatima),
      /Peter Visser opende met noodtoegang het dossier M\. \(groep 7\)/,
      "flagged to the aandachtsfunctionaris",
    );

    // Ilse sets the regional Veilig Thuis number in the protocol; a wrong number is refused next to the field.
    await ilse.goto(`${omgeving.server.basis}/beheer/protocol`);
    await geenAxeSchendingen(ilse, "protocol wijzigen");
    await typ(ilse, "#veld-veiligThuis\\.telefoon", "bel ons");
    await verstuur(ilse, "form.mw-formulier button[type=submit]");
    await ilse.waitForSelector(".mw-samenvatting");
    assert.match(
      await ilse.innerText(".mw-samenvatting"),
      /Veilig Thuis – telefoonnummer: Vul een telefoonnummer in/,
      "named field error",
    );
    await typ(ilse, "#veld-veiligThuis\\.telefoon", "030 123 45 67");
    await verstuur(ilse, "form.mw-formulier button[type=submit]");
    await ilse.waitForURL(/\/protocol$/);
    await wachtOpTekst(ilse, "030 123 45 67");
    // Every member reads it, Sanne too.
    await sanne.goto(`${omgeving.server.basis}/protocol`);
    const protocol = await hoofdtekst(sanne);
    assert.match(protocol, /Veilig Thuis, 030 123 45 67/, "the new number");
    assert.match(protocol, /Aandachtsfunctionarissen\s+Fatima El Amrani/, "the aandachtsfunctionaris by role");
    assert.match(protocol, /Peter Visser/, "the eindverantwoordelijke by role");
    await geenAxeSchendingen(sanne, "protocol");
    // Every page of a case offers the call in acute danger, with the organisation's own number.
    await sanne.goto(dossierUrl);
    assert.equal(
      await sanne.getAttribute('aside.mw-acuut a[href^="tel:03"]', "href"),
      "tel:0301234567",
      "the regional number",
    );
    assert.equal(await sanne.getAttribute('aside.mw-acuut a[href="tel:112"]', "href"), "tel:112", "112");
    // Stap 4 explains its terms with examples from the organisation's sector, opened by keyboard.
    await sanne.goto(`${dossierUrl}/afweging`);
    await tabNaar(sanne, "details.mw-kennis:nth-of-type(1) > summary");
    const eerste = await sanne.evaluate(() => document.activeElement?.textContent ?? "");
    await sanne.keyboard.press("Enter");
    assert.equal(
      await sanne.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open ?? false),
      true,
      `opened: ${eerste}`,
    );
    assert.match(await hoofdtekst(sanne), /voorbeelden uit de sector onderwijs/, "the organisation's sector");
    await geenAxeSchendingen(sanne, "afweging met begrippen");
    // The child's page: tips by age and the nine participation points; record one by keyboard.
    await sanne.goto(`${dossierUrl}/kind`);
    await geenAxeSchendingen(sanne, "kind");
    assert.match(await hoofdtekst(sanne), /Vastgelegd: 0 van de 9 punten/, "nine points, none recorded");
    await tabNaar(sanne, "#veld-punt");
    await sanne.keyboard.press("ArrowDown");
    await typ(sanne, "#veld-door", "Sanne de Wit, leerkracht");
    await typ(
      sanne,
      "#veld-toelichting",
      "Met M. besproken wat zij van school nodig heeft; zij wil een vaste plek om even rustig te zitten.",
    );
    await verstuur(sanne, "form.mw-formulier button[type=submit]");
    await wachtOpTekst(sanne, "Vastgelegd: 1 van de 9 punten");
    assert.match(await hoofdtekst(sanne), /Gedaan: Sanne de Wit, leerkracht/, "recorded with who");
    // …and recording the call afterwards, by keyboard, without any other step done.
    await volgLink(sanne, `aside.mw-acuut a[href="/dossiers/${dossierId}/acuut"]`);
    await wachtOpTekst(sanne, "Contact bij acuut gevaar vastleggen");
    await geenAxeSchendingen(sanne, "acuut contact");
    await kiesRadio(sanne, "met", "veilig_thuis");
    await typ(sanne, "#veld-tijd", "25:00");
    await typ(sanne, "#veld-situatie", "M. vertelt dat vader haar vanmiddag wil ophalen en haar heeft bedreigd.");
    await typ(sanne, "#veld-afspraken", "Veilig Thuis belt moeder; M. blijft op school tot oma er is.");
    await verstuur(sanne, "form.mw-formulier button[type=submit]");
    await sanne.waitForSelector(".mw-samenvatting");
    assert.match(await sanne.innerText(".mw-samenvatting"), /Tijd: Vul een tijd in als uu:mm/, "time error named");
    await typ(sanne, "#veld-tijd", "14:30");
    await verstuur(sanne, "form.mw-formulier button[type=submit]");
    await wachtOpTekst(sanne, "Eerder vastgelegd contact bij acuut gevaar");
    assert.match(
      await hoofdtekst(sanne),
      /Veilig Thuis[\s\S]*14:30[\s\S]*oma er is/,
      "recorded with service, time and agreements",
    );

    for (const p of [sanne, joris, fatima, ilse, peter]) await p.context().close();
  });

  it("searches, filters and pages the dossier list and the access log, keyboard only", async () => {
    // 55 cases through the API, so that the list has two pages.
    const { cookie } = await apiSessie(omgeving.server.basis, "medewerker2@regenboog.example");
    for (let i = 1; i <= 55; i++) {
      const r = await fetch(`${omgeving.server.basis}/api/dossiers`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie },
        body: JSON.stringify({
          gegevens: {
            werknaam: `Reeks ${i} (groep ${(i % 8) + 1})`,
            aanleiding: "zorg_om_kind",
            omschrijving: "Zorg voor de lijsttest.",
          },
        }),
      });
      assert.equal(r.status, 201);
    }
    const joris = await alsIemand("medewerker2@regenboog.example");
    await wachtOpTekst(joris, "Pagina 1: 50 dossiers");
    await geenAxeSchendingen(joris, "dossiers, pagina 1");
    assert.match(await hoofdtekst(joris), /Reeks 55 \(groep 8\)/, "newest first");
    await volgLink(joris, 'main nav a[rel="next"]');
    await wachtOpTekst(joris, "Pagina 2:");
    const tweede = await hoofdtekst(joris);
    assert.match(tweede, /Reeks 1 \(groep 2\)/, "the oldest on page 2");
    assert.ok(!/Reeks 55 /.test(tweede), "not repeated on page 2");
    await geenAxeSchendingen(joris, "dossiers, pagina 2");
    await volgLink(joris, 'main nav a[rel="prev"]');
    await wachtOpTekst(joris, "Pagina 1: 50 dossiers");

    // Search by part of the working name, any case, with the open/closed filter chosen by keyboard.
    await typ(joris, "#veld-zoek", "reeks 5");
    await tabNaar(joris, "#veld-status");
    await joris.keyboard.press("ArrowDown");
    await verstuur(joris, "form.mw-zoeken button[type=submit]");
    await wachtOpTekst(joris, "Pagina 1: 7 dossiers");
    assert.match(joris.url(), /zoek=reeks\+5&.*status=open/);
    assert.deepEqual(
      (await joris.$$eval("main tbody tr td:first-child", (cellen) => cellen.map((c) => c.textContent ?? "")))
        .map((n) => n.replace(/ \(.*/, ""))
        .sort(),
      ["Reeks 5", "Reeks 50", "Reeks 51", "Reeks 52", "Reeks 53", "Reeks 54", "Reeks 55"],
    );
    await geenAxeSchendingen(joris, "dossiers, gezocht");
    // …and by the reference shown in the list.
    const verwijzing = (await joris.innerText("main tbody tr:first-child td:nth-child(2)")).trim();
    await typ(joris, "#veld-zoek", verwijzing);
    await verstuur(joris, "form.mw-zoeken button[type=submit]");
    await wachtOpTekst(joris, "Pagina 1: 1 dossier");
    // A page link with a broken cursor is a 400, not an error of the server.
    assert.equal((await joris.goto(`${omgeving.server.basis}/dossiers?cursor=kapot`))?.status(), 400);

    // The logbeheerder pages the log and filters it by action, chosen by keyboard.
    const ruud = await alsIemand("log@regenboog.example");
    await ruud.goto(`${omgeving.server.basis}/toegangslog`);
    await wachtOpTekst(ruud, "Pagina 1: 50 regels");
    await volgLink(ruud, 'main nav a[rel="next"]');
    await wachtOpTekst(ruud, "Pagina 2:");
    await geenAxeSchendingen(ruud, "toegangslog, pagina 2");
    await ruud.goto(`${omgeving.server.basis}/toegangslog`);
    await tabNaar(ruud, "#veld-actie");
    await ruud.keyboard.type("Dossier aan");
    await verstuur(ruud, "form.mw-zoeken button[type=submit]");
    await ruud.waitForURL(/actie=dossier_aanmaken/);
    await wachtOpTekst(ruud, "Pagina 1: 50 regels");
    const acties = await ruud.$$eval("main tbody tr td:nth-child(4)", (cellen) => [
      ...new Set(cellen.map((c) => c.textContent ?? "")),
    ]);
    assert.deepEqual(acties, ["Dossier aangemaakt"]);
    await geenAxeSchendingen(ruud, "toegangslog, gefilterd");
    for (const p of [joris, ruud]) await p.context().close();
  });

  it("sets up two-step sign-in and signs in with a recovery code", async () => {
    const joris = await alsIemand("medewerker2@regenboog.example");
    await joris.goto(`${omgeving.server.basis}/account`);
    await geenAxeSchendingen(joris, "account");
    await volgLink(joris, 'main a[href="/account/tweestaps"]');
    await geenAxeSchendingen(joris, "tweestaps instellen");
    const geheim = await joris.inputValue('input[name="geheim"]');
    await typ(joris, "#veld-code", generateHOTP(decodeHex(geheim), BigInt(Math.floor(Date.now() / 30_000)), 6));
    await verstuur(joris, "form.mw-formulier button[type=submit]");
    await joris.waitForSelector(".mw-herstelcodes");
    const codes = await joris.$$eval(".mw-herstelcodes code", (els) => els.map((e) => e.textContent ?? ""));
    assert.equal(codes.length, 10, "ten recovery codes shown once");
    await geenAxeSchendingen(joris, "herstelcodes");
    await tabNaar(joris, 'header form[action="/uitloggen"] button');
    await Promise.all([joris.waitForURL(/\/inloggen/), joris.keyboard.press("Enter")]);

    await typ(joris, "#veld-email", "medewerker2@regenboog.example");
    await typ(joris, "#veld-wachtwoord", "meldwijzer-demo");
    await verstuur(joris, "main button[type=submit]");
    await joris.waitForURL(/\/inloggen\/code/);
    await geenAxeSchendingen(joris, "code invoeren");
    await typ(joris, "#veld-code", codes[0] ?? "");
    await verstuur(joris, "form.mw-formulier button[type=submit]");
    await joris.waitForURL(/\/dossiers$/);
    // The URL changes before the new page has rendered: wait for the page itself.
    await joris.waitForFunction(() => document.querySelector("main h1")?.textContent === "Dossiers", undefined, {
      polling: 100,
    });
    assert.match(await hoofdtekst(joris), /Dossiers/, "signed in with the recovery code");
    await joris.context().close();
  });
});
