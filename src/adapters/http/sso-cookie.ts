import { SSO_AANVRAAG_MS } from "../../app/sessie/sso.ts";
import type { SsoOmgeving } from "../../app/sessie/sso.ts";
import type { Samenstelling } from "./samenstelling.ts";

/**
 * The cookie that binds a single sign-on in flight to this browser (decision 0038): a random token whose
 * SHA-256 names the server-side row with state, nonce and PKCE verifier. SameSite=Lax, because the
 * provider sends the browser back with a top-level GET from its own site.
 */
const NAAM = "mw_sso";
const HTTPS_NAAM = "__Host-mw_sso";

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

export function leesSsoToken(request: Request): string | null {
  const naam = isHttps(request) ? HTTPS_NAAM : NAAM;
  for (const deel of (request.headers.get("cookie") ?? "").split(";")) {
    const [sleutel, ...rest] = deel.trim().split("=");
    if (sleutel === naam && /^[a-z2-7]{16,64}$/u.test(rest.join("="))) return rest.join("=");
  }
  return null;
}

export function ssoCookie(request: Request, token: string): string {
  const https = isHttps(request);
  return `${https ? HTTPS_NAAM : NAAM}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SSO_AANVRAAG_MS / 1000}${https ? "; Secure" : ""}`;
}

export function wisSsoCookie(request: Request): string {
  const https = isHttps(request);
  return `${https ? HTTPS_NAAM : NAAM}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${https ? "; Secure" : ""}`;
}

/** The redirect URI registered at the provider: MELDWIJZER_BASIS_URL when set, else this request's origin. */
export function ssoOmgeving(runtime: Samenstelling, request: Request): SsoOmgeving {
  const basis = runtime.instellingen.basisUrl ?? new URL(request.url).origin;
  return { redirectUri: `${basis}/inloggen/sso/terug`, httpToegestaan: runtime.instellingen.omgeving !== "production" };
}
