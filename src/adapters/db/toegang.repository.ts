import { and, desc, eq, getTableColumns, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { DossierFeiten } from "../../domain/toegang/beleid.ts";
import type { Verbinding } from "./database.ts";
import type { Dossier } from "../../domain/dossier/dossier.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import {
  dossierToegang,
  dossierToestanden,
  dossiers,
  gebeurtenissen,
  gebruikers,
  noodtoegang,
  organisaties,
  sessies,
} from "./schema.ts";
import {
  alsSessieMetGebruiker,
  sessieVelden,
  type SessieMetGebruiker,
  type SessieRijMetGebruiker,
} from "./gebruiker.repository.ts";
import { vasteSelect } from "./vaste-query.ts";
import { naarGebeurtenis, type GebeurtenisRij } from "./gebeurtenis-rij.ts";

/**
 * The facts access depends on, for one or many dossiers of one organisation. Every query takes
 * the organisation: nothing here can cross it.
 */
export async function feitenVoorDossiers(
  db: Verbinding,
  organisatieId: string,
  rijen: readonly Pick<
    Dossier,
    "id" | "organisatieId" | "aangemaaktDoor" | "besluitGevraagd" | "soort" | "betrokkenMedewerkerId"
  >[],
  nu: Date,
): Promise<Map<string, DossierFeiten>> {
  const ids = rijen.map((r) => r.id);
  // Active assignments and shares, and running emergency access, in one statement (one round trip).
  const resultaat = ids.length
    ? await db.execute(sql`
        select 't' as bron, ${dossierToegang.dossierId} as dossier_id, ${dossierToegang.gebruikerId} as gebruiker_id, ${dossierToegang.soort} as soort, ${dossierToegang.door} as door, null::float8 as tot
        from ${dossierToegang}
        where ${dossierToegang.organisatieId} = ${organisatieId} and ${inArray(dossierToegang.dossierId, ids)} and ${dossierToegang.ingetrokkenOp} is null
        union all
        select 'n', ${noodtoegang.dossierId}, ${noodtoegang.gebruikerId}, null, null, extract(epoch from ${noodtoegang.tot})::float8 * 1000
        from ${noodtoegang}
        where ${noodtoegang.organisatieId} = ${organisatieId} and ${inArray(noodtoegang.dossierId, ids)} and ${noodtoegang.tot} > ${nu.toISOString()}::timestamptz`)
    : { rows: [] };
  const rijenFeiten = (resultaat as { rows: FeitRij[] }).rows;
  return new Map(
    rijen.map((r) => [
      r.id,
      feitenUit(
        r,
        rijenFeiten.filter((f) => f.dossier_id === r.id),
      ),
    ]),
  );
}

interface FeitRij {
  readonly bron: "t" | "n";
  readonly dossier_id: string;
  readonly gebruiker_id: string;
  readonly soort: string | null;
  readonly door: string | null;
  /** Milliseconds since the epoch (emergency access only). */
  readonly tot: number | string | null;
}

function feitenUit(
  r: Pick<Dossier, "organisatieId" | "aangemaaktDoor" | "besluitGevraagd" | "soort" | "betrokkenMedewerkerId">,
  rijen: readonly FeitRij[],
): DossierFeiten {
  return {
    organisatieId: r.organisatieId,
    aangemaaktDoor: r.aangemaaktDoor,
    besluitGevraagd: r.besluitGevraagd,
    // The route and the colleague it is about: the policy hides the case from them (decision 0053).
    soort: r.soort,
    betrokkenMedewerkerId: r.betrokkenMedewerkerId,
    toegang: rijen
      .filter((t) => t.bron === "t")
      .map((t) => ({ gebruikerId: t.gebruiker_id, soort: t.soort as "toegewezen" | "gedeeld", door: t.door ?? "" })),
    noodtoegang: rijen
      .filter((n) => n.bron === "n")
      .map((n) => ({ gebruikerId: n.gebruiker_id, tot: new Date(Number(n.tot)).toISOString() })),
  };
}

/**
 * The access facts of the outer `dossiers` row as one JSON array (active assignments and shares,
 * emergency access running at `nu`), for a select from `dossiers`. The outer row is named by its
 * table: drizzle writes a lone table's columns unqualified, which inside would mean t and n.
 */
function feitenVanRij(nu: unknown): SQL<unknown> {
  return sql<unknown>`(
    select coalesce(json_agg(json_build_object('bron', f.bron, 'dossier_id', f.dossier_id, 'gebruiker_id', f.gebruiker_id, 'soort', f.soort, 'door', f.door, 'tot', f.tot)), '[]'::json)
    from (
      select 't' as bron, t.dossier_id, t.gebruiker_id, t.soort, t.door, null::float8 as tot
      from ${dossierToegang} t
      where t.organisatie_id = "dossiers"."organisatie_id" and t.dossier_id = "dossiers"."id" and t.ingetrokken_op is null
      union all
      select 'n', n.dossier_id, n.gebruiker_id, null, null, extract(epoch from n.tot)::float8 * 1000
      from ${noodtoegang} n
      where n.organisatie_id = "dossiers"."organisatie_id" and n.dossier_id = "dossiers"."id" and n.tot > ${nu}::timestamptz
    ) f)`;
}

/**
 * One dossier of the organisation with the facts access depends on, in one statement: the read
 * path's gate (`metDossierToegang` without a lock). Null when the organisation has no such dossier.
 */
export async function vindDossierMetFeiten(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
  nu: Date,
): Promise<{ dossier: Dossier; feiten: DossierFeiten } | null> {
  const [rij] = await db
    .select({ ...getTableColumns(dossiers), feiten: feitenKolom(nu) })
    .from(dossiers)
    .where(and(eq(dossiers.id, dossierId), eq(dossiers.organisatieId, organisatieId)));
  if (!rij) return null;
  const { feiten, ...dossier } = rij;
  return { dossier, feiten: feitenUitKolom(dossier, feiten) };
}

/**
 * The facts of the `dossiers` row of the same query (active assignments and shares, running
 * emergency access) as one json column: a list or a page reads a case and what access depends on in
 * one statement. The outer row is named by its table: drizzle writes a lone table's columns
 * unqualified, which inside would mean t and n. Read it with `feitenUitKolom`.
 */
export function feitenKolom(nu: Date): SQL<unknown> {
  return feitenVanRij(nu.toISOString());
}

/** `feitenKolom` for a statement built once (`vasteSelect`): the moment is the placeholder `nu` (ISO text). */
export const feitenKolomVast: SQL<unknown> = feitenVanRij(sql.placeholder("nu"));

/** The facts of one row from its `feitenKolom` (parsed by the driver, or text on a driver that leaves json alone). */
export function feitenUitKolom(
  r: Pick<Dossier, "organisatieId" | "aangemaaktDoor" | "besluitGevraagd" | "soort" | "betrokkenMedewerkerId">,
  kolom: unknown,
): DossierFeiten {
  return feitenUit(r, (typeof kolom === "string" ? JSON.parse(kolom) : kolom) as FeitRij[]);
}

/**
 * The API's read of a dossier in one statement, the session included (decisions 0064, 0074): the session
 * and its person as `vindSessieMetGebruiker` reads them; the dossier of that person's organisation with
 * its access facts as `vindDossierMetFeiten` reads them, the stored snapshot's version and shape (not its
 * content), and the events from number `vanaf` up to the row's version, oldest first: all in one snapshot
 * of the database. Null when the session is unknown; `dossier` null when the organisation has no such
 * dossier. Read before the session is judged and before the policy decides, so the caller must use none
 * of the dossier until both allowed the read.
 */
export async function vindSessieEnDossier(
  db: Verbinding,
  waarden: { sessieId: string; dossierId: string; nu: Date; vanaf: number },
): Promise<{
  sessie: SessieMetGebruiker;
  dossier: {
    dossier: Dossier;
    feiten: DossierFeiten;
    kop: { versie: number; vorm: number } | null;
    gebeurtenissen: Gebeurtenis[];
  } | null;
} | null> {
  const [rij] = await sessieEnDossier(db, {
    sessieId: waarden.sessieId,
    dossierId: waarden.dossierId,
    nu: waarden.nu.toISOString(),
    vanaf: waarden.vanaf,
  });
  if (!rij) return null;
  const sessie = alsSessieMetGebruiker(
    Object.fromEntries(SESSIE_SLEUTELS.map((k) => [k, rij[k]])) as unknown as SessieRijMetGebruiker,
  );
  if (rij["d_id"] === null) return { sessie, dossier: null };
  const dossier = Object.fromEntries(DOSSIER_SLEUTELS.map((k) => [k, rij[`d_${k}`]])) as unknown as Dossier;
  return {
    sessie,
    dossier: {
      dossier,
      feiten: feitenUitKolom(dossier, rij["feiten"]),
      kop: alsJson<{ versie: number; vorm: number } | null>(rij["kop"]),
      // The statement builds each event with the table's own column names, so the one mapping reads it.
      gebeurtenissen: alsJson<GebeurtenisRij[]>(rij["gebeurtenissen"]).map(naarGebeurtenis),
    },
  };
}

/** An event in JSON, with the names `naarGebeurtenis` reads (`GebeurtenisRij`). */
export const GEBEURTENIS_JSON = sql.raw(
  "json_build_object('id', g.id, 'volgnummer', g.volgnummer, 'type', g.type, 'stap', g.stap, 'gegevens', g.gegevens, " +
    "'actorId', g.actor_id, 'actorNaam', g.actor_naam, 'actorRol', g.actor_rol, 'opgetredenOp', g.opgetreden_op)",
);

/** A json column as the driver gives it: parsed, or text on a driver that leaves json alone. */
export function alsJson<T>(waarde: unknown): T {
  return (typeof waarde === "string" ? JSON.parse(waarde) : waarde) as T;
}

/** The stored snapshot's version and shape (not its content) of the outer `dossiers` row. */
export const KOP_VAN_RIJ = sql<unknown>`(
    select json_build_object('versie', s.versie, 'vorm', s.vorm)
    from ${dossierToestanden} s
    where s.organisatie_id = "dossiers"."organisatie_id" and s.dossier_id = "dossiers"."id")`;

/**
 * The events of the outer `dossiers` row from number `vanaf` (a placeholder: the version of the state this
 * process keeps) up to the row's version, oldest first, as JSON: what a reader folds onto its kept state.
 */
export const STAART_VAN_RIJ = sql<unknown>`(
    select coalesce(json_agg(${GEBEURTENIS_JSON} order by g.volgnummer), '[]'::json)
    from ${gebeurtenissen} g
    where g.organisatie_id = "dossiers"."organisatie_id" and g.dossier_id = "dossiers"."id"
      and g.volgnummer >= ${sql.placeholder("vanaf")}::integer and g.volgnummer <= "dossiers"."versie")`;

const SESSIE_SLEUTELS = Object.keys(sessieVelden) as (keyof typeof sessieVelden)[];
const DOSSIER_SLEUTELS = Object.keys(getTableColumns(dossiers));

/** The session's fields under their own names, the dossier's columns as `d_<name>` (one flat select). */
const sessieEnDossierVelden: Record<string, SQL | PgColumn> = {
  ...sessieVelden,
  ...Object.fromEntries(Object.entries(getTableColumns(dossiers)).map(([k, kolom]) => [`d_${k}`, kolom])),
  feiten: feitenKolomVast,
  kop: KOP_VAN_RIJ,
  gebeurtenissen: STAART_VAN_RIJ,
};

/**
 * The session's row with its person and organisation, and the dossier (left joined: a session without it
 * is still found, to be judged) only within the person's organisation. The dossier's own columns are null
 * when it is not there.
 */
const sessieEnDossier = vasteSelect<typeof sessieEnDossierVelden, Record<string, unknown>>(
  "sessie_en_dossier",
  sessieEnDossierVelden,
  (qb, velden) =>
    qb
      .select(velden)
      .from(sessies)
      .innerJoin(gebruikers, eq(gebruikers.id, sessies.gebruikerId))
      .innerJoin(organisaties, eq(organisaties.id, gebruikers.organisatieId))
      .leftJoin(
        dossiers,
        and(eq(dossiers.id, sql.placeholder("dossierId")), eq(dossiers.organisatieId, gebruikers.organisatieId)),
      )
      .where(eq(sessies.id, sql.placeholder("sessieId"))),
);

/**
 * The write gate's first statement (decision 0071): the dossier row locked (`FOR UPDATE`), with its access
 * facts and whether they can be trusted. A statement in READ COMMITTED reads with the snapshot it took when
 * it began, before any wait for the lock. When the previous holder committed while this one waited, the
 * row itself is re-read (the newest version, PostgreSQL's EvalPlanQual) but the facts in the subquery are
 * not: an append that waited for a revocation would see the share that was just revoked. So every change
 * of the facts writes a new version of the dossier row under the same lock (`nieuweRijversie`), and
 * `vers` compares the locked version (`xmin`) with the one the statement's snapshot sees: equal means no
 * one changed the row, and so no one changed the facts, after the snapshot was taken. When it is false,
 * the caller reads the facts again in a statement of its own, which starts after the lock was granted.
 */
const vergrendeldMetFeitenVelden = {
  ...getTableColumns(dossiers),
  feiten: feitenKolomVast,
  vers: sql<boolean>`("dossiers"."xmin" = (select d.xmin from ${dossiers} d where d.id = "dossiers"."id"))`,
  kop: KOP_VAN_RIJ,
  // The events from `vanaf` (the version of the state this process keeps) up to the row's version: what
  // `leesToestand` would read next, in this statement (decision 0071).
  staart: STAART_VAN_RIJ,
};

const vergrendeldMetFeitenQuery = vasteSelect<
  typeof vergrendeldMetFeitenVelden,
  Dossier & { feiten: unknown; vers: boolean; kop: unknown; staart: unknown }
>("vergrendel_dossier_met_feiten", vergrendeldMetFeitenVelden, (qb, velden) =>
  qb
    .select(velden)
    .from(dossiers)
    .where(
      and(eq(dossiers.id, sql.placeholder("dossierId")), eq(dossiers.organisatieId, sql.placeholder("organisatieId"))),
    )
    .for("update"),
);

/**
 * The dossier of the organisation, locked for the rest of the transaction, with the facts access depends
 * on as they stand once the lock is held: one statement, or two when its facts may be older than the lock
 * (see above). Null when the organisation has no such dossier.
 */
export async function vergrendelDossierMetFeiten(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
  nu: Date,
  staartVanaf?: number,
): Promise<{ dossier: Dossier; feiten: DossierFeiten; vooraf: KopEnStaart | null } | null> {
  const [rij] = await vergrendeldMetFeitenQuery(db, {
    organisatieId,
    dossierId,
    nu: nu.toISOString(),
    vanaf: staartVanaf ?? GEEN_STAART,
  });
  if (!rij) return null;
  const { feiten, vers, kop, staart, ...dossier } = rij;
  // Only a true from the driver trusts what the statement read besides the row; anything else reads the facts again.
  if (vers === true) {
    const gelezenKop = alsJson<{ versie: number; vorm: number } | null>(kop);
    return {
      dossier,
      feiten: feitenUitKolom(dossier, feiten),
      vooraf:
        staartVanaf === undefined || gelezenKop === null
          ? null
          : {
              ...gelezenKop,
              vanaf: staartVanaf,
              gebeurtenissen: alsJson<GebeurtenisRij[]>(staart).map(naarGebeurtenis),
            },
    };
  }
  const opnieuw = (await feitenVoorDossiers(db, organisatieId, [dossier], nu)).get(dossier.id);
  return opnieuw ? { dossier, feiten: opnieuw, vooraf: null } : null;
}

/** No events: the lock's statement reads no tail when the caller keeps no state. */
const GEEN_STAART = 2_147_483_647;

/**
 * The stored snapshot's version and shape and the dossier's events numbered `vanaf` up to its version, read
 * in the lock's statement when the facts could be trusted (what `snapshotKopEnStaart` reads).
 */
export interface KopEnStaart {
  readonly versie: number;
  readonly vorm: number;
  readonly vanaf: number;
  readonly gebeurtenissen: readonly Gebeurtenis[];
}

/**
 * A new version of the dossier row, changing nothing in it: written by every change of the access facts
 * (assignments, shares, revocations, emergency access), in its transaction, so that a write gate that
 * waited for the lock sees the facts changed (`vergrendelDossierMetFeiten`, decision 0071).
 */
async function nieuweRijversie(db: Verbinding, organisatieId: string, dossierId: string): Promise<void> {
  await db
    .update(dossiers)
    .set({ versie: sql`${dossiers.versie}` })
    .where(and(eq(dossiers.id, dossierId), eq(dossiers.organisatieId, organisatieId)));
}

export interface ToegangRij {
  readonly id: string;
  readonly gebruikerId: string;
  readonly gebruikerNaam: string;
  readonly soort: "toegewezen" | "gedeeld";
  readonly reden: string;
  readonly door: string;
  readonly doorNaam: string;
  readonly sinds: Date;
  readonly ingetrokkenOp: Date | null;
}

/** All assignments and shares of a dossier, revoked ones included (the history of who could see it). */
export async function lijstToegang(db: Verbinding, organisatieId: string, dossierId: string): Promise<ToegangRij[]> {
  const wie = gebruikers;
  const rijen = await db
    .select({
      id: dossierToegang.id,
      gebruikerId: dossierToegang.gebruikerId,
      gebruikerNaam: wie.naam,
      soort: dossierToegang.soort,
      reden: dossierToegang.reden,
      door: dossierToegang.door,
      sinds: dossierToegang.sinds,
      ingetrokkenOp: dossierToegang.ingetrokkenOp,
    })
    .from(dossierToegang)
    .innerJoin(wie, eq(wie.id, dossierToegang.gebruikerId))
    .where(and(eq(dossierToegang.organisatieId, organisatieId), eq(dossierToegang.dossierId, dossierId)))
    .orderBy(desc(dossierToegang.sinds));
  const namen = await namenVan(
    db,
    organisatieId,
    rijen.map((r) => r.door),
  );
  return rijen.map((r) => ({ ...r, soort: r.soort as "toegewezen" | "gedeeld", doorNaam: namen.get(r.door) ?? "" }));
}

export async function namenVan(
  db: Verbinding,
  organisatieId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rijen = await db
    .select({ id: gebruikers.id, naam: gebruikers.naam })
    .from(gebruikers)
    .where(and(eq(gebruikers.organisatieId, organisatieId), inArray(gebruikers.id, [...new Set(ids)])));
  return new Map(rijen.map((r) => [r.id, r.naam]));
}

export async function voegToegangToe(
  db: Verbinding,
  rij: {
    organisatieId: string;
    dossierId: string;
    gebruikerId: string;
    soort: "toegewezen" | "gedeeld";
    reden: string;
    door: string;
    sinds: Date;
  },
): Promise<string> {
  const [nieuw] = await db.insert(dossierToegang).values(rij).returning({ id: dossierToegang.id });
  if (!nieuw) throw new Error("Toegang niet opgeslagen");
  await nieuweRijversie(db, rij.organisatieId, rij.dossierId);
  return nieuw.id;
}

/** Revokes one active share; answers whether there was one to revoke. */
export async function trekIn(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
  toegangId: string,
  door: string,
  nu: Date,
): Promise<boolean> {
  const rijen = await db
    .update(dossierToegang)
    .set({ ingetrokkenOp: nu, ingetrokkenDoor: door })
    .where(
      and(
        eq(dossierToegang.id, toegangId),
        eq(dossierToegang.organisatieId, organisatieId),
        eq(dossierToegang.dossierId, dossierId),
        isNull(dossierToegang.ingetrokkenOp),
      ),
    )
    .returning({ id: dossierToegang.id });
  if (rijen.length === 1) await nieuweRijversie(db, organisatieId, dossierId);
  return rijen.length === 1;
}

export async function vindToegang(db: Verbinding, organisatieId: string, dossierId: string, toegangId: string) {
  const [rij] = await db
    .select({ id: dossierToegang.id, door: dossierToegang.door, ingetrokkenOp: dossierToegang.ingetrokkenOp })
    .from(dossierToegang)
    .where(
      and(
        eq(dossierToegang.id, toegangId),
        eq(dossierToegang.organisatieId, organisatieId),
        eq(dossierToegang.dossierId, dossierId),
      ),
    );
  return rij ?? null;
}

export async function voegNoodtoegangToe(
  db: Verbinding,
  rij: { organisatieId: string; dossierId: string; gebruikerId: string; reden: string; begin: Date; tot: Date },
): Promise<void> {
  await db.insert(noodtoegang).values(rij);
  await nieuweRijversie(db, rij.organisatieId, rij.dossierId);
}

export interface NoodtoegangRij {
  readonly dossierId: string;
  readonly werknaam: string;
  readonly gebruikerId: string;
  readonly gebruikerNaam: string;
  readonly reden: string;
  readonly begin: Date;
  readonly tot: Date;
  readonly soort: Dossier["soort"];
  readonly betrokkenMedewerkerId: string | null;
}

/** Emergency access in an organisation since `sinds`, for the dossier page and the aandachtsfunctionarissen's signal. */
const noodtoegangVelden = {
  dossierId: noodtoegang.dossierId,
  werknaam: dossiers.werknaam,
  gebruikerId: noodtoegang.gebruikerId,
  gebruikerNaam: gebruikers.naam,
  reden: noodtoegang.reden,
  begin: noodtoegang.begin,
  tot: noodtoegang.tot,
  soort: dossiers.soort,
  betrokkenMedewerkerId: dossiers.betrokkenMedewerkerId,
};

/**
 * The organisation's emergency access since a moment, for the dossier list's banner: built once
 * (decision 0076), as every aandachtsfunctionaris' list page reads it.
 */
const noodtoegangSinds = vasteSelect<typeof noodtoegangVelden, NoodtoegangRij>(
  "noodtoegang_sinds",
  noodtoegangVelden,
  (qb, velden) =>
    qb
      .select(velden)
      .from(noodtoegang)
      .innerJoin(dossiers, eq(dossiers.id, noodtoegang.dossierId))
      .innerJoin(gebruikers, eq(gebruikers.id, noodtoegang.gebruikerId))
      .where(
        and(
          eq(noodtoegang.organisatieId, sql.placeholder("organisatieId")),
          gt(noodtoegang.tot, sql`${sql.placeholder("sinds")}::timestamptz`),
        ),
      )
      .orderBy(desc(noodtoegang.begin)),
);

export async function lijstNoodtoegang(
  db: Verbinding,
  organisatieId: string,
  filter: { sinds: Date; dossierId?: string },
): Promise<NoodtoegangRij[]> {
  if (!filter.dossierId) return noodtoegangSinds(db, { organisatieId, sinds: filter.sinds.toISOString() });
  return db
    .select(noodtoegangVelden)
    .from(noodtoegang)
    .innerJoin(dossiers, eq(dossiers.id, noodtoegang.dossierId))
    .innerJoin(gebruikers, eq(gebruikers.id, noodtoegang.gebruikerId))
    .where(
      and(
        eq(noodtoegang.organisatieId, organisatieId),
        gt(noodtoegang.tot, filter.sinds),
        eq(noodtoegang.dossierId, filter.dossierId),
      ),
    )
    .orderBy(desc(noodtoegang.begin));
}
