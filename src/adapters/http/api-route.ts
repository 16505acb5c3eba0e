import type { AppLoadContext, LoaderFunctionArgs } from "react-router";
import type { z } from "zod";
import { DomeinFout } from "../../domain/fouten.ts";
import { valideer } from "../../domain/validatie.ts";
import { isGeldigId, vereisIngelogdApi, type Verzoek } from "./aanmelding.ts";
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
 * The one shell of every JSON route: method, sign-in (unless the policy is "openbaar"), the dossier
 * id of the path (a malformed one is answered like an unknown one: 404), the body against its schema,
 * and every error as JSON (`domeinFoutAlsJson`: 4xx for the caller's faults, 503 for a log or
 * database outage). In that order, so an unsigned request learns nothing about ids or bodies. The
 * policy itself is decided by the use-case the handler calls (`metDossierToegang`,
 * `metAlgemeneToegang`), which logs; the route-policy test checks that every API route uses this.
 */
export function apiRoute<const B extends RouteBeleid, S extends z.ZodType | undefined = undefined>(
  opties: ApiOpties<B, S>,
  handler: (aanvraag: ApiAanvraag<B, S>) => Promise<Response> | Response,
): ApiHandler {
  const methoden = opties.methode === "GET" ? ["GET", "HEAD"] : ["POST"];
  const verwerk: ApiHandler = async (args) => {
    if (!methoden.includes(args.request.method)) return methodeNietToegestaan(opties.toegestaan ?? opties.methode);
    try {
      const aanvraag: Record<string, unknown> = { ...args };
      if (opties.beleid.toegang !== "openbaar")
        Object.assign(aanvraag, await vereisIngelogdApi(args.request, args.context));
      if (opties.beleid.toegang === "dossier") {
        const id = args.params["id"];
        if (!isGeldigId(id)) throw new DomeinFout("NIET_GEVONDEN");
        aanvraag["id"] = id;
      }
      if (opties.schema) aanvraag["invoer"] = valideer(opties.schema, await leesJson(args.request));
      return await handler(aanvraag as ApiAanvraag<B, S>);
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
