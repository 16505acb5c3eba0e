import { lijstGebruikers } from "../../adapters/db/gebruiker.repository.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { gezinsoverzicht, type Gezinsoverzicht } from "../../domain/dossier/route.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { persoonVan } from "../toegang/logboek.ts";
import { metDossierToegang } from "../toegang/dossier-toegang.ts";
import { leesToestand } from "./projecties.ts";

/**
 * The colleagues a suspicion can be about, for the form that opens such a case: every active person
 * of the organisation but the one opening it. Only for whoever may open a case; names only.
 */
export async function collegasVoorVermoeden(ctx: AppContext, wie: Ingelogd): Promise<{ id: string; naam: string }[]> {
  if (!kanAlgemeen(persoonVan(wie), "dossier_aanmaken")) throw new DomeinFout("GEEN_TOEGANG");
  const mensen = await lijstGebruikers(ctx.db, wie.gebruiker.organisatieId);
  return mensen.filter((m) => m.actief && m.id !== wie.gebruiker.id).map((m) => ({ id: m.id, naam: m.naam }));
}

/**
 * The overview for one family of a gedrag_kinderen case (decision 0054), through the gate as a print:
 * it is made to be handed over. A child that is not in the case is NIET_GEVONDEN.
 */
export async function leesGezinsoverzicht(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  kind: string,
): Promise<Gezinsoverzicht> {
  return metDossierToegang(
    ctx,
    wie,
    dossierId,
    { actie: "afdrukken", logActie: "dossier_afdrukken", details: () => "gezinsoverzicht" },
    async ({ tx, dossier }) => {
      const { toestand } = await leesToestand(tx, dossier, { vergrendeld: false });
      const overzicht = gezinsoverzicht(toestand, kind);
      if (!overzicht) throw new DomeinFout("NIET_GEVONDEN");
      return overzicht;
    },
  );
}
