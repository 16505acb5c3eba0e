import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Verbinding } from "./database.ts";
import {
  bewaarplichten,
  dossiers,
  dossierTaken,
  dossierToegang,
  dossierToestanden,
  gebeurtenissen,
  gebruikers,
  noodtoegang,
  vernietigingen,
} from "./schema.ts";

/**
 * Destruction at the end of the retention term (decision 0050): the cases past their retention date,
 * proposals and their judgement, legal holds, and the one statement that removes a case's content.
 */

/** The retention date as stored in the newest closing event. */
const BEWAAR_TOT = sql<string>`(${gebeurtenissen.gegevens}->>'bewaarTot')`;

export interface BewaarDossierRij {
  readonly dossierId: string;
  readonly aangemaaktOp: Date;
  readonly geslotenOp: Date;
  readonly bewaarTot: string;
  readonly sleutel: readonly [string, string];
}

export interface BewaarZoekvraag {
  /** Only cases whose date is before this day (the term is over); null: every closed case. */
  readonly verstrekenVoor: string | null;
  /** A prefix of the id (the reference), lower-case hex. */
  readonly kenmerk: string | null;
  readonly positie: { readonly richting: "na" | "voor"; readonly bewaarTot: string; readonly id: string } | null;
  readonly limiet: number;
}

/** The id range a reference (a hex prefix of the id) covers. */
function kenmerkBereik(kenmerk: string): [string, string] {
  const naarUuid = (hex: string) =>
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return [naarUuid(kenmerk.padEnd(32, "0")), naarUuid(kenmerk.padEnd(32, "f"))];
}

/**
 * One batch of closed cases in order of their retention date (oldest first), then id: the newest
 * closing event of each case that is closed now (its last event: `beoordeelGebeurtenis` refuses all but a
 * reopening on a closed case). Driven by the partial index on the closing events
 * (`gebeurtenissen_bewaartermijn_idx`). `voor` reads backwards (the caller turns the rows around).
 */
export async function lijstBewaarDossiers(
  db: Verbinding,
  organisatieId: string,
  lezerId: string,
  vraag: BewaarZoekvraag,
): Promise<BewaarDossierRij[]> {
  const voorwaarden: SQL[] = [
    eq(gebeurtenissen.organisatieId, organisatieId),
    // A case about the reader as the staff member under suspicion does not exist for her (decision 0053).
    sql`${dossiers.betrokkenMedewerkerId} is distinct from ${lezerId}`,
    eq(gebeurtenissen.type, "dossier_afgesloten"),
    sql`${BEWAAR_TOT} is not null`,
    eq(dossiers.fase, "gesloten"),
    // A closed case accepts no event but a reopening, so its newest closing is its last event.
    sql`${gebeurtenissen.volgnummer} = ${dossiers.versie}`,
  ];
  if (vraag.verstrekenVoor) voorwaarden.push(sql`${BEWAAR_TOT} < ${vraag.verstrekenVoor}`);
  if (vraag.kenmerk) {
    const [van, tot] = kenmerkBereik(vraag.kenmerk);
    voorwaarden.push(sql`${gebeurtenissen.dossierId} between ${van}::uuid and ${tot}::uuid`);
  }
  const terug = vraag.positie?.richting === "voor";
  if (vraag.positie) {
    const p = vraag.positie;
    voorwaarden.push(
      terug
        ? sql`(${BEWAAR_TOT}, ${gebeurtenissen.dossierId}) < (${p.bewaarTot}, ${p.id}::uuid)`
        : sql`(${BEWAAR_TOT}, ${gebeurtenissen.dossierId}) > (${p.bewaarTot}, ${p.id}::uuid)`,
    );
  }
  const rijen = await db
    .select({
      dossierId: gebeurtenissen.dossierId,
      aangemaaktOp: dossiers.aangemaaktOp,
      geslotenOp: gebeurtenissen.opgetredenOp,
      bewaarTot: BEWAAR_TOT,
    })
    .from(gebeurtenissen)
    .innerJoin(dossiers, eq(dossiers.id, gebeurtenissen.dossierId))
    .where(and(...voorwaarden))
    .orderBy(
      ...(terug
        ? [desc(BEWAAR_TOT), desc(gebeurtenissen.dossierId)]
        : [asc(BEWAAR_TOT), asc(gebeurtenissen.dossierId)]),
    )
    .limit(vraag.limiet);
  return rijen.map((r) => ({ ...r, sleutel: [r.bewaarTot, r.dossierId] as const }));
}

export interface Bewaarplicht {
  readonly id: string;
  readonly reden: string;
  readonly ingesteldDoor: string;
  readonly ingesteldDoorNaam: string;
  readonly ingesteldOp: Date;
  readonly opgehevenDoorNaam: string | null;
  readonly opgehevenOp: Date | null;
}

export interface Voorstel {
  readonly id: string;
  readonly status: "voorgesteld" | "afgewezen" | "vernietigd";
  readonly reden: string;
  readonly voorgesteldDoor: string;
  readonly voorgesteldDoorNaam: string;
  readonly voorgesteldOp: Date;
  readonly beoordeeldDoorNaam: string | null;
  readonly beoordeeldOp: Date | null;
  readonly afwijsreden: string | null;
}

const ingesteld = alias(gebruikers, "ingesteld");
const opgeheven = alias(gebruikers, "opgeheven");
const voorsteller = alias(gebruikers, "voorsteller");
const beoordelaar = alias(gebruikers, "beoordelaar");

/** The legal holds of the given cases, newest first; active ones have no `opgehevenOp`. */
export async function bewaarplichtenVan(
  db: Verbinding,
  organisatieId: string,
  dossierIds: readonly string[],
  alleenActief: boolean,
): Promise<Map<string, Bewaarplicht[]>> {
  const uit = new Map<string, Bewaarplicht[]>(dossierIds.map((id) => [id, []]));
  if (dossierIds.length === 0) return uit;
  const rijen = await db
    .select({
      dossierId: bewaarplichten.dossierId,
      id: bewaarplichten.id,
      reden: bewaarplichten.reden,
      ingesteldDoor: bewaarplichten.ingesteldDoor,
      ingesteldDoorNaam: ingesteld.naam,
      ingesteldOp: bewaarplichten.ingesteldOp,
      opgehevenDoorNaam: opgeheven.naam,
      opgehevenOp: bewaarplichten.opgehevenOp,
    })
    .from(bewaarplichten)
    .innerJoin(ingesteld, eq(ingesteld.id, bewaarplichten.ingesteldDoor))
    .leftJoin(opgeheven, eq(opgeheven.id, bewaarplichten.opgehevenDoor))
    .where(
      and(
        eq(bewaarplichten.organisatieId, organisatieId),
        inArray(bewaarplichten.dossierId, [...dossierIds]),
        alleenActief ? isNull(bewaarplichten.opgehevenOp) : undefined,
      ),
    )
    .orderBy(desc(bewaarplichten.ingesteldOp));
  for (const r of rijen) {
    uit.get(r.dossierId)?.push({
      id: r.id,
      reden: r.reden,
      ingesteldDoor: r.ingesteldDoor,
      ingesteldDoorNaam: r.ingesteldDoorNaam,
      ingesteldOp: r.ingesteldOp,
      opgehevenDoorNaam: r.opgehevenDoorNaam,
      opgehevenOp: r.opgehevenOp,
    });
  }
  return uit;
}

/** The proposals of the given cases (all, or only the open ones), newest first. */
export async function voorstellenVan(
  db: Verbinding,
  organisatieId: string,
  dossierIds: readonly string[],
  alleenOpen: boolean,
): Promise<Map<string, Voorstel[]>> {
  const uit = new Map<string, Voorstel[]>(dossierIds.map((id) => [id, []]));
  if (dossierIds.length === 0) return uit;
  const rijen = await db
    .select({
      dossierId: vernietigingen.dossierId,
      id: vernietigingen.id,
      status: vernietigingen.status,
      reden: vernietigingen.reden,
      voorgesteldDoor: vernietigingen.voorgesteldDoor,
      voorgesteldDoorNaam: voorsteller.naam,
      voorgesteldOp: vernietigingen.voorgesteldOp,
      beoordeeldDoorNaam: beoordelaar.naam,
      beoordeeldOp: vernietigingen.beoordeeldOp,
      afwijsreden: vernietigingen.afwijsreden,
    })
    .from(vernietigingen)
    .innerJoin(voorsteller, eq(voorsteller.id, vernietigingen.voorgesteldDoor))
    .leftJoin(beoordelaar, eq(beoordelaar.id, vernietigingen.beoordeeldDoor))
    .where(
      and(
        eq(vernietigingen.organisatieId, organisatieId),
        inArray(vernietigingen.dossierId, [...dossierIds]),
        alleenOpen ? eq(vernietigingen.status, "voorgesteld") : undefined,
      ),
    )
    .orderBy(desc(vernietigingen.voorgesteldOp));
  for (const r of rijen) {
    uit.get(r.dossierId)?.push({
      id: r.id,
      status: r.status as Voorstel["status"],
      reden: r.reden,
      voorgesteldDoor: r.voorgesteldDoor,
      voorgesteldDoorNaam: r.voorgesteldDoorNaam,
      voorgesteldOp: r.voorgesteldOp,
      beoordeeldDoorNaam: r.beoordeeldDoorNaam,
      beoordeeldOp: r.beoordeeldOp,
      afwijsreden: r.afwijsreden,
    });
  }
  return uit;
}

export interface BewaarStand {
  readonly dossierId: string;
  readonly aangemaaktOp: Date;
  readonly gesloten: boolean;
  /** The newest closing event: when, and the date it keeps the case until. */
  readonly geslotenOp: Date | null;
  readonly bewaarTot: string | null;
  readonly bewaarplicht: boolean;
  readonly openVoorstel: { readonly id: string; readonly door: string } | null;
}

/**
 * What destruction depends on for one case, read after locking the case's row: every step of a
 * destruction (proposal, hold, approval) locks it first, so two of them on one case run one after the
 * other, and an approval waiting behind another finds the case gone. Null: no such case (any more), or
 * one hidden from the reader.
 */
export async function vergrendelBewaarStand(
  tx: Verbinding,
  organisatieId: string,
  dossierId: string,
  lezerId: string,
): Promise<BewaarStand | null> {
  const [dossier] = await tx
    .select({ id: dossiers.id, aangemaaktOp: dossiers.aangemaaktOp, fase: dossiers.fase })
    .from(dossiers)
    // A case about the reader as the staff member under suspicion is answered as absent (decision 0053).
    .where(
      and(
        eq(dossiers.id, dossierId),
        eq(dossiers.organisatieId, organisatieId),
        sql`${dossiers.betrokkenMedewerkerId} is distinct from ${lezerId}`,
      ),
    )
    .for("update");
  if (!dossier) return null;
  const [sluiting] = await tx
    .select({ opgetredenOp: gebeurtenissen.opgetredenOp, bewaarTot: sql<string | null>`${BEWAAR_TOT}` })
    .from(gebeurtenissen)
    .where(
      and(
        eq(gebeurtenissen.dossierId, dossierId),
        eq(gebeurtenissen.organisatieId, organisatieId),
        eq(gebeurtenissen.type, "dossier_afgesloten"),
      ),
    )
    .orderBy(desc(gebeurtenissen.volgnummer))
    .limit(1);
  const [plicht] = await tx
    .select({ id: bewaarplichten.id })
    .from(bewaarplichten)
    .where(and(eq(bewaarplichten.dossierId, dossierId), isNull(bewaarplichten.opgehevenOp)));
  const [voorstel] = await tx
    .select({ id: vernietigingen.id, door: vernietigingen.voorgesteldDoor })
    .from(vernietigingen)
    .where(
      and(
        eq(vernietigingen.dossierId, dossierId),
        eq(vernietigingen.organisatieId, organisatieId),
        eq(vernietigingen.status, "voorgesteld"),
      ),
    );
  return {
    dossierId,
    aangemaaktOp: dossier.aangemaaktOp,
    gesloten: dossier.fase === "gesloten",
    geslotenOp: sluiting?.opgetredenOp ?? null,
    bewaarTot: sluiting?.bewaarTot ?? null,
    bewaarplicht: plicht !== undefined,
    openVoorstel: voorstel ?? null,
  };
}

/** Was this case of this organisation destroyed? */
export async function isVernietigd(db: Verbinding, organisatieId: string, dossierId: string): Promise<boolean> {
  const [rij] = await db
    .select({ id: vernietigingen.id })
    .from(vernietigingen)
    .where(
      and(
        eq(vernietigingen.dossierId, dossierId),
        eq(vernietigingen.organisatieId, organisatieId),
        eq(vernietigingen.status, "vernietigd"),
      ),
    );
  return rij !== undefined;
}

export async function bewaarVoorstel(
  tx: Verbinding,
  rij: {
    organisatieId: string;
    dossierId: string;
    kenmerk: string;
    geopendOp: string;
    geslotenOp: string;
    bewaarTot: string;
    reden: string;
    door: string;
    nu: Date;
  },
): Promise<string> {
  const [nieuw] = await tx
    .insert(vernietigingen)
    .values({
      organisatieId: rij.organisatieId,
      dossierId: rij.dossierId,
      kenmerk: rij.kenmerk,
      geopendOp: rij.geopendOp,
      geslotenOp: rij.geslotenOp,
      bewaarTot: rij.bewaarTot,
      status: "voorgesteld",
      reden: rij.reden,
      voorgesteldDoor: rij.door,
      voorgesteldOp: rij.nu,
    })
    .returning({ id: vernietigingen.id });
  if (!nieuw) throw new Error("Voorstel niet opgeslagen");
  return nieuw.id;
}

/** Closes the open proposal as rejected or destroyed; the dates of the record are those of the case now. */
export async function sluitVoorstel(
  tx: Verbinding,
  voorstelId: string,
  uitkomst: { status: "afgewezen" | "vernietigd"; door: string; nu: Date; afwijsreden?: string },
): Promise<void> {
  await tx
    .update(vernietigingen)
    .set({
      status: uitkomst.status,
      beoordeeldDoor: uitkomst.door,
      beoordeeldOp: uitkomst.nu,
      afwijsreden: uitkomst.afwijsreden ?? null,
    })
    .where(and(eq(vernietigingen.id, voorstelId), eq(vernietigingen.status, "voorgesteld")));
}

/**
 * At destruction: the free-text reasons of every proposal of the case are emptied, so that the record
 * keeps no text anyone typed (a name may have slipped in). Who and when stay.
 */
export async function wisRedenen(tx: Verbinding, organisatieId: string, dossierId: string): Promise<void> {
  await tx
    .update(vernietigingen)
    .set({ reden: "", afwijsreden: null })
    .where(and(eq(vernietigingen.organisatieId, organisatieId), eq(vernietigingen.dossierId, dossierId)));
}

export async function bewaarBewaarplicht(
  tx: Verbinding,
  rij: { organisatieId: string; dossierId: string; reden: string; door: string; nu: Date },
): Promise<void> {
  await tx.insert(bewaarplichten).values({
    organisatieId: rij.organisatieId,
    dossierId: rij.dossierId,
    reden: rij.reden,
    ingesteldDoor: rij.door,
    ingesteldOp: rij.nu,
  });
}

export async function hefBewaarplichtOp(
  tx: Verbinding,
  organisatieId: string,
  dossierId: string,
  door: string,
  nu: Date,
): Promise<void> {
  await tx
    .update(bewaarplichten)
    .set({ opgehevenDoor: door, opgehevenOp: nu })
    .where(
      and(
        eq(bewaarplichten.organisatieId, organisatieId),
        eq(bewaarplichten.dossierId, dossierId),
        isNull(bewaarplichten.opgehevenOp),
      ),
    );
}

/**
 * Every table that holds a case's content or is keyed by it, in the order they are emptied (children
 * before `dossiers`). A table with a `dossier_id` column that is not here must be named in
 * `BLIJFT_NA_VERNIETIGING`; an integration test reads the schema and fails otherwise, so a new
 * table keyed by the dossier cannot be forgotten.
 */
export const VERNIETIGDE_TABELLEN = [
  "dossier_taken",
  "dossier_toestanden",
  "dossier_toegang",
  "noodtoegang",
  "bewaarplichten",
  "gebeurtenissen",
  "dossiers",
] as const;

/**
 * Tables with a `dossier_id` that keep their rows: the access log (its entries name the case by id
 * only, and its hash chain must stay whole), the superseded audit table (the same, read-only), and
 * the destruction records themselves.
 */
export const BLIJFT_NA_VERNIETIGING = ["toegangslog", "auditlog", "vernietigingen"] as const;

/**
 * Removes the content of one case in the caller's transaction, which must already have marked the
 * case's destruction record `vernietigd`: the database lets events and emergency-access rows go only
 * then, and only for the case this transaction named (migration vernietiging). Returns the number of
 * rows removed per table.
 */
export async function verwijderDossierInhoud(
  tx: Verbinding,
  organisatieId: string,
  dossierId: string,
): Promise<Record<(typeof VERNIETIGDE_TABELLEN)[number], number>> {
  await tx.execute(sql`select set_config('meldwijzer.vernietiging', ${dossierId}, true)`);
  const tel = async (wis: Promise<unknown[]>) => (await wis).length;
  const r = { id: dossiers.id };
  return {
    dossier_taken: await tel(
      tx
        .delete(dossierTaken)
        .where(and(eq(dossierTaken.dossierId, dossierId), eq(dossierTaken.organisatieId, organisatieId)))
        .returning({ id: dossierTaken.dossierId }),
    ),
    dossier_toestanden: await tel(
      tx
        .delete(dossierToestanden)
        .where(and(eq(dossierToestanden.dossierId, dossierId), eq(dossierToestanden.organisatieId, organisatieId)))
        .returning({ id: dossierToestanden.dossierId }),
    ),
    dossier_toegang: await tel(
      tx
        .delete(dossierToegang)
        .where(and(eq(dossierToegang.dossierId, dossierId), eq(dossierToegang.organisatieId, organisatieId)))
        .returning({ id: dossierToegang.id }),
    ),
    noodtoegang: await tel(
      tx
        .delete(noodtoegang)
        .where(and(eq(noodtoegang.dossierId, dossierId), eq(noodtoegang.organisatieId, organisatieId)))
        .returning({ id: noodtoegang.id }),
    ),
    bewaarplichten: await tel(
      tx
        .delete(bewaarplichten)
        .where(and(eq(bewaarplichten.dossierId, dossierId), eq(bewaarplichten.organisatieId, organisatieId)))
        .returning({ id: bewaarplichten.id }),
    ),
    gebeurtenissen: await tel(
      tx
        .delete(gebeurtenissen)
        .where(and(eq(gebeurtenissen.dossierId, dossierId), eq(gebeurtenissen.organisatieId, organisatieId)))
        .returning({ id: gebeurtenissen.id }),
    ),
    dossiers: await tel(
      tx
        .delete(dossiers)
        .where(and(eq(dossiers.id, dossierId), eq(dossiers.organisatieId, organisatieId)))
        .returning(r),
    ),
  };
}

export interface VernietigingsRecord {
  readonly dossierId: string;
  readonly kenmerk: string;
  readonly geopendOp: string;
  readonly geslotenOp: string;
  readonly bewaarTot: string;
  readonly voorgesteldDoorNaam: string;
  readonly voorgesteldOp: Date;
  readonly goedgekeurdDoorNaam: string | null;
  readonly vernietigdOp: Date | null;
}

/** The organisation's newest destruction records. */
export async function vernietigdeDossiers(
  db: Verbinding,
  organisatieId: string,
  limiet: number,
): Promise<VernietigingsRecord[]> {
  return db
    .select({
      dossierId: vernietigingen.dossierId,
      kenmerk: vernietigingen.kenmerk,
      geopendOp: vernietigingen.geopendOp,
      geslotenOp: vernietigingen.geslotenOp,
      bewaarTot: vernietigingen.bewaarTot,
      voorgesteldDoorNaam: voorsteller.naam,
      voorgesteldOp: vernietigingen.voorgesteldOp,
      goedgekeurdDoorNaam: beoordelaar.naam,
      vernietigdOp: vernietigingen.beoordeeldOp,
    })
    .from(vernietigingen)
    .innerJoin(voorsteller, eq(voorsteller.id, vernietigingen.voorgesteldDoor))
    .leftJoin(beoordelaar, eq(beoordelaar.id, vernietigingen.beoordeeldDoor))
    .where(and(eq(vernietigingen.organisatieId, organisatieId), eq(vernietigingen.status, "vernietigd")))
    .orderBy(desc(vernietigingen.beoordeeldOp))
    .limit(limiet);
}
