import type { Verbinding } from "../../adapters/db/database.ts";
import { laadGebeurtenissenVan, lijstKandidaten } from "../../adapters/db/dossier.repository.ts";
import { feitenVoorDossiers } from "../../adapters/db/toegang.repository.ts";
import { besluitVraag, krijgtBesluitTaken } from "../../domain/dossier/besluit.ts";
import { bouwToestand } from "../../domain/dossier/toestand.ts";
import { TAAK_SOORTEN, takenVoorDossier, type Taak, type TaakSoort } from "../../domain/dossier/vervolg.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { grondslagVoor, kanAlgemeen, lijstBereik, type Persoon } from "../../domain/toegang/beleid.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";
import { log, logWeigering, persoonVan } from "../toegang/logboek.ts";

export interface DossierTaak {
  readonly dossierId: string;
  readonly werknaam: string;
  readonly soort: TaakSoort;
  readonly sinds: string | null;
}

/**
 * The tasks of a person. For the cases they are responsible for (opened or assigned): what is due
 * after the weighing and the report. For the deciders and the aandachtsfunctionaris, on every case
 * they may see: a decision asked, or a proposal waiting to be confirmed or changed. Cases they can
 * only see give no other tasks, so a task always has an owner and nobody gets a hundred. A person
 * who holds both roles, or who opened the case, gets each kind of task on a case once. Most urgent
 * kind first, then oldest first.
 */
export async function takenVoorPersoon(db: Verbinding, persoon: Persoon, nu: Date): Promise<DossierTaak[]> {
  const org = persoon.organisatieId;
  const besluitTaken = krijgtBesluitTaken(persoon.rollen);
  const rijen = await lijstKandidaten(db, org, { id: persoon.id, ...(besluitTaken ? lijstBereik(persoon) : { alleDossiers: false, besluitGevraagde: false }) }, nu);
  const feiten = await feitenVoorDossiers(db, org, rijen, nu);
  const moment = nu.toISOString();
  const gekozen = rijen.flatMap((rij) => {
    const f = feiten.get(rij.id);
    const grondslag = f ? grondslagVoor(persoon, f, moment) : null;
    if (grondslag === null) return [];
    const verantwoordelijk = grondslag === "eigen" || grondslag === "toegewezen";
    // The projection column narrows the cases whose events are read: no decision can be asked before it is set.
    const beslissen = besluitTaken && rij.besluitGevraagd && rij.fase !== "gesloten";
    return verantwoordelijk || beslissen ? [{ rij, verantwoordelijk, beslissen }] : [];
  });
  const gebeurtenissen = await laadGebeurtenissenVan(db, org, gekozen.map((g) => g.rij.id));
  const vandaag = vandaagInNederland(nu);
  const taken = gekozen.flatMap(({ rij, verantwoordelijk, beslissen }) => {
    const toestand = bouwToestand(gebeurtenissen.get(rij.id) ?? []);
    const vraag = beslissen ? besluitVraag(toestand) : null;
    const eigen: Taak[] = [...(verantwoordelijk ? takenVoorDossier(toestand, vandaag) : []), ...(vraag ? [{ soort: vraag.soort, sinds: vraag.sinds }] : [])];
    return eigen.map((t) => ({ dossierId: rij.id, werknaam: rij.werknaam, ...t }));
  });
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
