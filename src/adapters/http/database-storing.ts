import { data, type ServerBuild } from "react-router";
import { isDatabaseStoring } from "../db/storing.ts";
import { veiligeFoutgegevens } from "./fout-log.ts";
import { databaseNietBeschikbaarJson } from "./json.ts";
import { procesLogger } from "./proces-logger.ts";
import { DATABASE_STORING } from "../../ui/foutoorzaak.ts";

/** Seconds a client is asked to wait before it tries again during a database outage. */
export const OPNIEUW_NA_SECONDEN = 5;

/**
 * A database outage ends the request with a 503 and Retry-After: JSON (DATABASE_NIET_BESCHIKBAAR)
 * for the API, the error page for pages. Nothing is reported as done: a write whose connection was
 * lost was rolled back by the server, or at worst committed without an acknowledgement.
 * Any other error passes.
 */
export function alsDatabaseStoringDan503(fout: unknown, request?: Request): void {
  if (!isDatabaseStoring(fout)) return;
  meldStoring(fout);
  if (request && new URL(request.url).pathname.startsWith("/api/"))
    throw databaseNietBeschikbaarJson(OPNIEUW_NA_SECONDEN);
  throw data(DATABASE_STORING, { status: 503, headers: { "Retry-After": String(OPNIEUW_NA_SECONDEN) } });
}

let laatsteMelding = 0;

/** One log line per ten seconds of outage, not one per request: the class and code, never a message. */
function meldStoring(fout: unknown): void {
  const nu = Date.now();
  if (nu - laatsteMelding < 10_000) return;
  laatsteMelding = nu;
  procesLogger().warn(veiligeFoutgegevens(fout), "database niet bereikbaar: verzoeken krijgen 503");
}

type Functie = (args: { request: Request }) => unknown;

/**
 * Every loader and action of the build, wrapped once so that a database outage anywhere (the
 * root's session lookup included) becomes the 503 above instead of a 500.
 */
export function metStoringAls503(bouw: ServerBuild): ServerBuild {
  const bewaak =
    (functie: Functie): Functie =>
    async (args) => {
      try {
        return await functie(args);
      } catch (fout) {
        alsDatabaseStoringDan503(fout, args.request);
        throw fout;
      }
    };
  const routes = Object.fromEntries(
    Object.entries(bouw.routes).map(([id, route]) => {
      if (!route) return [id, route];
      const module = { ...route.module } as Record<string, unknown>;
      for (const naam of ["loader", "action"])
        if (typeof module[naam] === "function") module[naam] = bewaak(module[naam] as Functie);
      return [id, { ...route, module: module as unknown as typeof route.module }];
    }),
  );
  return { ...bouw, routes };
}
