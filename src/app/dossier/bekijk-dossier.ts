import { laadGebeurtenissen, lijstDossiers, vindDossier, type DossierRij } from "../../adapters/db/dossier.repository.ts";
import { lijstMetRol } from "../../adapters/db/gebruiker.repository.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { bouwToestand, type DossierToestand } from "../../domain/dossier/toestand.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { audit } from "./voeg-gebeurtenis-toe.ts";

export interface DossierInzage {
  readonly dossier: DossierRij;
  readonly toestand: DossierToestand;
  readonly eindverantwoordelijken: readonly { id: string; naam: string }[];
}

/**
 * Reads one dossier for the signed-in person and records that they did, in the same transaction:
 * if the audit entry cannot be written, nothing is shown. A dossier of another organisation is
 * NIET_GEVONDEN, exactly as one that does not exist.
 */
export async function bekijkDossier(ctx: AppContext, wie: Ingelogd, dossierId: string): Promise<DossierInzage> {
  const organisatieId = wie.gebruiker.organisatieId;
  const nu = ctx.klok();
  const inzage = await ctx.db.transaction(async (tx) => {
    const dossier = await vindDossier(tx, organisatieId, dossierId);
    if (!dossier) {
      await audit(tx, wie, "dossier_bekijken", dossierId, "niet_gevonden", nu);
      return null;
    }
    const gebeurtenissen = await laadGebeurtenissen(tx, organisatieId, dossierId);
    const eindverantwoordelijken = await lijstMetRol(tx, organisatieId, "eindverantwoordelijke");
    await audit(tx, wie, "dossier_bekijken", dossierId, "gelukt", nu);
    return { dossier, toestand: bouwToestand(gebeurtenissen), eindverantwoordelijken };
  });
  if (!inzage) throw new DomeinFout("NIET_GEVONDEN");
  return inzage;
}

/** The dossiers the person may see, newest activity first; listing is audited as well. */
export async function lijstMijnDossiers(ctx: AppContext, wie: Ingelogd): Promise<DossierRij[]> {
  return ctx.db.transaction(async (tx) => {
    const rijen = await lijstDossiers(tx, wie.gebruiker.organisatieId);
    await audit(tx, wie, "dossiers_lijst", null, "gelukt", ctx.klok());
    return rijen;
  });
}
