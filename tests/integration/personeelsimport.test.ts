import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { eenmaligeLinks, gebruikers, toegangslog } from "../../src/adapters/db/schema.ts";
import { vindAanmeldingOpEmail, vindGebruikerOpEmail } from "../../src/adapters/db/gebruiker.repository.ts";
import { maakSmtpVerzender, type MailVerzender } from "../../src/adapters/mail/smtp.ts";
import { bekijkImport, voerImportUit, type ImportUitkomst } from "../../src/app/beheer/personeelsimport.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { linkGeldig } from "../../src/app/sessie/account.ts";
import { DomeinFout } from "../../src/domain/fouten.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink.ts";

const bytes = (tekst: string) => new TextEncoder().encode(tekst);
const BASIS = "https://meldwijzer.example.nl";

function bestand(mensen: readonly [string, string, string][], scheiding = ";"): Uint8Array {
  return bytes(
    ["naam;e-mail;rollen".replaceAll(";", scheiding), ...mensen.map((m) => m.join(scheiding))].join("\r\n") + "\r\n",
  );
}

function geimporteerd(uitkomst: ImportUitkomst) {
  assert.equal(
    uitkomst.soort,
    "geimporteerd",
    JSON.stringify(uitkomst.soort === "voorbeeld" ? uitkomst.bekeken.voorbeeld : null),
  );
  return uitkomst;
}

for (const testDb of await testDatabases()) {
  describe(`staff import on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let beheerder: Ingelogd;
    let medewerker: Ingelogd;
    let anderBeheerder: Ingelogd;
    const domein = `import-${testDb.naam}.example`;
    const adres = (naam: string) => `${naam}@${domein}`;

    before(async () => {
      db = await testDb.open();
      const school = await maakOrganisatieMetMensen(db, `School ${testDb.naam}`, [["beheerder"], ["medewerker"]]);
      const opvang = await maakOrganisatieMetMensen(db, `Opvang ${testDb.naam}`, [["beheerder"]]);
      const [b, m] = school.mensen;
      const [a] = opvang.mensen;
      if (!b || !m || !a) throw new Error("fabriek");
      [beheerder, medewerker, anderBeheerder] = [b, m, a];
    });
    after(async () => db.sluit());

    // Each case: the file and the problem keys expected per row, after the database check.
    const gevallen: { wat: string; mensen: () => [string, string, string][]; rijen: string[][] }[] = [
      { wat: "a correct file", mensen: () => [["Anna de Vries", adres("anna-voorbeeld"), "medewerker"]], rijen: [[]] },
      {
        wat: "an address of this organisation",
        mensen: () => [["Dubbel", beheerder.gebruiker.email, "medewerker"]],
        rijen: [["email_in_gebruik"]],
      },
      {
        wat: "an address of another organisation, with other capitals",
        mensen: () => [["Elders", anderBeheerder.gebruiker.email.toUpperCase(), "medewerker"]],
        rijen: [["email_in_gebruik"]],
      },
      {
        wat: "missing name and unknown role",
        mensen: () => [["", adres("x"), "directeur"]],
        rijen: [["naam_ontbreekt", "rol_onbekend"]],
      },
      {
        wat: "a duplicate within the file",
        mensen: () => [
          ["Een", adres("zelfde"), "medewerker"],
          ["Twee", adres("zelfde"), "medewerker"],
        ],
        rijen: [[], ["email_dubbel"]],
      },
    ];
    for (const geval of gevallen) {
      it(`previews ${geval.wat} and stores nothing`, async () => {
        const voor = await db.db.select({ id: gebruikers.id }).from(gebruikers);
        const bekeken = await bekijkImport(context(db), beheerder, bestand(geval.mensen()));
        assert.deepEqual(
          bekeken.voorbeeld.rijen.map((r) => r.problemen.map((p) => p.sleutel)),
          geval.rijen,
        );
        assert.equal(
          bekeken.importeerbaar,
          geval.rijen.every((r) => r.length === 0),
        );
        assert.equal(
          (await db.db.select({ id: gebruikers.id }).from(gebruikers)).length,
          voor.length,
          "nothing stored by a preview",
        );
      });
    }

    it("is for beheerders only", async () => {
      await assert.rejects(
        bekijkImport(context(db), medewerker, bestand([["Anna", adres("a"), "medewerker"]])),
        (f) => f instanceof DomeinFout && f.code === "GEEN_TOEGANG",
      );
    });

    it("imports 30 people with links shown once when there is no mail, and logs who imported how many", async () => {
      const mensen = Array.from({ length: 30 }, (_, i): [string, string, string] => [
        `Collega ${i + 1}`,
        adres(`collega${i + 1}`),
        i % 10 === 0 ? "aandachtsfunctionaris|medewerker" : "medewerker",
      ]);
      const inhoud = bestand(mensen, ",");
      const { hash, importeerbaar } = await bekijkImport(context(db), beheerder, inhoud);
      assert.equal(importeerbaar, true);
      const uitkomst = geimporteerd(
        await voerImportUit(context(db), beheerder, inhoud, hash, { verzender: null, basisUrl: BASIS }),
      );
      assert.equal(uitkomst.personen.length, 30);
      assert.equal(uitkomst.gemaild, 0);
      const eerste = uitkomst.personen[0];
      assert.ok(eerste?.link?.startsWith(`${BASIS}/wachtwoord-instellen/`), "a link per person");
      assert.deepEqual(await linkGeldig(context(db), eerste?.link?.split("/").at(-1) ?? ""), {
        naam: "Collega 1",
        doel: "uitnodiging",
      });
      const anna = await vindGebruikerOpEmail(db.db, adres("collega1"));
      assert.equal(anna?.organisatieId, beheerder.gebruiker.organisatieId);
      assert.deepEqual(anna?.rollen, ["aandachtsfunctionaris", "medewerker"]);
      assert.equal(
        (await vindAanmeldingOpEmail(db.db, adres("collega1")))?.wachtwoordHash.startsWith("$argon2"),
        false,
        "no usable password until the link is used",
      );
      const regels = await db.db
        .select({ details: toegangslog.details })
        .from(toegangslog)
        .where(and(eq(toegangslog.gebruikerId, beheerder.gebruiker.id), eq(toegangslog.actie, "gebruiker_beheren")));
      assert.ok(
        regels.some((r) => r.details === "import: 30 personen uitgenodigd"),
        "one entry with the count",
      );
      assert.ok(!regels.some((r) => r.details?.includes("Collega")), "no names in the log");
      // The same file again: every address is now in use, nothing is imported twice.
      const tweede = await voerImportUit(context(db), beheerder, inhoud, hash, { verzender: null, basisUrl: BASIS });
      assert.equal(tweede.soort, "voorbeeld");
      assert.ok(
        tweede.soort === "voorbeeld" &&
          tweede.bekeken.voorbeeld.rijen.every((r) => r.problemen.some((p) => p.sleutel === "email_in_gebruik")),
      );
    });

    it("refuses a file that differs from the previewed one", async () => {
      const { hash } = await bekijkImport(
        context(db),
        beheerder,
        bestand([["Anna", adres("gewijzigd1"), "medewerker"]]),
      );
      await assert.rejects(
        voerImportUit(context(db), beheerder, bestand([["Anna", adres("gewijzigd1"), "beheerder"]]), hash, {
          verzender: null,
          basisUrl: BASIS,
        }),
        (f) => f instanceof DomeinFout && f.code === "VERSIE_CONFLICT",
      );
      assert.equal(await vindGebruikerOpEmail(db.db, adres("gewijzigd1")), null);
    });

    it("imports nothing when the database refuses a row half-way", async () => {
      // A real refusal by the database, on the third of five rows.
      await db.db.execute(
        sql.raw(
          `create or replace function weiger_import_test() returns trigger language plpgsql as $$ begin if new.email = '${adres("weiger")}' then raise exception 'geweigerd door de test'; end if; return new; end $$`,
        ),
      );
      await db.db.execute(
        sql.raw(
          "create trigger weiger_import_test before insert on gebruikers for each row execute function weiger_import_test()",
        ),
      );
      try {
        const mensen: [string, string, string][] = ["half1", "half2", "weiger", "half4", "half5"].map((n) => [
          `Persoon ${n}`,
          adres(n),
          "medewerker",
        ]);
        const inhoud = bestand(mensen);
        const { hash } = await bekijkImport(context(db), beheerder, inhoud);
        const linksVoor = (await db.db.select({ id: eenmaligeLinks.id }).from(eenmaligeLinks)).length;
        await assert.rejects(
          voerImportUit(context(db), beheerder, inhoud, hash, { verzender: null, basisUrl: BASIS }),
          /geweigerd door de test|Failed query/u,
        );
        const rijen = await db.db
          .select({ id: gebruikers.id })
          .from(gebruikers)
          .where(
            inArray(
              gebruikers.email,
              mensen.map((m) => m[1]),
            ),
          );
        assert.equal(rijen.length, 0, "no account of the file exists");
        assert.equal(
          (await db.db.select({ id: eenmaligeLinks.id }).from(eenmaligeLinks)).length,
          linksVoor,
          "no link was made",
        );
      } finally {
        await db.db.execute(sql.raw("drop trigger weiger_import_test on gebruikers"));
        await db.db.execute(sql.raw("drop function weiger_import_test()"));
      }
    });

    describe("with SMTP", () => {
      let sink: SmtpSink;
      let verzender: MailVerzender;
      before(async () => {
        sink = await startSmtpSink();
        verzender = maakSmtpVerzender({
          host: "127.0.0.1",
          poort: sink.poort,
          beveiligd: false,
          afzender: "Meldwijzer <noreply@meldwijzer.invalid>",
        });
      });
      after(async () => {
        await verzender.sluit();
        await sink.stop();
      });

      it("mails each invitation to its person and shows no links", async () => {
        const mensen = Array.from({ length: 6 }, (_, i): [string, string, string] => [
          `Gemaild ${i + 1}`,
          adres(`gemaild${i + 1}`),
          "medewerker",
        ]);
        const inhoud = bestand(mensen);
        const { hash } = await bekijkImport(context(db), beheerder, inhoud);
        const uitkomst = geimporteerd(
          await voerImportUit(context(db), beheerder, inhoud, hash, { verzender, basisUrl: BASIS }),
        );
        assert.equal(uitkomst.gemaild, 6);
        assert.ok(
          uitkomst.personen.every((p) => p.link === null),
          "no link on the page once mailed",
        );
        const berichten = await sink.wachtOp(6);
        assert.deepEqual(berichten.map((b) => b.envelop.aan[0]).sort(), mensen.map((m) => m[1]).sort());
        for (const bericht of berichten) {
          const token = /\/wachtwoord-instellen\/([a-z0-9]+)/u.exec(bericht.tekst)?.[1] ?? "";
          const link = await linkGeldig(context(db), token);
          assert.equal(link?.doel, "uitnodiging");
          assert.match(
            bericht.tekst,
            new RegExp(`Beste ${link?.naam}`, "u"),
            "the link in a mail is that person's own",
          );
          assert.match(bericht.onderwerp, /Uitnodiging voor Meldwijzer/u);
        }
      });
    });
  });
}
