import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  isNull,
  lte,
  or,
  sql,
  type AnyColumn,
  type SQL,
  type SQLWrapper,
} from "drizzle-orm";
import type { Dossier } from "../../domain/dossier/dossier.ts";
import type { DossierSoort, Rol } from "../../domain/dossier/keuzes.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import type { LijstKolommen } from "../../domain/dossier/lijstkolommen.ts";
import type { DossierFeiten } from "../../domain/toegang/beleid.ts";
import type { Verbinding } from "./database.ts";
import { feitenKolom, feitenKolomVast, feitenUitKolom } from "./toegang.repository.ts";
import { naarGebeurtenis } from "./gebeurtenis-rij.ts";
import { logregelInvoegen, logregelWaarden, type NieuweLogregel } from "./toegangslog.repository.ts";
import { vasteOpdracht, vasteSelect, type Waarden } from "./vaste-query.ts";
import { ALTIJD } from "../../domain/dossier/taakfeiten.ts";
import { zoekwijze } from "../../domain/lijst/zoeken.ts";
import { dossierTaken, dossierToegang, dossiers, gebeurtenissen, noodtoegang } from "./schema.ts";

export interface NieuweGebeurtenisRij {
  /** Chosen by the caller, so the state after the event (decision 0032) can name it before it is stored. */
  readonly id: string;
  readonly type: string;
  readonly stap: string;
  readonly gegevens: unknown;
  readonly actor: { readonly id: string; readonly naam: string; readonly rol: Rol };
  readonly opgetredenOp: Date;
}

/**
 * Every query takes the organisation: a dossier of another organisation is indistinguishable
 * from one that does not exist.
 */
export async function maakDossierRij(
  db: Verbinding,
  rij: {
    organisatieId: string;
    aangemaaktDoor: string;
    werknaam: string;
    fase: string;
    nu: Date;
    soort?: DossierSoort;
    betrokkenMedewerkerId?: string | null;
  },
): Promise<string> {
  const [nieuw] = await db
    .insert(dossiers)
    .values({
      ...rij,
      soort: rij.soort ?? "meldcode",
      betrokkenMedewerkerId: rij.betrokkenMedewerkerId ?? null,
      aangemaaktOp: rij.nu,
      bijgewerktOp: rij.nu,
      versie: 0,
    })
    .returning({ id: dossiers.id });
  if (!nieuw) throw new Error("Dossier niet aangemaakt");
  return nieuw.id;
}

/** Reads the dossier row and locks it for the rest of the transaction (optimistic version check). */
export async function vergrendelDossier(db: Verbinding, organisatieId: string, id: string): Promise<Dossier | null> {
  const [rij] = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.id, id), eq(dossiers.organisatieId, organisatieId)))
    .for("update");
  return rij ?? null;
}

export async function vindDossier(db: Verbinding, organisatieId: string, id: string): Promise<Dossier | null> {
  const [rij] = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.id, id), eq(dossiers.organisatieId, organisatieId)));
  return rij ?? null;
}

/**
 * The dossiers a person could have a basis for, as a condition: the same relations the policy knows
 * (own, assigned or shared, emergency access, role). The policy (`kan`) still decides on every row;
 * this only keeps a large organisation's other cases from pushing a person's own out of the list.
 */
function kandidaatVoorwaarde(
  persoon: { alleDossiers: boolean; besluitGevraagde: boolean },
  /** The person's id and the moment (ISO text): values, or placeholders in a statement built once. */
  persoonId: string | SQLWrapper,
  nu: string | SQLWrapper,
): SQL | undefined {
  return or(
    eq(dossiers.aangemaaktDoor, persoonId),
    sql`exists (select 1 from ${dossierToegang} t where t.dossier_id = ${dossiers.id} and t.gebruiker_id = ${persoonId} and t.ingetrokken_op is null)`,
    sql`exists (select 1 from ${noodtoegang} n where n.dossier_id = ${dossiers.id} and n.gebruiker_id = ${persoonId} and n.tot > ${nu})`,
    persoon.alleDossiers ? sql`true` : sql`false`,
    // The board sees a suspicion against a colleague from the start (decision 0053).
    persoon.besluitGevraagde
      ? or(eq(dossiers.besluitGevraagd, true), eq(dossiers.soort, "vermoeden_medewerker"))
      : sql`false`,
  );
}

/** What the dossier list is sorted on, newest first: the last activity, or when the case was opened. */
export const DOSSIER_VOLGORDES = ["activiteit", "geopend"] as const;
export type DossierVolgorde = (typeof DOSSIER_VOLGORDES)[number];

export interface DossierZoekvraag {
  /** Part of the working name, any case; or the reference (the id's first 8 hex characters), when `kenmerk` is set. */
  readonly zoek?: { readonly tekst: string; readonly kenmerk: string | null } | undefined;
  readonly fase?: string | undefined;
  readonly status?: "open" | "gesloten" | undefined;
  /** Only cases whose decision is asked (the `besluit_gevraagd` projection). */
  readonly besluitGevraagd?: boolean | undefined;
  /** Only cases with an overdue task on this Dutch day (the rule of `isAchterstallig`, werkvoorraad). */
  readonly achterstalligOp?: string | undefined;
  /** Only cases waiting for Veilig Thuis' answer, with a report dated on or before `tot` when given (`vtGrens`). */
  readonly wachtOpVt?: { readonly tot: string | null } | undefined;
  /** Only cases on the accelerated route; `klok`: with an hour clock that no action has stopped yet. */
  readonly versneld?: "ja" | "klok" | undefined;
  /** Only cases in monitoring (the phase `monitoring`: a running period, not closed). */
  readonly inMonitoring?: boolean | undefined;
  /** `stil` is the activity order turned around: the case lying still longest first (werkvoorraad). */
  readonly volgorde: DossierVolgorde | "stil";
  /** Rows after (`na`, older) or before (`voor`, newer) this key; null from the top. */
  readonly positie: { readonly richting: "na" | "voor"; readonly tijd: string; readonly id: string } | null;
  readonly limiet: number;
}

/**
 * A candidate with its key in the list's order (the sort time to the microsecond, UTC, and the id)
 * and the facts access depends on, read in the same statement.
 */
export type DossierKandidaat = Dossier & {
  readonly sleutel: readonly [string, string];
  readonly feiten: DossierFeiten;
};

/** The stored timestamp as text to the microsecond, so a cursor never rounds a key away. */
function alsSleuteltijd(kolom: AnyColumn): SQL<string> {
  return sql<string>`to_char(${kolom} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** `%`, `_` and the escape character itself match literally in a LIKE pattern after this. */
function letterlijk(tekst: string): string {
  return tekst.replace(/[\\%_]/g, (t) => `\\${t}`);
}

/** The list's filters as SQL conditions (search, phase, status and the werkvoorraad's own); also what the werkvoorraad counts. */
export function filterVoorwaarden(
  vraag: Omit<DossierZoekvraag, "volgorde" | "positie" | "limiet">,
): (SQL | undefined)[] {
  const voorwaarden: (SQL | undefined)[] = [];
  if (vraag.zoek) {
    // One or two characters: the start of the name (`dossiers_werknaam_begin_idx`); more: anywhere (trigrams).
    const opNaam =
      zoekwijze(vraag.zoek.tekst) === "begin"
        ? sql`lower(${dossiers.werknaam}) like ${`${letterlijk(vraag.zoek.tekst.toLowerCase())}%`}`
        : sql`${dossiers.werknaam} ilike ${`%${letterlijk(vraag.zoek.tekst)}%`}`;
    // The reference is a prefix of the id: a range on the primary key, not a LIKE on its text.
    const k = vraag.zoek.kenmerk?.toLowerCase();
    voorwaarden.push(
      k
        ? or(
            opNaam,
            sql`${dossiers.id} between ${`${k}-0000-0000-0000-000000000000`}::uuid and ${`${k}-ffff-ffff-ffff-ffffffffffff`}::uuid`,
          )
        : opNaam,
    );
  }
  if (vraag.fase) voorwaarden.push(eq(dossiers.fase, vraag.fase));
  if (vraag.status === "gesloten") voorwaarden.push(eq(dossiers.fase, "gesloten"));
  if (vraag.status === "open") voorwaarden.push(sql`${dossiers.fase} <> 'gesloten'`);
  if (vraag.besluitGevraagd) voorwaarden.push(eq(dossiers.besluitGevraagd, true));
  // A dated task whose day has come; found through the primary key of dossier_taken (dossier first).
  if (vraag.achterstalligOp)
    voorwaarden.push(
      sql`exists (select 1 from ${dossierTaken} t where t.dossier_id = ${dossiers.id} and t.vanaf <> ${ALTIJD} and t.vanaf <= ${vraag.achterstalligOp})`,
    );
  if (vraag.wachtOpVt)
    voorwaarden.push(
      vraag.wachtOpVt.tot === null
        ? isNotNull(dossiers.wachtOpVtSinds)
        : lte(dossiers.wachtOpVtSinds, vraag.wachtOpVt.tot),
    );
  if (vraag.inMonitoring) voorwaarden.push(eq(dossiers.fase, "monitoring"));
  // An hour clock runs only on the route, so "klok" also names the route's column: the partial index serves both.
  if (vraag.versneld)
    voorwaarden.push(
      vraag.versneld === "klok"
        ? and(
            isNotNull(dossiers.versneldSinds),
            isNotNull(dossiers.versneldKlokStart),
            isNull(dossiers.versneldKlokActieOp),
          )
        : isNotNull(dossiers.versneldSinds),
    );
  return voorwaarden;
}

/**
 * One batch of candidates for a page of the dossier list, in keyset order (decision 0033): the rows
 * after or before a position in (sort time, id), filtered by search, phase and open/closed, for the
 * relations of kandidaatVoorwaarde. `na` returns newest first, `voor` oldest first (the caller turns
 * it around). Served by the indexes of migration lijsten_zoeken. Each row brings the facts access
 * depends on (`feitenKolom`), so a page is one statement.
 */
export async function lijstKandidatenPagina(
  db: Verbinding,
  organisatieId: string,
  persoon: { id: string; alleDossiers: boolean; besluitGevraagde: boolean },
  nu: Date,
  vraag: DossierZoekvraag,
): Promise<DossierKandidaat[]> {
  const vast = vasteKandidaten(persoon, vraag);
  let rijen: KandidaatRij[];
  if (vast)
    rijen = await vast(db, {
      organisatieId,
      persoonId: persoon.id,
      nu: nu.toISOString(),
      fase: vraag.fase ?? null,
      tijd: vraag.positie?.tijd ?? null,
      id: vraag.positie?.id ?? null,
      limiet: vraag.limiet,
    });
  else {
    const d = kandidatenDelen(persoon, vraag, {
      organisatieId,
      persoonId: persoon.id,
      nu: nu.toISOString(),
      tijd: vraag.positie?.tijd,
      id: vraag.positie?.id,
      feiten: feitenKolom(nu),
    });
    rijen = await db
      .select(d.velden)
      .from(dossiers)
      .where(and(d.waar, ...filterVoorwaarden(vraag)))
      .orderBy(...d.volgorde)
      .limit(vraag.limiet);
  }
  return rijen.map(({ sleuteltijd, feiten, ...rij }) => ({
    ...rij,
    sleutel: [sleuteltijd, rij.id] as const,
    feiten: feitenUitKolom(rij, feiten),
  }));
}

type KandidaatRij = Dossier & { sleuteltijd: string; feiten: unknown };

/**
 * The parts of the candidate select shared by the statement built per request and the ones built once
 * (`vasteKandidaten`): the columns, the organisation, the person's relations and the position, the order.
 * `w` holds values, or placeholders.
 */
function kandidatenDelen(
  persoon: { alleDossiers: boolean; besluitGevraagde: boolean },
  vraag: Pick<DossierZoekvraag, "volgorde" | "positie">,
  w: {
    organisatieId: string | SQLWrapper;
    persoonId: string | SQLWrapper;
    nu: string | SQLWrapper;
    tijd: string | SQLWrapper | undefined;
    id: string | SQLWrapper | undefined;
    feiten: SQL<unknown>;
  },
) {
  const tijd = vraag.volgorde === "geopend" ? dossiers.aangemaaktOp : dossiers.bijgewerktOp;
  // Newest first, except for `stil`; a page backwards (`voor`) reads the other way and is turned around by the caller.
  const oplopend = (vraag.positie?.richting === "voor") !== (vraag.volgorde === "stil");
  const na = vraag.positie
    ? oplopend
      ? sql`(${tijd}, ${dossiers.id}) > (${w.tijd}::timestamptz, ${w.id}::uuid)`
      : sql`(${tijd}, ${dossiers.id}) < (${w.tijd}::timestamptz, ${w.id}::uuid)`
    : undefined;
  return {
    velden: { ...getTableColumns(dossiers), sleuteltijd: alsSleuteltijd(tijd), feiten: w.feiten },
    waar: and(eq(dossiers.organisatieId, w.organisatieId), kandidaatVoorwaarde(persoon, w.persoonId, w.nu), na),
    volgorde: oplopend ? [asc(tijd), asc(dossiers.id)] : [desc(tijd), desc(dossiers.id)],
  };
}

/**
 * The candidate statements built once (decision 0076), one per shape: the order and direction, the
 * person's reach, the phase filter and open/closed; every value a placeholder. The dossier list without a
 * search is nearly every request of it; drizzle built its text anew each time. A search, and the
 * werkvoorraad's own filters, keep the statement built per request (a LIKE pattern as a literal lets the
 * planner use the prefix index, a generic plan could not).
 */
const kandidatenVast = new Map<string, (db: Verbinding, waarden: Waarden) => Promise<KandidaatRij[]>>();

function vasteKandidaten(
  persoon: { alleDossiers: boolean; besluitGevraagde: boolean },
  vraag: DossierZoekvraag,
): ((db: Verbinding, waarden: Waarden) => Promise<KandidaatRij[]>) | null {
  if (vraag.zoek || vraag.besluitGevraagd || vraag.achterstalligOp || vraag.wachtOpVt) return null;
  if (vraag.versneld || vraag.inMonitoring) return null;
  const vorm = [
    vraag.volgorde,
    vraag.positie?.richting ?? "begin",
    persoon.alleDossiers ? "alle" : "relatie",
    persoon.besluitGevraagde ? "besluit" : "",
    vraag.fase ? "fase" : "",
    vraag.status ?? "",
  ].join("_");
  let vast = kandidatenVast.get(vorm);
  if (!vast) {
    const p = (naam: string) => sql.placeholder(naam);
    const d = kandidatenDelen(persoon, vraag, {
      organisatieId: p("organisatieId"),
      persoonId: p("persoonId"),
      nu: sql`${p("nu")}::timestamptz`,
      tijd: p("tijd"),
      id: p("id"),
      feiten: feitenKolomVast,
    });
    const filters = [
      vraag.fase ? eq(dossiers.fase, p("fase")) : undefined,
      ...filterVoorwaarden({ status: vraag.status }),
    ];
    vast = vasteSelect<typeof d.velden, KandidaatRij>(`dossierlijst_${vorm}`, d.velden, (qb, velden) =>
      qb
        .select(velden)
        .from(dossiers)
        .where(and(d.waar, ...filters))
        .orderBy(...d.volgorde)
        .limit(p("limiet")),
    );
    kandidatenVast.set(vorm, vast);
  }
  return vast;
}

export async function laadGebeurtenissen(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
): Promise<Gebeurtenis[]> {
  const rijen = await db
    .select()
    .from(gebeurtenissen)
    .where(and(eq(gebeurtenissen.dossierId, dossierId), eq(gebeurtenissen.organisatieId, organisatieId)))
    .orderBy(asc(gebeurtenissen.volgnummer));
  return rijen.map(naarGebeurtenis);
}

/** The events of several dossiers in one query, per dossier in order: for the task list across cases. */
export async function laadGebeurtenissenVan(
  db: Verbinding,
  organisatieId: string,
  dossierIds: readonly string[],
): Promise<Map<string, Gebeurtenis[]>> {
  const perDossier = new Map<string, Gebeurtenis[]>(dossierIds.map((id) => [id, []]));
  if (dossierIds.length === 0) return perDossier;
  const rijen = await db
    .select()
    .from(gebeurtenissen)
    .where(and(inArray(gebeurtenissen.dossierId, [...dossierIds]), eq(gebeurtenissen.organisatieId, organisatieId)))
    .orderBy(asc(gebeurtenissen.dossierId), asc(gebeurtenissen.volgnummer));
  for (const rij of rijen) perDossier.get(rij.dossierId)?.push(naarGebeurtenis(rij));
  return perDossier;
}

export { naarGebeurtenis };

/** The projections written with an event (decision 0032): its task facts (replacing the dossier's) and, when due, the snapshot. */
export interface ProjectieRijen {
  readonly versie: number;
  readonly taken: readonly {
    readonly soort: string;
    readonly voor: string;
    readonly rang: number;
    readonly sinds: string | null;
    readonly vanaf: string;
  }[];
  /** The snapshot as JSON text (stored as jsonb as it is). */
  readonly snapshot: { readonly vorm: number; readonly json: string } | null;
}

/**
 * Appends one event at `volgnummer = versie + 1` and moves the dossier's version and list
 * projection along. The unique (dossier, volgnummer) constraint is the last line of defence
 * against two writers: the row lock taken by `vergrendelDossier` is the first. With the
 * projections that follow from the event, all in one statement (decision 0059): data-modifying CTEs that touch disjoint rows,
 * so their order does not matter. The task facts are brought up to date: the kinds no longer due are
 * deleted, new ones inserted, and only those whose values changed updated (decision 0077: an unchanged row
 * keeps the version it was derived at, and writing it again cost a row lock and a row version in the WAL). With `logregel`, the access-log entry is written in the same
 * statement (`logregelInvoegen`, decision 0067). Built once per form (decision 0071). Only called with the
 * dossier row locked.
 */
export async function voegGebeurtenisToe(
  db: Verbinding,
  dossier: { id: string; organisatieId: string; versie: number },
  gebeurtenis: NieuweGebeurtenisRij,
  projectie: LijstKolommen,
  projecties?: ProjectieRijen,
  logregel?: NieuweLogregel,
): Promise<string> {
  const snapshot = projecties?.snapshot ?? null;
  const vorm = { taken: projecties !== undefined, snapshot: snapshot !== null, logregel: logregel !== undefined };
  const variant = (vorm.taken ? 4 : 0) + (vorm.snapshot ? 2 : 0) + (vorm.logregel ? 1 : 0);
  const opdracht = (toevoegOpdrachten[variant] ??= toevoegOpdracht(vorm));
  const volgnummer = dossier.versie + 1;
  const rijen = await opdracht(db, {
    id: gebeurtenis.id,
    dossierId: dossier.id,
    organisatieId: dossier.organisatieId,
    volgnummer,
    type: gebeurtenis.type,
    stap: gebeurtenis.stap,
    gegevens: JSON.stringify(gebeurtenis.gegevens),
    actorId: gebeurtenis.actor.id,
    actorNaam: gebeurtenis.actor.naam,
    actorRol: gebeurtenis.actor.rol,
    opgetredenOp: gebeurtenis.opgetredenOp.toISOString(),
    werknaam: projectie.werknaam,
    fase: projectie.fase,
    besluitGevraagd: projectie.besluitGevraagd,
    wachtOpVtSinds: projectie.wachtOpVtSinds,
    versneldSinds: projectie.versneldSinds,
    versneldKlokStart: projectie.versneldKlokStart,
    versneldKlokActieOp: projectie.versneldKlokActieOp,
    ...(projecties ? { taken: JSON.stringify(projecties.taken), projectieVersie: projecties.versie } : {}),
    ...(snapshot ? { vorm: snapshot.vorm, toestand: snapshot.json } : {}),
    ...(logregel ? logregelWaarden(logregel) : {}),
  });
  const [rij] = rijen;
  if (!rij) throw new Error("Gebeurtenis niet opgeslagen");
  return rij.id;
}

/** The append's statement in its forms (with or without the task facts, the snapshot, the entry), each built once. */
const toevoegOpdrachten: ((db: Verbinding, waarden: Waarden) => Promise<{ id: string }[]>)[] = [];

/**
 * The append's one statement (decision 0059) with every value a placeholder, so that its text is built once
 * and PostgreSQL parses it once per connection (decision 0071). The list columns' instants come as ISO text
 * (the domain's form) and are cast here.
 */
function toevoegOpdracht(vorm: { taken: boolean; snapshot: boolean; logregel: boolean }) {
  const p = (naam: string) => sql.placeholder(naam);
  const dossierId = p("dossierId");
  const organisatieId = p("organisatieId");
  const takenSql = vorm.taken
    ? sql`, taken_weg as (
        delete from dossier_taken
        where dossier_id = ${dossierId}::uuid and organisatie_id = ${organisatieId}::uuid
          and not exists (select 1 from jsonb_to_recordset(${p("taken")}::jsonb) as f(soort text, voor text) where f.soort = dossier_taken.soort and f.voor = dossier_taken.voor)
      ), taken as (
        insert into dossier_taken (organisatie_id, dossier_id, soort, voor, rang, sinds, vanaf, versie, opener)
        select ${organisatieId}::uuid, ${dossierId}::uuid, f.soort, f.voor, f.rang, f.sinds, f.vanaf, ${p("projectieVersie")}::integer,
          (select d.aangemaakt_door from dossiers d where d.id = ${dossierId}::uuid)
        from jsonb_to_recordset(${p("taken")}::jsonb) as f(soort text, voor text, rang integer, sinds text, vanaf text)
        where not exists (
          select 1 from dossier_taken t
          where t.dossier_id = ${dossierId}::uuid and t.voor = f.voor and t.soort = f.soort
            and t.rang = f.rang and t.sinds is not distinct from f.sinds and t.vanaf = f.vanaf
        )
        on conflict (dossier_id, voor, soort) do update set rang = excluded.rang, sinds = excluded.sinds, vanaf = excluded.vanaf, versie = excluded.versie
      )`
    : sql``;
  const snapshotSql = vorm.snapshot
    ? sql`, snapshot as (
        insert into dossier_toestanden (dossier_id, organisatie_id, versie, vorm, toestand)
        values (${dossierId}::uuid, ${organisatieId}::uuid, ${p("projectieVersie")}::integer, ${p("vorm")}::integer, ${p("toestand")}::jsonb)
        on conflict (dossier_id) do update set versie = excluded.versie, vorm = excluded.vorm, toestand = excluded.toestand
      )`
    : sql``;
  const logSql = vorm.logregel ? sql`, logregel as (${logregelInvoegen()})` : sql``;
  return vasteOpdracht<{ id: string }>(
    `gebeurtenis_toevoegen_${vorm.taken ? "t" : ""}${vorm.snapshot ? "s" : ""}${vorm.logregel ? "l" : ""}`,
    () => sql`
    with nieuw as (
      insert into gebeurtenissen (id, dossier_id, organisatie_id, volgnummer, type, stap, gegevens, actor_id, actor_naam, actor_rol, opgetreden_op)
      values (
        ${p("id")}::uuid, ${dossierId}::uuid, ${organisatieId}::uuid, ${p("volgnummer")}::integer, ${p("type")}, ${p("stap")}, ${p("gegevens")}::jsonb,
        ${p("actorId")}::uuid, ${p("actorNaam")}, ${p("actorRol")}, ${p("opgetredenOp")}::timestamptz
      )
      returning id
    ), dossier as (
      update dossiers set
        versie = ${p("volgnummer")}::integer, bijgewerkt_op = ${p("opgetredenOp")}::timestamptz,
        werknaam = ${p("werknaam")}, fase = ${p("fase")}, besluit_gevraagd = ${p("besluitGevraagd")}::boolean, wacht_op_vt_sinds = ${p("wachtOpVtSinds")}::text,
        versneld_sinds = ${p("versneldSinds")}::timestamptz, versneld_klok_start = ${p("versneldKlokStart")}::timestamptz,
        versneld_klok_actie_op = ${p("versneldKlokActieOp")}::timestamptz
      where id = ${dossierId}::uuid and organisatie_id = ${organisatieId}::uuid
    )${takenSql}${snapshotSql}${logSql}
    select id from nieuw
  `,
  );
}

function alsTijd(iso: string | null): Date | null {
  return iso === null ? null : new Date(iso);
}

function alsKolommen(k: LijstKolommen) {
  return {
    werknaam: k.werknaam,
    fase: k.fase,
    besluitGevraagd: k.besluitGevraagd,
    wachtOpVtSinds: k.wachtOpVtSinds,
    versneldSinds: alsTijd(k.versneldSinds),
    versneldKlokStart: alsTijd(k.versneldKlokStart),
    versneldKlokActieOp: alsTijd(k.versneldKlokActieOp),
  };
}

/** The list columns as stored, in the domain's form (ISO instants), for the proof. */
export function uitKolommen(
  rij: Pick<
    Dossier,
    | "werknaam"
    | "fase"
    | "besluitGevraagd"
    | "wachtOpVtSinds"
    | "versneldSinds"
    | "versneldKlokStart"
    | "versneldKlokActieOp"
  >,
): LijstKolommen {
  return {
    werknaam: rij.werknaam,
    fase: rij.fase,
    besluitGevraagd: rij.besluitGevraagd,
    wachtOpVtSinds: rij.wachtOpVtSinds,
    versneldSinds: rij.versneldSinds?.toISOString() ?? null,
    versneldKlokStart: rij.versneldKlokStart?.toISOString() ?? null,
    versneldKlokActieOp: rij.versneldKlokActieOp?.toISOString() ?? null,
  };
}

/** Rewrites the list columns of a dossier whose projections are rebuilt (under its row lock). */
export async function zetLijstKolommen(
  db: Verbinding,
  dossier: { id: string; organisatieId: string },
  kolommen: LijstKolommen,
): Promise<void> {
  await db
    .update(dossiers)
    .set(alsKolommen(kolommen))
    .where(and(eq(dossiers.id, dossier.id), eq(dossiers.organisatieId, dossier.organisatieId)));
}

/** Dossiers of an organisation whose id starts with `voorvoegsel` (8 hex characters, the reference on the page). */
export async function zoekOpVoorvoegsel(
  db: Verbinding,
  organisatieId: string,
  voorvoegsel: string,
): Promise<Dossier[]> {
  return db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.organisatieId, organisatieId), sql`${dossiers.id}::text like ${`${voorvoegsel}%`}`))
    .limit(2);
}
