import type { Transactie } from "../../adapters/db/database.ts";
import { vergrendelDossier } from "../../adapters/db/dossier.repository.ts";
import { feitenVoorDossiers, vindDossierMetFeiten } from "../../adapters/db/toegang.repository.ts";
import type { Dossier } from "../../domain/dossier/dossier.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { kan, type DossierActie, type DossierFeiten, type Grondslag } from "../../domain/toegang/beleid.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { log, logWeigering, persoonVan, type LogActie } from "./logboek.ts";

export interface MetToegang {
  readonly tx: Transactie;
  readonly dossier: Dossier;
  readonly feiten: DossierFeiten;
  readonly grondslag: Grondslag;
  readonly nu: Date;
}

/**
 * The one gate to a dossier. In one transaction: load the dossier of the person's organisation
 * (locked when writing), decide with the policy, run the work and write the access-log entry with
 * the basis. A dossier the person may not see is NIET_GEVONDEN, exactly as one that does not
 * exist; the log tells the two apart, the answer does not. Every refusal is logged once.
 */
export async function metDossierToegang<T>(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  opties: { actie: DossierActie; logActie: LogActie; schrijven?: boolean; details?: (resultaat: T) => string | null },
  werk: (m: MetToegang) => Promise<T>,
): Promise<T> {
  const organisatieId = wie.gebruiker.organisatieId;
  let grondslag: Grondslag | null = null;
  try {
    return await ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      // Writing locks the row first and reads the facts after (a fresh snapshot, after whoever held
      // the lock); reading takes the dossier and its facts in one statement.
      const gevonden = opties.schrijven
        ? await vergrendeldMetFeiten(tx, organisatieId, dossierId, nu)
        : await vindDossierMetFeiten(tx, organisatieId, dossierId, nu);
      if (!gevonden) throw new DomeinFout("NIET_GEVONDEN");
      const { dossier, feiten } = gevonden;
      const oordeel = kan(persoonVan(wie), opties.actie, feiten, nu.toISOString());
      if (!oordeel.toegestaan) {
        // Whoever may see the dossier learns nothing new from a 403; everyone else gets the 404 of a dossier that does not exist.
        const lezen = kan(persoonVan(wie), "bekijken", feiten, nu.toISOString());
        if (lezen.toegestaan) {
          grondslag = lezen.grondslag;
          throw new DomeinFout("GEEN_TOEGANG");
        }
        throw new GeweigerdAlsNietGevonden();
      }
      grondslag = oordeel.grondslag;
      const resultaat = await werk({ tx, dossier, feiten, grondslag, nu });
      await log(
        tx,
        wie,
        {
          actie: opties.logActie,
          uitkomst: "gelukt",
          dossierId,
          grondslag,
          details: opties.details?.(resultaat) ?? null,
        },
        nu,
      );
      return resultaat;
    });
  } catch (fout) {
    if (fout instanceof GeweigerdAlsNietGevonden) {
      await logWeigering(ctx, wie, { actie: opties.logActie, dossierId }, new DomeinFout("GEEN_TOEGANG"));
      throw new DomeinFout("NIET_GEVONDEN");
    }
    await logWeigering(ctx, wie, { actie: opties.logActie, dossierId, grondslag }, fout);
    throw fout;
  }
}

async function vergrendeldMetFeiten(
  tx: Transactie,
  organisatieId: string,
  dossierId: string,
  nu: Date,
): Promise<{ dossier: Dossier; feiten: DossierFeiten } | null> {
  const dossier = await vergrendelDossier(tx, organisatieId, dossierId);
  const feiten = dossier ? (await feitenVoorDossiers(tx, organisatieId, [dossier], nu)).get(dossier.id) : undefined;
  return dossier && feiten ? { dossier, feiten } : null;
}

/** Internal marker: refused by policy. Never leaves this module. */
class GeweigerdAlsNietGevonden extends Error {}
