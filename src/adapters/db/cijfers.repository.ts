import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { CIJFER_TYPES, CIJFER_VELDEN, type CijferFeit, type CohortDossier } from "../../domain/cijfers/cijfers.ts";
import type { GebeurtenisType } from "../../domain/dossier/keuzes.ts";
import type { Verbinding } from "./database.ts";
import { dossiers, gebeurtenissen } from "./schema.ts";

/**
 * What the reflection figures read (decision 0047): the organisation's cases opened in a range of
 * instants, and of their events only the kinds the figures count, with only the fields they need
 * picked out of the content in SQL (a report's frozen content or a signal's text never leaves the
 * database). Two indexed queries: the cases through (organisatie_id, aangemaakt_op, id), their events
 * through the unique (dossier_id, volgnummer).
 */

/** The picked fields of an event's content (`g`), and for a correction the same fields of its new content. */
const gekozen = (bron: string) => sql.raw(`jsonb_strip_nulls(jsonb_build_object(${CIJFER_VELDEN.map((v) => `'${v}', ${bron}->'${v}'`).join(", ")}))`);
const GEGEVENS = sql`case when ${gebeurtenissen.type} = 'correctie'
  then jsonb_build_object('corrigeert', ${gebeurtenissen.gegevens}->'corrigeert', 'gegevens', ${gekozen(`"gebeurtenissen"."gegevens"->'gegevens'`)})
  else ${gekozen(`"gebeurtenissen"."gegevens"`)} end`;

export async function leesCijferFeiten(db: Verbinding, organisatieId: string, vanaf: Date, tot: Date): Promise<{ dossiers: CohortDossier[]; feiten: CijferFeit[] }> {
  const binnen = and(eq(dossiers.organisatieId, organisatieId), gte(dossiers.aangemaaktOp, vanaf), lt(dossiers.aangemaaktOp, tot));
  const cohort = await db.select({ id: dossiers.id, aangemaaktOp: dossiers.aangemaaktOp }).from(dossiers).where(binnen);
  if (cohort.length === 0) return { dossiers: [], feiten: [] };
  const rijen = await db
    .select({
      dossierId: gebeurtenissen.dossierId,
      id: gebeurtenissen.id,
      type: gebeurtenissen.type,
      opgetredenOp: gebeurtenissen.opgetredenOp,
      gegevens: sql<unknown>`${GEGEVENS}`,
    })
    .from(gebeurtenissen)
    .innerJoin(dossiers, eq(dossiers.id, gebeurtenissen.dossierId))
    .where(and(binnen, eq(gebeurtenissen.organisatieId, organisatieId), inArray(gebeurtenissen.type, [...CIJFER_TYPES])))
    .orderBy(asc(gebeurtenissen.dossierId), asc(gebeurtenissen.volgnummer));
  return {
    dossiers: cohort.map((d) => ({ id: d.id, aangemaaktOp: d.aangemaaktOp.toISOString() })),
    feiten: rijen.map((r) => ({
      dossierId: r.dossierId,
      id: r.id,
      type: r.type as GebeurtenisType,
      opgetredenOp: r.opgetredenOp.toISOString(),
      gegevens: (typeof r.gegevens === "string" ? JSON.parse(r.gegevens) : r.gegevens) as Record<string, unknown>,
    })),
  };
}
