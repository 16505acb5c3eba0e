import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { isRouteErrorResponse, ServerRouter, type AppLoadContext, type EntryContext } from "react-router";
import { NonceContext } from "./nonce.ts";
import type { VeldFout } from "../domain/fouten.ts";
import { foutJson, logOnverwacht, veldMelding, wiltJson } from "../adapters/http/foutafhandeling.ts";
import { vertaler } from "../i18n/vertaal.ts";
import { isOnverwachteFout } from "./onverwachte-fout-gegevens.ts";

export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const fouten = routerContext.staticHandlerContext.errors;
  if (fouten && wiltJson(new URL(request.url).pathname, request.headers.get("accept"))) {
    return Promise.resolve(foutAlsJson(responseStatusCode, fouten));
  }
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const nonce = loadContext.nonce;
    const wachtOpAlles = isbot(request.headers.get("user-agent") ?? "") || routerContext.isSpaMode;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [wachtOpAlles ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error instanceof Error ? error : new Error(String(error)));
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) handleError(error, { request });
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

const CODE_VAN_STATUS: Readonly<Record<number, string>> = { 400: "ONGELDIGE_INVOER", 403: "GEEN_TOEGANG", 404: "NIET_GEVONDEN", 413: "TE_GROOT", 503: "LOG_NIET_BESCHIKBAAR" };

/**
 * A page that would show the error page, asked for by a client that wants JSON (an unknown URL
 * under /api/, or `Accept: application/json`): the API's `fout` body instead, with the kenmerk of
 * an unexpected error and the field messages of a refused form.
 */
function foutAlsJson(status: number, fouten: Record<string, unknown>): Response {
  const t = vertaler("nl");
  const fout = Object.values(fouten)[0];
  const gegevens: unknown = isRouteErrorResponse(fout) ? fout.data : undefined;
  const correlatie = isOnverwachteFout(gegevens) ? gegevens.correlatie : undefined;
  const velden = Array.isArray((gegevens as { fouten?: unknown } | undefined)?.fouten) ? (gegevens as { fouten: VeldFout[] }).fouten : [];
  const melding =
    status === 404 ? t("fout.api.onbekend_adres")
    : status === 403 ? t("fout.code.GEEN_TOEGANG")
    : status === 503 ? t("fout.api.log_niet_beschikbaar")
    : status < 500 ? t("fout.api.ongeldig_verzoek")
    : t("fout.api.onverwacht");
  const code = CODE_VAN_STATUS[status] ?? (status < 500 ? "ONGELDIG_VERZOEK" : "ONVERWACHT");
  return Response.json(foutJson(code, melding, velden.map((v) => ({ veld: v.veld, melding: veldMelding(v, "nl") })), correlatie), {
    status,
    headers: { "Cache-Control": "no-store" },
  });
}

/**
 * Unexpected errors that reach React Router itself (a render error; loader and action errors are
 * caught and logged by src/adapters/http/onverwachte-fout.ts) are logged without their message
 * and with the request's kenmerk: a database error's message carries the query's parameters,
 * which may be case content. The class, the database error code and the route are enough.
 */
export function handleError(fout: unknown, { request, context }: { request: Request; context?: unknown }): void {
  if (request.signal.aborted) return;
  const correlatie = (context as { correlatie?: unknown } | undefined)?.correlatie;
  logOnverwacht(fout, new URL(request.url).pathname, typeof correlatie === "string" ? correlatie : undefined);
}
