import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { generateHOTP } from "@oslojs/otp";
import { decodeHex } from "@oslojs/encoding";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { maakGebruiker } from "../../src/adapters/db/gebruiker.repository.ts";
import { maakOrganisatie } from "../../src/adapters/db/organisatie.repository.ts";
import { hashWachtwoord } from "../../src/adapters/crypto/wachtwoord.ts";
import { maakHerstelLink, nodigUit, wijzigRollen, zetGebruikerActief } from "../../src/app/beheer/gebruikers.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import {
  bevestigTweestaps,
  nieuwTotpGeheim,
  stelWachtwoordIn,
  wijzigWachtwoord,
} from "../../src/app/sessie/account.ts";
import { bevestigTweedeStap, gebruikerVanSessie, inloggen, sessieVan } from "../../src/app/sessie/inloggen.ts";
import { sessieIdVan } from "../../src/adapters/crypto/sessie-token.ts";
import { testDatabases } from "../helpers/databases.ts";
import { code } from "../helpers/uitkomst.ts";

const WACHTWOORD = "paarse olifant danst traag";
const START = Date.parse("2026-11-22T09:00:00.000Z");

/** A context whose clock can be moved forward. */
function klokContext(db: GeopendeDatabase) {
  let nu = START;
  const ctx: AppContext = { db: db.db, klok: () => new Date(nu) };
  return { ctx, verzet: (ms: number) => (nu += ms), nu: () => nu };
}

function totpCode(geheimHex: string, ms: number): string {
  return generateHOTP(decodeHex(geheimHex), BigInt(Math.floor(ms / 30_000)), 6);
}

for (const testDb of await testDatabases()) {
  describe(`signing in on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let orgId: string;
    const email = (naam: string) => `${naam}@aanmelding-${testDb.naam}.example`;

    before(async () => {
      db = await testDb.open();
      // A new organisation with the strict default: two-step sign-in required for all but medewerker.
      orgId = await maakOrganisatie(db.db, "Strikt", "jeugdhulp");
      const hash = await hashWachtwoord(WACHTWOORD);
      for (const [naam, rollen] of [
        ["mw", ["medewerker"]],
        ["af", ["aandachtsfunctionaris"]],
        ["beheer", ["beheerder"]],
        ["slachtoffer", ["medewerker"]],
      ] as const) {
        await maakGebruiker(db.db, {
          organisatieId: orgId,
          email: email(naam),
          naam: `Test ${naam}`,
          wachtwoordHash: hash,
          rollen: [...rollen],
        });
      }
    });
    after(async () => db.sluit());

    it("answers a wrong password and an unknown address identically, and throttles both alike", async () => {
      const { ctx } = klokContext(db);
      for (const adres of [email("mw"), email("bestaat-niet")]) {
        for (let i = 0; i < 5; i += 1)
          assert.equal(
            await code(inloggen(ctx, adres, "verkeerd wachtwoord!", "10.0.0.1")),
            "NIET_INGELOGD",
            `poging ${i + 1}`,
          );
        assert.equal(
          await code(inloggen(ctx, adres, WACHTWOORD, "10.0.0.1")),
          "TE_VEEL_POGINGEN",
          `zesde poging, ${adres}`,
        );
      }
    });

    it("parallel guesses cannot slip past the limit", async () => {
      const { ctx } = klokContext(db);
      const uitkomsten = await Promise.all(
        Array.from({ length: 20 }, () => code(inloggen(ctx, email("mw"), "parallel geraden", "10.9.9.9"))),
      );
      const nagekeken = uitkomsten.filter((u) => u === "NIET_INGELOGD").length;
      assert.ok(nagekeken <= 5, `at most 5 of 20 parallel attempts are checked, got ${nagekeken}`);
      assert.equal(uitkomsten.filter((u) => u === "TE_VEEL_POGINGEN").length, 20 - nagekeken, "the rest waits");
    });

    it("cannot be used to lock the victim out: from their own address they still sign in", async () => {
      const { ctx, verzet } = klokContext(db);
      for (let i = 0; i < 6; i += 1) await code(inloggen(ctx, email("slachtoffer"), "gok", "10.6.6.6"));
      assert.equal(
        await code(inloggen(ctx, email("slachtoffer"), WACHTWOORD, "10.6.6.6")),
        "TE_VEEL_POGINGEN",
        "the attacker's address waits",
      );
      assert.equal(
        await code(inloggen(ctx, email("slachtoffer"), WACHTWOORD, "192.168.1.20")),
        "GELUKT",
        "the victim signs in",
      );
      verzet(16 * 60 * 1000);
      assert.equal(
        await code(inloggen(ctx, email("slachtoffer"), WACHTWOORD, "10.6.6.6")),
        "GELUKT",
        "after the window",
      );
    });

    it("walks the two-step flow: set up when required, code, no replay, recovery code once", async () => {
      const { ctx, verzet, nu } = klokContext(db);
      const eerste = await inloggen(ctx, email("af"), WACHTWOORD, "10.1.1.1");
      assert.equal(eerste.stap, "instellen", "required for aandachtsfunctionaris in a new organisation");
      assert.equal(await gebruikerVanSessie(ctx, eerste.token), null, "no access before setting it up");

      const { geheimHex, uri } = nieuwTotpGeheim(email("af"));
      assert.match(uri, /^otpauth:\/\/totp\/Meldwijzer:/, "otpauth URI");
      const wie: Ingelogd = { gebruiker: eerste.gebruiker, adres: "10.1.1.1" };
      assert.equal(
        await code(bevestigTweestaps(ctx, wie, sessieIdVan(eerste.token), geheimHex, "000000")),
        "ONGELDIGE_INVOER",
        "wrong code refused",
      );
      const herstelcodes = await bevestigTweestaps(
        ctx,
        wie,
        sessieIdVan(eerste.token),
        geheimHex,
        totpCode(geheimHex, nu()),
      );
      assert.equal(herstelcodes.length, 10, "ten recovery codes");
      assert.ok(await gebruikerVanSessie(ctx, eerste.token), "the session is full now");

      verzet(60_000);
      const tweede = await inloggen(ctx, email("af"), WACHTWOORD, "10.1.1.1");
      assert.equal(tweede.stap, "tweede_stap", "code asked");
      assert.equal(await gebruikerVanSessie(ctx, tweede.token), null, "password alone gives nothing");
      assert.equal(
        await code(bevestigTweedeStap(ctx, tweede.token, "123456", "10.1.1.1")),
        "ONGELDIGE_INVOER",
        "wrong code",
      );
      const geldig = totpCode(geheimHex, nu());
      const { token } = await bevestigTweedeStap(ctx, tweede.token, geldig, "10.1.1.1");
      assert.notEqual(token, tweede.token, "a fresh token after the second step");
      assert.equal(await sessieVan(ctx, tweede.token), null, "the half-open session is gone");
      assert.ok(await gebruikerVanSessie(ctx, token), "signed in");

      // Replacing the second factor from a signed-in session asks for the password.
      const ander = nieuwTotpGeheim(email("af"));
      const metTweestaps: Ingelogd = { gebruiker: { ...wie.gebruiker, tweestaps: true }, adres: "10.1.1.1" };
      assert.equal(
        await code(
          bevestigTweestaps(ctx, metTweestaps, sessieIdVan(token), ander.geheimHex, totpCode(ander.geheimHex, nu())),
        ),
        "ONGELDIGE_INVOER",
        "no password: refused",
      );

      const derde = await inloggen(ctx, email("af"), WACHTWOORD, "10.1.1.1");
      assert.equal(
        await code(bevestigTweedeStap(ctx, derde.token, geldig, "10.1.1.1")),
        "ONGELDIGE_INVOER",
        "the same code is never accepted twice",
      );
      const herstel = herstelcodes[0] ?? "";
      assert.equal(
        await code(bevestigTweedeStap(ctx, derde.token, herstel.toLowerCase().replace("-", " "), "10.1.1.1")),
        "GELUKT",
        "recovery code, typed loosely",
      );
      const vierde = await inloggen(ctx, email("af"), WACHTWOORD, "10.1.1.1");
      assert.equal(
        await code(bevestigTweedeStap(ctx, vierde.token, herstel, "10.1.1.1")),
        "ONGELDIGE_INVOER",
        "a recovery code works once",
      );
    });

    it("ends every session at deactivation and other sessions at a password change", async () => {
      const { ctx } = klokContext(db);
      const beheer = await inloggen(ctx, email("beheer"), WACHTWOORD, "10.2.2.2");
      const beheerder: Ingelogd = { gebruiker: beheer.gebruiker, adres: "10.2.2.2" };
      const a = await inloggen(ctx, email("mw"), WACHTWOORD, "10.3.3.3");
      const b = await inloggen(ctx, email("mw"), WACHTWOORD, "10.3.3.4");
      const mw: Ingelogd = { gebruiker: a.gebruiker, adres: "10.3.3.3" };
      assert.equal(
        await code(wijzigWachtwoord(ctx, mw, sessieIdVan(a.token), WACHTWOORD, "wachtwoord123")),
        "ONGELDIGE_INVOER",
        "a common password is refused",
      );
      await wijzigWachtwoord(ctx, mw, sessieIdVan(a.token), WACHTWOORD, "groene kikkers zingen laat");
      assert.ok(await gebruikerVanSessie(ctx, a.token), "this session stays");
      assert.equal(await gebruikerVanSessie(ctx, b.token), null, "the other session ended");

      await zetGebruikerActief(ctx, beheerder, a.gebruiker.id, false);
      assert.equal(await sessieVan(ctx, a.token), null, "deactivated: session ended at once");
      assert.equal(
        await code(inloggen(ctx, email("mw"), "groene kikkers zingen laat", "10.3.3.3")),
        "NIET_INGELOGD",
        "cannot sign in",
      );
      await zetGebruikerActief(ctx, beheerder, a.gebruiker.id, true);
      assert.equal(
        await code(wijzigRollen(ctx, beheerder, beheer.gebruiker.id, ["medewerker"])),
        "ONGELDIGE_INVOER",
        "cannot drop own beheerder role",
      );
      assert.equal(
        await code(wijzigRollen(ctx, beheerder, beheer.gebruiker.id, ["beheerder", "aandachtsfunctionaris"])),
        "ONGELDIGE_INVOER",
        "cannot give oneself a case role",
      );
    });

    it("invites with a one-time link that expires and cannot be reused", async () => {
      const { ctx, verzet } = klokContext(db);
      const beheer = await inloggen(ctx, email("beheer"), WACHTWOORD, "10.2.2.2");
      const beheerder: Ingelogd = { gebruiker: beheer.gebruiker, adres: "10.2.2.2" };
      const { token } = await nodigUit(ctx, beheerder, {
        email: email("nieuw"),
        naam: "Nieuwe Collega",
        rollen: ["medewerker"],
      });
      assert.equal(
        await code(inloggen(ctx, email("nieuw"), "wat dan ook maar lang", "10.4.4.4")),
        "NIET_INGELOGD",
        "no usable password before the link",
      );
      assert.equal(await code(stelWachtwoordIn(ctx, token, "kort", "10.4.4.4")), "ONGELDIGE_INVOER", "policy applies");
      await stelWachtwoordIn(ctx, token, "blauwe walvis zwemt ver weg", "10.4.4.4");
      assert.equal(
        await code(stelWachtwoordIn(ctx, token, "nog een ander lang wachtwoord", "10.4.4.4")),
        "NIET_GEVONDEN",
        "spent",
      );
      assert.equal(
        await code(inloggen(ctx, email("nieuw"), "blauwe walvis zwemt ver weg", "10.4.4.4")),
        "GELUKT",
        "signs in",
      );

      const herstel = await maakHerstelLink(
        ctx,
        beheerder,
        (await inloggen(ctx, email("nieuw"), "blauwe walvis zwemt ver weg", "10.4.4.4")).gebruiker.id,
      );
      verzet(25 * 3600 * 1000);
      assert.equal(
        await code(stelWachtwoordIn(ctx, herstel.token, "rode vos springt hoog", "10.4.4.4")),
        "NIET_GEVONDEN",
        "expired after 24 hours",
      );
    });
  });
}
