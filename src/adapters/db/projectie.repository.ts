import { and, asc, desc, eq, gt, gte, inArray, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import type { DossierSoort } from "../../domain/dossier/keuzes.ts";
import type { TaakFeit } from "../../domain/dossier/taakfeiten.ts";
import { TAAK_SOORTEN, type TaakSoort } from "../../domain/dossier/vervolg.ts";
import { grenzenPerRang, oplopend, ZONDER_DATUM, type TaakLeesvolgorde } from "../../domain/lijst/taken.ts";
import type { DossierFeiten } from "../../domain/toegang/beleid.ts";
import type { Verbinding } from "./database.ts";
import { feitenKolom, feitenKolomVast, feitenUitKolom } from "./toegang.repository.ts";
import { vasteOpdracht, type Waarden } from "./vaste-query.ts";
import type { Dossier } from "../../domain/dossier/dossier.ts";
import { filterVoorwaarden, naarGebeurtenis, type ProjectieRijen } from "./dossier.repository.ts";
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
 * What Mijn taken is asked (decision 0083): the order, where to continue, and the filters. A previous
 * page is asked as the order turned round (`omgekeerd`), after the position.
 */
export interface TaakVraag {
  readonly volgorde: TaakLeesvolgorde;
  readonly na: TaakPositie | null;
  /** Only this kind of task (its rank), or every kind. */
  readonly rang: number | null;
  /** Only cases in this phase. */
  readonly fase: string | null;
  /** Part of the working name, or the reference (as the dossier list searches, `filterVoorwaarden`). */
  readonly zoek?: { readonly tekst: string; readonly kenmerk: string | null } | undefined;
}

/** The values of the candidate statement: placeholders (built once) or the values themselves (built per request). */
type TaakWaarden = Record<
  | "organisatieId"
  | "persoonId"
  | "nu"
  | "vandaag"
  | "aantal"
  | "rang"
  | "naRang"
  | "naSinds"
  | "naDossier"
  | "rangen"
  | "grensSinds"
  | "grensId"
  | "fase",
  SQL
>;

interface TaakVorm {
  readonly besluitTaken: boolean;
  readonly alleDossiers: boolean;
  readonly besluitGevraagde: boolean;
  readonly volgorde: TaakLeesvolgorde;
  readonly metPositie: boolean;
  readonly metRang: boolean;
  readonly metFase: boolean;
}

/**
 * The candidate statement of Mijn taken. Up to three parts (the deciders' tasks, the responsible
 * tasks of the cases the person opened, of those assigned to them), each read in the list's order
 * from its index and stopped at the page (decision 0072), merged with UNION, ordered and limited
 * again, then joined with the cases and their access facts. In the order `urgentie` each part is one
 * ordered range of its index; in `wachtend`, `nieuwste` and `urgentie_terug` (a previous page) one
 * ordered range per kind of task (`grenzenPerRang`: a lateral read per kind, each stopped at the page),
 * merged by the outer sort (decision 0083). A search or a phase is a test per task on its case (`zaakFilter`).
 */
function bouwTaken(vorm: TaakVorm, v: TaakWaarden, feiten: SQL, zaakFilter: SQL | null): SQL {
  const organisatieId = sql`${v.organisatieId}::uuid`;
  const persoonId = sql`${v.persoonId}::uuid`;
  const moment = sql`${v.nu}::timestamptz`;
  const dag = sql`coalesce(k.sinds, '9')`;
  const per = vorm.volgorde !== "urgentie";
  const op = oplopend(vorm.volgorde);
  const sorteer =
    vorm.volgorde === "urgentie"
      ? sql`k.rang, ${dag}, k.dossier_id`
      : vorm.volgorde === "urgentie_terug"
        ? sql`k.rang desc, ${dag} desc, k.dossier_id desc`
        : vorm.volgorde === "wachtend"
          ? sql`${dag}, k.rang, k.dossier_id`
          : sql`${dag} desc, k.rang desc, k.dossier_id desc`;
  const limiet = sql`limit ${v.aantal}::integer`;
  const volgorde = sql`order by ${sorteer} ${limiet}`;
  const kolommen = sql`k.dossier_id, k.soort, k.voor, k.rang, k.sinds`;
  // `urgentie`: one range, after the position and of one kind if asked. Otherwise per kind: `g` is the
  // kind and where its range continues, the index read forwards or backwards within it.
  const bereik = per
    ? sql`k.rang = g.rang and (${dag}, k.dossier_id) ${op ? sql`>` : sql`<`} (g.sinds, g.id)`
    : sql.join(
        [
          vorm.metPositie
            ? sql`(k.rang, ${dag}, k.dossier_id) > (${v.naRang}::integer, ${v.naSinds}::text, ${v.naDossier}::uuid)`
            : sql`true`,
          vorm.metRang ? sql`k.rang = ${v.rang}::integer` : sql`true`,
        ],
        sql` and `,
      );
  const zaak = zaakFilter
    ? sql` and exists (select 1 from ${dossiers} where dossiers.id = k.dossier_id and dossiers.organisatie_id = ${organisatieId} and ${zaakFilter})`
    : sql``;
  const deel = (bron: SQL, waar: SQL) => {
    const binnen = sql`select ${kolommen} from ${bron} where ${waar} and ${bereik}${zaak}
      order by ${per ? (op ? sql`${dag}, k.dossier_id` : sql`${dag} desc, k.dossier_id desc`) : sorteer} ${limiet}`;
    return per
      ? sql`(select x.* from unnest(string_to_array(${v.rangen}::text, ',')::integer[],
          string_to_array(${v.grensSinds}::text, ','), string_to_array(${v.grensId}::text, ',')::uuid[]) g(rang, sinds, id)
          cross join lateral (${binnen}) x)`
      : sql`(${binnen})`;
  };
  const verantwoordelijk = sql`k.voor = 'verantwoordelijken' and k.vanaf <= ${v.vandaag}::text`;
  const eigen = deel(
    sql`${dossierTaken} k`,
    sql`k.organisatie_id = ${organisatieId} and k.opener = ${persoonId} and ${verantwoordelijk}`,
  );
  const toegewezen = deel(
    sql`${dossierToegang} t join ${dossierTaken} k on k.dossier_id = t.dossier_id and k.organisatie_id = t.organisatie_id`,
    sql`t.organisatie_id = ${organisatieId} and t.gebruiker_id = ${persoonId}
        and t.soort = 'toegewezen' and t.ingetrokken_op is null and ${verantwoordelijk}`,
  );
  // The aandachtsfunctionaris gets them all; another decider those asking for a decision (when the
  // role says so) or with a relation to them. Tested per row as the index is read in order: a scalar
  // subquery and the person's own few assignments, never a hash of the organisation's cases.
  const betrokken = sql`(
      ${vorm.besluitGevraagde ? sql`coalesce((select b.besluit_gevraagd from ${dossiers} b where b.id = k.dossier_id), false)` : sql`false`}
      or k.opener = ${persoonId}
      or k.dossier_id in (select t.dossier_id from ${dossierToegang} t
        where t.organisatie_id = ${organisatieId} and t.gebruiker_id = ${persoonId} and t.ingetrokken_op is null)
      or k.dossier_id in (select n.dossier_id from ${noodtoegang} n
        where n.organisatie_id = ${organisatieId} and n.gebruiker_id = ${persoonId} and n.tot > ${moment}))`;
  const beslissers = vorm.besluitTaken
    ? sql`${deel(
        sql`${dossierTaken} k`,
        sql`k.organisatie_id = ${organisatieId} and k.voor = 'beslissers' and k.vanaf <= ${v.vandaag}::text
          and ${vorm.alleDossiers ? sql`true` : betrokken}`,
      )} union `
    : sql``;
  // Union, not union all: a case one opened and is also assigned gives its task once.
  return sql`
    with kandidaat as (select * from (${beslissers}${eigen} union ${toegewezen}) k ${volgorde})
    select k.dossier_id, dossiers.organisatie_id, dossiers.aangemaakt_door, dossiers.besluit_gevraagd,
      dossiers.soort as dossier_soort, dossiers.betrokken_medewerker_id, dossiers.werknaam,
      k.soort, k.sinds, k.voor, k.rang, ${feiten} as feiten
    from kandidaat k
    join ${dossiers} on dossiers.id = k.dossier_id and dossiers.organisatie_id = ${organisatieId}
    ${volgorde}`;
}

/**
 * The statements of `taakKandidaten` without a search, built once per shape (decision 0076): every value
 * a placeholder, so drizzle builds the text once and PostgreSQL parses it once per connection. A search
 * is built per request, as the dossier list's is: a LIKE pattern as a value lets the planner use the
 * prefix index, a generic plan could not.
 */
const takenVast = new Map<string, (db: Verbinding, waarden: Waarden) => Promise<TaakKandidaatRij[]>>();

function taakKandidatenVast(vorm: TaakVorm): (db: Verbinding, waarden: Waarden) => Promise<TaakKandidaatRij[]> {
  const naam = [
    vorm.besluitTaken ? (vorm.alleDossiers ? "alle" : vorm.besluitGevraagde ? "besluit" : "relatie") : "",
    vorm.volgorde,
    vorm.metPositie ? "verder" : "begin",
    vorm.metRang ? "soort" : "",
    vorm.metFase ? "fase" : "",
  ].join("_");
  let vast = takenVast.get(naam);
  if (vast) return vast;
  const p = (n: string) => sql`${sql.placeholder(n)}`;
  const waarden = Object.fromEntries(
    (
      [
        "organisatieId",
        "persoonId",
        "nu",
        "vandaag",
        "aantal",
        "rang",
        "naRang",
        "naSinds",
        "naDossier",
        "rangen",
        "grensSinds",
        "grensId",
        "fase",
      ] as const
    ).map((n) => [n, p(n)]),
  ) as TaakWaarden;
  vast = vasteOpdracht<TaakKandidaatRij>(`taken_${naam}`, () =>
    bouwTaken(vorm, waarden, feitenKolomVast, vorm.metFase ? sql`dossiers.fase = ${waarden.fase}::text` : null),
  );
  takenVast.set(naam, vast);
  return vast;
}

/**
 * The task facts due on `vandaag` that this person could get, in the order asked, after `na`, at
 * most `aantal`, of one kind, in one phase and matching a search when asked. One statement of up to
 * three parts, each read in the list's order and stopped at `aantal` (decisions 0072, 0083), so what
 * it reads does not grow with the organisation:
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
  vraag: TaakVraag,
  aantal: number,
): Promise<TaakKandidaat[]> {
  const { na } = vraag;
  const vorm: TaakVorm = {
    besluitTaken: persoon.besluitTaken,
    alleDossiers: persoon.alleDossiers,
    besluitGevraagde: persoon.besluitGevraagde,
    volgorde: vraag.volgorde,
    metPositie: na !== null,
    metRang: vraag.rang !== null,
    metFase: vraag.fase !== null,
  };
  const grenzen = grenzenPerRang(
    vraag.volgorde,
    na,
    vraag.rang === null ? TAAK_SOORTEN.map((_, i) => i) : [vraag.rang],
  );
  const waarden = {
    organisatieId: persoon.organisatieId,
    persoonId: persoon.id,
    vandaag,
    nu: nu.toISOString(),
    aantal,
    rang: vraag.rang,
    naRang: na?.rang ?? null,
    naSinds: na === null ? null : (na.sinds ?? ZONDER_DATUM),
    naDossier: na?.dossierId ?? null,
    rangen: grenzen.map((g) => g.rang).join(","),
    grensSinds: grenzen.map((g) => g.sinds).join(","),
    grensId: grenzen.map((g) => g.dossierId).join(","),
    fase: vraag.fase,
  };
  let rijen: TaakKandidaatRij[];
  if (vraag.zoek) {
    const w = Object.fromEntries(Object.entries(waarden).map(([n, x]) => [n, sql`${x}`])) as TaakWaarden;
    const filter = and(...filterVoorwaarden({ zoek: vraag.zoek, fase: vraag.fase ?? undefined }));
    const resultaat: unknown = await db.execute(bouwTaken(vorm, w, feitenKolom(nu), filter ?? null));
    rijen = (resultaat as { rows: TaakKandidaatRij[] }).rows;
  } else rijen = await taakKandidatenVast(vorm)(db, waarden);
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
