import type { IncomingHttpHeaders } from "node:http";
import { createReadableStreamFromReadable } from "@react-router/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import type { AppLoadContext, ServerBuild } from "react-router";
import { gereedeBytes } from "./json.ts";

/**
 * The JSON API dispatched without React Router's request handler (decision 0069). The table is built
 * once from the same build React Router serves (the same route modules, wrapped the same way), so the
 * route files stay the one source: a new file under `/api` is in the table without being named here,
 * and a test checks that the table and React Router's matching agree for every `/api` route.
 *
 * Only the plain case is taken here: a path under `/api/` in its canonical form (no `%`, no `//`, no
 * trailing `/`, no `.data`) that matches a route exactly, with a method the route module has a
 * handler for (GET and HEAD: a loader; POST, PUT, PATCH, DELETE: an action). Everything else (an unknown
 * `/api` path, a method the module does not handle, an upper-case or encoded variant) goes on to React
 * Router, which answers it as before: the 404 JSON, its 405, its own matching rules.
 */

type Handler = (args: Record<string, unknown>) => unknown;

interface Module {
  readonly loader?: unknown;
  readonly action?: unknown;
  readonly default?: unknown;
  readonly ErrorBoundary?: unknown;
}

export interface ApiRoute {
  /** The route's id in the build. */
  readonly id: string;
  /** "api/dossiers/:id": the path as React Router joins it (its `pattern` argument, without the leading slash). */
  readonly patroon: string;
  /** The pattern's segments: a fixed text, or a parameter's name. */
  readonly delen: readonly ({ readonly vast: string } | { readonly param: string })[];
  readonly loader: Handler | undefined;
  readonly action: Handler | undefined;
}

/** Method → whether it calls the action (React Router's `isMutationMethod`); GET and HEAD call the loader. */
const ACTIE = new Map([
  ["POST", true],
  ["PUT", true],
  ["PATCH", true],
  ["DELETE", true],
  ["GET", false],
  ["HEAD", false],
]);

/**
 * Every resource route (no component, no error boundary: what React Router answers with its resource
 * handler) whose path lies under `/api`, ordered as React Router ranks them (more fixed segments first).
 * A pattern this table cannot match exactly as React Router does (a splat, an optional segment) stops the
 * start with a clear message, so no API route can slip past it.
 */
export function bouwApiTabel(build: ServerBuild): readonly ApiRoute[] {
  const routes = build.routes;
  const volledigPad = (id: string): string => {
    const route = routes[id];
    if (!route) return "";
    const ouder = route.parentId ? volledigPad(route.parentId) : "";
    return [ouder, route.path ?? ""].filter(Boolean).join("/");
  };
  const tabel: ApiRoute[] = [];
  for (const [id, route] of Object.entries(routes)) {
    if (!route) continue;
    const module = route.module as Module;
    if (module.default != null || module.ErrorBoundary != null) continue;
    const patroon = volledigPad(id);
    if (patroon !== "api" && !patroon.startsWith("api/")) continue;
    const delen = patroon.split("/").map((deel) => {
      if (deel === "*" || deel.endsWith("?"))
        throw new Error(
          `API-route ${patroon} (${id}): een splat of een optioneel deel kan de API-tabel niet volgen (api-verdeler.ts)`,
        );
      return deel.startsWith(":") ? { param: deel.slice(1) } : { vast: deel };
    });
    tabel.push({
      id,
      patroon,
      delen,
      loader: typeof module.loader === "function" ? (module.loader as Handler) : undefined,
      action: typeof module.action === "function" ? (module.action as Handler) : undefined,
    });
  }
  // React Router's ranking for paths without splats: per segment a fixed text outranks a parameter.
  const rang = (r: ApiRoute) => r.delen.reduce((som, d) => som + ("vast" in d ? 10 : 3), 0);
  return tabel.sort((a, b) => rang(b) - rang(a));
}

/** The route and parameters of a canonical `/api/…` path, or null: then React Router decides. */
export function zoekApiRoute(
  tabel: readonly ApiRoute[],
  pad: string,
): { readonly route: ApiRoute; readonly params: Record<string, string> } | null {
  if (!pad.startsWith("/api/") || pad.endsWith("/") || pad.endsWith(".data") || pad.includes("%") || pad.includes("//"))
    return null;
  const delen = pad.slice(1).split("/");
  for (const route of tabel) {
    if (route.delen.length !== delen.length) continue;
    const params: Record<string, string> = {};
    let past = true;
    for (let i = 0; i < delen.length; i += 1) {
      const deel = route.delen[i]!;
      if ("vast" in deel) {
        if (deel.vast !== delen[i]) {
          past = false;
          break;
        }
      } else params[deel.param] = delen[i]!;
    }
    if (past) return { route, params };
  }
  return null;
}

/**
 * The request's headers for a loader, read from Node's: `get`, `has`, iteration. Names are compared
 * in lower case, as Node keeps them; a repeated header (Node gives an array only for set-cookie) is
 * joined with ", ", as `Headers` does.
 */
class VerzoekKoppen {
  readonly #koppen: IncomingHttpHeaders;
  constructor(koppen: IncomingHttpHeaders) {
    this.#koppen = koppen;
  }
  get(naam: string): string | null {
    const waarde = this.#koppen[naam.toLowerCase()];
    return waarde === undefined ? null : Array.isArray(waarde) ? waarde.join(", ") : waarde;
  }
  has(naam: string): boolean {
    return this.#koppen[naam.toLowerCase()] !== undefined;
  }
  *entries(): IterableIterator<[string, string]> {
    for (const naam of Object.keys(this.#koppen).sort()) {
      const waarde = this.get(naam);
      if (waarde !== null) yield [naam, waarde];
    }
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
  forEach(terugroep: (waarde: string, naam: string) => void): void {
    for (const [naam, waarde] of this.entries()) terugroep(waarde, naam);
  }
}

/**
 * What an API loader or action reads of its request (apiRoute, leesJson, the session cookie, the query):
 * method, URL, headers, the body as a stream, and the abort signal, built on Node's request without
 * an undici `Request`. The URL is made as @react-router/express makes it (host from X-Forwarded-Host
 * only behind a trusted proxy). The signal is made on first use; `json()`
 * and `text()` read the stream through a `Response`, as a `Request` would.
 */
export class ApiVerzoek {
  readonly method: string;
  readonly url: string;
  readonly headers: VerzoekKoppen;
  readonly #res: ExpressResponse;
  readonly #body: ReadableStream<Uint8Array> | null;
  #signaal: AbortSignal | undefined;

  constructor(req: ExpressRequest, res: ExpressResponse) {
    this.#res = res;
    this.method = req.method;
    this.url = verzoekUrl(req);
    this.headers = new VerzoekKoppen(req.headers);
    // Made at once, as @react-router/express makes it: its listeners mark the body as being read, so
    // Node does not discard an unread rest without limit when the answer ends; restant.ts does, up to its limit.
    this.#body = this.method === "GET" || this.method === "HEAD" ? null : createReadableStreamFromReadable(req);
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.#body;
  }

  get signal(): AbortSignal {
    if (!this.#signaal) {
      const beheer = new AbortController();
      const res = this.#res;
      // As @react-router/express: aborted when the connection closes before the answer is finished.
      if (res.destroyed && !res.writableFinished) beheer.abort();
      else res.once("close", () => res.writableFinished || beheer.abort());
      this.#signaal = beheer.signal;
    }
    return this.#signaal;
  }

  json(): Promise<unknown> {
    return new Response(this.body).json();
  }

  text(): Promise<string> {
    return new Response(this.body).text();
  }
}

/** The request's absolute URL, as @react-router/express's createRemixRequest builds it. */
function verzoekUrl(req: ExpressRequest): string {
  const [, hostnaamPoort] = req.app.enabled("trust proxy") ? (req.get("X-Forwarded-Host")?.split(":") ?? []) : [];
  const [, hostPoort] = req.get("host")?.split(":") ?? [];
  const a = Number.parseInt(hostnaamPoort ?? "", 10);
  const b = Number.parseInt(hostPoort ?? "", 10);
  const poort = Number.isSafeInteger(a) ? a : Number.isSafeInteger(b) ? b : "";
  const hostnaam = req.hostname.split(/[\\/?#@]/u)[0] || "localhost";
  return new URL(`${req.protocol}://${hostnaam}${poort ? `:${poort}` : ""}${req.originalUrl}`).href;
}

/**
 * Express middleware: a request the table takes is answered here, with the route module's (wrapped)
 * loader or action, exactly as React Router's resource handler would answer it: the Response it returns
 * or throws, HEAD without a body. Anything else goes on (`next`), to React Router.
 */
export function apiVerdeler(
  tabel: readonly ApiRoute[],
  laadContext: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext,
): (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => void {
  return (req, res, next) => {
    const actie = ACTIE.get(req.method);
    if (actie === undefined) return next();
    const vraag = req.url.indexOf("?");
    const gevonden = zoekApiRoute(tabel, vraag === -1 ? req.url : req.url.slice(0, vraag));
    const handler = actie ? gevonden?.route.action : gevonden?.route.loader;
    if (!gevonden || !handler) return next();
    const request = new ApiVerzoek(req, res);
    const args = {
      request: request as unknown as Request,
      params: gevonden.params,
      context: laadContext(req, res),
      pattern: `/${gevonden.route.patroon}`,
      get url() {
        return new URL(request.url);
      },
    };
    void (async () => {
      let antwoord: unknown;
      try {
        antwoord = await handler(args);
      } catch (fout) {
        // The wrappers (metFoutafhandeling, metStoringAls503) turn every error into a thrown Response.
        if (!(fout instanceof Response)) throw fout;
        antwoord = fout;
      }
      if (!(antwoord instanceof Response))
        throw new Error(`API-route ${gevonden.route.patroon} gaf geen Response terug`);
      await schrijf(res, antwoord, req.method === "HEAD");
    })().catch(next);
  };
}

/**
 * Writes a fetch Response to Node's: status, every header (Set-Cookie one by one), the body in one
 * write with its length. HEAD: the headers without a body, as React Router answers it.
 */
async function schrijf(res: ExpressResponse, antwoord: Response, zonderBody: boolean): Promise<void> {
  if (res.destroyed || res.writableEnded) {
    await antwoord.body?.cancel();
    return;
  }
  res.statusMessage = antwoord.statusText;
  res.status(antwoord.status);
  for (const [naam, waarde] of antwoord.headers) res.append(naam, waarde);
  if (zonderBody || !antwoord.body) {
    await antwoord.body?.cancel();
    res.end();
    return;
  }
  const gereed = gereedeBytes(antwoord);
  const inhoud = gereed ?? Buffer.from(await antwoord.arrayBuffer());
  if (res.destroyed || res.writableEnded) return;
  res.setHeader("Content-Length", inhoud.byteLength);
  res.end(inhoud);
}
