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
 * through the unique (dossier_id, volgnummer). The fields come out as text, at most two per event.
 */

/**
 * The fields the figures read, by event kind: at most two, taken as text (`->>`), so that no JSON is
 * built for the tens of thousands of ordinary events. A correction (few) carries the fields of its new
 * content that any corrected kind can have, as JSON.
 */
const VELDEN: Readonly<Partial<Record<GebeurtenisType, readonly [string, string?]>>> = {
  signaal_vastgelegd: ["datumWaarneming", "disclosure"],
  consultatie_gehouden: ["met"],
  gesprek_gevoerd: ["met"],
  gesprek_niet_gevoerd: ["met", "grond"],
  afweging_beantwoord: ["vraag", "antwoord"],
  besluit_genomen: ["besluit"],
  participatie_bijgewerkt: ["punt", "status"],
  melding_verstuurd: ["datum"],
  vt_reactie_vastgelegd: ["datum"],
  correctie: ["corrigeert"],
};
const veldSql = (positie: 0 | 1) =>
  sql.raw(
    `case "gebeurtenissen"."type" ${Object.entries(VELDEN)
      .flatMap(([type, velden]) =>
        velden[positie] ? [`when '${type}' then "gebeurtenissen"."gegevens"->>'${velden[positie]}'`] : [],
      )
      .join(" ")} end`,
  );
const CORRECTIE_INHOUD = sql.raw(
  `case when "gebeurtenissen"."type" = 'correctie' then jsonb_strip_nulls(jsonb_build_object(${CIJFER_VELDEN.map((v) => `'${v}', "gebeurtenissen"."gegevens"->'gegevens'->'${v}'`).join(", ")})) end`,
);

/** A field's text back to the value the content held (a number for the question, a boolean for disclosure). */
function waardeVan(veld: string, tekst: string): unknown {
  if (veld === "vraag") return Number(tekst);
  if (veld === "disclosure") return tekst === "true";
  return tekst;
}

export async function leesCijferFeiten(
  db: Verbinding,
  organisatieId: string,
  vanaf: Date,
  tot: Date,
): Promise<{ dossiers: CohortDossier[]; feiten: CijferFeit[] }> {
  // Meldcode cases only: the figures are about the Meldcode's steps, and a route beside it (decisions 0053,
  // 0054) has other steps; it also keeps a case about a staff member out of what that person may read.
  const binnen = and(
    eq(dossiers.organisatieId, organisatieId),
    eq(dossiers.soort, "meldcode"),
    gte(dossiers.aangemaaktOp, vanaf),
    lt(dossiers.aangemaaktOp, tot),
  );
  const cohort = await db.select({ id: dossiers.id, aangemaaktOp: dossiers.aangemaaktOp }).from(dossiers).where(binnen);
  if (cohort.length === 0) return { dossiers: [], feiten: [] };
  const rijen = await db
    .select({
      dossierId: gebeurtenissen.dossierId,
      id: gebeurtenissen.id,
      type: gebeurtenissen.type,
      opgetredenOp: gebeurtenissen.opgetredenOp,
      a: sql<string | null>`${veldSql(0)}`,
      b: sql<string | null>`${veldSql(1)}`,
      inhoud: sql<unknown>`${CORRECTIE_INHOUD}`,
    })
    .from(gebeurtenissen)
    .innerJoin(dossiers, eq(dossiers.id, gebeurtenissen.dossierId))
    .where(
      and(binnen, eq(gebeurtenissen.organisatieId, organisatieId), inArray(gebeurtenissen.type, [...CIJFER_TYPES])),
    )
    .orderBy(asc(gebeurtenissen.dossierId), asc(gebeurtenissen.volgnummer));
  return {
    dossiers: cohort.map((d) => ({ id: d.id, aangemaaktOp: d.aangemaaktOp.toISOString() })),
    feiten: rijen.map((r) => {
      const type = r.type as GebeurtenisType;
      const gegevens: Record<string, unknown> = {};
      const velden = VELDEN[type] ?? [];
      [r.a, r.b].forEach((tekst, i) => {
        const veld = velden[i];
        if (veld && tekst !== null) gegevens[veld] = waardeVan(veld, tekst);
      });
      if (type === "correctie" && r.inhoud !== null)
        gegevens["gegevens"] = typeof r.inhoud === "string" ? JSON.parse(r.inhoud) : r.inhoud;
      return { dossierId: r.dossierId, id: r.id, type, opgetredenOp: r.opgetredenOp.toISOString(), gegevens };
    }),
  };
}
