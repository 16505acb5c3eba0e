import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { decodeHex } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import type { Browser, Page } from "playwright-core";
import { verseDatabaseUrl } from "../helpers/databases.ts";
import {
  geenAxeSchendingen,
  startBrowser,
  typ,
  verstuur,
  verstuurTot,
  volgLink,
  kiesRadio,
  wachtOpTekst,
} from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

/**
 * Issue 10, "done means": a real organisation adopts Meldwijzer on a fresh installation in production
 * (NODE_ENV=production, PostgreSQL, keys from the environment): the operator's command creates the
 * organisation and prints the first beheerder's link; the beheerder sets a password and two-step
 * sign-in, imports a staff list of 30 people; one of them follows their link and opens a case. Runs on
 * PostgreSQL only (CI has one); without TEST_DATABASE_URL it is skipped with that reason.
 */
const beheerUrl = process.env["TEST_DATABASE_URL"];
const BASIS_URL = "https://meldwijzer.test";

async function inloggen(page: Page, basis: string, email: string, wachtwoord: string): Promise<void> {
  await page.goto(`${basis}/inloggen`);
  await typ(page, "#veld-email", email);
  await typ(page, "#veld-wachtwoord", wachtwoord);
  await verstuur(page, "main button[type=submit]");
}

async function wachtwoordInstellen(page: Page, basis: string, link: string, wachtwoord: string): Promise<void> {
  const pad = new URL(link).pathname;
  await page.goto(`${basis}${pad}`);
  await geenAxeSchendingen(page, "wachtwoord instellen");
  await typ(page, "#veld-nieuwWachtwoord", wachtwoord);
  await verstuur(page, "main button[type=submit]");
  await page.waitForURL(/\/inloggen\?wachtwoord=ingesteld/);
}

describe(
  "a new organisation in production: from the operator's command to its first case",
  { skip: beheerUrl ? false : "needs PostgreSQL (TEST_DATABASE_URL)" },
  () => {
    let server: TestServer | undefined;
    let browser: Browser | undefined;
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    it("sets up the organisation, its beheerder with two-step sign-in, 30 colleagues by CSV, and a case", async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), "meldwijzer-productie-"));
      const omgeving = {
        NODE_ENV: "production",
        DATABASE_URL: await verseDatabaseUrl(beheerUrl ?? ""),
        DATA_DIR: dataDir,
        MELDWIJZER_LOG_SLEUTEL: randomBytes(32).toString("hex"),
        MELDWIJZER_GEHEIM_SLEUTEL: randomBytes(32).toString("base64"),
        MELDWIJZER_BASIS_URL: BASIS_URL,
        LOG_LEVEL: "warn",
      };

      // The operator: one command, a link printed once.
      const opdracht = spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "scripts/organisatie-nieuw.ts",
          "--naam",
          "OBS De Linde",
          "--sector",
          "onderwijs",
          "--beheerder",
          "ict@delinde.example",
          "--beheerder-naam",
          "Ilse Verbeek",
        ],
        { env: { ...process.env, ...omgeving }, encoding: "utf8", timeout: 120_000 },
      );
      assert.equal(opdracht.status, 0, `organisatie:nieuw: ${opdracht.stdout}\n${opdracht.stderr}`);
      const beheerLink = new RegExp(`${BASIS_URL.replaceAll(".", "\\.")}/wachtwoord-instellen/\\S+`, "u").exec(
        opdracht.stdout,
      )?.[0];
      assert.ok(beheerLink, `a link in: ${opdracht.stdout}`);

      // A second run with the same name creates nothing.
      const nogmaals = spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "scripts/organisatie-nieuw.ts",
          "--naam",
          "OBS De Linde",
          "--sector",
          "onderwijs",
          "--beheerder",
          "ander@delinde.example",
        ],
        {
          env: { ...process.env, ...omgeving },
          encoding: "utf8",
          timeout: 120_000,
        },
      );
      assert.equal(nogmaals.status, 1, "an existing name is refused");
      assert.match(nogmaals.stderr, /Er is niets aangemaakt/u);

      [server, browser] = await Promise.all([startServer(omgeving, dataDir), startBrowser()]);
      const basis = server.basis;

      // The beheerder: password, sign-in, two-step set-up (required for the role), then the import.
      const beheerder = await (
        await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } })
      ).newPage();
      await wachtwoordInstellen(beheerder, basis, beheerLink, "linde-beheer-2026!");
      await inloggen(beheerder, basis, "ict@delinde.example", "linde-beheer-2026!");
      await beheerder.waitForURL(/\/account\/tweestaps/);
      await geenAxeSchendingen(beheerder, "tweestaps verplicht instellen");
      const geheim = await beheerder.inputValue('input[name="geheim"]');
      await typ(beheerder, "#veld-code", generateHOTP(decodeHex(geheim), BigInt(Math.floor(Date.now() / 30_000)), 6));
      await verstuur(beheerder, "form.mw-formulier button[type=submit]");
      await beheerder.waitForSelector(".mw-herstelcodes");

      await beheerder.goto(`${basis}/beheer/import`);
      await geenAxeSchendingen(beheerder, "import in productie");
      const regels = Array.from(
        { length: 30 },
        (_, i) =>
          `Collega ${String(i + 1).padStart(2, "0")};collega${i + 1}@delinde.example;${i === 0 ? "aandachtsfunctionaris" : "medewerker"}`,
      );
      // The file is set on the field directly: choosing it by keyboard is the staff-import e2e test's part.
      await beheerder.setInputFiles("#veld-bestand", {
        name: "personeel.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(["naam;e-mail;rollen", ...regels].join("\r\n"), "utf8"),
      });
      await verstuurTot(
        beheerder,
        "main form:has(#veld-bestand) button[type=submit]",
        "Het bestand is in orde: 30 personen",
      );
      await verstuurTot(
        beheerder,
        "main form:has(input[value=importeren]) button[type=submit]",
        "30 personen geïmporteerd",
      );
      const links = (await beheerder.locator("main code").allInnerTexts()).filter((l) =>
        l.includes("/wachtwoord-instellen/"),
      );
      assert.equal(links.length, 30, "a link per person, shown once");
      await beheerder.context().close();

      // A colleague from the list: password through the link, sign-in, and a first case.
      const collega = await (
        await browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } })
      ).newPage();
      await wachtwoordInstellen(collega, basis, links[1] ?? "", "zonnebloem-akker-2026");
      await inloggen(collega, basis, "collega2@delinde.example", "zonnebloem-akker-2026");
      await collega.waitForURL(/\/dossiers$/);
      await volgLink(collega, 'main a[href="/dossiers/nieuw"]');
      await collega.waitForURL(/\/dossiers\/nieuw$/);
      await typ(collega, "#veld-werknaam", "Eerste casus (groep 3)");
      await kiesRadio(collega, "aanleiding", "zorg_om_kind");
      await typ(collega, "#veld-omschrijving", "Op 2 december zag de leerkracht een blauwe plek op de wang.");
      await verstuur(collega, "main button[type=submit]");
      await collega.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
      await wachtOpTekst(collega, "Eerste casus (groep 3)");
      await geenAxeSchendingen(collega, "eerste dossier in productie");
      await collega.context().close();
    });
  },
);
