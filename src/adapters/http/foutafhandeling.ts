import { willekeurigeBytes } from "./willekeurig.ts";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { controleerVelden } from "../../domain/invoer.ts";
import type { VeldFout } from "../../domain/fouten.ts";
import { vertaler, type Taal } from "../../i18n/vertaal.ts";
import { foutpaginaSleutel } from "../../ui/foutpagina.ts";
import { veiligeFoutgegevens } from "./fout-log.ts";
import { procesLogger } from "./proces-logger.ts";

/**
 * Errors at the Express level, before or around React Router: files that `send` refuses (a
 * traversal path, a malformed escape), a handler that fails outright, a query value with NUL.
 * Whatever NODE_ENV says, the answer holds no internals: a status, a message in words and the
 * correlation id ("kenmerk") that is also in the log line with the detail. Errors inside loaders and
 * actions are handled by onverwachte-fout.ts and the root ErrorBoundary, with the same id.
 */

// Crockford's base32 without I, L, O and U: readable over the phone, no letters that look like digits.
const ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A fresh correlation id for one request, such as "7KQ2M-9XD3F" (50 random bits). */
export function nieuweCorrelatie(): string {
  const bytes = willekeurigeBytes(10);
  const tekens = Array.from(bytes, (b) => ALFABET[b & 31]).join("");
  return `${tekens.slice(0, 5)}-${tekens.slice(5)}`;
}

/** The API always answers JSON; elsewhere a client that asks for JSON and not for HTML gets it too. */
export function wiltJson(pad: string, accept: string | null | undefined): boolean {
  if (pad === "/api" || pad.startsWith("/api/")) return true;
  const soorten = (accept ?? "").toLowerCase();
  return soorten.includes("application/json") && !soorten.includes("text/html");
}

const CODE_VAN_STATUS: Readonly<Record<number, string>> = {
  400: "ONGELDIGE_INVOER",
  403: "GEEN_TOEGANG",
  404: "NIET_GEVONDEN",
  413: "TE_GROOT",
  503: "LOG_NIET_BESCHIKBAAR",
};

/** The code and Dutch message of the JSON `fout` body for a status, when no route chose its own. */
export function foutCodeEnMelding(status: number): { code: string; melding: string } {
  const t = vertaler("nl");
  const melding =
    status === 404
      ? t("fout.api.onbekend_adres")
      : status === 403
        ? t("fout.code.GEEN_TOEGANG")
        : status === 503
          ? t("fout.api.log_niet_beschikbaar")
          : status < 500
            ? t("fout.api.ongeldig_verzoek")
            : t("fout.api.onverwacht");
  return { code: CODE_VAN_STATUS[status] ?? (status < 500 ? "ONGELDIG_VERZOEK" : "ONVERWACHT"), melding };
}

/**
 * An error answer outside the React render: the JSON `fout` body, or the error page. Used for a
 * page asked for as JSON (entry.server.tsx) and for a refusal of a resource route such as /taal.
 */
export function foutAntwoordVoor(
  status: number,
  opties: {
    readonly json: boolean;
    readonly taal: Taal;
    readonly correlatie?: string | undefined;
    readonly velden?: readonly VeldFout[];
    readonly stylesheet?: string | undefined;
  },
): Response {
  const velden = opties.velden ?? [];
  const headers = { "Cache-Control": "no-store" };
  if (opties.json) {
    const { code, melding } = foutCodeEnMelding(status);
    return Response.json(
      foutJson(
        code,
        melding,
        velden.map((v) => ({ veld: v.veld, melding: veldMelding(v, "nl") })),
        opties.correlatie,
      ),
      { status, headers },
    );
  }
  const html = foutpaginaHtml(
    opties.taal,
    status,
    opties.correlatie,
    velden.map((v) => veldMelding(v, opties.taal)),
    opties.stylesheet,
  );
  return new Response(html, { status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

/** The JSON error body of the API, with the correlation id when there is one to quote. */
export function foutJson(
  code: string,
  melding: string,
  velden: readonly { veld: string; melding: string }[] = [],
  correlatie?: string,
) {
  return { fout: { code, melding, velden, ...(correlatie ? { correlatie } : {}) } };
}

function taalVan(req: ExpressRequest): Taal {
  return /(?:^|;\s*)mw_taal=en(?:;|$)/u.test(req.headers.cookie ?? "") ? "en" : "nl";
}

const escape = (tekst: string) => tekst.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The app's stylesheet in the client build (its name carries a hash), for the error page below. */
export function vindStylesheet(clientMap: string): string | undefined {
  try {
    const naam = readdirSync(path.join(clientMap, "assets")).find((n) => /^app-[\w-]+\.css$/u.test(n));
    return naam ? `/assets/${naam}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A complete error page for answers React Router does not render, in the app's look (the same
 * classes as the root ErrorBoundary). No script, no inline style (the CSP allows neither), no
 * detail: the title, what happened, the field messages of a refusal, the kenmerk.
 */
export function foutpaginaHtml(
  taal: Taal,
  status: number,
  correlatie: string | undefined,
  velden: readonly string[] = [],
  stylesheet?: string,
): string {
  const t = vertaler(taal);
  const titel = escape(t(`${foutpaginaSleutel(status)}.titel`));
  const tekst = escape(t(`${foutpaginaSleutel(status)}.tekst`));
  return [
    "<!DOCTYPE html>",
    `<html lang="${taal}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="robots" content="noindex, nofollow"><title>${titel} · Meldwijzer</title>`,
    stylesheet ? `<link rel="stylesheet" href="${escape(stylesheet)}">` : "",
    `</head><body class="utrecht-body voorbeeld-theme"><div class="mw-pagina">`,
    `<header class="mw-kop"><div class="mw-kop__binnen"><a class="mw-merk" href="/">Meldwijzer</a></div></header>`,
    `<main id="inhoud" class="mw-inhoud"><div class="mw-stapel">`,
    `<h1 class="nl-heading nl-heading--level-1">${titel}</h1><p class="nl-paragraph">${tekst}</p>`,
    velden.length
      ? `<ul class="utrecht-unordered-list">${velden.map((v) => `<li class="utrecht-unordered-list__item">${escape(v)}</li>`).join("")}</ul>`
      : "",
    correlatie
      ? `<p class="nl-paragraph" data-kenmerk="${correlatie}">${escape(t("foutpagina.kenmerk", { kenmerk: correlatie }))}</p>`
      : "",
    `<p class="nl-paragraph"><a class="nl-link" href="/dossiers">${escape(t("foutpagina.terug"))}</a></p>`,
    `</div></main></div></body></html>`,
  ].join("");
}

function stuur(
  req: ExpressRequest,
  res: ExpressResponse,
  status: number,
  code: string,
  velden: readonly VeldFout[] = [],
): void {
  const correlatie = String(res.locals["correlatie"] ?? "");
  res.status(status).setHeader("Cache-Control", "no-store");
  if (wiltJson(req.path, req.get("accept"))) {
    const { melding } = foutCodeEnMelding(status);
    res.json(
      foutJson(
        code,
        melding,
        velden.map((v) => ({ veld: v.veld, melding: veldMelding(v, "nl") })),
        status >= 500 ? correlatie : undefined,
      ),
    );
    return;
  }
  const taal = taalVan(req);
  const stylesheet = req.app.locals["stylesheet"] as string | undefined;
  res.type("html").send(
    foutpaginaHtml(
      taal,
      status,
      status >= 500 ? correlatie : undefined,
      velden.map((v) => veldMelding(v, taal)),
      stylesheet,
    ),
  );
}

/** "E-mailadres: Deze tekst bevat …", as the API words field errors. */
export function veldMelding(fout: VeldFout, taal: Taal): string {
  const t = vertaler(taal);
  const naam = fout.veld.split(".").at(-1) ?? fout.veld;
  return `${t(`veld.${naam}`, { defaultValue: naam })}: ${t(fout.sleutel, fout.waarden)}`;
}

/** Logs an error with its kenmerk: class, database code, path and stack frames, never the message. */
export function logOnverwacht(fout: unknown, pad: string, correlatie: string | undefined): void {
  procesLogger().error({ ...veiligeFoutgegevens(fout, pad), correlatie }, "onverwachte fout");
}

/**
 * Query values are input too: NUL (%00) in one is refused with 400 and the parameter's name before
 * any route reads it, by the same check as JSON and form bodies (controleerInvoer).
 */
export function weigerOngeldigeQuery(req: ExpressRequest, res: ExpressResponse, next: NextFunction): void {
  const vraag = req.originalUrl.indexOf("?");
  if (vraag === -1) return next();
  const fouten = controleerVelden(new URLSearchParams(req.originalUrl.slice(vraag + 1)));
  if (fouten.length === 0) return next();
  stuur(req, res, 400, "ONGELDIGE_INVOER", fouten);
}

/**
 * The last Express error handler. A client error from `send` or a body parser (a traversal path
 * is a 403 there, a malformed escape a 400) becomes a plain 404 or 400; anything else is logged
 * with the kenmerk and answered 500. Never Express's own handler, which prints the stack unless
 * NODE_ENV is "production".
 */
export function laatsteFoutafhandelaar(
  fout: unknown,
  req: ExpressRequest,
  res: ExpressResponse,
  next: NextFunction,
): void {
  if (res.headersSent) {
    // Too late for an error page: end the response, as Express's own handler would.
    next(fout);
    return;
  }
  const status =
    (fout as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (fout as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    const nietGevonden = status === 403 || status === 404;
    stuur(req, res, nietGevonden ? 404 : 400, nietGevonden ? "NIET_GEVONDEN" : "ONGELDIG_VERZOEK");
    return;
  }
  logOnverwacht(fout, req.path, String(res.locals["correlatie"] ?? ""));
  stuur(req, res, 500, "ONVERWACHT");
}
