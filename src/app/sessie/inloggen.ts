import {
  mislukteTijden,
  registreerMislukt,
  ruimPogingenOp,
  verwijderPogingen,
  wisPogingen,
} from "../../adapters/db/aanmelding.repository.ts";
import { gebruikHerstelcode } from "../../adapters/db/aanmelding.repository.ts";
import {
  vindAanmeldingOpEmail,
  vindGebruiker,
  vindGeheimen,
  vindSessieMetGebruiker,
  type SessieMetGebruiker,
  vervangTotpGeheim,
  zetTotpStap,
} from "../../adapters/db/gebruiker.repository.ts";
import { bewaarSessie, raakSessieAan, verwijderSessie, vindSessie } from "../../adapters/db/sessie.repository.ts";
import { maakSessieToken, sessieIdVan, sha256Hex } from "../../adapters/crypto/sessie-token.ts";
import { hashWachtwoord, verifieerWachtwoord } from "../../adapters/crypto/wachtwoord.ts";
import { beoordeelPoging, PER_ADRES, PER_PAAR } from "../../domain/aanmelding/afremmen.ts";
import { controleerTotp, normaliseerHerstelcode } from "../../domain/aanmelding/totp.ts";
import type { SessieStap } from "../../domain/aanmelding/sessie.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import type { Gebruiker } from "../../domain/gebruiker.ts";
import type { Verbinding } from "../../adapters/db/database.ts";
import { wachtwoordUitVoor } from "../../adapters/db/sso.repository.ts";
import { sleutelsVan, type AppContext } from "../context.ts";
import { log, logAnoniem } from "../toegang/logboek.ts";
import { openTotpGeheim } from "./totp-geheim.ts";

/** A session ends after this much inactivity, and in any case after the absolute lifetime. */
export const SESSIE_INACTIEF_MS = 60 * 60 * 1000;
export const SESSIE_MAXIMAAL_MS = 12 * 60 * 60 * 1000;
/** The second step must follow the password within this time. */
const TWEEDE_STAP_MS = 10 * 60 * 1000;
const AANRAAK_INTERVAL_MS = 60 * 1000;

let dummyHash: Promise<string> | undefined;

/** The password was right, but the organisation signs in with its own accounts only (single sign-on, decision 0038). */
export class WachtwoordUitFout extends DomeinFout {
  constructor() {
    super("NIET_INGELOGD");
  }
}

/** Too many failed attempts from this address (for this account): wait, whoever you are. */
export class TeVeelPogingenFout extends DomeinFout {
  constructor(readonly wachtSeconden: number) {
    super("TE_VEEL_POGINGEN");
  }
}

export interface InlogResultaat {
  readonly token: string;
  readonly gebruiker: Gebruiker;
  /** 'volledig': signed in; 'tweede_stap': the code is asked next; 'instellen': two-step sign-in must be set up first. */
  readonly stap: SessieStap;
}

export function sleutels(kenmerk: string, adres: string | null) {
  // The typed e-mail address is hashed: a throttling row must not keep what someone typed.
  return {
    paar: `paar:${sha256Hex(`${kenmerk.trim().toLowerCase()}\n${adres ?? "-"}`)}`,
    adres: `adres:${adres ?? "-"}`,
  };
}

/**
 * Counts the attempt as failed *before* checking it, then judges the attempts of others (including
 * ones still in flight): parallel guesses cannot slip past the limit. A throttled attempt is not
 * counted (waiting must end); a successful one is taken back. Returns the rows to take back.
 */
export async function reserveerPoging(
  ctx: AppContext,
  s: { paar: string; adres: string },
  nu: Date,
  regels = { paar: PER_PAAR, adres: PER_ADRES },
): Promise<number[]> {
  const eigen = await registreerMislukt(ctx.db, [s.paar, s.adres], nu);
  const tijden = await mislukteTijden(
    ctx.db,
    [s.paar, s.adres],
    new Date(nu.getTime() - Math.max(regels.paar.vensterMs, regels.adres.vensterMs)),
    eigen,
  );
  const oordeel = beoordeelPoging(
    { paar: tijden.get(s.paar) ?? [], adres: tijden.get(s.adres) ?? [] },
    nu.getTime(),
    regels,
  );
  if (!oordeel.toegestaan) {
    await verwijderPogingen(ctx.db, eigen);
    throw new TeVeelPogingenFout(oordeel.wachtSeconden);
  }
  return eigen;
}

/**
 * Checks e-mail and password and starts a new session (a fresh token at every sign-in). An unknown
 * address costs the same argon2 verification as a known one and gets the same refusal; throttling
 * is keyed on what was typed, not on whether it exists, so no answer tells which addresses exist.
 */
export async function inloggen(
  ctx: AppContext,
  email: string,
  wachtwoord: string,
  adres: string | null,
): Promise<InlogResultaat> {
  const nu = ctx.klok();
  const s = sleutels(email, adres);
  const poging = await reserveerPoging(ctx, s, nu);
  const aanmelding = await vindAanmeldingOpEmail(ctx.db, email);
  const gebruiker = aanmelding?.gebruiker ?? null;
  dummyHash ??= hashWachtwoord("meldwijzer-geen-gebruiker");
  // An invited account has no argon2 hash yet: verify against the dummy so its answer takes as long.
  const opgeslagen = aanmelding?.wachtwoordHash.startsWith("$argon2") ? aanmelding.wachtwoordHash : await dummyHash;
  const klopt = (await verifieerWachtwoord(opgeslagen, wachtwoord)) && opgeslagen !== (await dummyHash);
  if (!gebruiker || !klopt || !gebruiker.actief) {
    await ctx.db.transaction(async (tx) => {
      if (gebruiker) await log(tx, { gebruiker, adres }, { actie: "inloggen", uitkomst: "geweigerd" }, nu);
      else await logAnoniem(tx, adres, { actie: "inloggen", uitkomst: "geweigerd" }, nu);
    });
    if (Math.random() < 0.01) await ruimPogingenOp(ctx.db, new Date(nu.getTime() - 24 * 3600 * 1000));
    throw new DomeinFout("NIET_INGELOGD");
  }
  if (await wachtwoordUitVoor(ctx.db, gebruiker.organisatieId)) {
    await ctx.db.transaction(async (tx) => {
      await wisPogingen(tx, s.paar);
      await verwijderPogingen(tx, poging);
      await log(
        tx,
        { gebruiker, adres },
        { actie: "inloggen", uitkomst: "geweigerd", details: "wachtwoord uitgezet: organisatie-account" },
        nu,
      );
    });
    throw new WachtwoordUitFout();
  }
  const stap = stapNaEersteFactor(gebruiker);
  const token = maakSessieToken();
  await ctx.db.transaction(async (tx) => {
    await wisPogingen(tx, s.paar);
    await verwijderPogingen(tx, poging);
    await begin(tx, token, gebruiker.id, stap, nu);
    await log(
      tx,
      { gebruiker, adres },
      { actie: "inloggen", uitkomst: "gelukt", details: stap === "volledig" ? null : stap },
      nu,
    );
  });
  return { token, gebruiker: gebruiker, stap };
}

/**
 * A password asked again inside a session (changing it, turning two-step sign-in off or replacing
 * it) is throttled exactly like sign-in, keyed on the person and the address: a session left open
 * is no place to guess the password from. A right password takes the attempt back.
 */
export async function controleerMetAfremming(
  ctx: AppContext,
  gebruikerId: string,
  adres: string | null,
  controleer: () => Promise<boolean>,
  fout: () => Error,
): Promise<void> {
  const s = sleutels(`wachtwoord:${gebruikerId}`, adres);
  const poging = await reserveerPoging(ctx, s, ctx.klok());
  if (!(await controleer())) throw fout();
  await wisPogingen(ctx.db, s.paar);
  await verwijderPogingen(ctx.db, poging);
}

/**
 * The session step after the first factor (a password, or the organisation's identity provider): the
 * TOTP code when the person has two-step sign-in, its setup when the organisation requires it, else full.
 */
export function stapNaEersteFactor(
  gebruiker: Pick<Gebruiker, "tweestaps" | "rollen" | "tweestapsVerplichtVoor">,
): SessieStap {
  return gebruiker.tweestaps ? "tweede_stap" : moetTweestaps(gebruiker) ? "instellen" : "volledig";
}

/** Stores a new session for the token: short-lived while the second step is pending. */
export async function begin(
  tx: Verbinding,
  token: string,
  gebruikerId: string,
  stap: SessieStap,
  nu: Date,
): Promise<void> {
  await bewaarSessie(tx, {
    id: sessieIdVan(token),
    gebruikerId,
    aangemaaktOp: nu,
    laatstGebruiktOp: nu,
    stap,
    verlooptOp: new Date(nu.getTime() + (stap === "tweede_stap" ? TWEEDE_STAP_MS : SESSIE_MAXIMAAL_MS)),
  });
}

/** Must this person use two-step sign-in, by the organisation's setting for their roles? */
export function moetTweestaps(gebruiker: Pick<Gebruiker, "rollen" | "tweestapsVerplichtVoor">): boolean {
  return gebruiker.rollen.some((r) => gebruiker.tweestapsVerplichtVoor.includes(r));
}

/**
 * The second step: a TOTP code (each accepted at most once) or an unused recovery code. Success
 * replaces the half-open session by a fresh, full one. Failures are throttled like passwords.
 */
export async function bevestigTweedeStap(
  ctx: AppContext,
  token: string,
  code: string,
  adres: string | null,
): Promise<{ token: string }> {
  const nu = ctx.klok();
  const sessie = await vindSessie(ctx.db, sessieIdVan(token));
  if (!sessie || sessie.stap !== "tweede_stap" || nu >= sessie.verlooptOp) throw new DomeinFout("NIET_INGELOGD");
  const s = sleutels(`code:${sessie.gebruikerId}`, adres);
  const poging = await reserveerPoging(ctx, s, nu);
  const gebruiker = await vindGebruiker(ctx.db, sessie.gebruikerId);
  const geheimen = await vindGeheimen(ctx.db, sessie.gebruikerId);
  if (!gebruiker?.actief || !geheimen?.totpGeheim) throw new DomeinFout("NIET_INGELOGD");
  const { geheim, vervanging } = openTotpGeheim(sleutelsVan(ctx), gebruiker.id, geheimen.totpGeheim);
  const totp = controleerTotp(geheim, code, nu.getTime(), geheimen.totpLaatsteStap);
  const nieuw = maakSessieToken();
  // A secret still in clear (or under the old key) is encrypted under the current key at this use, whatever the code.
  if (vervanging) await vervangTotpGeheim(ctx.db, gebruiker.id, geheimen.totpGeheim, vervanging);
  const gelukt = await ctx.db.transaction(async (tx) => {
    let goed = totp.geldig && (await zetTotpStap(tx, gebruiker.id, totp.stap));
    const herstel = !goed ? normaliseerHerstelcode(code) : null;
    if (herstel) goed = await gebruikHerstelcode(tx, gebruiker.id, sha256Hex(herstel), nu);
    if (!goed) return false;
    await verwijderSessie(tx, sessie.id);
    await bewaarSessie(tx, {
      id: sessieIdVan(nieuw),
      gebruikerId: gebruiker.id,
      aangemaaktOp: nu,
      laatstGebruiktOp: nu,
      verlooptOp: new Date(nu.getTime() + SESSIE_MAXIMAAL_MS),
      stap: "volledig",
    });
    await wisPogingen(tx, s.paar);
    await verwijderPogingen(tx, poging);
    await log(
      tx,
      { gebruiker, adres },
      { actie: "inloggen", uitkomst: "gelukt", details: herstel ? "tweede stap met herstelcode" : "tweede stap" },
      nu,
    );
    return true;
  });
  if (!gelukt) {
    await ctx.db.transaction(async (tx) => {
      await log(tx, { gebruiker, adres }, { actie: "inloggen", uitkomst: "geweigerd", details: "tweede stap" }, nu);
    });
    throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "code", sleutel: "fout.code_onjuist" }]);
  }
  return { token: nieuw };
}

export interface SessieInfo {
  readonly id: string;
  readonly gebruiker: Gebruiker;
  readonly stap: SessieStap;
}

/** The session behind a token in whatever step, or null when unknown, idle too long, expired or the person is inactive. */
export async function sessieVan(ctx: AppContext, token: string): Promise<SessieInfo | null> {
  const id = sessieIdVan(token);
  // The session and its person in one statement: every signed-in request starts here.
  return beoordeelSessie(ctx, id, await vindSessieMetGebruiker(ctx.db, id));
}

/**
 * Judges a session as read (`vindSessieMetGebruiker`, or within another statement: the API's read of a
 * dossier, decision 0074): null when unknown, idle too long, expired (then it is removed) or the person is
 * inactive; a session in use is touched at most once a minute.
 */
export async function beoordeelSessie(
  ctx: AppContext,
  id: string,
  gevonden: SessieMetGebruiker | null,
): Promise<SessieInfo | null> {
  if (!gevonden) return null;
  const { sessie, gebruiker } = gevonden;
  const nu = ctx.klok().getTime();
  if (nu >= sessie.verlooptOp.getTime() || nu - sessie.laatstGebruiktOp.getTime() > SESSIE_INACTIEF_MS) {
    await verwijderSessie(ctx.db, id);
    return null;
  }
  if (!gebruiker.actief) return null;
  if (nu - sessie.laatstGebruiktOp.getTime() > AANRAAK_INTERVAL_MS) await raakSessieAan(ctx.db, id, new Date(nu));
  return { id, gebruiker, stap: sessie.stap };
}

/** The person behind a fully signed-in session, or null. */
export async function gebruikerVanSessie(ctx: AppContext, token: string): Promise<Gebruiker | null> {
  const sessie = await sessieVan(ctx, token);
  return sessie?.stap === "volledig" ? sessie.gebruiker : null;
}

/** Ends the session; a sign-out of a known person is logged. */
export async function uitloggen(ctx: AppContext, token: string, adres: string | null = null): Promise<void> {
  const id = sessieIdVan(token);
  const sessie = await vindSessie(ctx.db, id);
  const gebruiker = sessie ? await vindGebruiker(ctx.db, sessie.gebruikerId) : null;
  await ctx.db.transaction(async (tx) => {
    await verwijderSessie(tx, id);
    if (gebruiker) await log(tx, { gebruiker, adres }, { actie: "uitloggen", uitkomst: "gelukt" }, ctx.klok());
  });
}
