import { z } from "zod";
import type { VeldFout } from "../fouten.ts";

/**
 * Single sign-on with OpenID Connect (decision 0038): the rules, apart from the protocol itself. Who may
 * come in, when the provider's second factor counts, and what a beheerder may set.
 */

/** `amr` values (RFC 8176) that mean a second factor was used at the provider. */
export const TWEEDE_FACTOR_AMR = ["mfa", "otp", "hwk", "sc"] as const;

/** Lowercase e-mail domain, or null for something that is not an address. */
export function domeinVan(email: string): string | null {
  const tekst = email.trim().toLowerCase();
  const at = tekst.lastIndexOf("@");
  if (at < 1 || at === tekst.length - 1) return null;
  const domein = tekst.slice(at + 1);
  return isDomein(domein) ? domein : null;
}

const DOMEIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/u;

export function isDomein(tekst: string): boolean {
  return DOMEIN.test(tekst);
}

/** The domains typed by a beheerder: separated by commas, spaces or lines; lowercased, without duplicates. */
export function leesDomeinen(tekst: string): { domeinen: string[]; ongeldig: string[] } {
  const delen = tekst
    .split(/[\s,;]+/u)
    .map((d) => d.trim().toLowerCase().replace(/^@/u, ""))
    .filter((d) => d !== "");
  const domeinen = [...new Set(delen.filter(isDomein))].sort();
  return { domeinen, ongeldig: delen.filter((d) => !isDomein(d)) };
}

/** The claims of a verified ID token that matter here. */
export interface SsoClaims {
  readonly sub: string;
  readonly email?: unknown;
  readonly email_verified?: unknown;
  /** Microsoft Entra ID's optional claim: the e-mail domain's owner is verified (Entra sends no email_verified). */
  readonly xms_edov?: unknown;
  readonly amr?: unknown;
  readonly acr?: unknown;
}

export interface SsoKandidaat {
  readonly id: string;
  readonly organisatieId: string;
  readonly actief: boolean;
  /** The subject this person is linked to at this issuer, if any. */
  readonly subject: string | null;
  /** Linked to another issuer (the organisation changed providers): the e-mail match may re-link. */
  readonly anderIssuer: boolean;
}

export type SsoOordeel =
  | { readonly soort: "toegelaten"; readonly gebruikerId: string; readonly koppelen: boolean }
  | { readonly soort: "geweigerd"; readonly reden: "onbekend" | "inactief" | "email_niet_geverifieerd" };

/**
 * Who comes in: the person already linked to this subject, or else, the first time, the person of this
 * organisation with the provider's *verified* e-mail address (`email_verified`, or Entra ID's `xms_edov`) who is not yet linked to another subject at
 * this issuer. Nobody is created; an inactive person is refused; a person of another organisation is a stranger.
 */
export function beoordeelSsoIdentiteit(
  organisatieId: string,
  claims: SsoClaims,
  opSubject: SsoKandidaat | null,
  opEmail: SsoKandidaat | null,
): SsoOordeel {
  if (opSubject) {
    if (opSubject.organisatieId !== organisatieId) return { soort: "geweigerd", reden: "onbekend" };
    return opSubject.actief
      ? { soort: "toegelaten", gebruikerId: opSubject.id, koppelen: false }
      : { soort: "geweigerd", reden: "inactief" };
  }
  if (!opEmail || opEmail.organisatieId !== organisatieId) return { soort: "geweigerd", reden: "onbekend" };
  if (claims.email_verified !== true && claims.xms_edov !== true)
    return { soort: "geweigerd", reden: "email_niet_geverifieerd" };
  if (opEmail.subject !== null && !opEmail.anderIssuer) return { soort: "geweigerd", reden: "onbekend" };
  return opEmail.actief
    ? { soort: "toegelaten", gebruikerId: opEmail.id, koppelen: true }
    : { soort: "geweigerd", reden: "inactief" };
}

/** Did the provider report a second factor that the organisation accepts in place of its own TOTP step? */
export function idpFactorTelt(
  claims: Pick<SsoClaims, "amr" | "acr">,
  instelling: { readonly idpTweedeFactor: boolean; readonly acr: string | null },
): boolean {
  if (!instelling.idpTweedeFactor) return false;
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((a): a is string => typeof a === "string") : [];
  if (amr.some((a) => (TWEEDE_FACTOR_AMR as readonly string[]).includes(a))) return true;
  return instelling.acr !== null && typeof claims.acr === "string" && claims.acr === instelling.acr;
}

/** What a beheerder submits on the single sign-on page. */
export const ssoInvoerSchema = z.object({
  issuer: z.string().trim().min(1, { error: "fout.verplicht" }).max(500, { error: "fout.te_lang" }),
  clientId: z.string().trim().min(1, { error: "fout.verplicht" }).max(500, { error: "fout.te_lang" }),
  clientGeheim: z.string().max(2000, { error: "fout.te_lang" }),
  domeinen: z.string().max(4000, { error: "fout.te_lang" }),
  idpTweedeFactor: z.boolean(),
  acr: z.string().trim().max(500, { error: "fout.te_lang" }),
  wachtwoordUit: z.boolean(),
});
export type SsoInvoer = z.infer<typeof ssoInvoerSchema>;

/**
 * The issuer as a URL: https, or http only where the caller allows it (development and tests, never in
 * production); no credentials, query or fragment. Returns the field error, or null.
 */
export function controleerIssuer(tekst: string, httpToegestaan: boolean): VeldFout | null {
  let url: URL;
  try {
    url = new URL(tekst);
  } catch {
    return { veld: "issuer", sleutel: "sso.fout.issuer_url" };
  }
  if (url.protocol !== "https:" && !(httpToegestaan && url.protocol === "http:"))
    return { veld: "issuer", sleutel: "sso.fout.issuer_https" };
  if (url.username || url.password || url.search || url.hash) return { veld: "issuer", sleutel: "sso.fout.issuer_url" };
  return null;
}
