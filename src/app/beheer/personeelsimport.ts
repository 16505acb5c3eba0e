import { emailsInGebruik, maakGebruiker } from "../../adapters/db/gebruiker.repository.ts";
import { sha256Hex } from "../../adapters/crypto/sessie-token.ts";
import type { MailVerzender } from "../../adapters/mail/smtp.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import {
  isImporteerbaar,
  leesPersoneelsbestand,
  markeerInGebruik,
  type ImportVoorbeeld,
} from "../../domain/organisatie/personeelsimport.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { log } from "../toegang/logboek.ts";
import { alsBeheerder, GELDIG_MS, nieuweLink } from "./gebruikers.ts";

/**
 * Staff import by CSV (decision 0040), in two steps. Step 1 (`bekijkImport`) reads the file and
 * shows every problem; nothing is stored. Step 2 (`voerImportUit`) takes the same bytes back with
 * the hash the preview gave, reads them again (an address may have been taken since), and creates
 * every account with its invitation link in one transaction, or none.
 */

export interface ImportBekeken {
  readonly voorbeeld: ImportVoorbeeld;
  /** SHA-256 of the file's bytes (as base64): the confirmation must carry it. */
  readonly hash: string;
  readonly importeerbaar: boolean;
}

export interface GeimporteerdPersoon {
  readonly naam: string;
  readonly email: string;
  /** The set-password link when it was not mailed (no SMTP, or the mail failed): shown once. */
  readonly link: string | null;
}

export type ImportUitkomst =
  | { readonly soort: "voorbeeld"; readonly bekeken: ImportBekeken }
  | { readonly soort: "geimporteerd"; readonly personen: readonly GeimporteerdPersoon[]; readonly gemaild: number };

export interface ImportOpties {
  /** The mail relay, or null: then every link is shown on the result page. */
  readonly verzender: MailVerzender | null;
  /** The public address the links start with, without a trailing slash. */
  readonly basisUrl: string;
}

/** The hash a confirmation must carry: over the base64 of the bytes, which is what the form sends back. */
export function importHash(bytes: Uint8Array): string {
  return sha256Hex(Buffer.from(bytes).toString("base64"));
}

async function bekijk(ctx: AppContext, bytes: Uint8Array): Promise<ImportBekeken> {
  const gelezen = leesPersoneelsbestand(bytes);
  const inGebruik = await emailsInGebruik(
    ctx.db,
    gelezen.rijen.map((r) => r.email).filter((e) => e !== ""),
  );
  const voorbeeld = markeerInGebruik(gelezen, inGebruik);
  return { voorbeeld, hash: importHash(bytes), importeerbaar: isImporteerbaar(voorbeeld) };
}

/** Step 1: the preview, with every problem per row. Beheerder only; stores nothing. */
export async function bekijkImport(ctx: AppContext, wie: Ingelogd, bytes: Uint8Array): Promise<ImportBekeken> {
  return alsBeheerder(ctx, wie, "import bekijken", () => bekijk(ctx, bytes));
}

/** The invitation e-mail: who invites, the link and how long it works. No case data, nothing else. */
export function uitnodigingsmail(
  naam: string,
  organisatie: string,
  link: string,
): { onderwerp: string; tekst: string } {
  const dagen = GELDIG_MS.uitnodiging / (24 * 3600 * 1000);
  return {
    onderwerp: `Uitnodiging voor Meldwijzer van ${organisatie}`,
    tekst:
      [
        `Beste ${naam},`,
        `${organisatie} heeft een account voor u aangemaakt in Meldwijzer, waarmee uw organisatie de Meldcode huiselijk geweld en kindermishandeling volgt.`,
        `Kies uw wachtwoord via deze link. De link werkt één keer en is ${dagen} dagen geldig:\n${link}`,
        "Verwachtte u deze e-mail niet? Dan kunt u hem negeren; zonder wachtwoord kan niemand met dit account inloggen.",
        "Dit is een automatisch bericht.",
      ].join("\n\n") + "\n",
  };
}

/**
 * Step 2: imports the previewed file, all or nothing. Refused with VERSIE_CONFLICT when the bytes
 * do not match the previewed hash; answered with a new preview when the file now has a problem
 * (an address taken since, also by a concurrent import that wins the race inside the transaction).
 * One log entry says who imported how many; the names are in the accounts, not in the log.
 * Invitations are mailed after the commit; a mail that fails leaves its link on the result page.
 */
export async function voerImportUit(
  ctx: AppContext,
  wie: Ingelogd,
  bytes: Uint8Array,
  hash: string,
  opties: ImportOpties,
): Promise<ImportUitkomst> {
  return alsBeheerder(ctx, wie, "import", async () => {
    if (importHash(bytes) !== hash) throw new DomeinFout("VERSIE_CONFLICT");
    const bekeken = await bekijk(ctx, bytes);
    if (!bekeken.importeerbaar) return { soort: "voorbeeld", bekeken };
    const nu = ctx.klok();
    let tokens: { naam: string; email: string; token: string }[];
    try {
      tokens = await ctx.db.transaction(async (tx) => {
        const gemaakt: { naam: string; email: string; token: string }[] = [];
        for (const rij of bekeken.voorbeeld.rijen) {
          // "!" can never be an argon2 hash: nobody can sign in until the link is used.
          const id = await maakGebruiker(tx, {
            organisatieId: wie.gebruiker.organisatieId,
            email: rij.email,
            naam: rij.naam,
            rollen: [...rij.rollen],
            wachtwoordHash: "!uitgenodigd",
          });
          gemaakt.push({ naam: rij.naam, email: rij.email, token: await nieuweLink(tx, id, "uitnodiging", nu) });
        }
        await log(
          tx,
          wie,
          { actie: "gebruiker_beheren", uitkomst: "gelukt", details: `import: ${gemaakt.length} personen uitgenodigd` },
          nu,
        );
        return gemaakt;
      });
    } catch (fout) {
      // A row the database refused (an address taken between the check and the insert): nothing was
      // stored. Show the file again with what is wrong now; anything else is not ours to explain.
      const opnieuw = await bekijk(ctx, bytes);
      if (!opnieuw.importeerbaar) return { soort: "voorbeeld", bekeken: opnieuw };
      throw fout;
    }
    const personen = await verstuurUitnodigingen(tokens, wie.gebruiker.organisatieNaam, opties);
    return { soort: "geimporteerd", personen, gemaild: personen.filter((p) => p.link === null).length };
  });
}

/** Four at a time: quick for a school's staff, gentle on the relay. */
const GELIJKTIJDIG = 4;

async function verstuurUitnodigingen(
  tokens: readonly { naam: string; email: string; token: string }[],
  organisatie: string,
  opties: ImportOpties,
): Promise<GeimporteerdPersoon[]> {
  const resultaat: GeimporteerdPersoon[] = tokens.map(({ naam, email, token }) => ({
    naam,
    email,
    link: `${opties.basisUrl}/wachtwoord-instellen/${token}`,
  }));
  const { verzender } = opties;
  if (!verzender) return resultaat;
  let volgende = 0;
  const werker = async (): Promise<void> => {
    while (volgende < resultaat.length) {
      const i = volgende++;
      const persoon = resultaat[i];
      if (!persoon?.link) continue;
      const { onderwerp, tekst } = uitnodigingsmail(persoon.naam, organisatie, persoon.link);
      try {
        await verzender.verstuur({ aan: persoon.email, onderwerp, tekst });
        resultaat[i] = { ...persoon, link: null };
      } catch {
        // The link stays on the result page: the beheerder hands it over another way.
      }
    }
  };
  await Promise.all(Array.from({ length: GELIJKTIJDIG }, werker));
  return resultaat;
}
