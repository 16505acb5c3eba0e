import { redirect, type AppLoadContext } from "react-router";
import type { Ingelogd } from "../../app/context.ts";
import { gebruikerVanSessie } from "../../app/sessie/inloggen.ts";
import { vertaler } from "../../i18n/vertaal.ts";
import { foutAntwoord } from "./json.ts";
import { haalRuntime, type Runtime } from "./runtime.ts";
import { leesSessieToken } from "./sessie-cookie.ts";

export interface Verzoek {
  readonly runtime: Runtime;
  readonly wie: Ingelogd;
}

export async function ingelogdOfNull(request: Request, context: AppLoadContext | undefined): Promise<Verzoek | null> {
  const runtime = await haalRuntime();
  const token = leesSessieToken(request);
  const gebruiker = token ? await gebruikerVanSessie(runtime, token) : null;
  return gebruiker ? { runtime, wie: { gebruiker, adres: context?.adres ?? null } } : null;
}

/** For pages: who is signed in, or a redirect to the sign-in page that comes back here afterwards. */
export async function vereisIngelogd(request: Request, context: AppLoadContext | undefined): Promise<Verzoek> {
  const verzoek = await ingelogdOfNull(request, context);
  if (verzoek) return verzoek;
  const url = new URL(request.url);
  throw redirect(`/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);
}

/** For the JSON API: who is signed in, or 401. */
export async function vereisIngelogdApi(request: Request, context: AppLoadContext | undefined): Promise<Verzoek> {
  const verzoek = await ingelogdOfNull(request, context);
  if (verzoek) return verzoek;
  throw foutAntwoord(401, "NIET_INGELOGD", vertaler("nl")("fout.code.NIET_INGELOGD"));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is answered exactly like an unknown one. */
export function isGeldigId(id: string | undefined): id is string {
  return typeof id === "string" && UUID.test(id);
}
