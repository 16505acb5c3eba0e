import { laadGebeurtenissen, lijstKandidaten, type DossierRij } from "../../adapters/db/dossier.repository.ts";
import { gebeurtenissenPagina } from "../../adapters/db/projectie.repository.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import { lijstMetRol } from "../../adapters/db/gebruiker.repository.ts";
import { feitenVoorDossiers, lijstNoodtoegang, namenVan, type NoodtoegangRij } from "../../adapters/db/toegang.repository.ts";
import { beslisserVan } from "../../domain/dossier/besluit.ts";
import type { DossierToestand } from "../../domain/dossier/toestand.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { kan, kanAlgemeen, lijstBereik, type Grondslag } from "../../domain/toegang/beleid.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { metDossierToegang } from "../toegang/dossier-toegang.ts";
import { log, logWeigering, persoonVan } from "../toegang/logboek.ts";
import { leesToestand } from "./projecties.ts";

export interface DossierInzage {
  readonly dossier: DossierRij;
  readonly toestand: DossierToestand;
  readonly eindverantwoordelijken: readonly { id: string; naam: string }[];
  /** Names of deciders that events stored before decision 0020 name by id only (they may have left since). */
  readonly beslisserNamen: Readonly<Record<string, string>>;
  /** Why this person sees the dossier (shown on the page, recorded in the log). */
  readonly grondslag: Grondslag;
  /** Emergency access that is running on this dossier, shown to everyone who opens it. */
  readonly noodtoegang: readonly NoodtoegangRij[];
  /** The events asked for, newest first: one page of the history, or all of them for the API. */
  readonly gebeurtenissen: readonly Gebeurtenis[];
}

/** Which events to read with the state: a page of the history (before a volgnummer), or every one. */
export type GeschiedenisVraag = { readonly voor: number | null; readonly aantal: number } | "alles";

/**
 * Reads one dossier for the signed-in person and records that they did, in the same transaction:
 * if the log entry cannot be written, nothing is shown. A dossier they may not see is
 * NIET_GEVONDEN, exactly as one that does not exist.
 */
export async function bekijkDossier(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  geschiedenis: GeschiedenisVraag = { voor: null, aantal: 0 },
): Promise<DossierInzage> {
  return metDossierToegang(ctx, wie, dossierId, { actie: "bekijken", logActie: "dossier_bekijken" }, async ({ tx, dossier, grondslag, nu }) => {
    // The state comes from its snapshot (decision 0032); only the page of events that is shown is read.
    const { toestand } = await leesToestand(tx, dossier, { vergrendeld: false });
    const gebeurtenissen = geschiedenis === "alles"
      ? (await laadGebeurtenissen(tx, dossier.organisatieId, dossierId)).reverse()
      : geschiedenis.aantal > 0 ? await gebeurtenissenPagina(tx, dossier.organisatieId, dossierId, geschiedenis.voor, geschiedenis.aantal) : [];
    const eindverantwoordelijken = await lijstMetRol(tx, dossier.organisatieId, "eindverantwoordelijke");
    const noodtoegang = await lijstNoodtoegang(tx, dossier.organisatieId, { sinds: nu, dossierId });
    const zonderNaam = toestand.besluiten.map(beslisserVan).filter((b) => b.naam === null).map((b) => b.id);
    const beslisserNamen = Object.fromEntries(zonderNaam.length > 0 ? await namenVan(tx, dossier.organisatieId, zonderNaam) : []);
    return { dossier, toestand, eindverantwoordelijken, beslisserNamen, grondslag, noodtoegang, gebeurtenissen };
  });
}

export type ZichtbaarDossier = DossierRij & { readonly grondslag: Grondslag };

/**
 * The dossiers the person may see, newest activity first. The policy filters: a dossier without
 * a basis is left out, so neither the list nor its length reveals it. Listing is logged too.
 */
export async function lijstMijnDossiers(ctx: AppContext, wie: Ingelogd): Promise<ZichtbaarDossier[]> {
  const persoon = persoonVan(wie);
  try {
    if (!kanAlgemeen(persoon, "dossiers_lijst")) throw new DomeinFout("GEEN_TOEGANG");
    return await ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      const rijen = await lijstKandidaten(tx, wie.gebruiker.organisatieId, { id: wie.gebruiker.id, ...lijstBereik(persoon) }, nu);
      const feiten = await feitenVoorDossiers(tx, wie.gebruiker.organisatieId, rijen, nu);
      const zichtbaar: ZichtbaarDossier[] = [];
      for (const rij of rijen) {
        const f = feiten.get(rij.id);
        const oordeel = f ? kan(persoon, "bekijken", f, nu.toISOString()) : { toegestaan: false as const };
        if (oordeel.toegestaan) zichtbaar.push({ ...rij, grondslag: oordeel.grondslag });
      }
      await log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt", details: `${zichtbaar.length} dossiers` }, nu);
      return zichtbaar;
    });
  } catch (fout) {
    await logWeigering(ctx, wie, { actie: "dossiers_lijst" }, fout);
    throw fout;
  }
}
