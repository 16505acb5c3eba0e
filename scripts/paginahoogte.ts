/**
 * Measures how long the main case pages are: document.documentElement.scrollHeight at 1280x800 and
 * 390x844, and whether a page is wider than the screen (scrollWidth > clientWidth). It starts the
 * built app on a fresh embedded database (as the e2e tests do), signs in as the demo medewerker, and
 * measures the demo case and a case with a realistic amount of data, which it records through the
 * JSON API first. Build first:
 *
 *   npx react-router build >/dev/null
 *   TZ=UTC node --import tsx scripts/paginahoogte.ts [--schermafdrukken=/tmp/map]
 *
 * With --schermafdrukken it also writes a full-page PNG of every measurement there.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { startBrowser } from "../tests/e2e/browser.ts";
import { startServer } from "../tests/e2e/server.ts";

const BREEDTES = [
  { naam: "1280", width: 1280, height: 800 },
  { naam: "390", width: 390, height: 844 },
] as const;

const schermMap = process.argv.find((a) => a.startsWith("--schermafdrukken="))?.slice("--schermafdrukken=".length);
if (schermMap) mkdirSync(schermMap, { recursive: true });

/** A date `dagen` days before today, as YYYY-MM-DD (UTC is close enough for test data). */
function dagenGeleden(dagen: number): string {
  return new Date(Date.now() - dagen * 86_400_000).toISOString().slice(0, 10);
}

async function api(basis: string, cookie: string, pad: string, body: unknown): Promise<Record<string, unknown>> {
  const r = await fetch(`${basis}${pad}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify(body),
  });
  const antwoord = (await r.json()) as Record<string, unknown>;
  if (!r.ok) throw new Error(`${pad}: ${r.status} ${JSON.stringify(antwoord)}`);
  return antwoord;
}

/** A case as a teacher builds it over half a year: 12 signals, 3 consultations, both conversations, two afweging answers. */
async function maakRealistischDossier(basis: string, cookie: string): Promise<string> {
  const { id } = (await api(basis, cookie, "/api/dossiers", {
    gegevens: {
      werknaam: "Meting: D. (groep 6)",
      aanleiding: "zorg_om_kind",
      omschrijving: "D. komt sinds de zomer vaak te laat, moe en met wisselende verhalen over thuis.",
    },
  })) as { id: string };
  let versie = 1;
  const voegToe = async (type: string, gegevens: unknown) => {
    await api(basis, cookie, `/api/dossiers/${id}/gebeurtenissen`, { type, verwachteVersie: versie, gegevens });
    versie += 1;
  };
  const bronnen = ["eigen_waarneming", "collega", "andere_professional", "netwerk_gezin"] as const;
  for (let i = 0; i < 12; i += 1) {
    await voegToe("signaal_vastgelegd", {
      soort: i === 5 ? "tegenindicatie" : i % 4 === 0 ? "vroeg_risico" : "signaal",
      waarneming: `Waarneming ${i + 1}: D. kwam om 9.40 uur binnen, zonder jas, en zei dat er thuis niemand wakker was. Hij at in de pauze twee boterhammen van een klasgenoot.`,
      datumWaarneming: dagenGeleden(200 - i * 16),
      plaats: "Klaslokaal groep 6",
      waargenomenDoor: "Sanne de Wit",
      bron: bronnen[i % bronnen.length],
      interpretatie: i % 2 === 0 ? "Mogelijk is er thuis weinig toezicht in de ochtend." : "",
    });
  }
  for (const met of ["collega", "aandachtsfunctionaris", "veilig_thuis"] as const) {
    await voegToe("consultatie_gehouden", {
      met,
      datum: dagenGeleden(40),
      uitkomst: "De zorg is gedeeld en herkend; de signalen samen wegen zwaarder dan apart.",
      vervolgstap: "Gesprek met de ouders plannen.",
      geanonimiseerd: met === "veilig_thuis",
    });
  }
  await voegToe("gesprek_gevoerd", {
    met: "ouders",
    datum: dagenGeleden(20),
    deelnemers: "Moeder, Sanne de Wit, Fatima El Amrani",
    plaats: "School, kamer van de intern begeleider",
    gedeeld: "Het te laat komen, de vermoeidheid en de honger in de pauze, met datum.",
    visie: "Moeder herkent de ochtenden; zij werkt vroeg en vader is vaak weg.",
    wensOuders: "Hulp bij de ochtenden.",
    afspraken: "Over twee weken opnieuw spreken.",
    situaties: [],
  });
  await voegToe("gesprek_gevoerd", {
    met: "kind",
    datum: dagenGeleden(18),
    deelnemers: "D., Sanne de Wit",
    plaats: "Stilteruimte",
    gedeeld: "Dat ik merk dat hij moe is.",
    visie: "Hij zegt dat hij zelf opstaat en ontbijt.",
    kindGeinformeerd: "ja",
    hoeGeinformeerd: "Uitgelegd dat ik met zijn moeder praat over de ochtenden.",
  });
  await voegToe("afweging_beantwoord", {
    vraag: 1,
    antwoord: "ja",
    toelichting: "De signalen over een half jaar en drie bronnen geven een vermoeden.",
  });
  await voegToe("afweging_beantwoord", {
    vraag: 2,
    antwoord: "nee",
    toelichting: "Geen acute of structurele onveiligheid gezien.",
  });
  return id;
}

async function meet(
  page: Page,
  url: string,
  bestand: string,
  voor?: (page: Page) => Promise<void>,
): Promise<{ hoogte: number; teBreed: boolean }> {
  await page.goto(url, { waitUntil: "networkidle" });
  if (voor) await voor(page);
  const uitkomst = await page.evaluate(() => ({
    hoogte: document.documentElement.scrollHeight,
    teBreed: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  if (schermMap) {
    await page.screenshot({ path: path.join(schermMap, `${bestand}.png`), fullPage: true });
    // Also in parts of at most 1,200 px, readable in an image viewer that scales long pages down.
    const breedte = page.viewportSize()?.width ?? 1280;
    for (let y = 0, deel = 1; y < uitkomst.hoogte; y += 1200, deel += 1) {
      await page.screenshot({
        path: path.join(schermMap, `${bestand}.deel${deel}.png`),
        fullPage: true,
        clip: { x: 0, y, width: breedte, height: Math.min(1200, uitkomst.hoogte - y) },
      });
    }
  }
  return uitkomst;
}

const alleUitlegOpen = async (page: Page) => {
  await page.evaluate(() =>
    document.querySelectorAll("main details:not(.mw-stappen__menu)").forEach((d) => d.setAttribute("open", "")),
  );
};

const server = await startServer();
const browser = await startBrowser();
try {
  const sessie = await fetch(`${server.basis}/api/sessie`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: "medewerker@regenboog.example", wachtwoord: "meldwijzer-demo" }),
  });
  const cookie = (sessie.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const lijst = (await (await fetch(`${server.basis}/api/dossiers`, { headers: { Cookie: cookie } })).json()) as {
    dossiers: { id: string; werknaam: string }[];
  };
  const demo = lijst.dossiers.find((d) => d.werknaam.startsWith("Voorbeeld"));
  if (!demo) throw new Error("Het demodossier ontbreekt");
  const realistisch = await maakRealistischDossier(server.basis, cookie);
  const [naam, waarde] = cookie.split("=") as [string, string];

  const rijen: string[] = [];
  for (const [dossierNaam, id] of [
    ["demo", demo.id],
    ["realistisch", realistisch],
  ] as const) {
    for (const breedte of BREEDTES) {
      const context = await browser.newContext({
        locale: "nl-NL",
        viewport: { width: breedte.width, height: breedte.height },
      });
      await context.addCookies([{ name: naam, value: waarde, url: server.basis }]);
      const page = await context.newPage();
      const paginas: [string, string, ((p: Page) => Promise<void>)?][] = [
        ["overzicht", ""],
        ["signalen", "/signalen"],
        ["gesprek", "/gesprek"],
        ["gesprek, uitleg open", "/gesprek", alleUitlegOpen],
        ["gesprek, voorbereiding", "/gesprek?vastleggen=voorbereiding_ouders"],
        ["gesprek, ouders", "/gesprek?vastleggen=ouders"],
        ["consultatie", "/consultatie"],
        ["afweging", "/afweging"],
      ];
      for (const [pagina, pad, voor] of paginas) {
        const bestand = `${dossierNaam}-${breedte.naam}-${pagina.replace(/[^a-z]+/g, "-")}`;
        const { hoogte, teBreed } = await meet(page, `${server.basis}/dossiers/${id}${pad}`, bestand, voor);
        rijen.push(`| ${dossierNaam} | ${breedte.naam} | ${pagina} | ${hoogte} | ${teBreed ? "ja" : "nee"} |`);
      }
      await context.close();
    }
  }
  console.log("| dossier | breedte | pagina | scrollHeight (px) | te breed |\n|---|---|---|---|---|");
  console.log(rijen.join("\n"));
} finally {
  await browser.close();
  await server.stop();
}
