import { data, isRouteErrorResponse, type ServerBuild } from "react-router";
import type { VeldFout } from "../../domain/fouten.ts";
import { taalVanVerzoek, vertaler } from "../../i18n/vertaal.ts";
import type { OnverwachteFoutGegevens } from "../../ui/foutpagina.ts";
import { foutAntwoordVoor, foutJson, logOnverwacht, nieuweCorrelatie, wiltJson } from "./foutafhandeling.ts";

type Handler = (args: { request: Request; context?: unknown }) => unknown;

/** A thrown Response, `data()` or route error response is an answer the route chose, not a fault. */
function isBedoeld(fout: unknown): boolean {
  return (
    fout instanceof Response ||
    isRouteErrorResponse(fout) ||
    (typeof fout === "object" && fout !== null && (fout as { type?: unknown }).type === "DataWithResponseInit")
  );
}

/**
 * A refusal a resource route throws with `data()` (a 400 from leesFormulier on /taal, a 503 on
 * /uitloggen) would reach a browser as its raw data in JSON: it becomes the error page, or the
 * JSON `fout` body for a client that wants JSON.
 */
function alsFoutAntwoord(fout: unknown, request: Request, stylesheet: string | undefined): unknown {
  const f = fout as { type?: unknown; data?: unknown; init?: { status?: unknown } | null } | null;
  const status = f?.init?.status;
  if (f?.type !== "DataWithResponseInit" || typeof status !== "number" || status < 400) return fout;
  const velden: unknown = (f.data as { fouten?: unknown } | null)?.fouten;
  return foutAntwoordVoor(status, {
    json: wiltJson(new URL(request.url).pathname, request.headers.get("accept")),
    taal: taalVanVerzoek(request),
    velden: Array.isArray(velden) ? (velden as VeldFout[]) : [],
    stylesheet,
  });
}

function omhul(handler: Handler, resourceRoute: boolean, stylesheet: string | undefined): Handler {
  return async (args) => {
    try {
      return await handler(args);
    } catch (fout) {
      if (resourceRoute && isBedoeld(fout)) throw alsFoutAntwoord(fout, args.request, stylesheet);
      if (isBedoeld(fout) || args.request.signal.aborted) throw fout;
      const context = args.context as { correlatie?: unknown } | undefined;
      const correlatie =
        typeof context?.correlatie === "string" && context.correlatie !== "" ? context.correlatie : nieuweCorrelatie();
      logOnverwacht(fout, new URL(args.request.url).pathname, correlatie);
      if (resourceRoute) {
        throw Response.json(foutJson("ONVERWACHT", vertaler("nl")("fout.api.onverwacht"), [], correlatie), {
          status: 500,
          headers: { "Cache-Control": "no-store" },
        });
      }
      throw data({ correlatie } satisfies OnverwachteFoutGegevens, { status: 500 });
    }
  };
}

/**
 * Every loader and action of the build, wrapped once: an unexpected error (a bug, a database
 * fault) is logged with the request's correlation id and becomes a 500 that carries only that
 * id: `data({ correlatie })` for a page, which the root ErrorBoundary shows, and the JSON `fout`
 * body for a resource route (the API). React Router itself never sees the error, so neither its
 * development mode nor a future change of its sanitising can put a message or stack in the answer.
 */
export function metFoutafhandeling(build: ServerBuild, stylesheet?: string): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      if (!route) return [id, route];
      const module = { ...route.module };
      const resourceRoute = module.default === undefined;
      if (module.loader)
        module.loader = omhul(module.loader as Handler, resourceRoute, stylesheet) as typeof module.loader;
      if (module.action)
        module.action = omhul(module.action as Handler, resourceRoute, stylesheet) as typeof module.action;
      return [id, { ...route, module }];
    }),
  );
  return { ...build, routes };
}
