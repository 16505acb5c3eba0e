import nodemailer from "nodemailer";

/** Where and as whom Meldwijzer sends mail; read from the environment by `smtpInstellingenUitOmgeving`. */
export interface SmtpInstellingen {
  readonly host: string;
  readonly poort: number;
  /** Implicit TLS from the first byte (smtps, usually port 465); otherwise STARTTLS when the server offers it. */
  readonly beveiligd: boolean;
  readonly gebruiker?: string;
  /** Never logged: the adapter logs nothing itself, and the runtime's logger redacts `wachtwoord`. */
  readonly wachtwoord?: string;
  /** The From header, e.g. "Meldwijzer <noreply@example.nl>"; the envelope sender is its address. */
  readonly afzender: string;
}

export interface Mail {
  readonly aan: string;
  readonly onderwerp: string;
  readonly tekst: string;
  readonly html?: string;
}

export interface MailVerzender {
  verstuur(mail: Mail): Promise<void>;
  sluit(): Promise<void>;
}

const STANDAARD_AFZENDER = "Meldwijzer <noreply@meldwijzer.invalid>";
/** Submission port for smtp:// (STARTTLS), the implicit-TLS port for smtps://. */
const STANDAARD_POORT = { "smtp:": 587, "smtps:": 465 } as const;
/** Long enough for a slow relay, short enough that a request waiting on mail does not hang. */
const TIMEOUT_MS = 10_000;
const LOKALE_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

/**
 * Reads MELDWIJZER_SMTP_URL ("smtp://host:2525", "smtps://gebruiker:wachtwoord@host") and
 * MELDWIJZER_MAIL_AFZENDER. Null when no URL is set: then the app runs without sending mail.
 *
 * A malformed URL is an error at start-up rather than a silent "no mail", because a typo would
 * otherwise only show when a colleague misses a notification. The messages never repeat the URL,
 * since it may hold the password.
 */
export function smtpInstellingenUitOmgeving(env: NodeJS.ProcessEnv): SmtpInstellingen | null {
  const waarde = env["MELDWIJZER_SMTP_URL"]?.trim();
  if (!waarde) return null;
  let url: URL;
  try {
    url = new URL(waarde);
  } catch {
    throw new Error(
      "MELDWIJZER_SMTP_URL is geen geldige URL (verwacht smtp://host:poort of smtps://gebruiker:wachtwoord@host:poort).",
    );
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    // The scheme is not echoed: without "//" a typo such as "geheim:..." would make the password the scheme.
    throw new Error("MELDWIJZER_SMTP_URL moet met smtp:// of smtps:// beginnen.");
  }
  // Without the brackets of an IPv6 literal, as the socket wants it.
  const host = url.hostname.replace(/^\[(.*)\]$/u, "$1");
  if (!host) throw new Error("MELDWIJZER_SMTP_URL mist een host.");
  if ((url.pathname !== "" && url.pathname !== "/") || url.search || url.hash) {
    throw new Error("MELDWIJZER_SMTP_URL mag alleen schema, inloggegevens, host en poort bevatten (geen pad, ? of #).");
  }
  const gebruiker = decodeer(url.username, "gebruikersnaam");
  const wachtwoord = decodeer(url.password, "wachtwoord");
  // Half a login is a typo, not a choice: catch it here instead of as an AUTH failure at the first mail.
  if (wachtwoord && !gebruiker) throw new Error("MELDWIJZER_SMTP_URL heeft een wachtwoord zonder gebruikersnaam.");
  if (gebruiker && !wachtwoord) throw new Error("MELDWIJZER_SMTP_URL heeft een gebruikersnaam zonder wachtwoord.");
  const poort = url.port ? Number(url.port) : STANDAARD_POORT[url.protocol];
  if (poort < 1) throw new Error("MELDWIJZER_SMTP_URL heeft een ongeldige poort.");
  const afzender = env["MELDWIJZER_MAIL_AFZENDER"]?.trim() || STANDAARD_AFZENDER;
  return {
    host,
    poort,
    beveiligd: url.protocol === "smtps:",
    ...(gebruiker ? { gebruiker } : {}),
    ...(wachtwoord ? { wachtwoord } : {}),
    afzender,
  };
}

/** Percent-decodes a URL part, so a password with "@" or ":" can be written as %40 or %3A. */
function decodeer(deel: string, wat: string): string {
  try {
    return decodeURIComponent(deel);
  } catch {
    throw new Error(`MELDWIJZER_SMTP_URL bevat een ongeldige %-codering in de ${wat}.`);
  }
}

/**
 * A nodemailer transport with one connection per message: Meldwijzer sends a few notifications,
 * not bulk mail, so there is no pool to keep alive or to lose on a relay restart.
 *
 * Without implicit TLS, nodemailer upgrades with STARTTLS whenever the server offers it. Two
 * exceptions, both about where the traffic goes:
 * - loopback (127.0.0.1, localhost, ::1) ignores STARTTLS, because the traffic never leaves the
 *   machine and the local test sink or a local relay has no certificate for "localhost";
 * - a remote server with credentials requires STARTTLS, so that a network that strips the STARTTLS
 *   offer cannot make the password go out in plain text.
 */
export function maakSmtpVerzender(instellingen: SmtpInstellingen): MailVerzender {
  const lokaal = LOKALE_HOSTS.has(instellingen.host.toLowerCase());
  const metInlog = instellingen.gebruiker !== undefined;
  const transport = nodemailer.createTransport({
    host: instellingen.host,
    port: instellingen.poort,
    secure: instellingen.beveiligd,
    ignoreTLS: lokaal && !instellingen.beveiligd,
    requireTLS: !lokaal && !instellingen.beveiligd && metInlog,
    ...(metInlog ? { auth: { user: instellingen.gebruiker, pass: instellingen.wachtwoord ?? "" } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    dnsTimeout: TIMEOUT_MS,
    // No protocol logging: the AUTH exchange carries the password (base64 is no protection).
    logger: false,
    debug: false,
  });
  return {
    async verstuur(mail: Mail): Promise<void> {
      await transport.sendMail({
        from: instellingen.afzender,
        to: mail.aan,
        subject: mail.onderwerp,
        text: mail.tekst,
        ...(mail.html === undefined ? {} : { html: mail.html }),
      });
    },
    sluit(): Promise<void> {
      transport.close();
      return Promise.resolve();
    },
  };
}
