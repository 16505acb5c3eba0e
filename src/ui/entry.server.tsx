import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { ServerRouter, type AppLoadContext, type EntryContext } from "react-router";
import { NonceContext } from "./nonce.ts";
import { haalRuntime } from "../adapters/http/runtime.ts";
import { veiligeFoutgegevens } from "../adapters/http/fout-log.ts";
import { OPNIEUW_NA_SECONDEN } from "../adapters/http/database-storing.ts";

export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
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
          // A 503 (database or access log unavailable) says when to try again.
          if (responseStatusCode === 503 && !responseHeaders.has("Retry-After")) responseHeaders.set("Retry-After", String(OPNIEUW_NA_SECONDEN));
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

/**
 * Unexpected errors are logged without their message: a database error's message carries the
 * query's parameters, which may be case content. The class, the database error code and the
 * route are enough to find the fault; the stack frames name only code.
 */
export function handleError(fout: unknown, { request }: { request: Request }): void {
  if (request.signal.aborted) return;
  void haalRuntime().then((runtime) => runtime.logger.error(veiligeFoutgegevens(fout, new URL(request.url).pathname), "onverwachte fout"));
}
