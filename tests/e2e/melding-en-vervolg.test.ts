import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import {
  apiSessie,
  geenAxeSchendingen,
  kiesRadio,
  meldAan,
  startBrowser,
  tabNaar,
  typ,
  verstuurTot,
  volgLink,
  vulDatum,
} from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";
import { pdfTekst } from "../support/pdf-tekst.ts";

/**
 * From a decided report to its evaluation, keyboard only. The clock is injected by restarting the
 * server on the same data with MELDWIJZER_KLOK_VERSCHUIVING_MS: first eight days later (five working
 * days have passed without an answer), then to the evaluation term.
 */
const DAG = 24 * 60 * 60 * 1000;
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
  cookie: string | null,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(`${server.basis}${pad}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

/** A case decided "melden en hulp", built through the API as the earlier steps are tested elsewhere. */
async function besloten(): Promise<string> {
  const sanne = await apiSessie(server.basis, "medewerker@regenboog.example");
  const peter = await apiSessie(server.basis, "directie@regenboog.example");
  const nieuw = await api("/api/dossiers", sanne.cookie, {
    gegevens: {
      werknaam: "E2E: D. (groep 3)",
      geboortedatum: "2019-03-14",
      aanleiding: "zorg_om_kind",
      omschrijving: "D. vertelt over slaan thuis.",
    },
  });
  assert.equal(nieuw.status, 201, "case opened");
  const id = nieuw.body["id"] as string;
  const stappen: { type: string; gegevens: unknown }[] = [
    {
      type: "signaal_vastgelegd",
      gegevens: {
        soort: "signaal",
        waarneming: "D. had op zijn rechterwang een rode afdruk van vier vingers en zei: 'papa sloeg me'.",
        datumWaarneming: "2026-11-20",
        waargenomenDoor: "Sanne de Wit (leerkracht)",
        bron: "eigen_waarneming",
      },
    },
    {
      type: "consultatie_gehouden",
      gegevens: {
        met: "aandachtsfunctionaris",
        naam: "Fatima El Amrani",
        datum: "2026-11-20",
        uitkomst: "Signalen wijzen op fysiek geweld.",
        vervolgstap: "Gesprek met moeder.",
      },
    },
    {
      type: "gesprek_gevoerd",
      gegevens: {
        met: "ouders",
        datum: "2026-11-23",
        deelnemers: "Moeder, Sanne de Wit",
        plaats: "School",
        gedeeld: "De afdruk en wat D. zei.",
        visie: "Moeder: 'Het ging te ver, ik weet het.'",
      },
    },
    { type: "afweging_beantwoord", gegevens: { vraag: 1, antwoord: "ja", toelichting: "Letsel en uitspraak van D." } },
    {
      type: "afweging_beantwoord",
      gegevens: {
        vraag: 2,
        antwoord: "ja",
        toelichting: "Op 20 november sloeg vader D. in het gezicht; D. had een afdruk van vier vingers.",
      },
    },
  ];
  for (const [i, stap] of stappen.entries()) {
    const r = await api(`/api/dossiers/${id}/gebeurtenissen`, sanne.cookie, { ...stap, verwachteVersie: i + 1 });
    assert.equal(r.status, 201, `${stap.type} recorded`);
  }
  // The medewerker proposes; a decision is not hers to record, not even on his behalf. The eindverantwoordelijke confirms.
  const gegevens = {
    besluit: "melden_en_hulp",
    toelichting: "Structureel onveilig: melden, en school biedt zelf steun.",
    afwijkingMotivering: "Vragen 3 tot en met 5 beantwoorden wij samen met Veilig Thuis.",
  };
  const namens = await api(`/api/dossiers/${id}/gebeurtenissen`, sanne.cookie, {
    type: "besluit_genomen",
    verwachteVersie: 6,
    gegevens: { ...gegevens, genomenDoor: peter.id },
  });
  assert.equal(namens.status, 403, "no decision on someone else's behalf");
  const voorstel = await api(`/api/dossiers/${id}/gebeurtenissen`, sanne.cookie, {
    type: "besluit_voorgesteld",
    verwachteVersie: 6,
    gegevens,
  });
  assert.equal(voorstel.status, 201, "proposed by the medewerker");
  const besluit = await api(`/api/dossiers/${id}/gebeurtenissen`, peter.cookie, {
    type: "besluit_genomen",
    verwachteVersie: 7,
    gegevens,
  });
  assert.equal(besluit.status, 201, "decided by the eindverantwoordelijke");
  return id;
}

const inloggen = (page: Page, email: string): Promise<void> => meldAan(page, server.basis, email);

/** Restarts the server on the same data with the clock moved forward; the browser signs in again. */
async function herstartMetKlok(verschuivingMs: number): Promise<Page> {
  await server.stop(true);
  server = await startServer({ MELDWIJZER_KLOK_VERSCHUIVING_MS: String(verschuivingMs) }, server.dataDir);
  const page = await (await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } })).newPage();
  await inloggen(page, "medewerker@regenboog.example");
  return page;
}

const plusDagen = (datum: string, n: number) =>
  new Date(Date.parse(`${datum}T12:00:00Z`) + n * DAG).toISOString().slice(0, 10);

describe("the report to Veilig Thuis and what comes after (keyboard only)", () => {
  it("checks, fixes, exports and sends the report; calls when no answer comes; sets up help and evaluates it at term", async () => {
    const id = await besloten();
    const context = await browser.newContext({
      locale: "nl-NL",
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    let page = await context.newPage();
    await inloggen(page, "medewerker@regenboog.example");

    // The draft, built from the dossier.
    await page.goto(`${server.basis}/dossiers/${id}/melding`);
    await geenAxeSchendingen(page, "melding");
    assert.match(
      await page.inputValue("#veld-feiten"),
      /20-11-2026 \(eigen waarneming; Sanne de Wit \(leerkracht\)\): D\. had op zijn rechterwang/,
      "facts with date and source from the dossier",
    );
    assert.match(await page.inputValue("#veld-betrokkenen"), /E2E: D\. \(groep 3\), 7 jaar/, "the child with age");
    await typ(
      page,
      "#veld-melder",
      "Sanne de Wit, leerkracht groep 3, Basisschool De Regenboog. Bereikbaar op 010-1234567, werkdagen 8-17 uur.",
    );
    await typ(
      page,
      "#veld-betrokkenen",
      "Kind: D. (groep 3), 7 jaar. Ouders: moeder en vader, beiden met gezag, wonen samen.",
    );
    await typ(page, "#veld-onveiligNu", "Vader is agressief en D. lijkt altijd bang.");
    await typ(
      page,
      "#veld-verwachtingen",
      "Wij verwachten onderzoek door Veilig Thuis. School biedt D. steun via de intern begeleider.",
    );
    await verstuurTot(page, "form[aria-labelledby=melding-form-titel] button[type=submit]", "Controleer de melding");

    // The check page flags the judging and hedged sentence.
    await geenAxeSchendingen(page, "controle met bevindingen");
    const bevindingen = await page.innerText("#controle-onveiligNu");
    assert.match(bevindingen, /agressief/, "a judging word is flagged");
    assert.match(bevindingen, /lijkt/, "a hedge is flagged");
    assert.match(bevindingen, /altijd/, "a generalisation is flagged");
    assert.match(
      await page.innerText("main"),
      /Alles wat een zorgvuldige melding vraagt, staat in het dossier/,
      "nothing missing under the meldrecht",
    );

    // Fix the flagged sentence through its "Wijzigen" link.
    await volgLink(page, 'a[href$="/melding#veld-onveiligNu"]');
    await page.waitForSelector("#veld-onveiligNu");
    await typ(
      page,
      "#veld-onveiligNu",
      "Op 20 november sloeg vader D. met de vlakke hand in het gezicht; D. had een afdruk van vier vingers op zijn wang en zei: 'papa sloeg me'.",
    );
    await verstuurTot(page, "form[aria-labelledby=melding-form-titel] button[type=submit]", "Controleer de melding");
    assert.match(
      await page.innerText("#controle-onveiligNu"),
      /Geen oordelende, vage of voorbehouden formuleringen gevonden/,
      "the sentence is factual now",
    );

    // The print view and the PDF.
    await volgLink(page, `a[href="/dossiers/${id}/melding/afdrukken"]`);
    await page.waitForSelector("#afdruk-titel");
    await geenAxeSchendingen(page, "afdrukweergave");
    assert.match(
      await page.innerText("main"),
      /Wat maakt de situatie nu onveilig\?[\s\S]*sloeg vader D\./,
      "the print view has the sections",
    );
    await page.goBack();
    await page.waitForSelector(`a[href="/api/dossiers/${id}/melding.pdf"]`);
    await tabNaar(page, `a[href="/api/dossiers/${id}/melding.pdf"]`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const pad = await download.path();
    const { paginas } = await pdfTekst(new Uint8Array(await readFile(pad)));
    const pdf = paginas.join("\n");
    for (const sectie of [
      "Melding aan Veilig Thuis",
      "Melder en organisatie",
      "Betrokkenen",
      "Wat maakt de situatie nu onveilig?",
      "Signalen: feiten met datum en bron",
      "Gezette stappen van de meldcode",
      "Wie is geraadpleegd?",
      "Verwachtingen en rollen",
    ]) {
      assert.ok(pdf.includes(sectie), `the PDF has the section "${sectie}"`);
    }
    assert.ok(pdf.includes("sloeg vader D."), "the PDF has the fixed sentence");

    // Mark it sent: frozen with its hash.
    await typ(page, "#veld-contactpersoon", "Mw. A. de Boer");
    await typ(page, "#veld-referentie", "VT-2026-0412");
    await verstuurTot(page, "form[aria-labelledby=versturen-titel] button[type=submit]", "als verstuurd vastgelegd");
    await geenAxeSchendingen(page, "na de melding");
    assert.match(
      await page.innerText("main"),
      /Antwoord verwacht uiterlijk/,
      "the answer is expected within five working days",
    );

    // Eight days later: five working days passed without an answer; a task to call.
    page = await herstartMetKlok(8 * DAG);
    await volgLink(page, 'a[href="/taken"]');
    await page.waitForURL(/\/taken$/);
    await page.waitForFunction(() => document.title.startsWith("Mijn taken"));
    await geenAxeSchendingen(page, "mijn taken");
    assert.match(
      await page.innerText("main"),
      /Bel Veilig Thuis: geen antwoord binnen vijf werkdagen/,
      "the task to call",
    );
    // The search form above the table (decision 0083), by keyboard: a search that finds nothing, then the
    // working name with the kind of task; the task is found again, and the page is axe clean both times.
    await page.focus("#veld-zoek");
    await page.keyboard.type("Niemand");
    await Promise.all([page.waitForURL(/zoek=Niemand/), page.keyboard.press("Enter")]);
    await page.waitForSelector("main [role=status]");
    assert.match(await page.innerText("main"), /Er zijn geen taken die bij deze zoekopdracht of filters passen/);
    await geenAxeSchendingen(page, "mijn taken, niets gevonden");
    await page.fill("#veld-zoek", "");
    await page.focus("#veld-zoek");
    await page.keyboard.type("groep 3");
    await page.selectOption("#veld-soort", "vt_bellen");
    await page.selectOption("#veld-volgorde", "nieuwste");
    await page.focus("#veld-zoek");
    await Promise.all([page.waitForURL(/soort=vt_bellen/), page.keyboard.press("Enter")]);
    await page.waitForSelector(`main a[href="/dossiers/${id}/vervolg"]`);
    await geenAxeSchendingen(page, "mijn taken, gezocht");
    await volgLink(page, `main a[href="/dossiers/${id}/vervolg"]`);
    await page.waitForSelector("#vt-titel");
    assert.match(
      await page.innerText("main"),
      /Geen antwoord binnen vijf werkdagen/,
      "the follow-up page shows the late answer",
    );
    assert.match(
      await page.innerText(".mw-melding--waarschuwing"),
      /niet binnen vijf werkdagen geantwoord/,
      "every page of the case shows it",
    );

    // Record Veilig Thuis' answer.
    await typ(page, "#vt-veld-contactpersoon", "Mw. A. de Boer");
    await kiesRadio(page, "beoordeling", "onveilig", "form[aria-labelledby=vt-titel-form]");
    await kiesRadio(page, "vervolg", "voorwaarden_en_vervolg", "form[aria-labelledby=vt-titel-form]");
    await typ(
      page,
      "#vt-veld-toelichting",
      "Veilig Thuis stelt veiligheidsvoorwaarden en vraagt school D. te volgen en steun te bieden.",
    );
    await verstuurTot(
      page,
      "form[aria-labelledby=vt-titel-form] button[type=submit]",
      "Veilig Thuis stelt veiligheidsvoorwaarden",
    );

    // Set up help with an agreement; the evaluation term two weeks on.
    const vandaag = await page.inputValue("#vt-veld-datum").catch(() => "");
    const evaluatieOp = plusDagen(vandaag || new Date(Date.now() + 8 * DAG).toISOString().slice(0, 10), 14);
    await typ(
      page,
      "#hulp-veld-omschrijving",
      "Intern begeleider spreekt D. wekelijks; moeder volgt opvoedondersteuning bij het wijkteam.",
    );
    await typ(page, "#hulp-veld-doelen", "Geen fysiek geweld meer; D. zegt zich thuis veilig te voelen.");
    await vulDatum(page, "#hulp-veld-evaluatieOp", evaluatieOp);
    await verstuurTot(page, "form[aria-labelledby=hulp-form-titel] button[type=submit]", "Volgende evaluatie");
    await typ(page, "#afspraak-veld-wat", "Moeder meldt zich bij het wijkteam voor opvoedondersteuning.");
    await typ(page, "#afspraak-veld-wie", "Moeder");
    await vulDatum(page, "#afspraak-veld-uiterlijk", plusDagen(evaluatieOp, -7));
    await verstuurTot(
      page,
      "form[aria-labelledby=afspraak-form-titel] button[type=submit]",
      "Moeder meldt zich bij het wijkteam",
    );
    await geenAxeSchendingen(page, "vervolg met hulp");

    // At the term: the evaluation is a task; afwegingsvraag 5 is answered.
    page = await herstartMetKlok(23 * DAG);
    await page.goto(`${server.basis}/taken`);
    assert.match(await page.innerText("main"), /Hulp evalueren: de termijn is bereikt/, "the evaluation is due");
    await volgLink(page, `main a[href="/dossiers/${id}/vervolg"]`);
    await page.waitForSelector("#evaluatie-form-titel");
    await kiesRadio(page, "resultaat", "bereikt", "form[aria-labelledby=evaluatie-form-titel]");
    await kiesRadio(page, "vervolg", "afsluiten", "form[aria-labelledby=evaluatie-form-titel]");
    await typ(
      page,
      "#evaluatie-veld-toelichting",
      "Met moeder en wijkteam besproken: geen nieuw letsel, D. zegt dat het thuis rustig is.",
    );
    await verstuurTot(page, "form[aria-labelledby=evaluatie-form-titel] button[type=submit]", "niet voortgezet");
    await geenAxeSchendingen(page, "vervolg na evaluatie");
    await page.goto(`${server.basis}/taken`);
    assert.doesNotMatch(await page.innerText("main"), new RegExp(`E2E: D\\.`), "no task left for this case");
  });
});
