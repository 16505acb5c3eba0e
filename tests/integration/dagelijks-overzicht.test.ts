import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { after, before, describe, it } from "node:test";
import pino from "pino";
import type { GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { zetActief } from "../../src/adapters/db/gebruiker.repository.ts";
import {
  actieveGebruikersMetEmail,
  claimOverzicht,
  overzichtDatums,
} from "../../src/adapters/db/takenoverzicht.repository.ts";
import {
  leesBasisUrl,
  leesInstellingen,
  leesOverzichtUur,
  startDagelijksOverzicht,
} from "../../src/adapters/http/samenstelling.ts";
import type { Instellingen, Samenstelling } from "../../src/adapters/http/samenstelling.ts";
import { maakSmtpVerzender } from "../../src/adapters/mail/smtp.ts";
import type { Mail, MailVerzender } from "../../src/adapters/mail/smtp.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import {
  OverzichtOnvolledigFout,
  verstuurDagelijkseOverzichten,
  voerDagelijksOverzichtUit,
} from "../../src/app/taken/dagelijks-overzicht.ts";
import type { OverzichtLogger } from "../../src/app/taken/dagelijks-overzicht.ts";
import { testDatabases } from "../helpers/databases.ts";
import { context, maakOrganisatieMetMensen, NU } from "../helpers/fabriek.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import type { SmtpSink } from "../support/smtp-sink.ts";

const BASIS = "https://meldwijzer.example.nl";
const DAG = 24 * 60 * 60_000;
/** NU is 22 November 2026, 10:00 in Amsterdam; `dag(n)` is the same time n days later. */
const dag = (n: number) => new Date(NU.getTime() + n * DAG);

const VOORSTEL_MELDEN = {
  besluit: "melden",
  toelichting: "Acuut.",
  afwijkingMotivering: "Acuut gevaar, direct gemeld.",
};

/** A case where the owner proposed to report: the eindverantwoordelijke and the aandachtsfunctionaris are asked to decide. */
async function dossierMetVoorstel(db: GeopendeDatabase, eigenaar: Ingelogd, werknaam: string): Promise<string> {
  const ctx = context(db);
  const id = await openDossier(ctx, eigenaar, {
    werknaam,
    aanleiding: "zorg_om_kind",
    omschrijving: "Zorgen over verzorging.",
  });
  await voegGebeurtenisToeAanDossier(ctx, eigenaar, id, {
    type: "besluit_voorgesteld",
    verwachteVersie: 1,
    gegevens: VOORSTEL_MELDEN,
  });
  return id;
}

/** A case whose eindverantwoordelijke confirmed the proposal to report: the owner's task is then to send the melding. */
async function dossierMetBesluitOmTeMelden(
  db: GeopendeDatabase,
  eigenaar: Ingelogd,
  eindverantwoordelijke: Ingelogd,
  werknaam: string,
): Promise<string> {
  const id = await dossierMetVoorstel(db, eigenaar, werknaam);
  await voegGebeurtenisToeAanDossier(context(db), eindverantwoordelijke, id, {
    type: "besluit_genomen",
    verwachteVersie: 2,
    gegevens: VOORSTEL_MELDEN,
  });
  return id;
}

/** Collects what goes to the log, to prove no case data or address is in it. */
function logboek(): { logger: OverzichtLogger; regels: object[] } {
  const regels: object[] = [];
  const bewaar = (gegevens: object, bericht: string) => void regels.push({ ...gegevens, bericht });
  return { logger: { info: bewaar, warn: bewaar, error: bewaar }, regels };
}

for (const testDb of await testDatabases()) {
  describe(`the daily digest of "Mijn taken" on ${testDb.naam}`, () => {
    let db: GeopendeDatabase;
    let sink: SmtpSink;
    let smtp: MailVerzender;
    let medewerker: Ingelogd;
    let collega: Ingelogd;
    let beheerder: Ingelogd;
    let logbeheerder: Ingelogd;
    let eindverantwoordelijke: Ingelogd;
    let vertrokken: Ingelogd;
    let dossierId: string;
    const WERKNAAM = "Noor B. (groep 6)";

    before(async () => {
      db = await testDb.open();
      sink = await startSmtpSink();
      smtp = maakSmtpVerzender({
        host: "127.0.0.1",
        poort: sink.poort,
        beveiligd: false,
        afzender: "Meldwijzer <noreply@meldwijzer.invalid>",
      });
      const regenboog = await maakOrganisatieMetMensen(db, "Regenboog", [
        ["medewerker"],
        ["medewerker"],
        ["beheerder"],
        ["logbeheerder"],
        ["eindverantwoordelijke"],
        ["medewerker"],
      ]);
      [medewerker, collega, beheerder, logbeheerder, eindverantwoordelijke, vertrokken] = regenboog.mensen as [
        Ingelogd,
        Ingelogd,
        Ingelogd,
        Ingelogd,
        Ingelogd,
        Ingelogd,
      ];
      dossierId = await dossierMetBesluitOmTeMelden(db, medewerker, eindverantwoordelijke, WERKNAAM);
      // Someone who left: their case still has a task, but an inactive account gets no mail.
      await dossierMetBesluitOmTeMelden(db, vertrokken, eindverantwoordelijke, "Sem (groep 2)");
      await zetActief(db.db, regenboog.organisatieId, vertrokken.gebruiker.id, false);
    });
    after(async () => {
      await smtp.sluit();
      await sink.stop();
      await db.sluit();
    });

    it("lists active people with a case role only: no beheerder, no logbeheerder, no inactive account", async () => {
      const ids = (await actieveGebruikersMetEmail(db.db)).map((g) => g.id);
      for (const wie of [medewerker, collega, eindverantwoordelijke])
        assert.ok(ids.includes(wie.gebruiker.id), `${wie.gebruiker.rollen.join()} listed`);
      assert.ok(!ids.includes(beheerder.gebruiker.id), "beheerder left out");
      assert.ok(!ids.includes(logbeheerder.gebruiker.id), "logbeheerder left out");
      assert.ok(!ids.includes(vertrokken.gebruiker.id), "inactive account left out");
    });

    it("sends one mail, to the medewerker with the task only, with the count and the link and without case content", async () => {
      const { logger, regels } = logboek();
      const uitkomst = await verstuurDagelijkseOverzichten(context(db, NU), smtp, { basisUrl: BASIS, logger });
      assert.deepEqual(
        uitkomst,
        { verzonden: 1, overgeslagen: 2, mislukt: 0 },
        "the colleague and the eindverantwoordelijke have no tasks",
      );
      assert.equal(sink.berichten.length, 1, "one mail");
      const [mail] = sink.berichten;
      assert.deepEqual(mail?.envelop.aan, [medewerker.gebruiker.email], "to the medewerker");
      assert.equal(mail?.onderwerp, "Meldwijzer: 1 taak voor vandaag", "subject with the count");
      assert.ok(
        mail?.tekst.includes("1 dossier heeft een besluit om te melden: verstuur de melding aan Veilig Thuis."),
        "the kind of task, counted",
      );
      assert.ok(mail?.tekst.includes(`${BASIS}/taken`), "the link to Mijn taken");
      assert.ok(mail?.tekst.includes(medewerker.gebruiker.naam), "addressed by name");
      for (const geheim of [WERKNAAM, "Noor", dossierId, "Sem"])
        assert.ok(!mail?.bron.includes(geheim), `nothing of the case in the mail: ${geheim}`);
      assert.deepEqual(await overzichtDatums(db.db, medewerker.gebruiker.id), ["2026-11-22"], "the day is claimed");
      assert.deepEqual(await overzichtDatums(db.db, collega.gebruiker.id), [], "nothing claimed without tasks");
      assert.deepEqual(regels, [], "nothing logged when all goes well");
    });

    it("sends nothing on a second run the same day", async () => {
      const uitkomst = await verstuurDagelijkseOverzichten(
        context(db, new Date(NU.getTime() + 10 * 60 * 60_000)),
        smtp,
        { basisUrl: BASIS },
      );
      assert.deepEqual(
        uitkomst,
        { verzonden: 0, overgeslagen: 3, mislukt: 0 },
        "the claim holds until midnight in Amsterdam",
      );
      assert.equal(sink.berichten.length, 1, "still one mail");
    });

    it("sends nothing when another instance claimed the day first", async () => {
      assert.equal(
        await claimOverzicht(db.db, medewerker.gebruiker.id, "2026-11-22", 1, NU),
        false,
        "the day is taken",
      );
      assert.equal(
        await claimOverzicht(db.db, collega.gebruiker.id, "2026-11-22", 0, NU),
        true,
        "a free day can be claimed once",
      );
      assert.equal(await claimOverzicht(db.db, collega.gebruiker.id, "2026-11-22", 0, NU), false, "and not twice");
    });

    it("sends again the next day", async () => {
      const uitkomst = await verstuurDagelijkseOverzichten(context(db, dag(1)), smtp, { basisUrl: `${BASIS}/` });
      assert.equal(uitkomst.verzonden, 1, "one mail on the next day");
      assert.equal(sink.berichten.length, 2, "two mails in all");
      assert.deepEqual(sink.berichten[1]?.envelop.aan, [medewerker.gebruiker.email], "to the medewerker again");
      assert.ok(sink.berichten[1]?.tekst.includes(`${BASIS}/taken\n`), "no double slash in the link");
      assert.deepEqual(
        await overzichtDatums(db.db, medewerker.gebruiker.id),
        ["2026-11-22", "2026-11-23"],
        "both days claimed",
      );
    });

    it("keeps going after one failed send, gives that day back, and the retry sends to that person only", async () => {
      const anker = await maakOrganisatieMetMensen(db, "Anker", [
        ["medewerker", "beheerder"],
        ["eindverantwoordelijke"],
      ]);
      const [ankerMedewerker, ankerEv] = anker.mensen as [Ingelogd, Ingelogd];
      await dossierMetBesluitOmTeMelden(db, ankerMedewerker, ankerEv, "Daan (klas 1)");
      const weigerend: MailVerzender = {
        verstuur: (mail: Mail) =>
          mail.aan === medewerker.gebruiker.email
            ? Promise.reject(
                Object.assign(new Error(`550 <${mail.aan}> onbekend`), { code: "EENVELOPE", responseCode: 550 }),
              )
            : smtp.verstuur(mail),
        sluit: () => Promise.resolve(),
      };
      const voor = sink.berichten.length;
      const { logger, regels } = logboek();
      const ctx = context(db, dag(2));
      await assert.rejects(
        voerDagelijksOverzichtUit(ctx, weigerend, { basisUrl: BASIS, logger }),
        OverzichtOnvolledigFout,
        "the run reports that it was incomplete",
      );
      assert.deepEqual(
        sink.berichten.slice(voor).map((b) => b.envelop.aan),
        [[ankerMedewerker.gebruiker.email]],
        "the other organisation's medewerker still got theirs",
      );
      assert.deepEqual(
        await overzichtDatums(db.db, medewerker.gebruiker.id),
        ["2026-11-22", "2026-11-23"],
        "the failed day was given back",
      );
      assert.deepEqual(
        await overzichtDatums(db.db, ankerMedewerker.gebruiker.id),
        ["2026-11-24"],
        "the sent day stays claimed",
      );
      const log = JSON.stringify(regels);
      assert.ok(log.includes(medewerker.gebruiker.id), "the failure names the person by id");
      assert.ok(log.includes("EENVELOPE") && log.includes("550"), "and the error's code");
      for (const geheim of [medewerker.gebruiker.email, WERKNAAM, dossierId, "onbekend"])
        assert.ok(!log.includes(geheim), `the log holds no address, case data or error message: ${geheim}`);

      const opnieuw = await verstuurDagelijkseOverzichten(ctx, smtp, { basisUrl: BASIS });
      assert.equal(opnieuw.verzonden, 1, "the retry sends the given-back day");
      assert.deepEqual(
        sink.berichten.slice(voor + 1).map((b) => b.envelop.aan),
        [[medewerker.gebruiker.email]],
        "to that person only",
      );
      assert.deepEqual(
        await overzichtDatums(db.db, medewerker.gebruiker.id),
        ["2026-11-22", "2026-11-23", "2026-11-24"],
        "now claimed",
      );
    });

    it("runs from the server's wiring: at start after the hour, link to localhost by default, stopped cleanly", async () => {
      const regels: string[] = [];
      const logger = pino(
        { level: "info" },
        new Writable({ write: (stuk: Buffer, _c, klaar) => void (regels.push(stuk.toString()), klaar()) }),
      );
      const instellingen: Instellingen = {
        ...leesInstellingen({ MELDWIJZER_DEMO: "0" }),
        smtp: {
          host: "127.0.0.1",
          poort: sink.poort,
          beveiligd: false,
          afzender: "Meldwijzer <noreply@meldwijzer.invalid>",
        },
      };
      const relais = instellingen.smtp;
      assert.ok(relais);
      const runtime: Samenstelling = {
        db: db.db,
        klok: () => dag(3),
        database: db,
        logger,
        instellingen,
        maakMailVerzender: () => maakSmtpVerzender(relais),
      };
      const voor = sink.berichten.length;
      const overzicht = startDagelijksOverzicht(runtime, 4321);
      const berichten = await sink.wachtOp(voor + 2);
      await overzicht.stop();
      const nieuw = berichten.slice(voor);
      assert.equal(nieuw.length, 2, "one mail per person with tasks");
      assert.ok(
        nieuw.every((b) => b.tekst.includes("http://localhost:4321/taken")),
        "link to localhost and the port without MELDWIJZER_BASIS_URL",
      );
      assert.ok(
        regels.some((r) => r.includes('"verzonden":2')),
        "the counts are logged",
      );
      assert.ok(
        !regels.join().includes(WERKNAAM) && !regels.join().includes("@"),
        "no case data or address in the log",
      );
    });

    it("mails the eindverantwoordelijke and the aandachtsfunctionaris a waiting proposal, once for someone in both roles, and not the proposer", async () => {
      const ster = await maakOrganisatieMetMensen(db, "Ster", [
        ["medewerker"],
        ["eindverantwoordelijke"],
        ["aandachtsfunctionaris"],
        ["aandachtsfunctionaris", "eindverantwoordelijke"],
      ]);
      const [voorsteller, ev, af, beide] = ster.mensen as [Ingelogd, Ingelogd, Ingelogd, Ingelogd];
      await dossierMetVoorstel(db, voorsteller, "Mila (groep 6)");
      const voor = sink.berichten.length;
      await verstuurDagelijkseOverzichten(context(db, dag(4)), smtp, { basisUrl: BASIS });
      const nieuw = sink.berichten.slice(voor);
      const aan = (wie: Ingelogd) => nieuw.filter((b) => b.envelop.aan.includes(wie.gebruiker.email));
      for (const wie of [ev, af, beide]) {
        const mails = aan(wie);
        assert.equal(mails.length, 1, `${wie.gebruiker.rollen.join("+")}: one mail`);
        assert.equal(
          mails[0]?.onderwerp,
          "Meldwijzer: 1 taak voor vandaag",
          `${wie.gebruiker.rollen.join("+")}: one task, not one per role`,
        );
        assert.ok(
          mails[0]?.tekst.includes(
            "Bij 1 dossier wacht een voorstel voor het besluit: bevestig het of besluit anders.",
          ),
          "the proposal, counted",
        );
        assert.ok(!mails[0]?.bron.includes("Mila"), "nothing of the case");
      }
      assert.equal(aan(voorsteller).length, 0, "the proposer waits; it is not their task");
    });

    it("runs for one organisation at a given moment: the others are left alone and can still be sent that day", async () => {
      const wolk = await maakOrganisatieMetMensen(db, "Wolk", [["medewerker"], ["eindverantwoordelijke"]]);
      const [wolkMedewerker, wolkEv] = wolk.mensen as [Ingelogd, Ingelogd];
      await dossierMetBesluitOmTeMelden(db, wolkMedewerker, wolkEv, "Lot (groep 3)");
      const voor = sink.berichten.length;
      // The context's clock is days off: the moment given to the run decides the date.
      const uitkomst = await verstuurDagelijkseOverzichten(context(db, NU), smtp, {
        basisUrl: BASIS,
        organisatieId: wolk.organisatieId,
        nu: dag(5),
      });
      assert.deepEqual(
        uitkomst,
        { verzonden: 1, overgeslagen: 1, mislukt: 0 },
        "the medewerker of Wolk, and its eindverantwoordelijke without tasks",
      );
      assert.deepEqual(
        sink.berichten.slice(voor).map((b) => b.envelop.aan),
        [[wolkMedewerker.gebruiker.email]],
        "only Wolk is mailed",
      );
      assert.deepEqual(
        await overzichtDatums(db.db, wolkMedewerker.gebruiker.id),
        ["2026-11-27"],
        "the date of the given moment is claimed",
      );
      assert.ok(
        !(await overzichtDatums(db.db, medewerker.gebruiker.id)).includes("2026-11-27"),
        "another organisation's day is not claimed",
      );
      const rest = await verstuurDagelijkseOverzichten(context(db, dag(5)), smtp, { basisUrl: BASIS });
      assert.ok(rest.verzonden >= 1, "the run for all organisations still sends to the others that day");
      assert.ok(
        !sink.berichten.slice(voor + 1).some((b) => b.envelop.aan.includes(wolkMedewerker.gebruiker.email)),
        "and not to Wolk twice",
      );
    });
  });
}

describe("settings of the daily digest", () => {
  it("reads the hour: default 7, 0 to 23, anything else stops the start with a Dutch message", () => {
    const goed: [string | undefined, number][] = [
      [undefined, 7],
      ["", 7],
      [" ", 7],
      ["0", 0],
      ["6", 6],
      ["07", 7],
      ["23", 23],
    ];
    for (const [waarde, uur] of goed) assert.equal(leesOverzichtUur(waarde), uur, `"${waarde}"`);
    for (const waarde of ["24", "-1", "7.5", "zeven", "7u", "1e1", "100"]) {
      assert.throws(
        () => leesOverzichtUur(waarde),
        /MELDWIJZER_OVERZICHT_UUR moet een heel getal van 0 tot en met 23 zijn/u,
        `"${waarde}" refused`,
      );
    }
    assert.throws(
      () => leesInstellingen({ MELDWIJZER_OVERZICHT_UUR: "25" }),
      /MELDWIJZER_OVERZICHT_UUR/u,
      "checked at start-up",
    );
  });

  it("reads the public address: http(s) only, no sign-in details, trailing slash dropped", () => {
    const goed: [string | undefined, string | undefined][] = [
      [undefined, undefined],
      ["", undefined],
      ["https://meldwijzer.example.nl/", "https://meldwijzer.example.nl"],
      ["https://example.nl/meldwijzer/", "https://example.nl/meldwijzer"],
      ["http://localhost:3000", "http://localhost:3000"],
    ];
    for (const [waarde, verwacht] of goed) assert.equal(leesBasisUrl(waarde), verwacht, `"${waarde}"`);
    const fout: [string, RegExp][] = [
      ["meldwijzer.example.nl", /geen geldige URL/u],
      ["ftp://meldwijzer.example.nl", /https:\/\/ of http:\/\//u],
      ["https://jan:geheim@meldwijzer.example.nl", /geen inloggegevens/u],
      ["https://meldwijzer.example.nl/?x=1", /geen inloggegevens, \? of #/u],
    ];
    for (const [waarde, melding] of fout) assert.throws(() => leesBasisUrl(waarde), melding, `"${waarde}" refused`);
  });

  it("says once that the digest is off without MELDWIJZER_SMTP_URL", async () => {
    const regels: string[] = [];
    const logger = pino(
      { level: "info" },
      new Writable({ write: (stuk: Buffer, _c, klaar) => void (regels.push(stuk.toString()), klaar()) }),
    );
    const instellingen = leesInstellingen({});
    assert.equal(instellingen.smtp, null, "no relay");
    const runtime = { klok: () => NU, logger, instellingen, maakMailVerzender: () => null } as unknown as Samenstelling;
    const overzicht = startDagelijksOverzicht(runtime, 3000);
    await overzicht.stop();
    assert.equal(regels.filter((r) => r.includes("takenoverzicht staat uit")).length, 1, "logged once, at info");
    assert.ok(regels[0]?.includes('"level":30'), "at info level");
  });
});
