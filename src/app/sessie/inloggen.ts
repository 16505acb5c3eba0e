import { vindGebruiker, vindGebruikerOpEmail, type Gebruiker } from "../../adapters/db/gebruiker.repository.ts";
import { bewaarSessie, raakSessieAan, verwijderSessie, vindSessie } from "../../adapters/db/sessie.repository.ts";
import { maakSessieToken, sessieIdVan } from "../../adapters/crypto/sessie-token.ts";
import { hashWachtwoord, verifieerWachtwoord } from "../../adapters/crypto/wachtwoord.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import type { AppContext } from "../context.ts";

/** A session ends after this much inactivity, and in any case after the absolute lifetime. */
export const SESSIE_INACTIEF_MS = 60 * 60 * 1000;
export const SESSIE_MAXIMAAL_MS = 12 * 60 * 60 * 1000;
const AANRAAK_INTERVAL_MS = 60 * 1000;

let dummyHash: Promise<string> | undefined;

/**
 * Checks e-mail and password and starts a new session (a fresh token at every sign-in). An unknown
 * address costs the same argon2 verification as a known one and gets the same refusal, so the
 * answer does not tell which addresses exist.
 */
export async function inloggen(ctx: AppContext, email: string, wachtwoord: string): Promise<{ token: string; gebruiker: Gebruiker }> {
  const gebruiker = await vindGebruikerOpEmail(ctx.db, email);
  dummyHash ??= hashWachtwoord("meldwijzer-geen-gebruiker");
  const klopt = await verifieerWachtwoord(gebruiker?.wachtwoordHash ?? (await dummyHash), wachtwoord);
  if (!gebruiker || !klopt || !gebruiker.actief) throw new DomeinFout("NIET_INGELOGD");
  const token = maakSessieToken();
  const nu = ctx.klok();
  await bewaarSessie(ctx.db, {
    id: sessieIdVan(token),
    gebruikerId: gebruiker.id,
    aangemaaktOp: nu,
    laatstGebruiktOp: nu,
    verlooptOp: new Date(nu.getTime() + SESSIE_MAXIMAAL_MS),
  });
  const { wachtwoordHash: _, ...zonderHash } = gebruiker;
  return { token, gebruiker: zonderHash };
}

/** The person behind a session token, or null when the session is unknown, idle too long or expired. */
export async function gebruikerVanSessie(ctx: AppContext, token: string): Promise<Gebruiker | null> {
  const id = sessieIdVan(token);
  const sessie = await vindSessie(ctx.db, id);
  if (!sessie) return null;
  const nu = ctx.klok().getTime();
  if (nu >= sessie.verlooptOp.getTime() || nu - sessie.laatstGebruiktOp.getTime() > SESSIE_INACTIEF_MS) {
    await verwijderSessie(ctx.db, id);
    return null;
  }
  const gebruiker = await vindGebruiker(ctx.db, sessie.gebruikerId);
  if (!gebruiker?.actief) return null;
  if (nu - sessie.laatstGebruiktOp.getTime() > AANRAAK_INTERVAL_MS) await raakSessieAan(ctx.db, id, new Date(nu));
  return gebruiker;
}

export async function uitloggen(ctx: AppContext, token: string): Promise<void> {
  await verwijderSessie(ctx.db, sessieIdVan(token));
}
