import { TeVeelPogingenFout } from "../../app/sessie/inloggen.ts";
import { LogNietBeschikbaarFout } from "../../app/toegang/logboek.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { controleerInvoer } from "../../domain/invoer.ts";
import { isDatabaseStoring } from "../db/storing.ts";
import { vertaler } from "../../i18n/vertaal.ts";
import { STATUS_VAN_FOUT } from "./fout-naar-status.ts";
import { meldLogStoring } from "./http-fout.ts";

export const MAX_BODY_BYTES = 64 * 1024;

const GEREED = new WeakMap<Response, Uint8Array>();

/**
 * A JSON answer whose bytes are ready (decision 0074): the API's dispatch (`api-verdeler.ts`) writes
 * them as they are instead of reading them back from the Response's stream; through React Router the
 * Response is an ordinary one with that body.
 */
export function jsonUitBytes(bytes: Uint8Array): Response {
  const antwoord = new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "application/json" } });
  GEREED.set(antwoord, bytes);
  return antwoord;
}

/** The bytes of a `jsonUitBytes` answer, or undefined for any other Response. */
export function gereedeBytes(antwoord: Response): Uint8Array | undefined {
  return GEREED.get(antwoord);
}

/** A JSON error body: a Dutch message for people, a code for programs, and one entry per field. */
export function foutAntwoord(
  status: number,
  code: string,
  melding: string,
  velden: { veld: string; melding: string }[] = [],
) {
  return Response.json({ fout: { code, melding, velden } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The 503 of a database outage (decision 0023), with the seconds to wait before trying again. */
export function databaseNietBeschikbaarJson(opnieuwNaSeconden: number): Response {
  const antwoord = foutAntwoord(503, "DATABASE_NIET_BESCHIKBAAR", vertaler("nl")("fout.api.database_niet_beschikbaar"));
  antwoord.headers.set("Retry-After", String(opnieuwNaSeconden));
  return antwoord;
}

/** Turns any error into a 4xx JSON answer when it is the caller's fault; anything else is rethrown. */
export function domeinFoutAlsJson(fout: unknown): Response {
  // A database outage is not the caller's fault: rethrown, it becomes the 503 of database-storing.ts.
  if (isDatabaseStoring(fout)) throw fout;
  if (fout instanceof LogNietBeschikbaarFout) {
    meldLogStoring(fout);
    return foutAntwoord(503, "LOG_NIET_BESCHIKBAAR", vertaler("nl")("fout.api.log_niet_beschikbaar"));
  }
  if (fout instanceof TeVeelPogingenFout) {
    const antwoord = foutAntwoord(
      429,
      "TE_VEEL_POGINGEN",
      vertaler("nl")("inloggen.te_veel", { minuten: Math.ceil(fout.wachtSeconden / 60) }),
    );
    antwoord.headers.set("Retry-After", String(fout.wachtSeconden));
    return antwoord;
  }
  if (!(fout instanceof DomeinFout)) throw fout;
  const t = vertaler("nl");
  const velden = fout.velden.map((v) => ({
    veld: v.veld,
    melding: `${t(`veld.${v.veld.split(".").at(-1) ?? v.veld}`)}: ${t(v.sleutel, v.waarden)}`,
  }));
  return foutAntwoord(STATUS_VAN_FOUT[fout.code], fout.code, t(`fout.code.${fout.code}`), velden);
}

/**
 * Reads a JSON body of at most MAX_BODY_BYTES, counting bytes as they stream in (a missing or
 * lying Content-Length does not help). Throws a Response with a 4xx on any problem, also when a
 * string or key holds NUL or a lone surrogate, or a key is `__proto__`, `constructor` or
 * `prototype` (controleerInvoer): 400 with the field's path, before anything reads the value.
 */
export async function leesJson(request: Request): Promise<unknown> {
  const t = vertaler("nl");
  const soort = request.headers.get("content-type") ?? "";
  if (!soort.toLowerCase().startsWith("application/json"))
    throw foutAntwoord(415, "GEEN_JSON", t("fout.api.geen_json"));
  const lengte = Number(request.headers.get("content-length") ?? "0");
  if (lengte > MAX_BODY_BYTES)
    throw foutAntwoord(413, "TE_GROOT", t("fout.api.te_groot", { max: MAX_BODY_BYTES / 1024 }));
  const delen: Uint8Array[] = [];
  let totaal = 0;
  if (request.body) {
    const lezer = request.body.getReader();
    for (;;) {
      const { done, value } = await lezer.read();
      if (done) break;
      totaal += value.byteLength;
      if (totaal > MAX_BODY_BYTES) {
        // Not cancel(): that destroys the request's socket before the 413 is written, and the client
        // sees a reset connection. The server drains the rest after the answer (restant.ts).
        lezer.releaseLock();
        throw foutAntwoord(413, "TE_GROOT", t("fout.api.te_groot", { max: MAX_BODY_BYTES / 1024 }));
      }
      delen.push(value);
    }
  }
  const tekst = Buffer.concat(delen).toString("utf8");
  let waarde: unknown;
  try {
    waarde = JSON.parse(tekst) as unknown;
  } catch {
    throw foutAntwoord(400, "ONGELDIGE_JSON", t("fout.api.ongeldige_json"));
  }
  const fouten = controleerInvoer(waarde);
  if (fouten.length > 0) throw domeinFoutAlsJson(new DomeinFout("ONGELDIGE_INVOER", fouten));
  return waarde;
}

export function methodeNietToegestaan(toegestaan: string): Response {
  return new Response(
    JSON.stringify({ fout: { code: "METHODE", melding: vertaler("nl")("fout.api.methode"), velden: [] } }),
    {
      status: 405,
      headers: { Allow: toegestaan, "Content-Type": "application/json" },
    },
  );
}
