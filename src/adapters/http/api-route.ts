import type { AppLoadContext, LoaderFunctionArgs } from "react-router";
import type { z } from "zod";
import { DomeinFout } from "../../domain/fouten.ts";
import { valideer } from "../../domain/validatie.ts";
import { isGeldigId, nietIngelogd, vereisIngelogdApi, type Verzoek } from "./aanmelding.ts";
import { leesSessieToken } from "./sessie-cookie.ts";
import { domeinFoutAlsJson, leesJson, methodeNietToegestaan } from "./json.ts";
import type { RouteBeleid } from "./route-beleid.ts";

type Args = LoaderFunctionArgs<AppLoadContext>;
/** A loader or action of a JSON route. */
export type ApiHandler = (args: Args) => Promise<Response>;

export interface ApiOpties<B extends RouteBeleid, S extends z.ZodType | undefined> {
  /** GET routes also answer HEAD; a POST route answers any other method with 405. */
  readonly methode: "GET" | "POST";
  /** The route's exported `beleid`: who may reach it. Anything but "openbaar" requires a full sign-in. */
  readonly beleid: B;
  /** The JSON body, read (size, NUL, lone surrogates: `leesJson`) and validated before the handler runs. */
  readonly schema?: S;
  /** The Allow header of the 405 (default: the method). */
  readonly toegestaan?: string;
}

/** What the handler gets: the request, and what the wrapper established for it. */
export type ApiAanvraag<B extends RouteBeleid, S extends z.ZodType | undefined> = Args &
  (B extends { toegang: "openbaar" } ? unknown : Verzoek) &
  (B extends { toegang: "dossier" } ? { readonly id: string } : unknown) &
  (S extends z.ZodType ? { readonly invoer: z.output<S> } : unknown);

const BELEID = new WeakMap<ApiHandler, RouteBeleid>();

/**
 * A dossier's GET whose use-case reads the session in its own first statement (decision 0074): the handler
 * gets the session token instead of who is signed in, and answers null when the session does not hold
 * (unknown, expired, idle, inactive, or not past the second step), which becomes the same 401.
 */
export interface SessieInDeLezing<B extends RouteBeleid> {
  readonly methode: "GET";
  readonly beleid: B & { readonly toegang: "dossier" };
  readonly sessie: "in-de-lezing";
}

/** What that handler gets: the request, the session token from its cookie and the dossier id of the path. */
export type LezingAanvraag = Args & { readonly token: string; readonly id: string };

/**
 * The one shell of every JSON route: method, sign-in (unless the policy is "openbaar"), the dossier
 * id of the path (a malformed one is answered like an unknown one: 404), the body against its schema,
 * and every error as JSON (`domeinFoutAlsJson`: 4xx for the caller's faults, 503 for a log or
 * database outage). In that order, so an unsigned request learns nothing about ids or bodies. The
 * policy itself is decided by the use-case the handler calls (`metDossierToegang`,
 * `metAlgemeneToegang`), which logs; the route-policy test checks that every API route uses this.
 *
 * With `sessie: "in-de-lezing"` (a dossier's GET) the session is looked up by the handler's use-case, in
 * the statement that reads the dossier: one round trip fewer (decision 0074). The order holds: a request
 * without a session cookie, or with a malformed id, is answered here as above (401 first, then 404),
 * and the handler's null (the session does not hold) is the same 401.
 */
export function apiRoute<const B extends RouteBeleid>(
  opties: SessieInDeLezing<B>,
  handler: (aanvraag: LezingAanvraag) => Promise<Response | null>,
): ApiHandler;
export function apiRoute<const B extends RouteBeleid, S extends z.ZodType | undefined = undefined>(
  opties: ApiOpties<B, S>,
  handler: (aanvraag: ApiAanvraag<B, S>) => Promise<Response> | Response,
): ApiHandler;
export function apiRoute(
  opties: ApiOpties<RouteBeleid, z.ZodType | undefined> | SessieInDeLezing<RouteBeleid>,
  handler: (aanvraag: never) => Promise<Response | null> | Response,
): ApiHandler {
  const methoden = opties.methode === "GET" ? ["GET", "HEAD"] : ["POST"];
  const inDeLezing = "sessie" in opties && opties.sessie === "in-de-lezing" && opties.beleid.toegang === "dossier";
  const schema = "schema" in opties ? opties.schema : undefined;
  const roep = handler as (aanvraag: Record<string, unknown>) => Promise<Response | null> | Response;
  const verwerk: ApiHandler = async (args) => {
    if (!methoden.includes(args.request.method))
      return methodeNietToegestaan(("toegestaan" in opties ? opties.toegestaan : undefined) ?? opties.methode);
    try {
      const aanvraag: Record<string, unknown> = { ...args };
      if (inDeLezing) {
        const token = leesSessieToken(args.request);
        const id = args.params["id"];
        if (token && isGeldigId(id)) return (await roep({ ...aanvraag, token, id })) ?? nietIngelogd();
      }
      if (opties.beleid.toegang !== "openbaar")
        Object.assign(aanvraag, await vereisIngelogdApi(args.request, args.context));
      if (opties.beleid.toegang === "dossier") {
        const id = args.params["id"];
        if (!isGeldigId(id)) throw new DomeinFout("NIET_GEVONDEN");
        aanvraag["id"] = id;
      }
      // Reached with the session in the reading only without a cookie or with a malformed id: answered above.
      if (inDeLezing) throw new Error("apiRoute: sessie in de lezing zonder token of id");
      if (schema) aanvraag["invoer"] = valideer(schema, await leesJson(args.request));
      return (await roep(aanvraag)) ?? nietIngelogd();
    } catch (fout) {
      if (fout instanceof Response) return fout;
      return domeinFoutAlsJson(fout);
    }
  };
  BELEID.set(verwerk, opties.beleid);
  return verwerk;
}

/** The policy an API handler was made with, or undefined when it was not made by `apiRoute`. */
export function beleidVanApiRoute(handler: unknown): RouteBeleid | undefined {
  return typeof handler === "function" ? BELEID.get(handler as ApiHandler) : undefined;
}
