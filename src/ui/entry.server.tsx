import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { isRouteErrorResponse, ServerRouter, type AppLoadContext, type EntryContext } from "react-router";
import { NonceContext } from "./nonce.ts";
import { htmlStroom } from "./html-stroom.server.ts";
import type { VeldFout } from "../domain/fouten.ts";
import { foutAntwoordVoor, logOnverwacht, wiltJson } from "../adapters/http/foutafhandeling.ts";
import { isOnverwachteFout } from "./foutpagina.ts";
import { OPNIEUW_NA_SECONDEN } from "../adapters/http/database-storing.ts";
import { databaseNietBeschikbaarJson } from "../adapters/http/json.ts";
import { DATABASE_STORING } from "./foutoorzaak.ts";

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
          // One chunk per React flush, not one per 4 kB (decision 0070).
          const { doel, stroom } = htmlStroom();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          // A 503 (database or access log unavailable) says when to try again.
          if (responseStatusCode === 503 && !responseHeaders.has("Retry-After"))
            responseHeaders.set("Retry-After", String(OPNIEUW_NA_SECONDEN));
          resolve(
            new Response(stroom, {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(doel);
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

/**
 * A page that would show the error page, asked for by a client that wants JSON (an unknown URL
 * under /api/, or `Accept: application/json`): the API's `fout` body instead, with the kenmerk of
 * an unexpected error and the field messages of a refused form.
 */
function foutAlsJson(status: number, fouten: Record<string, unknown>): Response {
  const fout = Object.values(fouten)[0];
  const gegevens: unknown = isRouteErrorResponse(fout) ? fout.data : undefined;
  // A database outage keeps its own code and Retry-After, for a page asked for as JSON too.
  if ((gegevens as { oorzaak?: unknown } | undefined)?.oorzaak === DATABASE_STORING.oorzaak)
    return databaseNietBeschikbaarJson(OPNIEUW_NA_SECONDEN);
  const velden = Array.isArray((gegevens as { fouten?: unknown } | undefined)?.fouten)
    ? (gegevens as { fouten: VeldFout[] }).fouten
    : [];
  return foutAntwoordVoor(status, {
    json: true,
    taal: "nl",
    correlatie: isOnverwachteFout(gegevens) ? gegevens.correlatie : undefined,
    velden,
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
