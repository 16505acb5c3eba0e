import type { Transactie } from "../../adapters/db/database.ts";
import { vergrendelDossier, vindDossier, type DossierRij } from "../../adapters/db/dossier.repository.ts";
import { feitenVoorDossiers } from "../../adapters/db/toegang.repository.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { kan, type DossierActie, type DossierFeiten, type Grondslag } from "../../domain/toegang/beleid.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { log, logWeigering, persoonVan, type LogActie } from "./logboek.ts";

export interface MetToegang {
  readonly tx: Transactie;
  readonly dossier: DossierRij;
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
      const dossier = opties.schrijven ? await vergrendelDossier(tx, organisatieId, dossierId) : await vindDossier(tx, organisatieId, dossierId);
      if (!dossier) throw new DomeinFout("NIET_GEVONDEN");
      const feiten = (await feitenVoorDossiers(tx, organisatieId, [dossier], nu)).get(dossier.id);
      if (!feiten) throw new DomeinFout("NIET_GEVONDEN");
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
      await log(tx, wie, { actie: opties.logActie, uitkomst: "gelukt", dossierId, grondslag, details: opties.details?.(resultaat) ?? null }, nu);
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

/** Internal marker: refused by policy. Never leaves this module. */
class GeweigerdAlsNietGevonden extends Error {}
