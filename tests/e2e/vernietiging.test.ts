import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import {
  apiSessie,
  geenAxeSchendingen,
  meldAan,
  startBrowser,
  tabNaar,
  typ,
  verstuurTot,
  volgLink,
  wachtOpTekst,
} from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

/**
 * Destruction at the end of the retention term, keyboard only (decision 0050). Two cases are closed
 * through the API today; the server then starts again on the same data six years later, past the five
 * years of a school. The beheerder proposes and cannot approve her own proposal; the
 * eindverantwoordelijke places a legal hold, which blocks approval, lifts it, and approves.
 */
const JAAR = 365 * 24 * 60 * 60 * 1000;
let server: TestServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startServer(), startBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function api(
  pad: string,
  cookie: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(`${server.basis}${pad}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

/** A case opened, with one signal, and closed today; its id. */
async function geslotenDossier(cookie: string, werknaam: string): Promise<string> {
  const nieuw = await api("/api/dossiers", cookie, {
    gegevens: { werknaam, aanleiding: "zorg_om_kind", omschrijving: "Zorgen over verzorging." },
  });
  assert.equal(nieuw.status, 201);
  const id = nieuw.body["id"] as string;
  const signaal = {
    soort: "signaal",
    waarneming: "Komt zonder jas bij vorst.",
    datumWaarneming: "2026-11-10",
    waargenomenDoor: "Leerkracht",
    bron: "eigen_waarneming",
  };
  assert.equal(
    (
      await api(`/api/dossiers/${id}/gebeurtenissen`, cookie, {
        type: "signaal_vastgelegd",
        verwachteVersie: 1,
        gegevens: signaal,
      })
    ).status,
    201,
  );
  assert.equal(
    (
      await api(`/api/dossiers/${id}/gebeurtenissen`, cookie, {
        type: "dossier_afgesloten",
        verwachteVersie: 2,
        gegevens: { reden: "Zorg weggenomen." },
      })
    ).status,
    201,
  );
  return id;
}

async function nieuwePagina(email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } })).newPage();
  await meldAan(page, server.basis, email, /\/(beheer|dossiers|taken)(\?|$)/);
  return page;
}

async function foto(page: Page, naam: string): Promise<void> {
  const map = process.env["SCHERMAFBEELDINGEN"];
  if (map) await page.screenshot({ path: `${map}/${naam}.png`, fullPage: true });
}

describe("destruction after the retention term (keyboard only)", () => {
  it("proposed, refused to the proposer, blocked by a legal hold, approved by a second person", async () => {
    const { cookie } = await apiSessie(server.basis, "medewerker@regenboog.example");
    const weg = await geslotenDossier(cookie, "E2E: V. (groep 5)");
    const blijft = await geslotenDossier(cookie, "E2E: H. (groep 2)");
    const kenmerk = weg.slice(0, 8);

    await server.stop(true);
    server = await startServer({ MELDWIJZER_KLOK_VERSCHUIVING_MS: String(6 * JAAR) }, server.dataDir);

    // The beheerder finds the cases from the menu, searches one by reference and proposes it.
    const ilse = await nieuwePagina("beheer@regenboog.example");
    await volgLink(ilse, 'nav a[href="/beheer/vernietiging"]');
    await ilse.waitForURL(/\/beheer\/vernietiging$/);
    await wachtOpTekst(ilse, kenmerk);
    const lijst = await ilse.innerText("main");
    assert.ok(lijst.includes(kenmerk) && lijst.includes(blijft.slice(0, 8)), "both closed cases are past their date");
    assert.ok(!lijst.includes("E2E: V."), "no working name on the page");
    await geenAxeSchendingen(ilse, "/beheer/vernietiging");
    await foto(ilse, "vernietiging-lijst");
    await typ(ilse, "#veld-kenmerk", kenmerk);
    await Promise.all([ilse.waitForURL(/kenmerk=/), ilse.keyboard.press("Enter")]);
    // The address changes before the new list is drawn (client-side navigation): wait for the search's rows.
    await ilse
      .waitForFunction(() => document.querySelectorAll("main tbody tr").length === 1, undefined, { timeout: 10_000 })
      .catch(() => undefined);
    assert.equal(await ilse.locator("main tbody tr").count(), 1, "searched by reference");
    await volgLink(ilse, `main tbody a[href="/beheer/vernietiging/${weg}"]`);
    await ilse.waitForURL((u) => u.pathname === `/beheer/vernietiging/${weg}`);
    await geenAxeSchendingen(ilse, "/beheer/vernietiging/<id>");
    await typ(ilse, "#voorstellen-veld-reden", "Bewaartermijn van vijf jaar verstreken.");
    await verstuurTot(ilse, 'form:has(input[value="voorstellen"]) button', "Vernietiging is voorgesteld");

    // She cannot approve her own proposal: refused, in Dutch, and nothing is destroyed.
    assert.ok((await ilse.innerText("main")).includes("U hebt dit zelf voorgesteld"), "told before she tries");
    await verstuurTot(ilse, 'form:has(input[value="goedkeuren"]) button', "U hebt deze vernietiging zelf voorgesteld");
    await geenAxeSchendingen(ilse, "/beheer/vernietiging/<id> (refused)");
    await foto(ilse, "vernietiging-eigen-voorstel");

    // The eindverantwoordelijke places a legal hold; approval is blocked until it is lifted.
    const peter = await nieuwePagina("directie@regenboog.example");
    await volgLink(peter, 'nav a[href="/beheer/vernietiging"]');
    await peter.waitForURL(/\/beheer\/vernietiging$/);
    await volgLink(peter, `main tbody a[href="/beheer/vernietiging/${weg}"]`);
    await peter.waitForURL((u) => u.pathname === `/beheer/vernietiging/${weg}`);
    await typ(peter, "#blokkeren-veld-reden", "Klacht van de ouders bij de geschillencommissie.");
    await verstuurTot(peter, 'form:has(input[value="blokkeren"]) button', "De bewaarplicht is vastgelegd");
    assert.ok(
      (await peter.innerText("main")).includes("Op dit dossier rust een bewaarplicht"),
      "the page says approval is blocked",
    );
    await verstuurTot(
      peter,
      'form:has(input[value="goedkeuren"]) button',
      "Op dit dossier rust een bewaarplicht. Zolang die geldt, kan het niet worden vernietigd.",
    );
    await geenAxeSchendingen(peter, "/beheer/vernietiging/<id> (legal hold)");
    await foto(peter, "vernietiging-bewaarplicht");

    // Lifted (recorded), then approved by the second person: the case is gone, its record stays.
    await verstuurTot(peter, 'form:has(input[value="opheffen"]) button', "De bewaarplicht is opgeheven");
    assert.ok((await peter.innerText("main")).includes("Opgeheven door Peter Visser"), "lifting is recorded");
    await tabNaar(peter, 'form:has(input[value="goedkeuren"]) button');
    await Promise.all([peter.waitForURL(/\/beheer\/vernietiging\?vernietigd=/), peter.keyboard.press("Enter")]);
    await wachtOpTekst(peter, `Dossier ${kenmerk} is vernietigd`);
    const na = await peter.innerText("main");
    assert.ok(na.includes(`Dossier ${kenmerk} is vernietigd`));
    assert.ok(
      na.includes("Ilse Jansen") && na.includes("Peter Visser"),
      "the record names who proposed and who approved",
    );
    assert.equal(await peter.locator(`main a[href="/beheer/vernietiging/${weg}"]`).count(), 0, "no longer in the list");
    await geenAxeSchendingen(peter, "/beheer/vernietiging (destroyed)");
    await foto(peter, "vernietiging-vernietigd");
    assert.equal((await peter.goto(`${server.basis}/beheer/vernietiging/${weg}`))?.status(), 404);

    // The case is gone for its owner too; a medewerker has no destruction page.
    const sanne = await nieuwePagina("medewerker@regenboog.example");
    assert.equal((await sanne.goto(`${server.basis}/dossiers/${weg}`))?.status(), 404);
    assert.equal(await sanne.locator('nav a[href="/beheer/vernietiging"]').count(), 0);
    assert.equal((await sanne.goto(`${server.basis}/beheer/vernietiging`))?.status(), 403);
  });
});
