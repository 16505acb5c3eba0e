import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { desc, eq } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { gebruikers, ssoAanvragen, ssoInstellingen, toegangslog } from "../../src/adapters/db/schema.ts";
import { maakGebruiker, vindGebruiker, zetActief } from "../../src/adapters/db/gebruiker.repository.ts";
import { maakOrganisatie } from "../../src/adapters/db/organisatie.repository.ts";
import { hashWachtwoord } from "../../src/adapters/crypto/wachtwoord.ts";
import { bekijkSso, wijzigSso } from "../../src/app/beheer/sso.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { inloggen, sessieVan, WachtwoordUitFout } from "../../src/app/sessie/inloggen.ts";
import { beginSso, rondSsoAf, SsoGeweigerdFout, type SsoOmgeving } from "../../src/app/sessie/sso.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import type { Rol } from "../../src/domain/dossier/keuzes.ts";
import { testDatabases } from "../helpers/databases.ts";
import { meldAanBijAanbieder, startAanbieder, type TestAanbieder } from "../support/oidc-aanbieder.ts";

const TERUG = "http://127.0.0.1:9/inloggen/sso/terug";
const OMGEVING: SsoOmgeving = { redirectUri: TERUG, httpToegestaan: true };
const WACHTWOORD = "paarse olifant danst traag";

let aanbieder: TestAanbieder;
before(async () => {
  aanbieder = await startAanbieder({
    redirectUris: [TERUG],
    accounts: {
      "sub-docent": { email: "docent@school.test" },
      "sub-vreemde": { email: "vreemde@school.test" },
      "sub-elders": { email: "iemand@elders.test" },
      "sub-oud": { email: "oud@school.test" },
      "sub-onbevestigd": { email: "onbevestigd@school.test", emailGeverifieerd: false },
      "sub-af": { email: "af@school.test", amr: ["pwd", "mfa"] },
      "sub-af-zonder": { email: "af2@school.test", amr: ["pwd"] },
    },
  });
});
after(() => aanbieder.stop());

/** The real clock: the provider's ID tokens are checked against it. */
function context(db: GeopendeDatabase): AppContext {
  return { db: db.db, klok: () => new Date() };
}

async function persoon(
  db: GeopendeDatabase,
  organisatieId: string,
  email: string,
  rollen: Rol[],
  wachtwoordHash = "!uitgenodigd",
): Promise<Ingelogd> {
  const id = await maakGebruiker(db.db, {
    organisatieId,
    email,
    naam: email.split("@")[0] ?? email,
    wachtwoordHash,
    rollen,
  });
  const gebruiker = await vindGebruiker(db.db, id);
  if (!gebruiker) throw new Error("niet gevonden");
  return { gebruiker, adres: "127.0.0.1" };
}

/** A whole sign-in through the provider's pages, with a hook to alter the authorization URL or the callback. */
async function meldAan(
  ctx: AppContext,
  email: string,
  account: string,
  aanpassen: { autorisatie?: (u: URL) => void; terug?: (u: URL) => void; anderCookie?: boolean } = {},
) {
  const { url, cookieToken } = await beginSso(ctx, email, "/dossiers", OMGEVING);
  const autorisatie = new URL(url);
  aanpassen.autorisatie?.(autorisatie);
  const terug = await meldAanBijAanbieder(autorisatie.href, account, TERUG);
  aanpassen.terug?.(terug);
  return rondSsoAf(ctx, aanpassen.anderCookie ? "a".repeat(32) : cookieToken, terug, "127.0.0.1", OMGEVING);
}

async function reden(belofte: Promise<unknown>): Promise<string> {
  try {
    await belofte;
    return "GELUKT";
  } catch (fout) {
    if (fout instanceof SsoGeweigerdFout) return fout.reden;
    if (fout instanceof DomeinFout) return `${fout.code}:${fout.velden.map((v) => `${v.veld}=${v.sleutel}`).join(",")}`;
    throw fout;
  }
}

async function laatsteLog(db: GeopendeDatabase) {
  const [rij] = await db.db
    .select()
    .from(toegangslog)
    .where(eq(toegangslog.actie, "inloggen"))
    .orderBy(desc(toegangslog.tijdstip), desc(toegangslog.volgnummer))
    .limit(1);
  return rij;
}

for (const database of await testDatabases()) {
  describe(`single sign-on with OpenID Connect (${database.naam})`, () => {
    let db: GeopendeDatabase;
    let ctx: AppContext;
    let org: string;
    let beheerder: Ingelogd;
    const instellingen = (extra: Record<string, unknown> = {}) => ({
      issuer: aanbieder.issuer,
      clientId: aanbieder.clientId,
      clientGeheim: "",
      domeinen: "school.test",
      idpTweedeFactor: false,
      acr: "",
      wachtwoordUit: false,
      ...extra,
    });

    before(async () => {
      db = await database.open();
      ctx = context(db);
      org = await maakOrganisatie(db.db, "SSO-school", "onderwijs", ["aandachtsfunctionaris", "beheerder"]);
      beheerder = await persoon(db, org, "beheer@school.test", ["medewerker"]);
      // The beheerder's own two-step requirement does not matter for these use-cases; the role is what counts.
      beheerder = { ...beheerder, gebruiker: { ...beheerder.gebruiker, rollen: ["beheerder"] } };
      await db.db
        .update(gebruikers)
        .set({ rollen: ["beheerder"] })
        .where(eq(gebruikers.id, beheerder.gebruiker.id));
      await persoon(db, org, "docent@school.test", ["medewerker"], await hashWachtwoord(WACHTWOORD));
      await persoon(db, org, "onbevestigd@school.test", ["medewerker"]);
      await persoon(db, org, "af@school.test", ["aandachtsfunctionaris"]);
      await persoon(db, org, "af2@school.test", ["aandachtsfunctionaris"]);
      const oud = await persoon(db, org, "oud@school.test", ["medewerker"]);
      await zetActief(db.db, org, oud.gebruiker.id, false);
      const ander = await maakOrganisatie(db.db, "Andere organisatie", "jeugdhulp");
      await persoon(db, ander, "iemand@elders.test", ["medewerker"]);
    });
    after(() => db.sluit());

    it("a beheerder's settings are checked: a secret at first, https in production, a provider that answers discovery", async () => {
      assert.equal(
        await reden(wijzigSso(ctx, beheerder, instellingen(), OMGEVING)),
        "ONGELDIGE_INVOER:clientGeheim=fout.verplicht",
      );
      assert.equal(
        await reden(wijzigSso(ctx, beheerder, instellingen({ clientGeheim: "x" }), { httpToegestaan: false })),
        "ONGELDIGE_INVOER:issuer=sso.fout.issuer_https",
      );
      assert.equal(
        await reden(
          wijzigSso(ctx, beheerder, instellingen({ clientGeheim: "x", issuer: "http://127.0.0.1:9" }), OMGEVING),
        ),
        "ONGELDIGE_INVOER:issuer=sso.fout.niet_bereikbaar",
      );
      assert.equal(
        await reden(
          wijzigSso(
            ctx,
            beheerder,
            instellingen({ clientGeheim: "x", domeinen: "school.test, niet_een domein!" }),
            OMGEVING,
          ),
        ),
        "ONGELDIGE_INVOER:domeinen=sso.fout.domein_ongeldig",
      );
      assert.equal(
        await reden(
          wijzigSso(
            ctx,
            beheerder,
            instellingen({ clientGeheim: aanbieder.clientGeheim, wachtwoordUit: true }),
            OMGEVING,
          ),
        ),
        "ONGELDIGE_INVOER:wachtwoordUit=sso.fout.eerst_proberen",
        "passwords stay on until SSO has worked",
      );
      assert.equal(
        await bekijkSso(ctx, beheerder).then((s) => s.ingesteld),
        false,
        "nothing stored by a refused change",
      );
      assert.equal(
        await reden(wijzigSso(ctx, beheerder, instellingen({ clientGeheim: aanbieder.clientGeheim }), OMGEVING)),
        "GELUKT",
      );
    });

    it("stores the client secret encrypted and never shows it again", async () => {
      const overzicht = await bekijkSso(ctx, beheerder);
      assert.equal(overzicht.geheimIngesteld, true);
      assert.ok(!JSON.stringify(overzicht).includes(aanbieder.clientGeheim), "not in what the page gets");
      const [rij] = await db.db
        .select({ geheim: ssoInstellingen.clientGeheim })
        .from(ssoInstellingen)
        .where(eq(ssoInstellingen.organisatieId, org));
      assert.match(rij?.geheim ?? "", /^mwg1\.[0-9a-f]{8}\./u);
      assert.ok(!rij?.geheim.includes(aanbieder.clientGeheim));
    });

    it("a domain belongs to one organisation", async () => {
      const ander = await maakOrganisatie(db.db, "Concurrent", "onderwijs");
      const beheer2 = await persoon(db, ander, "beheer@concurrent.test", ["beheerder"]);
      assert.equal(
        await reden(
          wijzigSso(
            ctx,
            beheer2,
            { ...instellingen({ clientGeheim: "y" }), domeinen: "concurrent.test school.test" },
            OMGEVING,
          ),
        ),
        "ONGELDIGE_INVOER:domeinen=sso.fout.domein_bezet",
      );
    });

    it("an invited person comes in through the provider: matched by verified e-mail, linked by subject, logged", async () => {
      const uit = await meldAan(ctx, "docent@school.test", "sub-docent");
      assert.equal(uit.stap, "volledig");
      assert.equal(uit.terug, "/dossiers");
      const sessie = await sessieVan(ctx, uit.token);
      assert.equal(sessie?.gebruiker.email, "docent@school.test", "the app's usual session");
      const [rij] = await db.db
        .select({ iss: gebruikers.oidcIssuer, sub: gebruikers.oidcSubject })
        .from(gebruikers)
        .where(eq(gebruikers.email, "docent@school.test"));
      assert.deepEqual(rij, { iss: aanbieder.issuer, sub: "sub-docent" });
      const log = await laatsteLog(db);
      assert.equal(log?.uitkomst, "gelukt");
      assert.equal(log?.gebruikerId, sessie?.gebruiker.id);
      assert.match(log?.details ?? "", /organisatie-account, eerste keer/u);
      const tweede = await meldAan(ctx, "docent@school.test", "sub-docent");
      assert.equal(tweede.stap, "volledig");
      assert.doesNotMatch((await laatsteLog(db))?.details ?? "", /eerste keer/u, "afterwards matched by subject");
      assert.ok((await bekijkSso(ctx, beheerder)).gewerktOp, "the settings are known to work");
    });

    it("refuses a stranger with a valid account at the provider, and nobody is created", async () => {
      const voor = (await db.db.select().from(gebruikers)).length;
      assert.equal(await reden(meldAan(ctx, "vreemde@school.test", "sub-vreemde")), "onbekend");
      assert.equal((await db.db.select().from(gebruikers)).length, voor);
      const log = await laatsteLog(db);
      assert.deepEqual([log?.uitkomst, log?.organisatieId, log?.gebruikerId], ["geweigerd", org, null]);
      assert.match(log?.details ?? "", /niet uitgenodigd/u);
    });

    it("refuses a person of another organisation, an inactive person, and an unverified e-mail address", async () => {
      assert.equal(await reden(meldAan(ctx, "docent@school.test", "sub-elders")), "onbekend");
      assert.equal(await reden(meldAan(ctx, "oud@school.test", "sub-oud")), "inactief");
      assert.equal(await reden(meldAan(ctx, "onbevestigd@school.test", "sub-onbevestigd")), "email_niet_geverifieerd");
      const [rij] = await db.db
        .select({ sub: gebruikers.oidcSubject })
        .from(gebruikers)
        .where(eq(gebruikers.email, "onbevestigd@school.test"));
      assert.equal(rij?.sub, null, "not linked");
    });

    it("refuses a tampered state, and the sign-in in flight is spent", async () => {
      let echt: URL | undefined;
      const uit = await reden(
        meldAan(ctx, "docent@school.test", "sub-docent", {
          terug: (u) => {
            echt = new URL(u);
            u.searchParams.set("state", "aangepast-door-een-aanvaller");
          },
        }),
      );
      assert.equal(uit, "state");
      const log = await laatsteLog(db);
      assert.deepEqual([log?.uitkomst, log?.organisatieId], ["ongeldig", org]);
      assert.match(log?.details ?? "", /state klopt niet/u);
      assert.ok(echt);
    });

    it("refuses an ID token issued for another nonce (signed and valid otherwise)", async () => {
      const uit = await reden(
        meldAan(ctx, "docent@school.test", "sub-docent", {
          autorisatie: (u) => u.searchParams.set("nonce", "een-andere-nonce-dan-bewaard"),
        }),
      );
      assert.equal(uit, "nonce");
      assert.match((await laatsteLog(db))?.details ?? "", /nonce klopt niet/u);
    });

    it("refuses a callback in another browser (no matching cookie): PKCE verifier, state and nonce stay server-side", async () => {
      assert.equal(await reden(meldAan(ctx, "docent@school.test", "sub-docent", { anderCookie: true })), "verlopen");
      assert.equal((await laatsteLog(db))?.uitkomst, "ongeldig");
    });

    it("a provider error is refused and logged with its code", async () => {
      const { cookieToken } = await beginSso(ctx, "docent@school.test", "/dossiers", OMGEVING);
      const [aanvraag] = await db.db
        .select({ state: ssoAanvragen.state })
        .from(ssoAanvragen)
        .orderBy(desc(ssoAanvragen.verlooptOp))
        .limit(1);
      const terug = new URL(TERUG);
      terug.search = new URLSearchParams({
        error: "access_denied",
        state: aanvraag?.state ?? "",
        iss: aanbieder.issuer,
      }).toString();
      assert.equal(await reden(rondSsoAf(ctx, cookieToken, terug, null, OMGEVING)), "aanbieder");
      assert.match((await laatsteLog(db))?.details ?? "", /fout bij de aanbieder \(access_denied\)/u);
    });

    it("two-step: the app's own step unless the organisation accepts the provider's factor and the provider reports one", async () => {
      assert.equal(
        (await meldAan(ctx, "af@school.test", "sub-af")).stap,
        "instellen",
        "setting off: the provider's mfa does not count",
      );
      await wijzigSso(ctx, beheerder, instellingen({ idpTweedeFactor: true }), OMGEVING);
      assert.equal((await meldAan(ctx, "af@school.test", "sub-af")).stap, "volledig", "amr mfa counts now");
      assert.equal(
        (await meldAan(ctx, "af2@school.test", "sub-af-zonder")).stap,
        "instellen",
        "no second factor at the provider",
      );
      assert.equal(
        (await meldAan(ctx, "docent@school.test", "sub-docent")).stap,
        "volledig",
        "not required for this role",
      );
      await wijzigSso(ctx, beheerder, instellingen({ idpTweedeFactor: false }), OMGEVING);
    });

    it("password sign-in can be switched off once SSO works; then the right password is refused with its own message", async () => {
      assert.equal((await inloggen(ctx, "docent@school.test", WACHTWOORD, "10.0.0.1")).stap, "volledig");
      assert.equal(await reden(wijzigSso(ctx, beheerder, instellingen({ wachtwoordUit: true }), OMGEVING)), "GELUKT");
      await assert.rejects(inloggen(ctx, "docent@school.test", WACHTWOORD, "10.0.0.1"), WachtwoordUitFout);
      await assert.rejects(
        inloggen(ctx, "docent@school.test", "fout wachtwoord hier", "10.0.0.1"),
        (f: unknown) => f instanceof DomeinFout && !(f instanceof WachtwoordUitFout),
        "a wrong password gets the usual answer",
      );
      assert.equal((await meldAan(ctx, "docent@school.test", "sub-docent")).stap, "volledig", "SSO still works");
      assert.equal(
        await reden(
          wijzigSso(
            ctx,
            beheerder,
            instellingen({ clientId: "een-andere-client", clientGeheim: "z", wachtwoordUit: true }),
            OMGEVING,
          ),
        ),
        "ONGELDIGE_INVOER:wachtwoordUit=sso.fout.eerst_proberen",
        "a new client must prove itself first",
      );
      await wijzigSso(ctx, beheerder, instellingen({ wachtwoordUit: false }), OMGEVING);
    });

    it("an unknown domain is answered on the form", async () => {
      assert.equal(
        await reden(beginSso(ctx, "iemand@onbekend.test", "/", OMGEVING)),
        "ONGELDIGE_INVOER:ssoEmail=sso.fout.geen_organisatie",
      );
      assert.equal(await reden(beginSso(ctx, "geen-adres", "/", OMGEVING)), "ONGELDIGE_INVOER:ssoEmail=sso.fout.email");
    });
  });
}
