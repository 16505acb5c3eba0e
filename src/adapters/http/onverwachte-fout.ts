import { data, isRouteErrorResponse, type ServerBuild } from "react-router";
import { vertaler } from "../../i18n/vertaal.ts";
import type { OnverwachteFoutGegevens } from "../../ui/onverwachte-fout-gegevens.ts";
import { foutJson, logOnverwacht, nieuweCorrelatie } from "./foutafhandeling.ts";

type Handler = (args: { request: Request; context?: unknown }) => unknown;

/** A thrown Response, `data()` or route error response is an answer the route chose, not a fault. */
function isBedoeld(fout: unknown): boolean {
  return fout instanceof Response || isRouteErrorResponse(fout) || (typeof fout === "object" && fout !== null && (fout as { type?: unknown }).type === "DataWithResponseInit");
}

function omhul(handler: Handler, resourceRoute: boolean): Handler {
  return async (args) => {
    try {
      return await handler(args);
    } catch (fout) {
      if (isBedoeld(fout) || args.request.signal.aborted) throw fout;
      const context = args.context as { correlatie?: unknown } | undefined;
      const correlatie = typeof context?.correlatie === "string" && context.correlatie !== "" ? context.correlatie : nieuweCorrelatie();
      logOnverwacht(fout, new URL(args.request.url).pathname, correlatie);
      if (resourceRoute) {
        throw Response.json(foutJson("ONVERWACHT", vertaler("nl")("fout.api.onverwacht"), [], correlatie), { status: 500, headers: { "Cache-Control": "no-store" } });
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
export function metFoutafhandeling(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      if (!route) return [id, route];
      const module = { ...route.module };
      const resourceRoute = module.default === undefined;
      if (module.loader) module.loader = omhul(module.loader as Handler, resourceRoute) as typeof module.loader;
      if (module.action) module.action = omhul(module.action as Handler, resourceRoute) as typeof module.action;
      return [id, { ...route, module }];
    }),
  );
  return { ...build, routes };
}
