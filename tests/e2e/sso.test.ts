import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { openDatabase } from "../../src/adapters/db/database.ts";
import { toegangslog } from "../../src/adapters/db/schema.ts";
import { geenAxeSchendingen, tabNaar, typ, wachtOpTekst } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";
import { startAanbieder, type TestAanbieder } from "../support/oidc-aanbieder.ts";

/**
 * Single sign-on end to end: the built server, Chromium, and a real OpenID provider (oidc-provider) with its
 * own login and consent pages. The demo organisation "De Regenboog" sets up SSO on its beheer page.
 */
const omgeving = startOmgevingPerBestand();
let gestart: TestAanbieder | undefined;
const aanbieder = {
  get issuer() {
    return (gestart ?? fout()).issuer;
  },
  get clientId() {
    return (gestart ?? fout()).clientId;
  },
  get clientGeheim() {
    return (gestart ?? fout()).clientGeheim;
  },
};
function fout(): never {
  throw new Error("aanbieder niet gestart");
}

async function nieuwePagina(): Promise<Page> {
  const context = await omgeving.browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/** From Meldwijzer's sign-in page through the provider's login and consent pages, until back at Meldwijzer. */
async function viaAanbieder(page: Page, email: string, account: string): Promise<void> {
  await page.goto(`${omgeving.server.basis}/inloggen`);
  await typ(page, "#veld-ssoEmail", email);
  await tabNaar(page, "main form[action^='/inloggen/sso'] button[type=submit]");
  await Promise.all([page.waitForURL((u) => u.href.startsWith(aanbieder.issuer)), page.keyboard.press("Enter")]);
  await page.fill("input[name=login]", account);
  await page.fill("input[name=password]", "wat-dan-ook");
  await Promise.all([page.waitForURL(/\/interaction\//u), page.click("button[type=submit]")]);
  // The consent page (scopes openid, email, profile), unless the provider went straight back.
  if (page.url().startsWith(aanbieder.issuer) && (await page.locator("button[type=submit]").count())) {
    await Promise.all([
      page.waitForURL((u) => u.href.startsWith(omgeving.server.basis)),
      page.click("button[type=submit]"),
    ]);
  }
  await page.waitForLoadState("networkidle");
}

async function titel(page: Page): Promise<string> {
  return (await page.locator("main h1").first().innerText()).trim();
}

describe("single sign-on with a real OpenID provider, in the browser", () => {
  // Inside the describe: the file-level hooks have started the server (its port is the redirect URI) by then.
  before(async () => {
    gestart = await startAanbieder({
      redirectUris: [`${omgeving.server.basis}/inloggen/sso/terug`],
      accounts: {
        "sub-sanne": { email: "medewerker@regenboog.example" },
        "sub-vreemde": { email: "vreemde@regenboog.example" },
      },
    });
  });
  after(() => gestart?.stop());

  it("a beheerder sets up the provider; the secret is never shown again", async () => {
    const page = await nieuwePagina();
    await page.goto(`${omgeving.server.basis}/inloggen`);
    await typ(page, "#veld-email", "beheer@regenboog.example");
    await typ(page, "#veld-wachtwoord", "meldwijzer-demo");
    await tabNaar(page, "main form:not([action^='/inloggen/sso']) button[type=submit]");
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/inloggen")), page.keyboard.press("Enter")]);
    await page.goto(`${omgeving.server.basis}/beheer/sso`);
    assert.match(
      await page.innerText("main"),
      new RegExp(`${omgeving.server.basis}/inloggen/sso/terug`, "u"),
      "the redirect URI to register",
    );
    await typ(page, "#veld-issuer", aanbieder.issuer);
    await typ(page, "#veld-clientId", aanbieder.clientId);
    await typ(page, "#veld-clientGeheim", aanbieder.clientGeheim);
    await typ(page, "#veld-domeinen", "regenboog.example");
    await tabNaar(page, "main form button[type=submit]");
    await Promise.all([page.waitForURL(/opgeslagen=1/u), page.keyboard.press("Enter")]);
    // What the render with the new loader data shows: the "already set" hint, and with it the fresh form.
    await wachtOpTekst(page, "Ingesteld. Laat dit veld leeg");
    assert.equal(await page.inputValue("#veld-clientGeheim"), "", "the secret field is empty");
    assert.ok(!(await page.content()).includes(aanbieder.clientGeheim), "the secret is nowhere in the page");
    assert.match(await page.innerText("main"), /Ingesteld\. Laat dit veld leeg/u);
    await geenAxeSchendingen(page, "/beheer/sso");
    await page.screenshot({ path: path.join(omgeving.server.dataDir, "..", "mw-sso-beheer.png"), fullPage: true });
    await page.context().close();
  });

  it("an invited colleague signs in through the provider's login and consent pages and lands in the app", async () => {
    const page = await nieuwePagina();
    await viaAanbieder(page, "medewerker@regenboog.example", "sub-sanne");
    assert.match(new URL(page.url()).pathname, /^\/dossiers/u);
    assert.match(await page.innerText("body"), /Sanne de Wit/u, "signed in as Sanne");
    await page.context().close();
  });

  it("a stranger with a valid account at the provider is refused with a clear page", async () => {
    const page = await nieuwePagina();
    const antwoorden: number[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/inloggen/sso/terug")) antwoorden.push(r.status());
    });
    await viaAanbieder(page, "vreemde@regenboog.example", "sub-vreemde");
    assert.equal(await titel(page), "U hebt geen toegang tot Meldwijzer");
    assert.deepEqual(antwoorden, [403]);
    assert.doesNotMatch(
      await page.innerText("main"),
      /vreemde@|sub-vreemde/u,
      "nothing about the account that would help",
    );
    await geenAxeSchendingen(page, "the refusal page");
    await page.screenshot({ path: path.join(omgeving.server.dataDir, "..", "mw-sso-vreemde.png"), fullPage: true });
    await page.context().close();
  });

  it("a tampered state on the way back is refused", async () => {
    const page = await nieuwePagina();
    // The provider's redirect back to Meldwijzer is altered on its way to the browser. Playwright routes only the
    // first request of a redirect chain, so the form post to the provider is routed and its redirects followed
    // with the browser context's own cookies, up to the redirect to Meldwijzer, whose state is then changed.
    const terugweg = `${omgeving.server.basis}/inloggen/sso/terug`;
    await page.route(`${aanbieder.issuer}/interaction/**`, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      let antwoord = await route.fetch({ maxRedirects: 0 });
      for (let i = 0; i < 5; i += 1) {
        const locatie = antwoord.headers()["location"];
        if (!locatie) break;
        const volgende = new URL(locatie, aanbieder.issuer);
        if (volgende.href.startsWith(terugweg)) volgende.searchParams.set("state", "door-een-aanvaller-gekozen");
        if (volgende.href.startsWith(terugweg) || !volgende.pathname.startsWith("/auth/"))
          return route.fulfill({ status: 303, headers: { location: volgende.href } });
        antwoord = await page.context().request.get(volgende.href, { maxRedirects: 0 });
      }
      return route.fulfill({ response: antwoord });
    });
    await viaAanbieder(page, "medewerker@regenboog.example", "sub-sanne");
    assert.equal(await titel(page), "Inloggen is niet gelukt");
    assert.doesNotMatch(await page.innerText("body"), /Sanne de Wit/u, "not signed in");
    await page.context().close();
  });

  it("an ID token for another nonce is refused: the request to the provider is altered, so its signed token carries that nonce", async () => {
    const page = await nieuwePagina();
    await page.route(`${aanbieder.issuer}/auth?**`, (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set("nonce", "een-nonce-van-een-andere-sessie");
      return route.continue({ url: url.href });
    });
    await viaAanbieder(page, "medewerker@regenboog.example", "sub-sanne");
    assert.equal(await titel(page), "Inloggen is niet gelukt");
    assert.doesNotMatch(await page.innerText("body"), /Sanne de Wit/u, "not signed in");
    await page.context().close();
  });

  it("each outcome is in the access log", async () => {
    await omgeving.server.stop(true);
    const db = await openDatabase({ dataDir: omgeving.server.dataDir, migratiesMap: path.resolve("drizzle") });
    try {
      const regels = await db.db
        .select({ uitkomst: toegangslog.uitkomst, details: toegangslog.details, gebruikerId: toegangslog.gebruikerId })
        .from(toegangslog)
        .where(and(eq(toegangslog.actie, "inloggen")));
      const met = (uitkomst: string, tekst: RegExp) =>
        regels.filter((r) => r.uitkomst === uitkomst && tekst.test(r.details ?? ""));
      assert.equal(met("gelukt", /^organisatie-account/u).length, 1, "the colleague's sign-in");
      assert.equal(met("geweigerd", /niet uitgenodigd/u).length, 1, "the stranger");
      assert.equal(met("ongeldig", /state klopt niet/u).length, 1, "the tampered state");
      assert.equal(met("ongeldig", /nonce klopt niet/u).length, 1, "the tampered nonce");
    } finally {
      await db.sluit();
    }
  });
});
