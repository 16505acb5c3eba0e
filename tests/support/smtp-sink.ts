import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** One message as the sink received it: the SMTP envelope, the raw source, and the parts a test reads. */
export interface OntvangenBericht {
  /** MAIL FROM and RCPT TO: where the mail really goes, which may differ from the headers. */
  readonly envelop: { readonly van: string; readonly aan: readonly string[] };
  /** The message as sent, headers and body, with CRLF line ends. */
  readonly bron: string;
  /** The Subject header, with RFC 2047 encoded words decoded. */
  readonly onderwerp: string;
  /**
   * The text/plain body, transfer encoding undone and line ends as "\n"; "" when there is none. A
   * single trailing line end is dropped: SMTP adds one when the message lacks it, so on the wire
   * "tekst" and "tekst\n" look the same.
   */
  readonly tekst: string;
  /** The text/html body, decoded like `tekst`; null when the message has no HTML part. */
  readonly html: string | null;
}

export interface SmtpSink {
  readonly poort: number;
  /** Every message so far, in order of arrival. */
  readonly berichten: OntvangenBericht[];
  /** Resolves with the messages once at least `aantal` have arrived; rejects after `timeoutMs` (default 5 s). */
  wachtOp(aantal: number, timeoutMs?: number): Promise<OntvangenBericht[]>;
  stop(): Promise<void>;
}

/**
 * A local SMTP server for tests: 127.0.0.1 on a free port, no authentication required and no
 * STARTTLS (no certificate to manage, and the adapter ignores TLS on loopback anyway). It accepts
 * every message and keeps it in memory, so a test can check what a real relay would have received.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const berichten: OntvangenBericht[] = [];
  const wachtenden = new Set<() => void>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    // A test that forgets to close its transport should not keep stop() waiting for 30 s.
    closeTimeout: 1_000,
    onData(stream, session, klaar) {
      const stukken: Buffer[] = [];
      stream.on("data", (stuk: Buffer) => stukken.push(stuk));
      stream.on("error", (fout: Error) => klaar(fout));
      stream.on("end", () => {
        const bron = Buffer.concat(stukken).toString("utf8");
        const { mailFrom, rcptTo } = session.envelope;
        try {
          berichten.push({
            envelop: { van: mailFrom ? mailFrom.address : "", aan: rcptTo.map((r) => r.address) },
            bron,
            ...leesBericht(bron),
          });
        } catch (fout) {
          // A message the parser cannot read fails the send, visibly, instead of crashing the test process.
          klaar(fout instanceof Error ? fout : new Error(String(fout)));
          return;
        }
        for (const controleer of wachtenden) controleer();
        klaar();
      });
    },
  });

  const poort = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.server.address() as AddressInfo).port);
    });
  });

  return {
    poort,
    berichten,
    wachtOp(aantal: number, timeoutMs = 5_000): Promise<OntvangenBericht[]> {
      return new Promise((resolve, reject) => {
        const controleer = (): void => {
          if (berichten.length < aantal) return;
          clearTimeout(wekker);
          wachtenden.delete(controleer);
          resolve([...berichten]);
        };
        const wekker = setTimeout(() => {
          wachtenden.delete(controleer);
          reject(new Error(`SMTP-sink: ${berichten.length} van ${aantal} berichten ontvangen na ${timeoutMs} ms.`));
        }, timeoutMs);
        wachtenden.add(controleer);
        controleer();
      });
    },
    stop(): Promise<void> {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

interface Deel {
  readonly koppen: ReadonlyMap<string, string>;
  readonly inhoud: string;
}

/** Headers (lower-case names, folded lines joined) and the body of a message or MIME part. */
function splitsDeel(bron: string): Deel {
  const scheiding = bron.search(/\r?\n\r?\n/u);
  const kop = scheiding === -1 ? bron : bron.slice(0, scheiding);
  const inhoud = scheiding === -1 ? "" : bron.slice(scheiding).replace(/^\r?\n\r?\n/u, "");
  const koppen = new Map<string, string>();
  for (const regel of kop.replace(/\r?\n[ \t]+/gu, " ").split(/\r?\n/u)) {
    const dubbelepunt = regel.indexOf(":");
    if (dubbelepunt > 0)
      koppen.set(regel.slice(0, dubbelepunt).trim().toLowerCase(), regel.slice(dubbelepunt + 1).trim());
  }
  return { koppen, inhoud };
}

/** The subject and the first text/plain and text/html parts, wherever they sit in the multipart tree. */
function leesBericht(bron: string): Pick<OntvangenBericht, "onderwerp" | "tekst" | "html"> {
  // The last CRLF may be the line end SMTP requires before the closing ".", not part of the text.
  const bericht = splitsDeel(bron.endsWith("\r\n") ? bron.slice(0, -2) : bron);
  const onderwerp = decodeerKop(bericht.koppen.get("subject") ?? "");
  const delen = onderdelen(bericht);
  const tekst = delen.find((d) => mediatype(d) === "text/plain");
  const html = delen.find((d) => mediatype(d) === "text/html");
  return { onderwerp, tekst: tekst ? decodeerInhoud(tekst) : "", html: html ? decodeerInhoud(html) : null };
}

function mediatype(deel: Deel): string {
  return (deel.koppen.get("content-type") ?? "text/plain").split(";")[0]?.trim().toLowerCase() ?? "text/plain";
}

/** The leaf parts of a message, descending into nested multiparts. */
function onderdelen(deel: Deel): Deel[] {
  if (!mediatype(deel).startsWith("multipart/")) return [deel];
  const grens = /boundary="?([^";]+)"?/iu.exec(deel.koppen.get("content-type") ?? "")?.[1];
  if (!grens) return [deel];
  const scheider = `--${grens}`;
  const stukken: string[][] = [];
  for (const regel of deel.inhoud.split(/\r?\n/u)) {
    if (regel.trimEnd() === `${scheider}--`) break; // the epilogue after the closing boundary is no part
    if (regel.trimEnd() === scheider) stukken.push([]);
    else stukken.at(-1)?.push(regel); // lines before the first boundary are the preamble
  }
  return stukken.flatMap((regels) => onderdelen(splitsDeel(regels.join("\r\n"))));
}

/** Undoes quoted-printable or base64 and reads the bytes as UTF-8, with "\n" line ends. */
function decodeerInhoud(deel: Deel): string {
  const codering = (deel.koppen.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  let bytes: Buffer;
  if (codering === "base64") bytes = Buffer.from(deel.inhoud.replace(/\s+/gu, ""), "base64");
  else if (codering === "quoted-printable") bytes = quotedPrintable(deel.inhoud);
  else bytes = Buffer.from(deel.inhoud, "utf8");
  return bytes.toString("utf8").replace(/\r\n/gu, "\n");
}

/** RFC 2045 §6.7: "=XX" is one byte, "=" at the end of a line is a soft break, trailing whitespace is padding. */
function quotedPrintable(tekst: string): Buffer {
  const stukken = tekst
    .replace(/[ \t]+(?=\r?\n|$)/gu, "")
    .replace(/=\r?\n/gu, "")
    .split(/(=[0-9A-Fa-f]{2})/u);
  return Buffer.concat(
    stukken.map((stuk) =>
      /^=[0-9A-Fa-f]{2}$/u.test(stuk) ? Buffer.of(Number.parseInt(stuk.slice(1), 16)) : Buffer.from(stuk, "utf8"),
    ),
  );
}

const GECODEERD_WOORD = /=\?[^?\s]+\?([QqBb])\?([^?\s]*)\?=/gu;

/**
 * RFC 2047 encoded words ("=?UTF-8?Q?Zo=C3=AB?=" or "?B?"). Whitespace between two encoded words
 * is dropped, and a run of words is decoded as one byte string, since a sender may split a
 * multi-byte character over two words.
 */
function decodeerKop(waarde: string): string {
  return waarde.replace(/=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=(?:\s*=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=)*/gu, (reeks) =>
    Buffer.concat(
      [...reeks.matchAll(GECODEERD_WOORD)].map(([, soort = "Q", inhoud = ""]) =>
        soort.toUpperCase() === "B" ? Buffer.from(inhoud, "base64") : quotedPrintable(inhoud.replace(/_/gu, " ")),
      ),
    ).toString("utf8"),
  );
}
