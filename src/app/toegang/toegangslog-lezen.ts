import { z } from "zod";
import { zoekLog, type LogRegelMetNaam } from "../../adapters/db/toegangslog.repository.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { valideer } from "../../domain/validatie.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { log, logWeigering, persoonVan } from "./logboek.ts";

export const MAX_LOGREGELS = 500;

const filterSchema = z.strictObject({
  dossier: z.uuid().optional(),
  gebruiker: z.uuid().optional(),
  van: z.iso.date().optional(),
  tot: z.iso.date().optional(),
});

/** Reads the organisation's access log (logbeheerder only); reading the log is itself logged. */
export async function leesToegangslog(ctx: AppContext, wie: Ingelogd, invoer: Record<string, string | undefined>): Promise<{ regels: LogRegelMetNaam[]; afgekapt: boolean }> {
  try {
    if (!kanAlgemeen(persoonVan(wie), "toegangslog_lezen")) throw new DomeinFout("GEEN_TOEGANG");
    const schoon = Object.fromEntries(Object.entries(invoer).filter(([, w]) => w !== undefined && w !== ""));
    const filter = valideer(filterSchema, schoon);
    return await ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      const regels = await zoekLog(tx, wie.gebruiker.organisatieId, {
        dossierId: filter.dossier,
        gebruikerId: filter.gebruiker,
        van: filter.van ? new Date(`${filter.van}T00:00:00Z`) : undefined,
        // "tot en met": the whole day counts.
        tot: filter.tot ? new Date(new Date(`${filter.tot}T00:00:00Z`).getTime() + 24 * 3600 * 1000) : undefined,
        limiet: MAX_LOGREGELS + 1,
      });
      await log(tx, wie, { actie: "toegangslog_lezen", uitkomst: "gelukt", dossierId: filter.dossier ?? null, details: JSON.stringify(filter) }, nu);
      return { regels: regels.slice(0, MAX_LOGREGELS), afgekapt: regels.length > MAX_LOGREGELS };
    });
  } catch (fout) {
    await logWeigering(ctx, wie, { actie: "toegangslog_lezen" }, fout);
    throw fout;
  }
}
