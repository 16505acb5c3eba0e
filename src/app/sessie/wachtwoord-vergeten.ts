import { setTimeout as wacht } from "node:timers/promises";
import { vindGebruikerOpEmail } from "../../adapters/db/gebruiker.repository.ts";
import { sha256Hex } from "../../adapters/crypto/sessie-token.ts";
import type { MailVerzender } from "../../adapters/mail/smtp.ts";
import type { AfremRegel } from "../../domain/aanmelding/afremmen.ts";
import type { AppContext } from "../context.ts";
import { nieuweLink } from "../beheer/gebruikers.ts";
import { log, logAnoniem } from "../toegang/logboek.ts";
import { reserveerPoging } from "./inloggen.ts";

/**
 * Self-service password reset by e-mail (decision 0040). Whatever address is typed, the answer is
 * the same and takes as long: the mail goes out in the background, after the answer, and the answer
 * is padded to a fixed minimum so the few database writes a known address costs more do not show.
 * The link lasts an hour and works once; setting the password through it ends every session of the
 * person (`stelWachtwoordIn`). Inactive accounts get no link.
 */

/** The reset link lasts an hour: long enough to find the mail, short for a link lying in a mailbox. */
export const HERSTEL_GELDIG_MS = 60 * 60 * 1000;
/**
 * Every request counts, known address or not (nothing is taken back): 3 per typed address and
 * client address an hour, which stops mail-bombing a colleague, and 30 per client address an hour,
 * which a whole school behind one address will not reach by forgetting.
 */
export const HERSTEL_PER_EMAIL: AfremRegel = { maxPogingen: 3, vensterMs: 60 * 60 * 1000 };
export const HERSTEL_PER_ADRES: AfremRegel = { maxPogingen: 30, vensterMs: 60 * 60 * 1000 };
/** Every answer takes at least this long; the work itself takes a few tens of milliseconds. */
export const MINIMALE_DUUR_MS = 600;

export interface HerstelOpties {
  readonly verzender: MailVerzender;
  readonly basisUrl: string;
  /** For tests; the default is MINIMALE_DUUR_MS. */
  readonly minimaleDuurMs?: number;
  readonly logger?: { warn(gegevens: object, bericht: string): void };
}

/** The reset e-mail: the link and its term, and what to do when one did not ask for it. */
export function herstelmail(naam: string, link: string): { onderwerp: string; tekst: string } {
  return {
    onderwerp: "Meldwijzer: nieuw wachtwoord kiezen",
    tekst:
      [
        `Beste ${naam},`,
        "Er is gevraagd om een nieuw wachtwoord voor uw account in Meldwijzer. Kies het via deze link. De link werkt één keer en is een uur geldig:",
        link,
        "Zodra u het nieuwe wachtwoord opslaat, worden al uw andere sessies beëindigd.",
        "Hebt u dit niet zelf gevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft zoals het was.",
        "Dit is een automatisch bericht.",
      ].join("\n\n") + "\n",
  };
}

/**
 * Asks for a reset link for `email`. Throws TeVeelPogingenFout when throttled (keyed on what was
 * typed, never on whether it exists, so that answer reveals nothing either). Otherwise resolves, for
 * every address alike, after at least the minimum time, with the background mail work (the route
 * lets it run; a test waits for it).
 */
export async function vraagWachtwoordHerstelAan(
  ctx: AppContext,
  email: string,
  adres: string | null,
  opties: HerstelOpties,
): Promise<{ achtergrond: Promise<void> }> {
  const begin = performance.now();
  const nu = ctx.klok();
  const getypt = email.trim().toLowerCase().slice(0, 320);
  await reserveerPoging(
    ctx,
    { paar: `herstel:${sha256Hex(`${getypt}\n${adres ?? "-"}`)}`, adres: `herstel-adres:${adres ?? "-"}` },
    nu,
    { paar: HERSTEL_PER_EMAIL, adres: HERSTEL_PER_ADRES },
  );
  const gebruiker = getypt === "" ? null : await vindGebruikerOpEmail(ctx.db, getypt);
  let mail: { aan: string; onderwerp: string; tekst: string } | null = null;
  await ctx.db.transaction(async (tx) => {
    if (gebruiker?.actief) {
      const token = await nieuweLink(tx, gebruiker.id, "herstel", nu, HERSTEL_GELDIG_MS);
      mail = {
        aan: gebruiker.email,
        ...herstelmail(gebruiker.naam, `${opties.basisUrl}/wachtwoord-instellen/${token}`),
      };
      await log(
        tx,
        { gebruiker, adres },
        { actie: "wachtwoord_wijzigen", uitkomst: "gelukt", details: "herstellink per e-mail aangevraagd" },
        nu,
      );
    } else if (gebruiker) {
      await log(
        tx,
        { gebruiker, adres },
        {
          actie: "wachtwoord_wijzigen",
          uitkomst: "geweigerd",
          details: "herstellink aangevraagd, account niet actief",
        },
        nu,
      );
    } else {
      await logAnoniem(
        tx,
        adres,
        { actie: "wachtwoord_wijzigen", uitkomst: "geweigerd", details: "herstellink aangevraagd, adres onbekend" },
        nu,
      );
    }
  });
  const teVersturen: { aan: string; onderwerp: string; tekst: string } | null = mail;
  // Started only after the answer is decided; its duration never reaches the answer.
  const achtergrond = teVersturen
    ? Promise.resolve().then(async () => {
        try {
          await opties.verzender.verstuur(teVersturen);
        } catch (fout) {
          opties.logger?.warn(
            { gebruikerId: gebruiker?.id, fout: fout instanceof Error ? fout.name : typeof fout },
            "herstelmail niet verstuurd",
          );
        }
      })
    : Promise.resolve();
  const over = (opties.minimaleDuurMs ?? MINIMALE_DUUR_MS) - (performance.now() - begin);
  if (over > 0) await wacht(over);
  return { achtergrond };
}
