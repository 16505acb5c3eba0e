import { vindGebruiker, vindGebruikerOpEmail } from "../../adapters/db/gebruiker.repository.ts";
import {
  bewaarAanvraag,
  gebruikerIdVoorSubject,
  koppelSubject,
  leesSso,
  neemAanvraag,
  oidcKoppelingVan,
  organisatieVoorDomein,
  ruimAanvragenOp,
  zetSsoGewerkt,
  type OpgeslagenSso,
} from "../../adapters/db/sso.repository.ts";
import { ontsleutel } from "../../adapters/crypto/geheimen.ts";
import { maakSessieToken, sha256Hex, willekeurigeTekst } from "../../adapters/crypto/sessie-token.ts";
import {
  autorisatieUrl,
  nieuweControlewaarden,
  ontdek,
  UitwisselFout,
  wisselCodeUit,
} from "../../adapters/oidc/aanbieder.ts";
import { beoordeelSsoIdentiteit, domeinVan, idpFactorTelt, type SsoKandidaat } from "../../domain/aanmelding/sso.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import type { SessieStap } from "../../domain/aanmelding/sessie.ts";
import { sleutelsVan, type AppContext } from "../context.ts";
import { log, logAnoniem, logVoorOrganisatie } from "../toegang/logboek.ts";
import { begin, stapNaEersteFactor } from "./inloggen.ts";

/**
 * Signing in with the organisation's own account (OpenID Connect, decision 0038). `beginSso` sends the
 * browser to the provider; `rondSsoAf` takes it back, checks everything and starts the app's usual session.
 * Only people the organisation invited or imported come in; nobody is created here.
 */

/** A sign-in at the provider must come back within this time. */
export const SSO_AANVRAAG_MS = 10 * 60 * 1000;

/** The purpose an organisation's client secret is encrypted for. */
export function clientGeheimDoel(organisatieId: string): string {
  return `oidc:${organisatieId}`;
}

export interface SsoOmgeving {
  /** Where the provider sends the browser back: <public address>/inloggen/sso/terug. */
  readonly redirectUri: string;
  /** http issuers allowed (development and tests only). */
  readonly httpToegestaan: boolean;
}

/** Why a single sign-on was refused; each has its own page and its own line in the access log. */
export type SsoReden =
  "onbekend" | "inactief" | "email_niet_geverifieerd" | "state" | "nonce" | "aanbieder" | "verlopen" | "niet_ingesteld";

export class SsoGeweigerdFout extends Error {
  constructor(readonly reden: SsoReden) {
    super(`Inloggen met organisatie-account geweigerd: ${reden}`);
    this.name = "SsoGeweigerdFout";
  }
}

const LOGTEKST: Record<SsoReden, string> = {
  onbekend: "organisatie-account: persoon niet uitgenodigd of niet van deze organisatie",
  inactief: "organisatie-account: account gedeactiveerd",
  email_niet_geverifieerd: "organisatie-account: e-mailadres niet geverifieerd door de aanbieder",
  state: "organisatie-account: state klopt niet (mogelijk gemanipuleerd)",
  nonce: "organisatie-account: nonce klopt niet (mogelijk gemanipuleerd)",
  aanbieder: "organisatie-account: fout bij de aanbieder",
  verlopen: "organisatie-account: geen lopende aanvraag in deze browser",
  niet_ingesteld: "organisatie-account: niet (meer) ingesteld",
};

function clientGegevens(ctx: AppContext, sso: OpgeslagenSso, omgeving: SsoOmgeving) {
  return {
    issuer: sso.issuer,
    clientId: sso.clientId,
    clientGeheim: ontsleutel(sleutelsVan(ctx), sso.clientGeheim, clientGeheimDoel(sso.organisatieId)),
    httpToegestaan: omgeving.httpToegestaan,
  };
}

/**
 * Starts a sign-in: the e-mail domain selects the organisation's provider. Returns the provider's
 * address and the token for the browser's cookie; state, nonce and PKCE verifier stay in the database
 * under the token's SHA-256, so any app process can finish the sign-in and only this browser can.
 */
export async function beginSso(
  ctx: AppContext,
  email: string,
  terug: string,
  omgeving: SsoOmgeving,
): Promise<{ url: string; cookieToken: string }> {
  const domein = domeinVan(email);
  if (!domein) throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "ssoEmail", sleutel: "sso.fout.email" }]);
  const organisatieId = await organisatieVoorDomein(ctx.db, domein);
  const sso = organisatieId ? await leesSso(ctx.db, organisatieId) : null;
  if (!sso) throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "ssoEmail", sleutel: "sso.fout.geen_organisatie" }]);
  const nu = ctx.klok();
  let config;
  try {
    config = await ontdek(clientGegevens(ctx, sso, omgeving));
  } catch {
    throw new SsoGeweigerdFout("aanbieder");
  }
  const c = nieuweControlewaarden();
  const url = await autorisatieUrl(config, omgeving.redirectUri, c, email.trim().toLowerCase());
  const cookieToken = willekeurigeTekst(20);
  if (Math.random() < 0.05) await ruimAanvragenOp(ctx.db, nu);
  await bewaarAanvraag(ctx.db, {
    id: sha256Hex(cookieToken),
    organisatieId: sso.organisatieId,
    ...c,
    terug,
    verlooptOp: new Date(nu.getTime() + SSO_AANVRAAG_MS),
  });
  return { url: url.href, cookieToken };
}

export interface SsoResultaat {
  readonly token: string;
  readonly stap: SessieStap;
  readonly terug: string;
}

async function kandidaat(ctx: AppContext, id: string, issuer: string): Promise<SsoKandidaat | null> {
  const [gebruiker, koppeling] = await Promise.all([vindGebruiker(ctx.db, id), oidcKoppelingVan(ctx.db, id)]);
  if (!gebruiker || !koppeling) return null;
  const zelfdeIssuer = koppeling.issuer === issuer;
  return {
    id,
    organisatieId: gebruiker.organisatieId,
    actief: gebruiker.actief,
    subject: zelfdeIssuer ? koppeling.subject : null,
    anderIssuer: koppeling.issuer !== null && !zelfdeIssuer,
  };
}

/**
 * The provider sent the browser back. The request in flight is taken (once) by the browser's cookie
 * token; openid-client checks the response's state, the code exchange with the PKCE verifier, and the
 * ID token's signature, issuer, audience, expiry and nonce. Then the person is found (by subject, or
 * the first time by verified e-mail, and linked), and the usual session starts, with the app's own
 * second step unless the organisation accepts the provider's and the provider reports one.
 */
export async function rondSsoAf(
  ctx: AppContext,
  cookieToken: string | null,
  huidigeUrl: URL,
  adres: string | null,
  omgeving: SsoOmgeving,
): Promise<SsoResultaat> {
  const nu = ctx.klok();
  const aanvraag = cookieToken ? await neemAanvraag(ctx.db, sha256Hex(cookieToken)) : null;
  if (!aanvraag || nu >= aanvraag.verlooptOp) {
    await ctx.db.transaction((tx) =>
      logAnoniem(tx, adres, { actie: "inloggen", uitkomst: "ongeldig", details: LOGTEKST.verlopen }, nu),
    );
    throw new SsoGeweigerdFout("verlopen");
  }
  const org = aanvraag.organisatieId;
  const weiger = async (reden: SsoReden, extra = ""): Promise<never> => {
    const uitkomst = reden === "state" || reden === "nonce" ? "ongeldig" : "geweigerd";
    await ctx.db.transaction((tx) =>
      logVoorOrganisatie(tx, org, adres, { actie: "inloggen", uitkomst, details: LOGTEKST[reden] + extra }, nu),
    );
    throw new SsoGeweigerdFout(reden);
  };
  const sso = await leesSso(ctx.db, org);
  if (!sso) return weiger("niet_ingesteld");
  let claims;
  try {
    claims = await wisselCodeUit(await ontdek(clientGegevens(ctx, sso, omgeving)), huidigeUrl, aanvraag);
  } catch (fout) {
    if (fout instanceof UitwisselFout) return weiger(fout.soort, fout.providerCode ? ` (${fout.providerCode})` : "");
    return weiger("aanbieder");
  }
  const opSubjectId = await gebruikerIdVoorSubject(ctx.db, sso.issuer, claims.sub);
  const opEmail = typeof claims["email"] === "string" ? await vindGebruikerOpEmail(ctx.db, claims["email"]) : null;
  const oordeel = beoordeelSsoIdentiteit(
    org,
    claims,
    opSubjectId ? await kandidaat(ctx, opSubjectId, sso.issuer) : null,
    opEmail ? await kandidaat(ctx, opEmail.id, sso.issuer) : null,
  );
  if (oordeel.soort === "geweigerd") return weiger(oordeel.reden);
  const gebruiker = await vindGebruiker(ctx.db, oordeel.gebruikerId);
  if (!gebruiker?.actief) return weiger("inactief");
  // The provider's second factor counts only when the organisation says so and the provider reports one.
  const factor = idpFactorTelt({ amr: claims["amr"], acr: claims["acr"] }, sso);
  const stap: SessieStap = factor ? "volledig" : stapNaEersteFactor(gebruiker);
  const token = maakSessieToken();
  const gelukt = await ctx.db.transaction(async (tx) => {
    if (oordeel.koppelen && !(await koppelSubject(tx, gebruiker.id, sso.issuer, claims.sub))) return false;
    await begin(tx, token, gebruiker.id, stap, nu);
    await zetSsoGewerkt(tx, org, sso.issuer, sso.clientId, nu);
    const details = `organisatie-account${oordeel.koppelen ? ", eerste keer (gekoppeld op geverifieerd e-mailadres)" : ""}${factor ? ", tweede factor bij de aanbieder" : ""}${stap === "volledig" ? "" : `; ${stap}`}`;
    await log(tx, { gebruiker, adres }, { actie: "inloggen", uitkomst: "gelukt", details }, nu);
    return true;
  });
  if (!gelukt) return weiger("onbekend");
  return { token, stap, terug: aanvraag.terug };
}
