import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { mkdirSync } from "node:fs";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { geenAxeSchendingen, meldAan, verwachtConsoleFout } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

const omgeving = startOmgevingPerBestand();
const SCHERMAFDRUKKEN = process.env["MELDWIJZER_SCHERMAFDRUKKEN"];

/** Collects the page's CSP violations (the event fires also when the script catches the error). */
async function nieuwePagina(): Promise<Page> {
  const context = await omgeving.browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const w = window as unknown as { cspSchendingen: string[] };
    w.cspSchendingen = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.cspSchendingen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return context.newPage();
}

const schendingen = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspSchendingen: string[] }).cspSchendingen);

const inloggen = (page: Page, email: string, start: RegExp): Promise<void> =>
  meldAan(page, omgeving.server.basis, email, start);

async function afdruk(page: Page, naam: string): Promise<void> {
  if (!SCHERMAFDRUKKEN) return;
  mkdirSync(SCHERMAFDRUKKEN, { recursive: true });
  await page.screenshot({ path: `${SCHERMAFDRUKKEN}/${naam}.png`, fullPage: true });
}

function rauw(pad: string): Promise<{ status: number; tekst: string }> {
  const url = new URL(omgeving.server.basis);
  return new Promise((klaar, mislukt) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: pad, headers: { accept: "text/html" } },
      (res) => {
        let tekst = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (tekst += d));
        res.on("end", () => klaar({ status: res.statusCode ?? 0, tekst }));
      },
    );
    req.on("error", mislukt);
    req.end();
  });
}

describe("error pages and the CSP, as `npm start` serves them (NODE_ENV unset)", () => {
  it("the pages whose code uses zod load without a CSP violation (zod is jitless)", async () => {
    const page = await nieuwePagina();
    await inloggen(page, "beheer@regenboog.example", /\/beheer$/);
    // The detector works: an inline script without the nonce is refused and reported.
    verwachtConsoleFout(/^Executing inline script violates the following Content Security Policy directive/u);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "void 0";
      document.body.append(script);
    });
    await page.waitForFunction(() => (window as unknown as { cspSchendingen: string[] }).cspSchendingen.length > 0);
    await page.evaluate(() => ((window as unknown as { cspSchendingen: string[] }).cspSchendingen = []));
    for (const pad of ["/protocol", "/beheer/protocol", "/beheer/documenten"]) {
      await page.goto(`${omgeving.server.basis}${pad}`);
      await page.waitForLoadState("networkidle");
      assert.deepEqual(await schendingen(page), [], `CSP-schending op ${pad}`);
    }
    // Client-side navigation loads the page's module later, after hydration.
    await page.goto(`${omgeving.server.basis}/beheer`);
    await page.waitForLoadState("networkidle");
    await Promise.all([page.waitForURL(/\/beheer\/protocol$/), page.click('a[href="/beheer/protocol"]')]);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(await schendingen(page), [], "CSP-schending na navigatie naar /beheer/protocol");

    const log = await nieuwePagina();
    await inloggen(log, "log@regenboog.example", /\/(dossiers|toegangslog)$/);
    await log.goto(`${omgeving.server.basis}/toegangslog`);
    await log.waitForLoadState("networkidle");
    assert.deepEqual(await schendingen(log), [], "CSP-schending op /toegangslog");
  });

  it("an unknown URL is the not-found page, with the page frame", async () => {
    const page = await nieuwePagina();
    const antwoord = await page.goto(`${omgeving.server.basis}/bestaat/niet`);
    assert.equal(antwoord?.status(), 404);
    assert.equal(await page.innerText("h1"), "Niet gevonden");
    await geenAxeSchendingen(page, "404-pagina");
    await afdruk(page, "404");
    assert.deepEqual(await schendingen(page), []);
  });

  it("a form with NUL in a field ends on an error page that names the field", async () => {
    const page = await nieuwePagina();
    await page.goto(`${omgeving.server.basis}/inloggen`);
    await Promise.all([
      page.waitForLoadState("networkidle"),
      page.evaluate(() => {
        const email = document.querySelector<HTMLInputElement>("#veld-email");
        const wachtwoord = document.querySelector<HTMLInputElement>("#veld-wachtwoord");
        if (!email || !wachtwoord) throw new Error("formulier niet gevonden");
        email.value = "medewerker\u0000@regenboog.example";
        wachtwoord.value = "meldwijzer-demo";
        email.form?.requestSubmit();
      }),
    ]);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Verzoek niet verwerkt");
    assert.match(await page.innerText("main"), /E-mailadres: Deze tekst bevat een onzichtbaar of onvolledig teken/u);
    await geenAxeSchendingen(page, "400-pagina");
    await afdruk(page, "400-formulier");
  });

  it("traversal paths on /assets: a plain not-found answer, no stack, no file path", async () => {
    for (const pad of ["/assets/../../package.json", "/assets/..%00/package.json", "/assets/%E0%A4%A"]) {
      const { status, tekst } = await rauw(pad);
      assert.ok(status === 404 || status === 400, `${pad}: ${status}`);
      assert.doesNotMatch(tekst, /node_modules|\bat \S+ \(|Error/u, pad);
    }
    const page = await nieuwePagina();
    await page.goto(`${omgeving.server.basis}/toegangslog?dossier=%00`);
    assert.match(await page.innerText("body"), /dossier: Deze tekst bevat een onzichtbaar of onvolledig teken/u);
    await geenAxeSchendingen(page, "400-pagina van Express");
    await afdruk(page, "400-query");
  });
});
