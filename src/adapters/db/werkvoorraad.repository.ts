import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Verbinding } from "./database.ts";
import { filterVoorwaarden, type DossierZoekvraag } from "./dossier.repository.ts";
import { dossierTaken, dossiers, gebeurtenissen } from "./schema.ts";

/**
 * What a page of the werkvoorraad reads beside the dossier rows (decision 0045), for the ids of that
 * page only: the task facts of decision 0032, and the retention date of the cases that are closed.
 */

/** Every task fact of the given dossiers (`vanaf` only: the werkvoorraad counts them), by dossier; primary-key lookups. */
export async function takenVan(
  db: Verbinding,
  organisatieId: string,
  dossierIds: readonly string[],
): Promise<Map<string, { vanaf: string }[]>> {
  const perDossier = new Map<string, { vanaf: string }[]>(dossierIds.map((id) => [id, []]));
  if (dossierIds.length === 0) return perDossier;
  const rijen = await db
    .select({ dossierId: dossierTaken.dossierId, vanaf: dossierTaken.vanaf })
    .from(dossierTaken)
    .where(and(eq(dossierTaken.organisatieId, organisatieId), inArray(dossierTaken.dossierId, [...dossierIds])))
    .orderBy(asc(dossierTaken.dossierId));
  for (const r of rijen) perDossier.get(r.dossierId)?.push({ vanaf: r.vanaf });
  return perDossier;
}

/**
 * The retention date of each given dossier that was closed: `bewaarTot` of its newest closing event
 * (a closing cannot be corrected, decision 0045). Through the unique (dossier, volgnummer) index.
 */
export async function bewaardatumsVan(
  db: Verbinding,
  organisatieId: string,
  dossierIds: readonly string[],
): Promise<Map<string, string>> {
  if (dossierIds.length === 0) return new Map();
  const rijen = await db
    .selectDistinctOn([gebeurtenissen.dossierId], {
      dossierId: gebeurtenissen.dossierId,
      bewaarTot: sql<string | null>`${gebeurtenissen.gegevens}->>'bewaarTot'`,
    })
    .from(gebeurtenissen)
    .where(
      and(
        eq(gebeurtenissen.organisatieId, organisatieId),
        inArray(gebeurtenissen.dossierId, [...dossierIds]),
        eq(gebeurtenissen.type, "dossier_afgesloten"),
      ),
    )
    .orderBy(asc(gebeurtenissen.dossierId), desc(gebeurtenissen.volgnummer));
  return new Map(rijen.flatMap((r) => (r.bewaarTot ? [[r.dossierId, r.bewaarTot] as const] : [])));
}

/** A filter of the werkvoorraad as the list query takes it (`filterVoorwaarden`). */
export type Telfilter = Omit<DossierZoekvraag, "volgorde" | "positie" | "limiet">;

/**
 * How many of the organisation's cases each filter gives, in one scan: `count(*) filter (where …)`
 * with the list query's own conditions, so a count and the list it links to cannot disagree. Only for
 * a person the policy gives every case of the organisation (`magTellen`, decision 0045), but the ones
 * hidden from her (`isTelbaar`).
 */
export async function telPerFilter<K extends string>(
  db: Verbinding,
  organisatieId: string,
  gebruikerId: string,
  filters: Readonly<Record<K, Telfilter>>,
): Promise<Record<K, number>> {
  const sleutels = Object.keys(filters) as K[];
  if (sleutels.length === 0) return {} as Record<K, number>;
  const kolommen = Object.fromEntries(
    sleutels.map((k, i) => {
      const voorwaarde = and(...filterVoorwaarden(filters[k])) ?? sql`true`;
      return [`t${i}`, sql<number>`count(*) filter (where ${voorwaarde})`.mapWith(Number)];
    }),
  );
  // `isTelbaar`: a case about the person as the staff member under suspicion does not exist for her (0053).
  const [rij] = await db
    .select(kolommen)
    .from(dossiers)
    .where(
      and(
        eq(dossiers.organisatieId, organisatieId),
        sql`${dossiers.betrokkenMedewerkerId} is distinct from ${gebruikerId}`,
      ),
    );
  return Object.fromEntries(sleutels.map((k, i) => [k, Number(rij?.[`t${i}`] ?? 0)])) as Record<K, number>;
}
