import * as oidc from "openid-client";
import { sha256Hex } from "../crypto/sessie-token.ts";

/**
 * The OpenID Connect protocol, through openid-client 6 (decision 0038): discovery, the authorization
 * URL with PKCE (S256), state and nonce, and the code exchange with every check the library makes
 * (issuer, audience, signature, expiry, state, nonce, PKCE). What to do with the outcome is the use-case's.
 */

export interface AanbiederGegevens {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientGeheim: string;
  /** http issuers only outside production (a provider started by the tests). */
  readonly httpToegestaan: boolean;
}

const BEWAAR_MS = 10 * 60 * 1000;
const cache = new Map<string, { config: Promise<oidc.Configuration>; tot: number }>();

/** The provider's configuration by discovery, kept ten minutes per (issuer, client, secret) in this process. */
export function ontdek(g: AanbiederGegevens): Promise<oidc.Configuration> {
  const sleutel = `${g.issuer}\n${g.clientId}\n${sha256Hex(g.clientGeheim)}`;
  const nu = Date.now();
  const bewaard = cache.get(sleutel);
  if (bewaard && bewaard.tot > nu) return bewaard.config;
  const config = oidc.discovery(new URL(g.issuer), g.clientId, undefined, oidc.ClientSecretBasic(g.clientGeheim), {
    timeout: 10,
    ...(g.httpToegestaan && g.issuer.startsWith("http:") ? { execute: [oidc.allowInsecureRequests] } : {}),
  });
  cache.set(sleutel, { config, tot: nu + BEWAAR_MS });
  config.catch(() => cache.delete(sleutel));
  return config;
}

/** What a sign-in must remember until the provider sends the browser back. */
export interface Controlewaarden {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export function nieuweControlewaarden(): Controlewaarden {
  return { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
}

export async function autorisatieUrl(
  config: oidc.Configuration,
  redirectUri: string,
  c: Controlewaarden,
  emailHint: string | null,
): Promise<URL> {
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    response_type: "code",
    code_challenge: await oidc.calculatePKCECodeChallenge(c.codeVerifier),
    code_challenge_method: "S256",
    state: c.state,
    nonce: c.nonce,
    ...(emailHint ? { login_hint: emailHint } : {}),
  });
}

/** How a code exchange failed, in the words of the access log. */
export type Uitwisselfout = "nonce" | "state" | "aanbieder";

export class UitwisselFout extends Error {
  constructor(
    readonly soort: Uitwisselfout,
    readonly providerCode: string | null,
    oorzaak: unknown,
  ) {
    super(`OIDC-uitwisseling mislukt: ${soort}`, { cause: oorzaak });
    this.name = "UitwisselFout";
  }
}

/** Safe to log: an OAuth error code is a short token from a fixed list; anything else is dropped. */
function veiligeCode(waarde: unknown): string | null {
  return typeof waarde === "string" && /^[a-z_]{1,40}$/u.test(waarde) ? waarde : null;
}

function soortVan(fout: unknown): { soort: Uitwisselfout; code: string | null } {
  if (fout instanceof oidc.AuthorizationResponseError || fout instanceof oidc.ResponseBodyError)
    return { soort: "aanbieder", code: veiligeCode(fout.error) };
  // openid-client wraps oauth4webapi's error (code kept) around the original, whose cause names the claim.
  const buiten = fout as { code?: unknown; cause?: { message?: unknown; cause?: { claim?: unknown } } };
  const binnen = buiten.cause;
  if (buiten.code === "OAUTH_JWT_CLAIM_COMPARISON_FAILED" && binnen?.cause?.claim === "nonce")
    return { soort: "nonce", code: null };
  if (
    buiten.code === "OAUTH_INVALID_RESPONSE" &&
    typeof binnen?.message === "string" &&
    binnen.message.includes('"state"')
  )
    return { soort: "state", code: null };
  return { soort: "aanbieder", code: null };
}

/** The checked ID token's claims after the code exchange; every failure becomes an UitwisselFout. */
export async function wisselCodeUit(
  config: oidc.Configuration,
  huidigeUrl: URL,
  c: Controlewaarden,
): Promise<Record<string, unknown> & { sub: string }> {
  try {
    const tokens = await oidc.authorizationCodeGrant(config, huidigeUrl, {
      pkceCodeVerifier: c.codeVerifier,
      expectedState: c.state,
      expectedNonce: c.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error("geen ID-token");
    if (typeof claims.email === "string") return claims;
    // Some providers put e-mail only in the UserInfo answer (claims by scope): ask it, for the same subject.
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    return { ...claims, email: info.email, email_verified: info.email_verified, xms_edov: info["xms_edov"] };
  } catch (fout) {
    const { soort, code } = soortVan(fout);
    throw new UitwisselFout(soort, code, fout);
  }
}
