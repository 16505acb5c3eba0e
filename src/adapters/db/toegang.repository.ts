import { and, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { DossierFeiten } from "../../domain/toegang/beleid.ts";
import type { Verbinding } from "./database.ts";
import type { DossierRij } from "./dossier.repository.ts";
import { dossierToegang, dossiers, gebruikers, noodtoegang } from "./schema.ts";

/**
 * The facts access depends on, for one or many dossiers of one organisation. Every query takes
 * the organisation: nothing here can cross it.
 */
export async function feitenVoorDossiers(
  db: Verbinding,
  organisatieId: string,
  rijen: readonly Pick<DossierRij, "id" | "organisatieId" | "aangemaaktDoor" | "besluitGevraagd" | "soort" | "betrokkenMedewerkerId">[],
  nu: Date,
): Promise<Map<string, DossierFeiten>> {
  const ids = rijen.map((r) => r.id);
  const toegang = ids.length
    ? await db
        .select({ dossierId: dossierToegang.dossierId, gebruikerId: dossierToegang.gebruikerId, soort: dossierToegang.soort, door: dossierToegang.door })
        .from(dossierToegang)
        .where(and(eq(dossierToegang.organisatieId, organisatieId), inArray(dossierToegang.dossierId, ids), isNull(dossierToegang.ingetrokkenOp)))
    : [];
  const nood = ids.length
    ? await db
        .select({ dossierId: noodtoegang.dossierId, gebruikerId: noodtoegang.gebruikerId, tot: noodtoegang.tot })
        .from(noodtoegang)
        .where(and(eq(noodtoegang.organisatieId, organisatieId), inArray(noodtoegang.dossierId, ids), gt(noodtoegang.tot, nu)))
    : [];
  return new Map(
    rijen.map((r) => [
      r.id,
      {
        organisatieId: r.organisatieId,
        aangemaaktDoor: r.aangemaaktDoor,
        besluitGevraagd: r.besluitGevraagd,
        soort: r.soort,
        betrokkenMedewerkerId: r.betrokkenMedewerkerId,
        toegang: toegang.filter((t) => t.dossierId === r.id).map((t) => ({ gebruikerId: t.gebruikerId, soort: t.soort as "toegewezen" | "gedeeld", door: t.door })),
        noodtoegang: nood.filter((n) => n.dossierId === r.id).map((n) => ({ gebruikerId: n.gebruikerId, tot: n.tot.toISOString() })),
      },
    ]),
  );
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
      id: dossierToegang.id, gebruikerId: dossierToegang.gebruikerId, gebruikerNaam: wie.naam, soort: dossierToegang.soort, reden: dossierToegang.reden,
      door: dossierToegang.door, sinds: dossierToegang.sinds, ingetrokkenOp: dossierToegang.ingetrokkenOp,
    })
    .from(dossierToegang)
    .innerJoin(wie, eq(wie.id, dossierToegang.gebruikerId))
    .where(and(eq(dossierToegang.organisatieId, organisatieId), eq(dossierToegang.dossierId, dossierId)))
    .orderBy(desc(dossierToegang.sinds));
  const namen = await namenVan(db, organisatieId, rijen.map((r) => r.door));
  return rijen.map((r) => ({ ...r, soort: r.soort as "toegewezen" | "gedeeld", doorNaam: namen.get(r.door) ?? "" }));
}

export async function namenVan(db: Verbinding, organisatieId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rijen = await db
    .select({ id: gebruikers.id, naam: gebruikers.naam })
    .from(gebruikers)
    .where(and(eq(gebruikers.organisatieId, organisatieId), inArray(gebruikers.id, [...new Set(ids)])));
  return new Map(rijen.map((r) => [r.id, r.naam]));
}

export async function voegToegangToe(
  db: Verbinding,
  rij: { organisatieId: string; dossierId: string; gebruikerId: string; soort: "toegewezen" | "gedeeld"; reden: string; door: string; sinds: Date },
): Promise<string> {
  const [nieuw] = await db.insert(dossierToegang).values(rij).returning({ id: dossierToegang.id });
  if (!nieuw) throw new Error("Toegang niet opgeslagen");
  return nieuw.id;
}

/** Revokes one active share; answers whether there was one to revoke. */
export async function trekIn(db: Verbinding, organisatieId: string, dossierId: string, toegangId: string, door: string, nu: Date): Promise<boolean> {
  const rijen = await db
    .update(dossierToegang)
    .set({ ingetrokkenOp: nu, ingetrokkenDoor: door })
    .where(and(eq(dossierToegang.id, toegangId), eq(dossierToegang.organisatieId, organisatieId), eq(dossierToegang.dossierId, dossierId), isNull(dossierToegang.ingetrokkenOp)))
    .returning({ id: dossierToegang.id });
  return rijen.length === 1;
}

export async function vindToegang(db: Verbinding, organisatieId: string, dossierId: string, toegangId: string) {
  const [rij] = await db
    .select({ id: dossierToegang.id, door: dossierToegang.door, ingetrokkenOp: dossierToegang.ingetrokkenOp })
    .from(dossierToegang)
    .where(and(eq(dossierToegang.id, toegangId), eq(dossierToegang.organisatieId, organisatieId), eq(dossierToegang.dossierId, dossierId)));
  return rij ?? null;
}

export async function voegNoodtoegangToe(db: Verbinding, rij: { organisatieId: string; dossierId: string; gebruikerId: string; reden: string; begin: Date; tot: Date }): Promise<void> {
  await db.insert(noodtoegang).values(rij);
}

export interface NoodtoegangRij {
  readonly dossierId: string;
  readonly werknaam: string;
  readonly gebruikerId: string;
  readonly gebruikerNaam: string;
  readonly reden: string;
  readonly begin: Date;
  readonly tot: Date;
  readonly soort: DossierRij["soort"];
  readonly betrokkenMedewerkerId: string | null;
}

/** Emergency access in an organisation since `sinds`, for the dossier page and the aandachtsfunctionarissen's signal. */
export async function lijstNoodtoegang(db: Verbinding, organisatieId: string, filter: { sinds: Date; dossierId?: string }): Promise<NoodtoegangRij[]> {
  return db
    .select({
      dossierId: noodtoegang.dossierId, werknaam: dossiers.werknaam, gebruikerId: noodtoegang.gebruikerId, gebruikerNaam: gebruikers.naam,
      reden: noodtoegang.reden, begin: noodtoegang.begin, tot: noodtoegang.tot, soort: dossiers.soort, betrokkenMedewerkerId: dossiers.betrokkenMedewerkerId,
    })
    .from(noodtoegang)
    .innerJoin(dossiers, eq(dossiers.id, noodtoegang.dossierId))
    .innerJoin(gebruikers, eq(gebruikers.id, noodtoegang.gebruikerId))
    .where(and(eq(noodtoegang.organisatieId, organisatieId), gt(noodtoegang.tot, filter.sinds), ...(filter.dossierId ? [eq(noodtoegang.dossierId, filter.dossierId)] : [])))
    .orderBy(desc(noodtoegang.begin));
}
