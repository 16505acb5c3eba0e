import { and, eq, getTableColumns, sql } from "drizzle-orm";
import type { Dossier } from "../../domain/dossier/dossier.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import type { DossierFeiten } from "../../domain/toegang/beleid.ts";
import type { Verbinding } from "./database.ts";
import { naarGebeurtenis, type GebeurtenisRij } from "./gebeurtenis-rij.ts";
import { dossiers, gebeurtenissen, gebruikers, noodtoegang } from "./schema.ts";
import {
  alsJson,
  KOP_VAN_RIJ,
  feitenUitKolom,
  feitenKolomVast,
  STAART_VAN_RIJ,
  GEBEURTENIS_JSON,
  type NoodtoegangRij,
} from "./toegang.repository.ts";
import { vasteSelect } from "./vaste-query.ts";

/** Which part of the history a page shows, and from which version on the events for the kept state are read. */
export interface PaginaLeesvraag {
  /** The version of the state this process keeps: the events from it on (its own included) come along. */
  readonly vanaf: number;
  /** The history page: the events before this volgnummer (null: the newest), at most `aantal`, newest first. */
  readonly voor: number | null;
  readonly aantal: number;
}

/** What one page statement reads (decision 0075). Read before the policy decides: nothing of it may be used until `kan` allowed the read. */
export interface GelezenPagina {
  readonly dossier: Dossier;
  readonly feiten: DossierFeiten;
  /** The stored snapshot's version and shape (not its content), as the API's read has it. */
  readonly kop: { versie: number; vorm: number } | null;
  /** The events from `vanaf` up to the row's version, oldest first. */
  readonly staart: Gebeurtenis[];
  /** The history page, newest first. */
  readonly geschiedenis: Gebeurtenis[];
  /** The organisation's active eindverantwoordelijken, by name (as `lijstMetRol` lists them). */
  readonly eindverantwoordelijken: { id: string; naam: string }[];
  /** Emergency access running on this dossier at `nu`, newest first (as `lijstNoodtoegang` lists it). */
  readonly noodtoegang: NoodtoegangRij[];
  /** The name of the staff member the row names as the one a colleague case is about, in the organisation. */
  readonly betrokkeneNaam: string | null;
}

const paginaVelden = {
  ...getTableColumns(dossiers),
  feiten: feitenKolomVast,
  kop: KOP_VAN_RIJ,
  staart: STAART_VAN_RIJ,
  geschiedenis: sql<unknown>`(
    select coalesce(json_agg(p.e order by p.volgnummer desc), '[]'::json)
    from (
      select ${GEBEURTENIS_JSON} as e, g.volgnummer
      from ${gebeurtenissen} g
      where g.organisatie_id = "dossiers"."organisatie_id" and g.dossier_id = "dossiers"."id"
        and g.volgnummer < coalesce(${sql.placeholder("voor")}::integer, 2147483647)
      order by g.volgnummer desc
      limit ${sql.placeholder("aantal")}::integer
    ) p)`,
  eindverantwoordelijken: sql<unknown>`(
    select coalesce(json_agg(json_build_object('id', u.id, 'naam', u.naam) order by u.naam), '[]'::json)
    from ${gebruikers} u
    where u.organisatie_id = "dossiers"."organisatie_id" and u.actief and u.rollen @> array['eindverantwoordelijke']::text[])`,
  noodtoegang: sql<unknown>`(
    select coalesce(json_agg(json_build_object('gebruikerId', n.gebruiker_id, 'gebruikerNaam', u.naam, 'reden', n.reden,
      'begin', n.begin, 'tot', n.tot) order by n.begin desc), '[]'::json)
    from ${noodtoegang} n join ${gebruikers} u on u.id = n.gebruiker_id
    where n.organisatie_id = "dossiers"."organisatie_id" and n.dossier_id = "dossiers"."id"
      and n.tot > ${sql.placeholder("nu")}::timestamptz)`,
  betrokkeneNaam: sql<string | null>`(
    select u.naam from ${gebruikers} u
    where u.organisatie_id = "dossiers"."organisatie_id" and u.id = "dossiers"."betrokken_medewerker_id")`,
};

const paginaQuery = vasteSelect<
  typeof paginaVelden,
  Dossier & {
    feiten: unknown;
    kop: unknown;
    staart: unknown;
    geschiedenis: unknown;
    eindverantwoordelijken: unknown;
    noodtoegang: unknown;
    betrokkeneNaam: string | null;
  }
>("dossier_pagina", paginaVelden, (qb, velden) =>
  qb
    .select(velden)
    .from(dossiers)
    .where(
      and(eq(dossiers.id, sql.placeholder("dossierId")), eq(dossiers.organisatieId, sql.placeholder("organisatieId"))),
    ),
);

/**
 * What a page of a case shows from the database, in one statement (decision 0075): the row and its access
 * facts (as `vindDossierMetFeiten`), the snapshot's head and the events from the kept state's version on (as
 * `leesToestand` reads them next), the history page (as `gebeurtenissenPagina`), the eindverantwoordelijken
 * (as `lijstMetRol`), running emergency access (as `lijstNoodtoegang` for one dossier) and the colleague's
 * name, all in one snapshot of the database. Null when the organisation has no such dossier.
 */
export async function vindDossierPagina(
  db: Verbinding,
  organisatieId: string,
  dossierId: string,
  nu: Date,
  vraag: PaginaLeesvraag,
): Promise<GelezenPagina | null> {
  const [rij] = await paginaQuery(db, {
    organisatieId,
    dossierId,
    nu: nu.toISOString(),
    vanaf: vraag.vanaf,
    voor: vraag.voor,
    aantal: vraag.aantal,
  });
  if (!rij) return null;
  const {
    feiten,
    kop,
    staart,
    geschiedenis,
    eindverantwoordelijken,
    noodtoegang: nood,
    betrokkeneNaam,
    ...dossier
  } = rij;
  return {
    dossier,
    feiten: feitenUitKolom(dossier, feiten),
    kop: alsJson<{ versie: number; vorm: number } | null>(kop),
    staart: alsJson<GebeurtenisRij[]>(staart).map(naarGebeurtenis),
    geschiedenis: alsJson<GebeurtenisRij[]>(geschiedenis).map(naarGebeurtenis),
    eindverantwoordelijken: alsJson<{ id: string; naam: string }[]>(eindverantwoordelijken),
    noodtoegang: alsJson<{ gebruikerId: string; gebruikerNaam: string; reden: string; begin: string; tot: string }[]>(
      nood,
    ).map((n) => ({
      dossierId: dossier.id,
      werknaam: dossier.werknaam,
      gebruikerId: n.gebruikerId,
      gebruikerNaam: n.gebruikerNaam,
      reden: n.reden,
      begin: new Date(n.begin),
      tot: new Date(n.tot),
      soort: dossier.soort,
      betrokkenMedewerkerId: dossier.betrokkenMedewerkerId,
    })),
    betrokkeneNaam,
  };
}
