import { and, asc, desc, eq, gt, gte, inArray, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import type { DossierSoort } from "../../domain/dossier/keuzes.ts";
import type { TaakFeit } from "../../domain/dossier/taakfeiten.ts";
import type { TaakSoort } from "../../domain/dossier/vervolg.ts";
import type { DossierFeiten } from "../../domain/toegang/beleid.ts";
import type { Verbinding } from "./database.ts";
import { feitenKolomVast, feitenUitKolom } from "./toegang.repository.ts";
import { vasteOpdracht, type Waarden } from "./vaste-query.ts";
import type { Dossier } from "../../domain/dossier/dossier.ts";
import { naarGebeurtenis, type ProjectieRijen } from "./dossier.repository.ts";
import {
  dossierTaken,
  dossierToegang,
  dossierToestanden,
  dossiers,
  gebeurtenissen,
  noodtoegang,
  projectieStand,
} from "./schema.ts";

/** A stored snapshot as read: the caller decides whether its version and shape still fit. */
export interface OpgeslagenToestand {
  readonly versie: number;
  readonly vorm: number;
  readonly toestand: unknown;
}

export async function leesOpgeslagenToestand(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
): Promise<OpgeslagenToestand | null> {
  const [rij] = await db
    .select({ versie: dossierToestanden.versie, vorm: dossierToestanden.vorm, toestand: dossierToestanden.toestand })
    .from(dossierToestanden)
    .where(and(eq(dossierToestanden.dossierId, dossierId), eq(dossierToestanden.organisatieId, organisatieId)));
  return rij ?? null;
}

/**
 * The stored snapshot's version and shape (not its content), with the dossier's events numbered
 * `vanaf` to `tot`, oldest first: one statement. A reader that keeps a state of version `vanaf` in
 * memory checks the first event's id against it and folds the rest on (decision 0059). Null when the
 * dossier has no snapshot.
 */
export async function snapshotKopEnStaart(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
  vanaf: number,
  tot: number,
): Promise<{ versie: number; vorm: number; gebeurtenissen: Gebeurtenis[] } | null> {
  const rijen = await db
    .select({ versie: dossierToestanden.versie, vorm: dossierToestanden.vorm, gebeurtenis: gebeurtenissen })
    .from(dossierToestanden)
    .leftJoin(
      gebeurtenissen,
      and(
        eq(gebeurtenissen.dossierId, dossierToestanden.dossierId),
        eq(gebeurtenissen.organisatieId, dossierToestanden.organisatieId),
        gte(gebeurtenissen.volgnummer, vanaf),
        lte(gebeurtenissen.volgnummer, tot),
      ),
    )
    .where(and(eq(dossierToestanden.dossierId, dossierId), eq(dossierToestanden.organisatieId, organisatieId)))
    .orderBy(asc(gebeurtenissen.volgnummer));
  const [eerste] = rijen;
  if (!eerste) return null;
  return {
    versie: eerste.versie,
    vorm: eerste.vorm,
    gebeurtenissen: rijen.flatMap((r) => (r.gebeurtenis ? [naarGebeurtenis(r.gebeurtenis)] : [])),
  };
}

/**
 * Writes the projections of one dossier past an append (a rebuild): the snapshot (when given), and its
 * task facts replaced as a whole. Only called with the dossier row locked, so two writers never
 * interleave here. An append writes the same rows in the statement that stores its event
 * (`voegGebeurtenisToe`).
 */
export async function schrijfProjecties(
  db: Verbinding,
  dossier: { id: string; organisatieId: string },
  rijen: ProjectieRijen,
): Promise<void> {
  const { snapshot } = rijen;
  if (snapshot) {
    const rij = {
      dossierId: dossier.id,
      organisatieId: dossier.organisatieId,
      versie: rijen.versie,
      vorm: snapshot.vorm,
      toestand: sql`${snapshot.json}::jsonb`,
    };
    await db
      .insert(dossierToestanden)
      .values(rij)
      .onConflictDoUpdate({
        target: dossierToestanden.dossierId,
        set: { versie: rij.versie, vorm: rij.vorm, toestand: rij.toestand },
      });
  }
  await db
    .delete(dossierTaken)
    .where(and(eq(dossierTaken.dossierId, dossier.id), eq(dossierTaken.organisatieId, dossier.organisatieId)));
  if (rijen.taken.length === 0) return;
  // The opener is fixed at opening: copied from the dossier row (decision 0072).
  const opener = sql`(select ${dossiers.aangemaaktDoor} from ${dossiers} where ${dossiers.id} = ${dossier.id})`;
  await db.insert(dossierTaken).values(
    rijen.taken.map((f) => ({
      organisatieId: dossier.organisatieId,
      dossierId: dossier.id,
      ...f,
      versie: rijen.versie,
      opener,
    })),
  );
}

/** The stored task facts of a dossier, in a stable order (for the proof). */
export async function leesTaakFeiten(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
): Promise<(TaakFeit & { versie: number })[]> {
  const rijen = await db
    .select()
    .from(dossierTaken)
    .where(and(eq(dossierTaken.dossierId, dossierId), eq(dossierTaken.organisatieId, organisatieId)))
    .orderBy(asc(dossierTaken.voor), asc(dossierTaken.rang));
  return rijen.map((r) => ({
    soort: r.soort as TaakSoort,
    sinds: r.sinds,
    vanaf: r.vanaf,
    voor: r.voor as TaakFeit["voor"],
    versie: r.versie,
  }));
}

/** Dossiers (by id order, after `na`) whose snapshot is missing, of another shape, ahead of the dossier or more than `staart` events behind. */
export async function verouderdeProjecties(
  db: Verbinding,
  vorm: number,
  staart: number,
  na: string | null,
  aantal: number,
): Promise<{ id: string; organisatieId: string }[]> {
  return db
    .select({ id: dossiers.id, organisatieId: dossiers.organisatieId })
    .from(dossiers)
    .leftJoin(dossierToestanden, eq(dossierToestanden.dossierId, dossiers.id))
    .where(
      and(
        na === null ? sql`true` : gt(dossiers.id, na),
        or(
          sql`${dossierToestanden.dossierId} is null`,
          ne(dossierToestanden.vorm, vorm),
          sql`${dossierToestanden.versie} > ${dossiers.versie}`,
          sql`${dossiers.versie} - ${dossierToestanden.versie} > ${staart}`,
        ),
      ),
    )
    .orderBy(asc(dossiers.id))
    .limit(aantal);
}

/**
 * Dossiers (by id order, after `na`) whose snapshot has another shape than `vorm`: through
 * `dossier_toestanden_vorm_idx`, so it reads what is stale, not every dossier (decision 0072).
 */
export async function snapshotsVanAndereVorm(
  db: Verbinding,
  vorm: number,
  na: string | null,
  aantal: number,
): Promise<{ id: string; organisatieId: string }[]> {
  return db
    .select({ id: dossierToestanden.dossierId, organisatieId: dossierToestanden.organisatieId })
    .from(dossierToestanden)
    .where(
      and(
        or(lt(dossierToestanden.vorm, vorm), gt(dossierToestanden.vorm, vorm)),
        na === null ? sql`true` : gt(dossierToestanden.dossierId, na),
      ),
    )
    .orderBy(asc(dossierToestanden.dossierId))
    .limit(aantal);
}

/** Whether every dossier was once brought up to projections of shape `vorm` (`projectie_stand`). */
export async function projectieVormBijgewerkt(db: Verbinding, vorm: number): Promise<boolean> {
  const [rij] = await db
    .select({ vorm: projectieStand.vorm })
    .from(projectieStand)
    .where(eq(projectieStand.vorm, vorm));
  return rij !== undefined;
}

/** Marks shape `vorm` as caught up for every dossier, after a full pass. */
export async function markeerProjectieVorm(db: Verbinding, vorm: number, op: Date): Promise<void> {
  await db
    .insert(projectieStand)
    .values({ vorm, bijgewerktOp: op })
    .onConflictDoUpdate({ target: projectieStand.vorm, set: { bijgewerktOp: op } });
}

/** Every dossier with its list columns, a batch at a time in id order (for the proof). */
export async function dossierBatch(db: Verbinding, na: string | null, aantal: number): Promise<Dossier[]> {
  return db
    .select()
    .from(dossiers)
    .where(na === null ? sql`true` : gt(dossiers.id, na))
    .orderBy(asc(dossiers.id))
    .limit(aantal);
}

/** The events of several dossiers, per dossier in order (a batch of the proof). */
export async function gebeurtenissenVan(
  db: Verbinding,
  dossierIds: readonly string[],
): Promise<Map<string, Gebeurtenis[]>> {
  const perDossier = new Map<string, Gebeurtenis[]>(dossierIds.map((id) => [id, []]));
  if (dossierIds.length === 0) return perDossier;
  const rijen = await db
    .select()
    .from(gebeurtenissen)
    .where(inArray(gebeurtenissen.dossierId, [...dossierIds]))
    .orderBy(asc(gebeurtenissen.dossierId), asc(gebeurtenissen.volgnummer));
  for (const rij of rijen) perDossier.get(rij.dossierId)?.push(naarGebeurtenis(rij));
  return perDossier;
}

/** The events of one dossier after number `na`, oldest first: the tail a snapshot is behind. */
export async function gebeurtenissenNa(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
  na: number,
): Promise<Gebeurtenis[]> {
  const rijen = await db
    .select()
    .from(gebeurtenissen)
    .where(
      and(
        eq(gebeurtenissen.dossierId, dossierId),
        eq(gebeurtenissen.organisatieId, organisatieId),
        gt(gebeurtenissen.volgnummer, na),
      ),
    )
    .orderBy(asc(gebeurtenissen.volgnummer));
  return rijen.map(naarGebeurtenis);
}

/** One page of a dossier's events, newest first: those before `voor` (a volgnummer), or the newest. */
export async function gebeurtenissenPagina(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
  voor: number | null,
  aantal: number,
): Promise<Gebeurtenis[]> {
  const rijen = await db
    .select()
    .from(gebeurtenissen)
    .where(
      and(
        eq(gebeurtenissen.dossierId, dossierId),
        eq(gebeurtenissen.organisatieId, organisatieId),
        voor === null ? sql`true` : lt(gebeurtenissen.volgnummer, voor),
      ),
    )
    .orderBy(desc(gebeurtenissen.volgnummer))
    .limit(aantal);
  return rijen.map(naarGebeurtenis);
}

/** Keyset position in "Mijn taken": after this task in the order rang, sinds (no date last), dossier. */
export interface TaakPositie {
  readonly rang: number;
  readonly sinds: string | null;
  readonly dossierId: string;
}

export interface TaakKandidaat {
  readonly dossierId: string;
  readonly organisatieId: string;
  readonly aangemaaktDoor: string;
  readonly besluitGevraagd: boolean;
  /** The dossier's route and the staff member it is about (access, decision 0053); `soort` is the task's kind. */
  readonly dossierSoort: DossierSoort;
  readonly betrokkenMedewerkerId: string | null;
  readonly werknaam: string;
  readonly soort: TaakSoort;
  readonly sinds: string | null;
  readonly voor: TaakFeit["voor"];
  readonly rang: number;
  /** What access to the case depends on, read in the same statement (`feitenKolom`). */
  readonly feiten: DossierFeiten;
}

interface TaakKandidaatRij {
  readonly dossier_id: string;
  readonly organisatie_id: string;
  readonly aangemaakt_door: string;
  readonly besluit_gevraagd: boolean;
  readonly dossier_soort: DossierSoort;
  readonly betrokken_medewerker_id: string | null;
  readonly werknaam: string;
  readonly soort: string;
  readonly sinds: string | null;
  readonly voor: string;
  readonly rang: number;
  readonly feiten: unknown;
}

/**
 * The statement of `taakKandidaten`, built once per shape (decision 0076): which parts it has (the
 * deciders' part, for all cases or those related to the person) and whether it continues after a
 * position. Every value is a placeholder, so drizzle builds the text once and PostgreSQL parses it once
 * per connection (a named prepared statement, `vasteOpdracht`).
 */
const takenVast = new Map<string, (db: Verbinding, waarden: Waarden) => Promise<TaakKandidaatRij[]>>();

function taakKandidatenVast(
  persoon: { besluitTaken: boolean; alleDossiers: boolean; besluitGevraagde: boolean },
  metPositie: boolean,
): (db: Verbinding, waarden: Waarden) => Promise<TaakKandidaatRij[]> {
  const vorm = [
    persoon.besluitTaken ? (persoon.alleDossiers ? "alle" : persoon.besluitGevraagde ? "besluit" : "relatie") : "",
    metPositie ? "verder" : "begin",
  ].join("_");
  let vast = takenVast.get(vorm);
  if (vast) return vast;
  const p = (naam: string) => sql.placeholder(naam);
  const organisatieId = sql`${p("organisatieId")}::uuid`;
  const persoonId = sql`${p("persoonId")}::uuid`;
  const moment = sql`${p("nu")}::timestamptz`;
  const verder = metPositie
    ? sql`(k.rang, coalesce(k.sinds, '9'), k.dossier_id) > (${p("naRang")}::integer, ${p("naSinds")}::text, ${p("naDossier")}::uuid)`
    : sql`true`;
  const volgorde = sql`order by k.rang, coalesce(k.sinds, '9'), k.dossier_id limit ${p("aantal")}::integer`;
  const kolommen = sql`k.dossier_id, k.soort, k.voor, k.rang, k.sinds`;
  const verantwoordelijk = sql`k.voor = 'verantwoordelijken' and k.vanaf <= ${p("vandaag")}::text and ${verder}`;
  const eigen = sql`(select ${kolommen} from ${dossierTaken} k
      where k.organisatie_id = ${organisatieId} and k.opener = ${persoonId} and ${verantwoordelijk}
      ${volgorde})`;
  const toegewezen = sql`(select ${kolommen} from ${dossierToegang} t
      join ${dossierTaken} k on k.dossier_id = t.dossier_id and k.organisatie_id = t.organisatie_id
      where t.organisatie_id = ${organisatieId} and t.gebruiker_id = ${persoonId}
        and t.soort = 'toegewezen' and t.ingetrokken_op is null and ${verantwoordelijk}
      ${volgorde})`;
  // The aandachtsfunctionaris gets them all; another decider those asking for a decision (when the
  // role says so) or with a relation to them. Tested per row as the index is read in order: a scalar
  // subquery and the person's own few assignments, never a hash of the organisation's cases.
  const betrokken = sql`(
      ${persoon.besluitGevraagde ? sql`coalesce((select b.besluit_gevraagd from ${dossiers} b where b.id = k.dossier_id), false)` : sql`false`}
      or k.opener = ${persoonId}
      or k.dossier_id in (select t.dossier_id from ${dossierToegang} t
        where t.organisatie_id = ${organisatieId} and t.gebruiker_id = ${persoonId} and t.ingetrokken_op is null)
      or k.dossier_id in (select n.dossier_id from ${noodtoegang} n
        where n.organisatie_id = ${organisatieId} and n.gebruiker_id = ${persoonId} and n.tot > ${moment}))`;
  const beslissers = persoon.besluitTaken
    ? sql`(select ${kolommen} from ${dossierTaken} k
        where k.organisatie_id = ${organisatieId} and k.voor = 'beslissers' and k.vanaf <= ${p("vandaag")}::text
          and ${verder} and ${persoon.alleDossiers ? sql`true` : betrokken}
        ${volgorde}) union `
    : sql``;
  // Union, not union all: a case one opened and is also assigned gives its task once.
  vast = vasteOpdracht<TaakKandidaatRij>(
    `taken_${vorm}`,
    () => sql`
    with kandidaat as (select * from (${beslissers}${eigen} union ${toegewezen}) k ${volgorde})
    select k.dossier_id, dossiers.organisatie_id, dossiers.aangemaakt_door, dossiers.besluit_gevraagd,
      dossiers.soort as dossier_soort, dossiers.betrokken_medewerker_id, dossiers.werknaam,
      k.soort, k.sinds, k.voor, k.rang, ${feitenKolomVast} as feiten
    from kandidaat k
    join ${dossiers} on dossiers.id = k.dossier_id and dossiers.organisatie_id = ${organisatieId}
    ${volgorde}`,
  );
  takenVast.set(vorm, vast);
  return vast;
}

/**
 * The task facts due on `vandaag` that this person could get, most urgent kind first, then oldest,
 * after `na`, at most `aantal`. One statement of up to three parts, each read in the list's order
 * and stopped at `aantal` (decision 0072), so what it reads does not grow with the organisation:
 * - the deciders' tasks (when their roles give them), through `dossier_taken_beslissers_idx`: every
 *   case (aandachtsfunctionaris), or those asking for a decision or related to them
 *   (eindverantwoordelijke); read in order until the page is full;
 * - the responsible tasks on the cases they opened, through `dossier_taken_opener_idx` (the task
 *   facts carry who opened the case), read in order until the page is full;
 * - the responsible tasks on the cases assigned to them (`dossier_toegang_gebruiker_idx`).
 * A narrowing only: the caller lets the policy (`grondslagVoor`) decide every row, on the facts each
 * row brings (`feitenKolom`).
 */
export async function taakKandidaten(
  db: Verbinding,
  persoon: {
    id: string;
    organisatieId: string;
    besluitTaken: boolean;
    alleDossiers: boolean;
    besluitGevraagde: boolean;
  },
  vandaag: string,
  nu: Date,
  na: TaakPositie | null,
  aantal: number,
): Promise<TaakKandidaat[]> {
  const rijen = await taakKandidatenVast(persoon, na !== null)(db, {
    organisatieId: persoon.organisatieId,
    persoonId: persoon.id,
    vandaag,
    nu: nu.toISOString(),
    naRang: na?.rang ?? null,
    naSinds: na === null ? null : (na.sinds ?? "9"),
    naDossier: na?.dossierId ?? null,
    aantal,
  });
  return rijen.map((r) => {
    const dossier = {
      organisatieId: r.organisatie_id,
      aangemaaktDoor: r.aangemaakt_door,
      besluitGevraagd: r.besluit_gevraagd,
      soort: r.dossier_soort,
      betrokkenMedewerkerId: r.betrokken_medewerker_id,
    };
    return {
      ...dossier,
      dossierId: r.dossier_id,
      dossierSoort: r.dossier_soort,
      werknaam: r.werknaam,
      soort: r.soort as TaakSoort,
      sinds: r.sinds,
      voor: r.voor as TaakFeit["voor"],
      rang: Number(r.rang),
      feiten: feitenUitKolom(dossier, r.feiten),
    };
  });
}
