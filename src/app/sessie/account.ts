import { decodeHex, encodeHexLowerCase } from "@oslojs/encoding";
import {
  gebruikLink,
  telOngebruikteHerstelcodes,
  vervangHerstelcodes,
  vindGeldigeLink,
} from "../../adapters/db/aanmelding.repository.ts";
import { vindGebruiker, vindGeheimen, zetTotp, zetWachtwoordHash } from "../../adapters/db/gebruiker.repository.ts";
import { verwijderSessiesVan, zetSessieStap } from "../../adapters/db/sessie.repository.ts";
import { sha256Hex, willekeurigeBytes } from "../../adapters/crypto/sessie-token.ts";
import { hashWachtwoord, verifieerWachtwoord } from "../../adapters/crypto/wachtwoord.ts";
import { controleerTotp, formatteerHerstelcode, totpUri } from "../../domain/aanmelding/totp.ts";
import { beoordeelWachtwoord } from "../../domain/aanmelding/wachtwoord.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { sleutelsVan, type AppContext, type Ingelogd } from "../context.ts";
import { log } from "../toegang/logboek.ts";
import { controleerMetAfremming, moetTweestaps } from "./inloggen.ts";
import { sluitTotpGeheim } from "./totp-geheim.ts";

const wachtwoordOnjuist = (veld: string) => () =>
  new DomeinFout("ONGELDIGE_INVOER", [{ veld, sleutel: "fout.wachtwoord_onjuist" }]);

/** Checks the person's current password, throttled like sign-in. */
async function klopt(ctx: AppContext, wie: Ingelogd, wachtwoord: string): Promise<boolean> {
  const geheimen = await vindGeheimen(ctx.db, wie.gebruiker.id);
  return geheimen !== null && (await verifieerWachtwoord(geheimen.wachtwoordHash, wachtwoord));
}

export const AANTAL_HERSTELCODES = 10;

/** A new TOTP secret to show as a QR code; it is stored only once a code from it is confirmed. */
export function nieuwTotpGeheim(email: string): { geheimHex: string; uri: string } {
  const geheim = willekeurigeBytes(20);
  return { geheimHex: encodeHexLowerCase(geheim), uri: totpUri(geheim, { uitgever: "Meldwijzer", account: email }) };
}

/**
 * Turns on two-step sign-in once the person proves their app works (a valid code for the new
 * secret). Returns the recovery codes, shown once; only their hashes are kept. A session that
 * was waiting for this ('instellen') becomes a full one.
 */
export async function bevestigTweestaps(
  ctx: AppContext,
  wie: Ingelogd,
  sessieId: string,
  geheimHex: string,
  code: string,
  wachtwoord = "",
): Promise<string[]> {
  if (!/^[0-9a-f]{40}$/.test(geheimHex))
    throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "code", sleutel: "fout.code_onjuist" }]);
  // Replacing an existing second factor asks for the password: a session left open is not enough to take it over.
  if (wie.gebruiker.tweestaps) {
    await controleerMetAfremming(
      ctx,
      wie.gebruiker.id,
      wie.adres,
      () => klopt(ctx, wie, wachtwoord),
      wachtwoordOnjuist("wachtwoord"),
    );
  }
  const nu = ctx.klok();
  const uitkomst = controleerTotp(decodeHex(geheimHex), code, nu.getTime(), null);
  if (!uitkomst.geldig) throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "code", sleutel: "fout.code_onjuist" }]);
  const codes = Array.from({ length: AANTAL_HERSTELCODES }, () => formatteerHerstelcode(willekeurigeBytes(8)));
  await ctx.db.transaction(async (tx) => {
    await zetTotp(tx, wie.gebruiker.id, sluitTotpGeheim(sleutelsVan(ctx), wie.gebruiker.id, geheimHex), uitkomst.stap);
    await vervangHerstelcodes(
      tx,
      wie.gebruiker.id,
      codes.map((c) => sha256Hex(c)),
    );
    await zetSessieStap(tx, sessieId, "volledig");
    await log(tx, wie, { actie: "tweestaps_instellen", uitkomst: "gelukt" }, nu);
  });
  return codes;
}

/** Turns two-step sign-in off (not allowed when the organisation requires it for one of the person's roles). */
export async function zetTweestapsUit(ctx: AppContext, wie: Ingelogd, wachtwoord: string): Promise<void> {
  if (moetTweestaps(wie.gebruiker)) throw new DomeinFout("GEEN_TOEGANG");
  await controleerMetAfremming(
    ctx,
    wie.gebruiker.id,
    wie.adres,
    () => klopt(ctx, wie, wachtwoord),
    wachtwoordOnjuist("wachtwoord"),
  );
  const nu = ctx.klok();
  await ctx.db.transaction(async (tx) => {
    await zetTotp(tx, wie.gebruiker.id, null, null);
    await vervangHerstelcodes(tx, wie.gebruiker.id, []);
    await log(tx, wie, { actie: "tweestaps_instellen", uitkomst: "gelukt", details: "uitgezet" }, nu);
  });
}

export async function accountStatus(ctx: AppContext, wie: Ingelogd) {
  return {
    tweestaps: wie.gebruiker.tweestaps,
    verplicht: moetTweestaps(wie.gebruiker),
    herstelcodesOver: await telOngebruikteHerstelcodes(ctx.db, wie.gebruiker.id),
  };
}

function controleerBeleid(wachtwoord: string, gebruiker: { email: string; naam: string }): void {
  const fouten = beoordeelWachtwoord(wachtwoord, { email: gebruiker.email, naam: gebruiker.naam });
  if (fouten.length)
    throw new DomeinFout(
      "ONGELDIGE_INVOER",
      fouten.map((f) => ({ ...f, veld: "nieuwWachtwoord" })),
    );
}

/** Changes one's own password: the current one is asked (throttled like sign-in), every other session ends. */
export async function wijzigWachtwoord(
  ctx: AppContext,
  wie: Ingelogd,
  sessieId: string,
  huidig: string,
  nieuw: string,
): Promise<void> {
  await controleerMetAfremming(
    ctx,
    wie.gebruiker.id,
    wie.adres,
    () => klopt(ctx, wie, huidig),
    wachtwoordOnjuist("huidigWachtwoord"),
  );
  controleerBeleid(nieuw, wie.gebruiker);
  const hash = await hashWachtwoord(nieuw);
  const nu = ctx.klok();
  await ctx.db.transaction(async (tx) => {
    await zetWachtwoordHash(tx, wie.gebruiker.id, hash);
    await verwijderSessiesVan(tx, wie.gebruiker.id, sessieId);
    await log(tx, wie, { actie: "wachtwoord_wijzigen", uitkomst: "gelukt" }, nu);
  });
}

/** Who a one-time link is for, to greet them on the page; null when it is unknown, used or expired. */
export async function linkGeldig(ctx: AppContext, token: string): Promise<{ naam: string; doel: string } | null> {
  const link = await vindGeldigeLink(ctx.db, sha256Hex(token), ctx.klok());
  if (!link) return null;
  const gebruiker = await vindGebruiker(ctx.db, link.gebruikerId);
  return gebruiker?.actief ? { naam: gebruiker.naam, doel: link.doel } : null;
}

/**
 * Sets a password through a one-time link (invitation or reset by a beheerder). The link is
 * spent in the same transaction, all sessions of the person end, and the change is logged.
 */
export async function stelWachtwoordIn(
  ctx: AppContext,
  token: string,
  nieuw: string,
  adres: string | null,
): Promise<void> {
  const nu = ctx.klok();
  const id = sha256Hex(token);
  const link = await vindGeldigeLink(ctx.db, id, nu);
  const gebruiker = link ? await vindGebruiker(ctx.db, link.gebruikerId) : null;
  if (!link || !gebruiker?.actief) throw new DomeinFout("NIET_GEVONDEN");
  controleerBeleid(nieuw, gebruiker);
  const hash = await hashWachtwoord(nieuw);
  await ctx.db.transaction(async (tx) => {
    if ((await gebruikLink(tx, id, nu)) !== gebruiker.id) throw new DomeinFout("NIET_GEVONDEN");
    await zetWachtwoordHash(tx, gebruiker.id, hash);
    await verwijderSessiesVan(tx, gebruiker.id);
    await log(tx, { gebruiker, adres }, { actie: "wachtwoord_wijzigen", uitkomst: "gelukt", details: link.doel }, nu);
  });
}
