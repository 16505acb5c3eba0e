import type { Verbinding } from "../../adapters/db/database.ts";
import { laadGebeurtenissenVan, lijstKandidaten } from "../../adapters/db/dossier.repository.ts";
import { feitenVoorDossiers } from "../../adapters/db/toegang.repository.ts";
import { bouwToestand } from "../../domain/dossier/toestand.ts";
import { TAAK_SOORTEN, takenVoorDossier, type TaakSoort } from "../../domain/dossier/vervolg.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { grondslagVoor, kanAlgemeen, type Persoon } from "../../domain/toegang/beleid.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";
import { log, logWeigering, persoonVan } from "../toegang/logboek.ts";

export interface DossierTaak {
  readonly dossierId: string;
  readonly werknaam: string;
  readonly soort: TaakSoort;
  readonly sinds: string | null;
}

/**
 * The tasks of the cases a person is responsible for: the ones they opened or were assigned. Cases
 * they can only see (shared, as aandachtsfunctionaris, as eindverantwoordelijke) give no tasks, so a
 * task always has an owner and nobody gets a hundred. Most urgent kind first, then oldest first.
 */
export async function takenVoorPersoon(db: Verbinding, persoon: Persoon, nu: Date): Promise<DossierTaak[]> {
  const org = persoon.organisatieId;
  const rijen = await lijstKandidaten(db, org, { id: persoon.id, alleDossiers: false, besluitGevraagde: false }, nu);
  const feiten = await feitenVoorDossiers(db, org, rijen, nu);
  const verantwoordelijk = rijen.filter((rij) => {
    const f = feiten.get(rij.id);
    const grondslag = f ? grondslagVoor(persoon, f, nu.toISOString()) : null;
    return grondslag === "eigen" || grondslag === "toegewezen";
  });
  const gebeurtenissen = await laadGebeurtenissenVan(db, org, verantwoordelijk.map((r) => r.id));
  const vandaag = vandaagInNederland(nu);
  const taken = verantwoordelijk.flatMap((rij) =>
    takenVoorDossier(bouwToestand(gebeurtenissen.get(rij.id) ?? []), vandaag).map((t) => ({ dossierId: rij.id, werknaam: rij.werknaam, ...t })),
  );
  const volgorde = (s: TaakSoort) => TAAK_SOORTEN.indexOf(s);
  return taken.sort((a, b) => volgorde(a.soort) - volgorde(b.soort) || (a.sinds ?? "9").localeCompare(b.sinds ?? "9"));
}

/** "Mijn taken": the signed-in person's tasks; reading them is logged like a list of cases. */
export async function mijnTaken(ctx: AppContext, wie: Ingelogd): Promise<DossierTaak[]> {
  const persoon = persoonVan(wie);
  try {
    if (!kanAlgemeen(persoon, "dossiers_lijst")) throw new DomeinFout("GEEN_TOEGANG");
    return await ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      const taken = await takenVoorPersoon(tx, persoon, nu);
      await log(tx, wie, { actie: "dossiers_lijst", uitkomst: "gelukt", details: `taken: ${taken.length}` }, nu);
      return taken;
    });
  } catch (fout) {
    await logWeigering(ctx, wie, { actie: "dossiers_lijst", details: "taken" }, fout);
    throw fout;
  }
}
