import type { Transactie } from "../../adapters/db/database.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { persoonVan } from "../toegang/logboek.ts";

/**
 * The gate for practice (decision 0052): the policy (`kanAlgemeen`), then the work in one transaction.
 * Unlike `metAlgemeneToegang` it writes no access-log entry, neither for success nor for refusal:
 * practice holds no data about a real person, and an entry would make practice count in the log
 * that a logbeheerder checks for access to real dossiers. Removing practice data is a beheer action
 * and does go through `metAlgemeneToegang`.
 */
export async function metOefenToegang<T>(
  ctx: AppContext,
  wie: Ingelogd,
  actie: "oefenen" | "teamsessie_leiden",
  werk: (m: {
    readonly tx: Transactie;
    readonly nu: Date;
    readonly organisatieId: string;
    readonly gebruikerId: string;
  }) => Promise<T>,
): Promise<T> {
  if (!kanAlgemeen(persoonVan(wie), actie)) throw new DomeinFout("GEEN_TOEGANG");
  return ctx.db.transaction(async (tx) =>
    werk({ tx, nu: ctx.klok(), organisatieId: wie.gebruiker.organisatieId, gebruikerId: wie.gebruiker.id }),
  );
}
