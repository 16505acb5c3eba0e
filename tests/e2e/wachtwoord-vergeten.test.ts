import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { geenAxeSchendingen, meldAan, startBrowser, typ, verstuurTot, volgLink } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink.ts";

const SCHERMAFDRUKKEN = process.env["E2E_SCHERMAFDRUKKEN"];
const ANTWOORD = "Als wij dit adres kennen, hebben we een e-mail gestuurd";

let sink: SmtpSink;
let server: TestServer;
let browser: Browser;

before(async () => {
  sink = await startSmtpSink();
  [server, browser] = await Promise.all([
    startServer({ MELDWIJZER_SMTP_URL: `smtp://127.0.0.1:${sink.poort}` }),
    startBrowser(),
  ]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await sink?.stop();
});

async function nieuwePagina(): Promise<Page> {
  return (await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } })).newPage();
}

async function vraagLinkAan(page: Page, email: string): Promise<string> {
  await page.goto(`${server.basis}/inloggen`);
  await volgLink(page, 'main a[href="/wachtwoord-vergeten"]');
  await page.waitForURL(/\/wachtwoord-vergeten$/);
  await typ(page, "#veld-email", email);
  await verstuurTot(page, "main button[type=submit]", ANTWOORD);
  return page.innerText("main");
}

describe("password reset by e-mail, keyboard only", () => {
  it("answers a known and an unknown address alike, mails the known one, and the link ends the other session", async () => {
    // Sanne is signed in elsewhere: that session must end when she sets a new password.
    const elders = await nieuwePagina();
    await meldAan(elders, server.basis, "medewerker@regenboog.example");

    const page = await nieuwePagina();
    const onbekend = await vraagLinkAan(page, "niemand@regenboog.example");
    await geenAxeSchendingen(page, "wachtwoord vergeten, verstuurd");
    if (SCHERMAFDRUKKEN)
      await page.screenshot({ path: `${SCHERMAFDRUKKEN}/wachtwoord-vergeten-verstuurd.png`, fullPage: true });
    const bekend = await vraagLinkAan(page, "medewerker@regenboog.example");
    assert.equal(bekend, onbekend, "the same page for a known and an unknown address");

    const [bericht] = await sink.wachtOp(1);
    assert.deepEqual(bericht?.envelop.aan, ["medewerker@regenboog.example"], "only the known address gets mail");
    const link = /https?:\/\/\S+\/wachtwoord-instellen\/[a-z0-9]+/u.exec(bericht?.tekst ?? "")?.[0] ?? "";
    assert.ok(link, "the mail holds the link");

    await page.goto(link);
    assert.match(await page.innerText("main"), /kies een nieuw wachtwoord/u);
    await geenAxeSchendingen(page, "nieuw wachtwoord kiezen");
    await typ(page, "#veld-nieuwWachtwoord", "oranje kameel zingt zacht");
    await Promise.all([page.waitForURL(/\/inloggen\?wachtwoord=ingesteld$/), page.keyboard.press("Enter")]);

    const weg = await elders.goto(`${server.basis}/dossiers`);
    assert.match(weg?.url() ?? "", /\/inloggen/u, "the other session has ended");
    const nogmaals = await page.goto(link);
    assert.equal(nogmaals?.status(), 404, "the link works once");
    await page.context().close();
    await elders.context().close();
  });
});
