import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Console errors and uncaught page errors seen in any page of any browser started here, not yet reported. */
const consoleFouten: string[] = [];

/**
 * An HTTP error status is logged by Chromium as a console error ("Failed to load resource: the
 * server responded with a status of 404"). Tests ask for those statuses on purpose (a wrong
 * password, a refused page) and check them themselves; every other console error fails the test.
 */
const HTTP_STATUS_MELDING = /^Failed to load resource: the server responded with a status of [45]\d\d\b/u;

/**
 * The browser is off the network: a resource on another host fails to resolve. The app never loads
 * one (its CSP allows only 'self'); the test OpenID provider's own login page does (a web font), and
 * that page is not ours to check.
 */
function isExternOnbereikbaar(tekst: string, url: string): boolean {
  if (!tekst.startsWith("Failed to load resource: net::ERR_NAME_NOT_RESOLVED")) return false;
  try {
    return !["127.0.0.1", "localhost"].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Console errors a test causes on purpose, each allowed once (see `verwachtConsoleFout`). */
const verwacht: RegExp[] = [];

/** Declares, before the action that causes it, one console error the test provokes on purpose. */
export function verwachtConsoleFout(patroon: RegExp): void {
  verwacht.push(patroon);
}

function bewaak(context: BrowserContext): void {
  context.on("console", (bericht) => {
    if (
      bericht.type() !== "error" ||
      HTTP_STATUS_MELDING.test(bericht.text()) ||
      isExternOnbereikbaar(bericht.text(), bericht.location().url)
    )
      return;
    const i = verwacht.findIndex((p) => p.test(bericht.text()));
    if (i >= 0) verwacht.splice(i, 1);
    else consoleFouten.push(`console: ${bericht.text()} (${bericht.location().url})`);
  });
  context.on("weberror", (fout) => consoleFouten.push(`paginafout: ${fout.error().message}`));
}

/** Fails with every console error or page error since the last check (and forgets them). */
export function geenConsoleFouten(waar: string): void {
  const fouten = consoleFouten.splice(0);
  assert.deepEqual(fouten, [], `console of paginafouten (${waar})`);
}

/**
 * Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network. Every
 * context it opens is watched for console errors and page errors: each axe check and closing the
 * browser fail on them, so a hydration mismatch or a script error cannot pass unseen.
 */
export async function startBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // browser.newPage opens its context through newContext, so this one hook sees every page.
  const nieuweContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const context = await nieuweContext(...args);
    bewaak(context);
    return context;
  };
  const sluit = browser.close.bind(browser);
  browser.close = async (...args: Parameters<Browser["close"]>) => {
    await sluit(...args);
    geenConsoleFouten("einde van het testbestand");
  };
  return browser;
}

/** Runs axe on the page as it is now and fails with the rule ids and targets of any violation, or any console error so far. */
export async function geenAxeSchendingen(page: Page, waar: string): Promise<void> {
  geenConsoleFouten(waar);
  const resultaat = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const schendingen = resultaat.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(schendingen, [], `axe op ${waar}`);
}

/** The password of every demo account (README). */
export const DEMO_WACHTWOORD = "meldwijzer-demo";

/**
 * Signs in with a demo account by keyboard on the server at `basis`, and waits for the page a person of
 * that role lands on (`start`; the dossier list for most).
 */
export async function meldAan(page: Page, basis: string, email: string, start: RegExp = /\/dossiers$/): Promise<void> {
  await page.goto(`${basis}/inloggen`);
  await typ(page, "#veld-email", email);
  await typ(page, "#veld-wachtwoord", DEMO_WACHTWOORD);
  await tabNaar(page, "main button[type=submit]");
  await Promise.all([page.waitForURL(start), page.keyboard.press("Enter")]);
}

/**
 * A page of its own (own cookies, Dutch, `breedte` pixels wide) signed in by keyboard with a demo
 * account on the server at `basis`; returns once the sign-in page is left, wherever that leads.
 */
export async function aangemeldePagina(browser: Browser, basis: string, email: string, breedte = 1280): Promise<Page> {
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: breedte, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${basis}/inloggen`);
  await typ(page, "#veld-email", email);
  await typ(page, "#veld-wachtwoord", DEMO_WACHTWOORD);
  await tabNaar(page, "main button[type=submit]");
  await Promise.all([page.waitForLoadState("networkidle"), page.keyboard.press("Enter")]);
  await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  return page;
}

/**
 * Signs in through the JSON API with a demo account, to set up cases the way an integration would:
 * the session cookie (`mw_sessie=…`, to send back as is) and the person's id.
 */
export async function apiSessie(basis: string, email: string): Promise<{ cookie: string; id: string }> {
  const r = await fetch(`${basis}/api/sessie`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, wachtwoord: DEMO_WACHTWOORD }),
  });
  assert.equal(r.status, 201, `aanmelden als ${email}`);
  const body = (await r.json()) as { gebruiker: { id: string } };
  return { cookie: (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "", id: body.gebruiker.id };
}

/** Presses Tab until the element matching `selector` has focus: proves it can be reached by keyboard. */
export async function tabNaar(page: Page, selector: string, maximaal = 200): Promise<void> {
  for (let i = 0; i < maximaal; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Niet met Tab bereikbaar: ${selector}`);
}

export async function typ(page: Page, selector: string, tekst: string): Promise<void> {
  await tabNaar(page, selector);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(tekst);
}

/**
 * Fills a date field, reached by keyboard, with an ISO date (yyyy-mm-dd). Typing digits would depend on the
 * order the browser's locale gives the field's parts (day-month-year in Dutch, month-day-year under C or
 * en-US); the ISO value is the field's own value whatever that order is.
 */
export async function vulDatum(page: Page, selector: string, iso: string): Promise<void> {
  assert.match(iso, /^\d{4}-\d{2}-\d{2}$/, `vulDatum verwacht yyyy-mm-dd, kreeg ${iso}`);
  await tabNaar(page, selector);
  await page.fill(selector, iso);
  assert.equal(await page.inputValue(selector), iso, `datumveld ${selector}`);
}

/** Selects a radio button by keyboard: Tab into the group, then arrow keys until the value is checked. */
export async function kiesRadio(page: Page, naam: string, waarde: string, bereik = "form"): Promise<void> {
  await tabNaar(page, `${bereik} input[type=radio][name="${naam}"]`);
  for (let i = 0; i < 12; i += 1) {
    const gekozen = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.checked ? el.value : null;
    });
    if (gekozen === waarde) return;
    await page.keyboard.press(i === 0 && gekozen === null ? "Space" : "ArrowDown");
  }
  assert.fail(`Keuze ${naam}=${waarde} niet bereikt`);
}

export async function vinkAan(page: Page, selector: string): Promise<void> {
  await tabNaar(page, selector);
  if (!(await page.isChecked(selector))) await page.keyboard.press("Space");
}

/** Submits with Enter on the form's button and waits for the next page. */
export async function verstuur(page: Page, knop: string): Promise<void> {
  await tabNaar(page, knop);
  await Promise.all([page.waitForLoadState("networkidle"), page.keyboard.press("Enter")]);
}

/** Follows a link by keyboard. */
export async function volgLink(page: Page, selector: string): Promise<void> {
  await tabNaar(page, selector);
  // Wait for the link's own address first: "networkidle" alone is already true on an idle page, so without
  // JavaScript the next step could run while the browser was still leaving the page ("Execution context was
  // destroyed"). Then, as before, until the new page's requests are done.
  const doel = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? "");
  assert.ok(doel, `Geen link met focus: ${selector}`);
  const zonderAnker = (adres: string) => adres.split("#")[0];
  await Promise.all([
    page.waitForURL((adres) => zonderAnker(adres.href) === zonderAnker(doel), { waitUntil: "networkidle" }),
    page.keyboard.press("Enter"),
  ]);
}

/**
 * Submits with Enter on the form's button and waits until `tekst` shows in the page's main content: the
 * saved result, not the URL (which changes before the page renders), nor a live preview of the choice.
 */
export async function verstuurTot(page: Page, knop: string, tekst: string): Promise<void> {
  await tabNaar(page, knop);
  await page.keyboard.press("Enter");
  await wachtOpTekst(page, tekst, "Na versturen verscheen niet");
}

/**
 * Waits until `tekst` shows in the page's main content. After a client-side navigation the URL changes
 * before React commits the new page (it renders in a transition), so `waitForURL` alone can be followed
 * by a read of the previous page's content; wait for what the new page shows instead.
 */
export async function wachtOpTekst(page: Page, tekst: string, waarom = "Verscheen niet"): Promise<void> {
  try {
    await page.waitForFunction((t) => document.querySelector("main")?.textContent?.includes(t), tekst, {
      polling: 100,
      timeout: 15_000,
    });
  } catch (fout) {
    throw new Error(`${waarom}: ${tekst}\n${(await page.innerText("main")).slice(0, 2500)}`, { cause: fout });
  }
}
