import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { geenAxeSchendingen, kiesRadio, tabNaar, typ, verstuur, volgLink, vulDatum, verstuurTot } from "./browser.ts";
import { startOmgevingPerBestand } from "./server.ts";

/**
 * Issue 15's "done means", end to end and keyboard only: a teacher records what she saw (dated before
 * the day she enters it, and out of order), consults, prepares and holds the conversations, weighs and
 * proposes; the director finds the proposal in Mijn taken and confirms it; the report's "Gezette stappen"
 * dates each step by when it happened and orders them by that day. Once on a wide and once on a phone
 * screen, each on a fresh case. "Today" is the server's: the `max` of a date field (the server's clock,
 * in Dutch time), never the machine's locale or zone.
 *
 * Set E2E_SCHERMAFDRUKKEN to a directory to keep a screenshot of each key page.
 */
const omgeving = startOmgevingPerBestand();
const WACHTWOORD = "meldwijzer-demo";
const DAG = 24 * 60 * 60 * 1000;
const VOORSTEL =
  "Voorstel: vandaag telefonisch melden bij Veilig Thuis; de afdruk op de arm en wat het kind vertelde wegen zwaar.";

interface Scherm {
  readonly naam: string;
  readonly width: number;
  readonly height: number;
  readonly smal: boolean;
}
const SCHERMEN: readonly Scherm[] = [
  { naam: "1280 px", width: 1280, height: 900, smal: false },
  { naam: "390 px", width: 390, height: 844, smal: true },
];

/** yyyy-mm-dd plus n days, by calendar arithmetic on the date alone (no zone, no locale). */
const plusDagen = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + n * DAG).toISOString().slice(0, 10);
/** yyyy-mm-dd as the report writes it: dd-mm-jjjj. */
const nl = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
/** dd-mm-jjjj back to yyyy-mm-dd, to compare. */
const iso = (nlDatum: string) => `${nlDatum.slice(6, 10)}-${nlDatum.slice(3, 5)}-${nlDatum.slice(0, 2)}`;
const MAANDEN = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
/** yyyy-mm-dd as the pages write it: "2 december 2026". */
const voluit = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MAANDEN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

async function nieuwePagina(scherm: Scherm): Promise<Page> {
  const context = await omgeving.browser.newContext({
    locale: "nl-NL",
    viewport: { width: scherm.width, height: scherm.height },
  });
  return context.newPage();
}

async function inloggen(page: Page, scherm: Scherm, email: string): Promise<void> {
  await page.goto(`${omgeving.server.basis}/inloggen`);
  await controleer(page, scherm, `inloggen ${email.split("@")[0] ?? ""}`);
  await typ(page, "#veld-email", email);
  await typ(page, "#veld-wachtwoord", WACHTWOORD);
  await tabNaar(page, "main button[type=submit]");
  await Promise.all([page.waitForURL(/\/dossiers$/), page.keyboard.press("Enter")]);
}

/**
 * Every page the scenario visits: no axe violation, and on the phone nothing sticks out to the side.
 * With E2E_SCHERMAFDRUKKEN set, a full-page screenshot is kept as well.
 */
async function controleer(page: Page, scherm: Scherm, waar: string): Promise<void> {
  if (scherm.smal) {
    // A client-side navigation changes the URL before the new page has rendered: give the layout up to
    // 3 s to settle, so only an overflow that stays fails (one did, once, in the old page's last frame).
    await page
      .waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, undefined, {
        timeout: 3000,
        polling: 100,
      })
      .catch(() => undefined);
    const maten = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(
      maten.scroll <= maten.client,
      `${waar} op ${scherm.naam}: scrollWidth ${maten.scroll} > clientWidth ${maten.client}`,
    );
  }
  await geenAxeSchendingen(page, `${waar} op ${scherm.naam}`);
  const map = process.env["E2E_SCHERMAFDRUKKEN"];
  if (map) {
    mkdirSync(map, { recursive: true });
    await page.screenshot({
      path: path.join(map, `${scherm.width}-${waar.replace(/[^a-z0-9]+/gi, "-")}.png`),
      fullPage: true,
    });
  }
}

/** To one of the case's pages through the step navigation: the tabs on a wide screen, the menu on a phone. */
async function naarStap(page: Page, scherm: Scherm, pad: string): Promise<void> {
  const oud = await page.title();
  if (scherm.smal) {
    assert.equal(await page.isVisible("nav.mw-stappen--breed"), false, "the tabs are hidden on a phone");
    await tabNaar(page, "nav.mw-stappen--smal summary");
    if (!(await page.evaluate(() => document.querySelector("nav.mw-stappen--smal details")?.hasAttribute("open"))))
      await page.keyboard.press("Enter");
    await volgLink(page, `nav.mw-stappen--smal a[href$="/${pad}"]`);
  } else {
    assert.equal(await page.isVisible("nav.mw-stappen--smal"), false, "the menu is hidden on a wide screen");
    await volgLink(page, `nav.mw-stappen--breed a[href$="/${pad}"]`);
  }
  await page.waitForURL(new RegExp(`/${pad}$`));
  await page.waitForFunction((t) => document.title !== t, oud, { polling: 100 });
}

/** Back to the case's overview: the first entry of the step navigation. */
async function naarOverzicht(page: Page, scherm: Scherm, dossierPad: string): Promise<void> {
  if (scherm.smal) {
    await tabNaar(page, "nav.mw-stappen--smal summary");
    if (!(await page.evaluate(() => document.querySelector("nav.mw-stappen--smal details")?.hasAttribute("open"))))
      await page.keyboard.press("Enter");
    await volgLink(page, `nav.mw-stappen--smal a[href="${dossierPad}"]`);
  } else {
    await volgLink(page, `nav.mw-stappen--breed a[href="${dossierPad}"]`);
  }
  await page.waitForURL((url) => url.pathname === dossierPad);
  await page.waitForSelector("#wat-nu-titel");
}

/** Sends a form by keyboard and waits until the main content shows `tekst`. */

/** The dated lines of a block of text, each as its ISO date and the rest of the line. */
function gedateerdeRegels(tekst: string): { datum: string; tekst: string }[] {
  return tekst
    .split("\n")
    .map((r) => r.trim())
    .filter((r) => /^\d{2}-\d{2}-\d{4}/.test(r))
    .map((r) => ({ datum: iso(r.slice(0, 10)), tekst: r.slice(10) }));
}

/**
 * The steps the scenario took, each on the day it happened, in that order; the weighing and the
 * decision record no day of their own and stand on the day they were entered (today).
 */
function controleerStappen(tekst: string, vandaag: string, waar: string): void {
  const regels = gedateerdeRegels(tekst);
  const verwacht: [string, RegExp][] = [
    [plusDagen(vandaag, -9), /eerste signaal waargenomen/],
    [plusDagen(vandaag, -6), /meest recente signaal waargenomen .*2 signalen/],
    [plusDagen(vandaag, -4), /overleg met de aandachtsfunctionaris/],
    [plusDagen(vandaag, -2), /gesprek met de ouders/],
    [plusDagen(vandaag, -1), /gesprek met het kind/],
    [vandaag, /afwegingskader doorlopen.*meldnorm 1/],
    [vandaag, /besluit \(stap 5\): melden bij Veilig Thuis, genomen door Peter Visser op voorstel van Sanne de Wit/],
  ];
  assert.deepEqual(
    regels.map((r) => r.datum),
    [...regels.map((r) => r.datum)].sort(),
    `${waar}: the steps in the order of their dates\n${tekst}`,
  );
  let vanaf = 0;
  for (const [datum, patroon] of verwacht) {
    const i = regels.findIndex((r, j) => j >= vanaf && patroon.test(r.tekst));
    assert.ok(i >= 0, `${waar}: after line ${vanaf}, a step matching ${patroon}\n${tekst}`);
    assert.equal(regels[i]?.datum, datum, `${waar}: ${patroon} dated ${nl(datum)}\n${tekst}`);
    vanaf = i + 1;
  }
  assert.notEqual(regels[0]?.datum, vandaag, `${waar}: the first signal is dated when it was seen, not today`);
}

describe("the Meldcode scenario of issue 15, keyboard only", () => {
  for (const scherm of SCHERMEN) {
    it(`signals to confirmed decision to a dated report, on ${scherm.naam}`, async () => {
      const werknaam = `Scenario ${scherm.width}: L. (groep 5)`;

      // 1. Sanne opens a case.
      const sanne = await nieuwePagina(scherm);
      await inloggen(sanne, scherm, "medewerker@regenboog.example");
      await controleer(sanne, scherm, "dossiers");
      await volgLink(sanne, 'main a[href="/dossiers/nieuw"]');
      await sanne.waitForURL(/\/dossiers\/nieuw$/);
      await controleer(sanne, scherm, "nieuw dossier");
      await typ(sanne, "#veld-werknaam", werknaam);
      await kiesRadio(sanne, "aanleiding", "zorg_om_kind");
      await typ(sanne, "#veld-omschrijving", "L. komt de laatste weken met blauwe plekken op school en is stil.");
      await tabNaar(sanne, "main button[type=submit]");
      await Promise.all([sanne.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/), sanne.keyboard.press("Enter")]);
      await sanne.waitForSelector("#wat-nu-titel");
      const dossierPad = new URL(sanne.url()).pathname;
      await controleer(sanne, scherm, "overzicht nieuw dossier");

      // Two signals seen before today, entered out of order: six days ago, then nine days ago.
      await naarStap(sanne, scherm, "signalen");
      const vandaag = await sanne.getAttribute("#veld-datumWaarneming", "max");
      assert.ok(vandaag && /^\d{4}-\d{2}-\d{2}$/.test(vandaag), `the server's today: ${vandaag}`);
      assert.equal(
        await sanne.inputValue("#veld-datumWaarneming"),
        vandaag,
        "the date field starts at the server's today",
      );
      await controleer(sanne, scherm, "signalen");
      const signalen = [
        {
          dagen: -6,
          waarneming: "L. heeft een blauwe plek ter grootte van een duim op de bovenarm en zegt: 'dat deed papa'.",
        },
        { dagen: -9, waarneming: "L. schrikt als een volwassene snel beweegt en wil in de pauze niet naar buiten." },
      ];
      for (const s of signalen) {
        await kiesRadio(sanne, "soort", "signaal");
        await typ(sanne, "#veld-waarneming", s.waarneming);
        await vulDatum(sanne, "#veld-datumWaarneming", plusDagen(vandaag, s.dagen));
        await typ(sanne, "#veld-waargenomenDoor", "Sanne de Wit (leerkracht)");
        await kiesRadio(sanne, "bron", "eigen_waarneming");
        await tabNaar(sanne, "form.mw-formulier button[type=submit]");
        await sanne.keyboard.press("Enter");
        await sanne.waitForFunction(
          (t) => document.querySelector("table")?.textContent?.includes(t),
          s.waarneming.slice(0, 40),
          { polling: 100 },
        );
      }
      assert.match(await sanne.innerText("main"), /2 vastleggingen/);
      await controleer(sanne, scherm, "signalen vastgelegd");

      // The consultation, four days ago.
      await naarStap(sanne, scherm, "consultatie");
      await controleer(sanne, scherm, "consultatie");
      await kiesRadio(sanne, "met", "aandachtsfunctionaris");
      await typ(sanne, "#veld-naam", "Fatima El Amrani");
      await vulDatum(sanne, "#veld-datum", plusDagen(vandaag, -4));
      await typ(
        sanne,
        "#veld-uitkomst",
        "De signalen wijzen op fysiek geweld; eerst een gesprek met de ouders, dan met L.",
      );
      await typ(sanne, "#veld-vervolgstap", "Gesprek met de ouders voorbereiden met de intern begeleider.");
      await verstuurTot(sanne, "form.mw-formulier button[type=submit]", "Fatima El Amrani");
      await controleer(sanne, scherm, "consultatie vastgelegd");

      // The parents' conversation: prepared, then held two days ago; the child's yesterday.
      await naarStap(sanne, scherm, "gesprek");
      await controleer(sanne, scherm, "gesprek");
      await volgLink(sanne, 'main a[href$="vastleggen=voorbereiding_ouders#gesprek-formulier"]');
      await sanne.waitForSelector("#gesprek-form-titel");
      await controleer(sanne, scherm, "voorbereiding gesprek ouders");
      await typ(sanne, "#veld-opening", "We willen allebei dat L. zich op school en thuis veilig voelt.");
      await typ(
        sanne,
        "#veld-feiten",
        "Een blauwe plek op de bovenarm en wat L. daarover zei; L. schrikt van snelle bewegingen.",
      );
      await kiesRadio(sanne, "veilig", "ja", "form[aria-labelledby=gesprek-form-titel]");
      await typ(sanne, "#veld-aanwezigen", "Moeder, vader, leerkracht, intern begeleider");
      await typ(sanne, "#veld-gespreksleider", "Intern begeleider");
      await verstuurTot(
        sanne,
        "form[aria-labelledby=gesprek-form-titel] button[type=submit]",
        "We willen allebei dat L.",
      );
      await controleer(sanne, scherm, "voorbereiding vastgelegd");

      const gesprekken = [
        {
          formulier: "ouders",
          dagen: -2,
          gedeeld: "De blauwe plek en wat L. zei.",
          visie: "Vader: 'Ik heb haar te hard vastgepakt, dat had niet gemogen.'",
        },
        {
          formulier: "kind",
          dagen: -1,
          gedeeld: "Dat ik de plek op haar arm zag en me zorgen maak.",
          visie: "L.: 'Papa was boos omdat ik niet wilde opruimen.'",
        },
      ];
      for (const g of gesprekken) {
        await volgLink(sanne, `main a[href$="vastleggen=${g.formulier}#gesprek-formulier"]`);
        await sanne.waitForSelector("#gesprek-form-titel");
        await controleer(sanne, scherm, `formulier gesprek ${g.formulier}`);
        const form = "form[aria-labelledby=gesprek-form-titel]";
        await vulDatum(sanne, `${form} #veld-datum`, plusDagen(vandaag, g.dagen));
        await typ(
          sanne,
          `${form} #veld-deelnemers`,
          g.formulier === "ouders" ? "Moeder, vader, leerkracht, intern begeleider" : "L., leerkracht",
        );
        await typ(
          sanne,
          `${form} #veld-plaats`,
          g.formulier === "ouders" ? "Spreekkamer school" : "Lege klas na schooltijd",
        );
        await typ(sanne, `${form} #veld-gedeeld`, g.gedeeld);
        await typ(sanne, `${form} #veld-visie`, g.visie);
        await verstuurTot(sanne, `${form} button[type=submit]`, g.visie);
        // Back to the choice of forms for the next one.
        await sanne.waitForSelector('main a[href$="vastleggen=kind#gesprek-formulier"]');
      }
      const stand = await sanne.innerText("#gesprek-stand-titel + dl");
      assert.match(
        stand,
        new RegExp(`Gevoerd op ${voluit(plusDagen(vandaag, -2))}`),
        `the parents' conversation dated: ${stand}`,
      );
      assert.match(
        stand,
        new RegExp(`Gevoerd op ${voluit(plusDagen(vandaag, -1))}`),
        `the child's conversation dated: ${stand}`,
      );
      await controleer(sanne, scherm, "gesprekken gevoerd");

      // Weighing: questions 1 and 2 answered yes.
      await naarStap(sanne, scherm, "afweging");
      await controleer(sanne, scherm, "afweging");
      for (const [vraag, toelichting] of [
        ["1", "Letsel met een uitspraak van L. en een vader die het vastpakken erkent."],
        ["2", "Structureel onveilig: L. heeft letsel door een ouder en is thuis bang als vader boos wordt."],
      ] as const) {
        // The question asked now is this one (the page has rendered the previous answer).
        await sanne.waitForFunction(
          (n) =>
            document.querySelector("li.mw-vraag--actief .mw-vraag__nummer")?.textContent?.startsWith(`Vraag ${n} `),
          vraag,
          { polling: 100 },
        );
        const actief = "li.mw-vraag--actief form";
        await kiesRadio(sanne, "antwoord", "ja", actief);
        await typ(sanne, `${actief} textarea[name=toelichting]`, toelichting);
        assert.equal(
          await sanne.inputValue(`${actief} textarea[name=toelichting]`),
          toelichting,
          `vraag ${vraag}: the explanation as typed`,
        );
        assert.equal(
          await sanne.isChecked(`${actief} input[name=antwoord][value=ja]`),
          true,
          `vraag ${vraag}: ja still chosen`,
        );
        // Not "Vraag n: Ja": the live preview shows that before anything is saved. The saved answer shows its explanation.
        await verstuurTot(sanne, `${actief} button[type=submit]`, `Ja — ${toelichting}`);
        assert.match(await sanne.innerText("main"), new RegExp(`Vraag ${vraag}: Ja`));
      }
      assert.match(await sanne.innerText("main"), /Uitkomst: melden bij Veilig Thuis/);
      await controleer(sanne, scherm, "afweging beantwoord");

      // The proposal: Sanne does not decide; the proposal waits for the eindverantwoordelijke.
      await naarStap(sanne, scherm, "besluit");
      assert.match(await sanne.innerText("main"), /Een besluit voorstellen/);
      await controleer(sanne, scherm, "besluit voorstellen");
      await kiesRadio(sanne, "besluit", "melden");
      await typ(sanne, "#veld-toelichting", VOORSTEL);
      await verstuur(sanne, "form.mw-formulier button[type=submit]");
      await sanne.waitForSelector("text=Voorgesteld door Sanne de Wit (medewerker)");
      const voorgesteld = await sanne.innerText("main");
      assert.match(voorgesteld, /Voorstel dat wacht op een besluit/, "the proposal waits");
      assert.match(voorgesteld, /Er is nog geen besluit vastgelegd/, "she did not decide");
      assert.doesNotMatch(voorgesteld, /Genomen door Sanne de Wit/);
      await controleer(sanne, scherm, "besluit voorgesteld");

      // 2. Peter finds it in Mijn taken, follows the link and confirms.
      const peter = await nieuwePagina(scherm);
      await inloggen(peter, scherm, "directie@regenboog.example");
      await volgLink(peter, 'header a[href="/taken"]');
      await peter.waitForURL(/\/taken$/);
      await peter.waitForFunction(() => document.title.startsWith("Mijn taken"), undefined, { polling: 100 });
      const taak = peter.locator("main tr", { hasText: werknaam });
      assert.equal(await taak.count(), 1, "one task for the case");
      assert.match(
        await taak.innerText(),
        /Voorstel voor het besluit: bevestigen of anders besluiten/,
        "a proposal to assess",
      );
      await controleer(peter, scherm, "mijn taken");
      await volgLink(peter, `main a[href="${dossierPad}/besluit"]`);
      await peter.waitForURL(/\/besluit$/);
      await peter.waitForSelector("text=Het voorstel bevestigen of anders besluiten");
      assert.equal(await peter.inputValue("#veld-toelichting"), VOORSTEL, "the proposal fills the form");
      await controleer(peter, scherm, "besluit bevestigen");
      await verstuur(peter, "form.mw-formulier button[type=submit]");
      await peter.waitForSelector("text=Genomen door Peter Visser (eindverantwoordelijke)");
      const besluitPagina = await peter.innerText("main");
      assert.match(besluitPagina, /Genomen door Peter Visser \(eindverantwoordelijke\)/, "Peter decided");
      assert.match(besluitPagina, /Bevestigt het voorstel van Sanne de Wit/, "on Sanne's proposal");
      assert.doesNotMatch(besluitPagina, /Voorstel dat wacht op een besluit/, "nothing waits any more");
      await controleer(peter, scherm, "besluit genomen");
      await volgLink(peter, 'header a[href="/taken"]');
      await peter.waitForURL(/\/taken$/);
      await peter.waitForFunction(() => document.title.startsWith("Mijn taken"), undefined, { polling: 100 });
      assert.equal(await peter.locator("main tr", { hasText: werknaam }).count(), 0, "the task is done");
      await controleer(peter, scherm, "mijn taken na het besluit");
      await peter.context().close();

      // 3. Sanne's report draft: the steps dated by when they happened, in that order.
      await naarOverzicht(sanne, scherm, dossierPad);
      assert.match(await sanne.innerText("main"), /genomen door Peter Visser/);
      await controleer(sanne, scherm, "overzicht met besluit");
      await naarStap(sanne, scherm, "melding");
      await controleer(sanne, scherm, "melding");
      controleerStappen(await sanne.inputValue("#veld-stappen"), vandaag, "concept");
      const feiten = gedateerdeRegels(await sanne.inputValue("#veld-feiten"));
      // The facts: both signals at their observation dates, oldest first, then what the child said yesterday.
      assert.deepEqual(
        feiten.map((f) => [
          f.datum,
          f.tekst.includes(signalen[1]!.waarneming)
            ? "eerste"
            : f.tekst.includes(signalen[0]!.waarneming)
              ? "tweede"
              : f.tekst.includes(gesprekken[1]!.visie)
                ? "kind"
                : f.tekst,
        ]),
        [
          [plusDagen(vandaag, -9), "eerste"],
          [plusDagen(vandaag, -6), "tweede"],
          [plusDagen(vandaag, -1), "kind"],
        ],
        "the facts in the order of their dates",
      );
      const onveiligNu = await sanne.inputValue("#veld-onveiligNu");
      assert.ok(
        !onveiligNu.includes(VOORSTEL) && !onveiligNu.includes("vandaag telefonisch melden"),
        `"Wat maakt de situatie nu onveilig?" holds no decision text:\n${onveiligNu}`,
      );
      assert.match(onveiligNu, /Structureel onveilig: L\. heeft letsel/, "but it does hold question 2's assessment");

      // Saved, it goes to the check page, and from there to the print view: the same steps in the same order.
      await typ(
        sanne,
        "#veld-melder",
        "Sanne de Wit, leerkracht groep 5, Basisschool De Regenboog. Bereikbaar op 010-1234567, werkdagen 8-17 uur.",
      );
      await tabNaar(sanne, "form[aria-labelledby=melding-form-titel] button[type=submit]");
      await Promise.all([sanne.waitForURL(/\/melding\/controle\?opgeslagen=1$/), sanne.keyboard.press("Enter")]);
      await sanne.waitForSelector("#inhoud-titel");
      await controleer(sanne, scherm, "controle");
      const controleStappen = await sanne
        .locator(".mw-samenvattingslijst__rij", { hasText: "Gezette stappen" })
        .locator("dd")
        .first()
        .innerText();
      controleerStappen(controleStappen, vandaag, "controle");
      await volgLink(sanne, `main a[href="${dossierPad}/melding/afdrukken"]`);
      await sanne.waitForSelector("#afdruk-titel");
      await controleer(sanne, scherm, "afdrukweergave");
      const afdrukStappen = await sanne.locator(".mw-afdruk__sectie", { hasText: "Gezette stappen" }).innerText();
      controleerStappen(afdrukStappen, vandaag, "afdrukweergave");
      const afdruk = await sanne.innerText("main");
      assert.equal(
        afdruk.split("Is het gezin geïnformeerd over de melding?").length - 1,
        1,
        "the print view asks whether the family was told once, and answers it",
      );
      assert.match(
        await sanne.locator(".mw-afdruk__sectie", { hasText: "Is het gezin geïnformeerd" }).innerText(),
        /Antwoord\s+Ja/,
      );
      await sanne.context().close();
    });
  }
});
