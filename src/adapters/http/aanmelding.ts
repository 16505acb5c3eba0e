import { redirect, type AppLoadContext } from "react-router";
import type { Ingelogd } from "../../app/context.ts";
import { sessieVan, type SessieInfo } from "../../app/sessie/inloggen.ts";
import type { SessieStap } from "../../domain/aanmelding/sessie.ts";
import { vertaler } from "../../i18n/vertaal.ts";
import { foutAntwoord } from "./json.ts";
import type { Samenstelling } from "./samenstelling.ts";
import { leesSessieToken } from "./sessie-cookie.ts";

/**
 * A signed-in request: the composition root from the load context (named `runtime` here, as every
 * route destructures it) and who is signed in.
 */
export interface Verzoek {
  readonly runtime: Samenstelling;
  readonly wie: Ingelogd;
}

type GevondenSessie = { runtime: Samenstelling; sessie: SessieInfo; token: string } | null;

/**
 * A page's loaders (the root's and the route's) all run for the same GET request and each asks who is
 * signed in: the answer is looked up once per request. The key is the load context, the one object
 * React Router hands to every loader of a request (each loader gets its own copy of the `Request`).
 * Only for GET and HEAD, which change no session; an
 * action (sign-in, sign-out, the second step) always looks again.
 */
const PER_VERZOEK = new WeakMap<object, Promise<GevondenSessie>>();

/** The session in whatever step (password only, two-step pending), with its token. */
export function sessieOfNull(request: Request, context: AppLoadContext): Promise<GevondenSessie> {
  if (request.method !== "GET" && request.method !== "HEAD") return zoekSessie(request, context.samenstelling);
  let gevonden = PER_VERZOEK.get(context);
  if (!gevonden) {
    gevonden = zoekSessie(request, context.samenstelling);
    PER_VERZOEK.set(context, gevonden);
  }
  return gevonden;
}

async function zoekSessie(request: Request, runtime: Samenstelling): Promise<GevondenSessie> {
  const token = leesSessieToken(request);
  const sessie = token ? await sessieVan(runtime, token) : null;
  return sessie && token ? { runtime, sessie, token } : null;
}

/** Who is fully signed in (password and, where required, the second step), or null. */
export async function ingelogdOfNull(request: Request, context: AppLoadContext): Promise<Verzoek | null> {
  return volledig(await sessieOfNull(request, context), context);
}

function volledig(s: Awaited<ReturnType<typeof sessieOfNull>>, context: AppLoadContext): Verzoek | null {
  return s?.sessie.stap === "volledig"
    ? { runtime: s.runtime, wie: { gebruiker: s.sessie.gebruiker, adres: context.adres } }
    : null;
}

const VERVOLG: Record<Exclude<SessieStap, "volledig">, string> = {
  tweede_stap: "/inloggen/code",
  instellen: "/account/tweestaps",
};

/**
 * For pages: who is signed in, or a redirect that comes back here afterwards: to the sign-in page,
 * to the second step, or to setting up two-step sign-in when the organisation requires it.
 */
export async function vereisIngelogd(request: Request, context: AppLoadContext): Promise<Verzoek> {
  const s = await sessieOfNull(request, context);
  const verzoek = volledig(s, context);
  if (verzoek) return verzoek;
  const url = new URL(request.url);
  const terug = `?terug=${encodeURIComponent(url.pathname + url.search)}`;
  throw redirect(`${s && s.sessie.stap !== "volledig" ? VERVOLG[s.sessie.stap] : "/inloggen"}${terug}`);
}

/** For the sign-in steps themselves: a session in one of the given steps, or back to the start. */
export async function vereisSessie(request: Request, context: AppLoadContext, stappen: readonly SessieStap[]) {
  const s = await sessieOfNull(request, context);
  if (!s || !stappen.includes(s.sessie.stap)) throw redirect("/inloggen");
  return { ...s, wie: { gebruiker: s.sessie.gebruiker, adres: context.adres } };
}

/** For the JSON API: who is signed in, or 401. */
export async function vereisIngelogdApi(request: Request, context: AppLoadContext): Promise<Verzoek> {
  const verzoek = await ingelogdOfNull(request, context);
  if (verzoek) return verzoek;
  throw nietIngelogd();
}

/** The JSON API's 401. */
export function nietIngelogd(): Response {
  return foutAntwoord(401, "NIET_INGELOGD", vertaler("nl")("fout.code.NIET_INGELOGD"));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is answered exactly like an unknown one. */
export function isGeldigId(id: string | undefined): id is string {
  return typeof id === "string" && UUID.test(id);
}
