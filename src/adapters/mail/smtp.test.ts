import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startSmtpSink } from "../../../tests/support/smtp-sink.ts";
import type { SmtpSink } from "../../../tests/support/smtp-sink.ts";
import { maakSmtpVerzender, smtpInstellingenUitOmgeving } from "./smtp.ts";
import type { Mail, MailVerzender, SmtpInstellingen } from "./smtp.ts";

const AFZENDER = "Meldwijzer <noreply@meldwijzer.invalid>";

describe("smtpInstellingenUitOmgeving", () => {
  const tabel: readonly { naam: string; env: NodeJS.ProcessEnv; verwacht: SmtpInstellingen | null }[] = [
    { naam: "unset: no mail", env: {}, verwacht: null },
    { naam: "empty: no mail", env: { MELDWIJZER_SMTP_URL: "" }, verwacht: null },
    { naam: "only spaces: no mail", env: { MELDWIJZER_SMTP_URL: "  " }, verwacht: null },
    {
      naam: "smtp with a port",
      env: { MELDWIJZER_SMTP_URL: "smtp://mail.example.nl:2525" },
      verwacht: { host: "mail.example.nl", poort: 2525, beveiligd: false, afzender: AFZENDER },
    },
    {
      naam: "smtp without a port: submission port 587",
      env: { MELDWIJZER_SMTP_URL: "smtp://mail.example.nl" },
      verwacht: { host: "mail.example.nl", poort: 587, beveiligd: false, afzender: AFZENDER },
    },
    {
      naam: "smtps without a port: 465, implicit TLS",
      env: { MELDWIJZER_SMTP_URL: "smtps://mail.example.nl" },
      verwacht: { host: "mail.example.nl", poort: 465, beveiligd: true, afzender: AFZENDER },
    },
    {
      naam: "user and password are percent-decoded",
      env: { MELDWIJZER_SMTP_URL: "smtps://meldwijzer%40school.example:p%40ss%3Aw%C3%B6rd%2F1@mail.example.nl:465" },
      verwacht: {
        host: "mail.example.nl",
        poort: 465,
        beveiligd: true,
        gebruiker: "meldwijzer@school.example",
        wachtwoord: "p@ss:wörd/1",
        afzender: AFZENDER,
      },
    },
    {
      naam: "an IPv6 literal loses its brackets",
      env: { MELDWIJZER_SMTP_URL: "smtp://[::1]:2525" },
      verwacht: { host: "::1", poort: 2525, beveiligd: false, afzender: AFZENDER },
    },
    {
      naam: "the sender from MELDWIJZER_MAIL_AFZENDER",
      env: {
        MELDWIJZER_SMTP_URL: "smtp://mail.example.nl:2525",
        MELDWIJZER_MAIL_AFZENDER: "Meldcode De Regenboog <meldcode@regenboog.example>",
      },
      verwacht: {
        host: "mail.example.nl",
        poort: 2525,
        beveiligd: false,
        afzender: "Meldcode De Regenboog <meldcode@regenboog.example>",
      },
    },
    {
      naam: "an empty MELDWIJZER_MAIL_AFZENDER falls back to the default",
      env: { MELDWIJZER_SMTP_URL: "smtp://mail.example.nl:2525", MELDWIJZER_MAIL_AFZENDER: "" },
      verwacht: { host: "mail.example.nl", poort: 2525, beveiligd: false, afzender: AFZENDER },
    },
  ];
  for (const { naam, env, verwacht } of tabel) {
    it(naam, () => {
      assert.deepEqual(smtpInstellingenUitOmgeving(env), verwacht, "instellingen");
    });
  }

  // Every URL carries the password "geheim": the message must explain the problem without repeating it.
  const fout: readonly { naam: string; url: string; melding: RegExp }[] = [
    { naam: "another scheme", url: "https://u:geheim@mail.example.nl", melding: /smtp:\/\/ of smtps:\/\// },
    { naam: "no scheme", url: "geheim:u@mail.example.nl:25", melding: /geen geldige URL|smtp:\/\/ of smtps:\/\// },
    { naam: "not a URL", url: "geheim mail server", melding: /geen geldige URL/ },
    { naam: "a port out of range", url: "smtp://u:geheim@mail.example.nl:99999", melding: /geen geldige URL/ },
    { naam: "no host", url: "smtp://u:geheim@:25", melding: /geen geldige URL|mist een host/ },
    { naam: "a path", url: "smtp://u:geheim@mail.example.nl/inbox", melding: /geen pad/ },
    { naam: "a query", url: "smtp://u:geheim@mail.example.nl?tls=1", melding: /geen pad/ },
    { naam: "a password without a user", url: "smtp://:geheim@mail.example.nl", melding: /zonder gebruikersnaam/ },
    { naam: "a user without a password", url: "smtp://geheim@mail.example.nl", melding: /zonder wachtwoord/ },
    { naam: "port 0", url: "smtp://u:geheim@mail.example.nl:0", melding: /ongeldige poort/ },
    {
      naam: "a broken percent-encoding",
      url: "smtp://u:geheim%E0%A4@mail.example.nl",
      melding: /ongeldige %-codering/,
    },
  ];
  for (const { naam, url, melding } of fout) {
    it(`throws on ${naam}, without the password in the message`, () => {
      assert.throws(
        () => smtpInstellingenUitOmgeving({ MELDWIJZER_SMTP_URL: url }),
        (e: unknown) => {
          assert.ok(e instanceof Error, "geen Error");
          assert.match(e.message, melding, "melding");
          assert.match(e.message, /MELDWIJZER_SMTP_URL/, "melding noemt de variabele niet");
          assert.ok(!e.message.includes("geheim"), `wachtwoord in de melding: ${e.message}`);
          return true;
        },
        "geen fout",
      );
    });
  }
});

describe("maakSmtpVerzender with the local sink", () => {
  let sink: SmtpSink;
  let verzender: MailVerzender;

  before(async () => {
    sink = await startSmtpSink();
    verzender = maakSmtpVerzender({ host: "127.0.0.1", poort: sink.poort, beveiligd: false, afzender: AFZENDER });
  });
  after(async () => {
    await verzender.sluit();
    await sink.stop();
  });

  const lang = "Deze regel is lang genoeg om door quoted-printable te worden afgebroken, met ë, é en ï erin. ".repeat(
    3,
  );
  const berichten: readonly { naam: string; mail: Mail }[] = [
    {
      naam: "text with Dutch characters",
      mail: {
        aan: "aandachtsfunctionaris@regenboog.example",
        onderwerp: "Zorg over Zoë: actie vóór vrijdag",
        tekst:
          "Beste collega,\n\nEr is een signaal vastgelegd. Bekijk het dossier vóór vrijdag – de termijn loopt één werkdag.\n\nMet vriendelijke groet,\nMeldwijzer",
      },
    },
    {
      naam: "a long subject and body that must be folded",
      mail: {
        aan: "Zoë de Vries <zoe@regenboog.example>",
        onderwerp: `Herinnering: ${"ëéèïöü ".repeat(12)}einde`,
        tekst: `${lang}\nTweede regel met € en ‘aanhalingstekens’.\n`,
      },
    },
    {
      naam: "text and HTML",
      mail: {
        aan: "zorgcoordinator@regenboog.example",
        onderwerp: "Café-overleg",
        tekst: "Overleg in het café, één uur.",
        html: "<p>Overleg in het <strong>café</strong>, één uur.</p>",
      },
    },
  ];

  it("delivers each message with its envelope, subject and body intact", async () => {
    for (const { mail } of berichten) await verzender.verstuur(mail);
    const ontvangen = await sink.wachtOp(berichten.length);
    assert.equal(ontvangen.length, berichten.length, "aantal berichten");
    berichten.forEach(({ naam, mail }, i) => {
      const bericht = ontvangen[i];
      assert.ok(bericht, `${naam}: niet ontvangen`);
      const adres = /<([^>]+)>/u.exec(mail.aan)?.[1] ?? mail.aan;
      assert.equal(bericht.envelop.van, "noreply@meldwijzer.invalid", `${naam}: MAIL FROM`);
      assert.deepEqual(bericht.envelop.aan, [adres], `${naam}: RCPT TO`);
      assert.equal(bericht.onderwerp, mail.onderwerp, `${naam}: onderwerp`);
      // The sink drops one trailing line end, which SMTP cannot tell apart from its own.
      assert.equal(bericht.tekst, mail.tekst.replace(/\n$/u, ""), `${naam}: tekst`);
      assert.equal(bericht.html, mail.html ?? null, `${naam}: html`);
      assert.match(bericht.bron, /^From: Meldwijzer <noreply@meldwijzer\.invalid>\r$/mu, `${naam}: From-kop`);
      assert.ok(
        bericht.bron.split("\r\n").every((regel) => regel.length <= 998),
        `${naam}: regel langer dan RFC 5322 toestaat`,
      );
    });
  });

  it("rejects when no server listens", async () => {
    const weg = await startSmtpSink();
    await weg.stop();
    const nergens = maakSmtpVerzender({ host: "127.0.0.1", poort: weg.poort, beveiligd: false, afzender: AFZENDER });
    await assert.rejects(
      nergens.verstuur({ aan: "iemand@regenboog.example", onderwerp: "x", tekst: "x" }),
      "verzenden naar een gesloten poort slaagde",
    );
    await nergens.sluit();
  });
});
