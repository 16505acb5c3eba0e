import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, desc, eq } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { maakGebruiker, vindGebruiker } from "../../src/adapters/db/gebruiker.repository.ts";
import { maakOrganisatie } from "../../src/adapters/db/organisatie.repository.ts";
import { toegangslog } from "../../src/adapters/db/schema.ts";
import { hashWachtwoord } from "../../src/adapters/crypto/wachtwoord.ts";
import { maakSmtpVerzender, type MailVerzender } from "../../src/adapters/mail/smtp.ts";
import type { AppContext } from "../../src/app/context.ts";
import { zetGebruikerActief } from "../../src/app/beheer/gebruikers.ts";
import { linkGeldig, stelWachtwoordIn, wijzigWachtwoord } from "../../src/app/sessie/account.ts";
import { inloggen, sessieVan } from "../../src/app/sessie/inloggen.ts";
import {
  HERSTEL_PER_ADRES,
  HERSTEL_PER_EMAIL,
  vraagWachtwoordHerstelAan,
} from "../../src/app/sessie/wachtwoord-vergeten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { code } from "../helpers/uitkomst.ts";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink.ts";

const WACHTWOORD = "paarse olifant danst traag";
const NIEUW = "groene giraf fietst snel";
const START = Date.parse("2026-11-22T09:00:00.000Z");
const BASIS = "https://meldwijzer.example.nl";

const tokenUit = (tekst: string) => /\/wachtwoord-instellen\/([a-z0-9]+)/u.exec(tekst)?.[1] ?? "";

for (const testDb of await testDatabases()) {
  describe(`password reset by e-mail on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sink: SmtpSink;
    let verzender: MailVerzender;
    let orgId: string;
    let nu = START;
    const ctx = (): AppContext => ({ db: db.db, klok: () => new Date(nu) });
    const email = (naam: string) => `${naam}@herstel-${testDb.naam}.example`;
    const ids = new Map<string, string>();
    /** Asks for a link and waits for the background mail, so every mail is in the sink before the next step. */
    const vraag = async (adres: string, ip = "10.1.1.1") => {
      const antwoord = await vraagWachtwoordHerstelAan(ctx(), adres, ip, {
        verzender,
        basisUrl: BASIS,
        minimaleDuurMs: 0,
      });
      await antwoord.achtergrond;
      return antwoord;
    };

    before(async () => {
      db = await testDb.open();
      sink = await startSmtpSink();
      verzender = maakSmtpVerzender({
        host: "127.0.0.1",
        poort: sink.poort,
        beveiligd: false,
        afzender: "Meldwijzer <noreply@meldwijzer.invalid>",
      });
      orgId = await maakOrganisatie(db.db, "Herstel", "onderwijs");
      const hash = await hashWachtwoord(WACHTWOORD);
      for (const naam of ["bekend", "inactief", "sessies", "eenmalig", "account", "beheer"]) {
        ids.set(
          naam,
          await maakGebruiker(db.db, {
            organisatieId: orgId,
            email: email(naam),
            naam: `Test ${naam}`,
            wachtwoordHash: hash,
            rollen: naam === "beheer" ? ["beheerder"] : ["medewerker"],
          }),
        );
      }
      const beheerder = await vindGebruiker(db.db, ids.get("beheer") ?? "");
      if (!beheerder) throw new Error("fabriek");
      await zetGebruikerActief(ctx(), { gebruiker: beheerder, adres: null }, ids.get("inactief") ?? "", false);
    });
    after(async () => {
      await verzender.sluit();
      await sink.stop();
      await db.sluit();
    });

    it("answers a known, an unknown and an inactive address alike, and mails only the known one", async () => {
      const voor = sink.berichten.length;
      const uitkomsten = [];
      for (const adres of [email("bekend"), email("bestaat-niet"), email("inactief")]) {
        uitkomsten.push(Object.keys(await vraag(adres, "10.2.2.2")));
      }
      assert.deepEqual(uitkomsten, [["achtergrond"], ["achtergrond"], ["achtergrond"]], "the same answer");
      const berichten = sink.berichten.slice(voor);
      assert.deepEqual(
        berichten.map((b) => b.envelop.aan[0]),
        [email("bekend")],
        "only the known, active address gets mail",
      );
      assert.match(berichten[0]?.onderwerp ?? "", /nieuw wachtwoord/u);
      const logregels = await db.db
        .select({ uitkomst: toegangslog.uitkomst, details: toegangslog.details, gebruikerId: toegangslog.gebruikerId })
        .from(toegangslog)
        .where(eq(toegangslog.actie, "wachtwoord_wijzigen"))
        .orderBy(desc(toegangslog.tijdstip));
      assert.ok(
        logregels.some((r) => r.gebruikerId === ids.get("bekend") && r.uitkomst === "gelukt"),
        "the request of a known person is logged",
      );
      assert.ok(
        logregels.some((r) => r.gebruikerId === null && r.details === "herstellink aangevraagd, adres onbekend"),
        "an unknown address is logged without a person",
      );
      assert.ok(
        logregels.some((r) => r.gebruikerId === ids.get("inactief") && r.uitkomst === "geweigerd"),
        "an inactive account gets no link, logged",
      );
    });

    it(`throttles per typed address (${HERSTEL_PER_EMAIL.maxPogingen} an hour) alike for known and unknown`, async () => {
      for (const adres of [email("bekend"), email("onbekend-gedrukt")]) {
        for (let i = 0; i < HERSTEL_PER_EMAIL.maxPogingen; i += 1)
          assert.equal(await code(vraag(adres, "10.3.3.3")), "GELUKT", `${adres} ${i + 1}`);
        assert.equal(await code(vraag(adres, "10.3.3.3")), "TE_VEEL_POGINGEN", adres);
        assert.equal(await code(vraag(adres, "10.3.3.4")), "GELUKT", "another client address is not held up");
      }
      nu += 61 * 60 * 1000;
      assert.equal(await code(vraag(email("bekend"), "10.3.3.3")), "GELUKT", "after the hour");
    });

    it(`throttles per client address (${HERSTEL_PER_ADRES.maxPogingen} an hour)`, async () => {
      for (let i = 0; i < HERSTEL_PER_ADRES.maxPogingen; i += 1)
        assert.equal(await code(vraag(email(`wie${i}`), "10.4.4.4")), "GELUKT");
      assert.equal(await code(vraag(email("bekend"), "10.4.4.4")), "TE_VEEL_POGINGEN");
    });

    it("gives a link for an hour that works once and ends every session of the person", async () => {
      const sessies = [
        await inloggen(ctx(), email("sessies"), WACHTWOORD, "10.5.5.5"),
        await inloggen(ctx(), email("sessies"), WACHTWOORD, "10.5.5.6"),
      ];
      const voor = sink.berichten.length;
      await vraag(email("sessies"), "10.5.5.5");
      const [bericht] = sink.berichten.slice(voor);
      const token = tokenUit(bericht?.tekst ?? "");
      assert.deepEqual(await linkGeldig(ctx(), token), { naam: "Test sessies", doel: "herstel" });
      await stelWachtwoordIn(ctx(), token, NIEUW, "10.5.5.5");
      for (const s of sessies) assert.equal(await sessieVan(ctx(), s.token), null, "every session ended");
      assert.equal(
        await code(stelWachtwoordIn(ctx(), token, "nog een ander wachtwoord 42", "10.5.5.5")),
        "NIET_GEVONDEN",
        "used once",
      );
      assert.equal(
        await code(inloggen(ctx(), email("sessies"), NIEUW, "10.5.5.5")),
        "GELUKT",
        "the new password works",
      );
    });

    it("lets the link expire after an hour", async () => {
      const voor = sink.berichten.length;
      await vraag(email("eenmalig"), "10.6.6.6");
      const token = tokenUit(sink.berichten[voor]?.tekst ?? "");
      nu += 59 * 60 * 1000;
      assert.notEqual(await linkGeldig(ctx(), token), null, "valid within the hour");
      nu += 2 * 60 * 1000;
      assert.equal(await linkGeldig(ctx(), token), null, "expired after the hour");
      assert.equal(await code(stelWachtwoordIn(ctx(), token, NIEUW, "10.6.6.6")), "NIET_GEVONDEN");
    });
  });

  describe(`password attempts inside a session on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    before(async () => {
      db = await testDb.open();
    });
    after(async () => db.sluit());

    it("throttles changing the password like sign-in, and a right password resets the count", async () => {
      const ctx: AppContext = { db: db.db, klok: () => new Date(START) };
      const orgId = await maakOrganisatie(db.db, "Account", "onderwijs");
      const id = await maakGebruiker(db.db, {
        organisatieId: orgId,
        email: `account@sessie-${testDb.naam}.example`,
        naam: "Test account",
        wachtwoordHash: await hashWachtwoord(WACHTWOORD),
        rollen: ["medewerker"],
      });
      const gebruiker = await vindGebruiker(db.db, id);
      if (!gebruiker) throw new Error("fabriek");
      const wie = { gebruiker, adres: "10.7.7.7" };
      for (let i = 0; i < 5; i += 1)
        assert.equal(
          await code(wijzigWachtwoord(ctx, wie, "sessie", "verkeerd huidig wachtwoord", NIEUW)),
          "ONGELDIGE_INVOER",
          `poging ${i + 1}`,
        );
      assert.equal(
        await code(wijzigWachtwoord(ctx, wie, "sessie", WACHTWOORD, NIEUW)),
        "TE_VEEL_POGINGEN",
        "even the right password waits",
      );
      assert.equal(
        await code(wijzigWachtwoord(ctx, { gebruiker, adres: "10.7.7.8" }, "sessie", WACHTWOORD, NIEUW)),
        "GELUKT",
        "from another address",
      );
      const laatste = await db.db
        .select({ actie: toegangslog.actie })
        .from(toegangslog)
        .where(and(eq(toegangslog.gebruikerId, id), eq(toegangslog.actie, "wachtwoord_wijzigen")));
      assert.equal(laatste.length, 1, "the change is logged");
    });
  });
}
