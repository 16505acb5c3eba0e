import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { leesControlepunten } from "../../src/adapters/bestanden/controlepunten.ts";
import type { Database, GeopendeDatabase } from "../../src/adapters/db/database.ts";
import { bekijkDossier } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import type { ControleOpties } from "../../src/app/toegang/controleer-keten.ts";
import { verzegelToegangslog } from "../../src/app/toegang/verzegelen.ts";
import type { Ingelogd } from "../../src/app/context.ts";
import { context, maakOrganisatieMetMensen } from "./fabriek.ts";
import { OPENING, SIGNAAL } from "./gebeurtenissen.ts";

/**
 * What the access-log tests share (tests/integration/toegangslog*.test.ts): a database with a few real,
 * sealed entries, tampering behind the application's back, and checks against signed checkpoints.
 */

export const SLEUTEL = new TextEncoder().encode("test-sleutel-voor-controlepunten-32+");

/** The organisation whose chain holds the entries of `metLog`. */
export let regenboog = "";

/** A database with a few real log entries, sealed: open, two appends, three reads (7 entries). */
export async function metLog(open: () => Promise<GeopendeDatabase>): Promise<GeopendeDatabase> {
  const db = await open();
  const { organisatieId, mensen } = await maakOrganisatieMetMensen(db, "Regenboog", [["medewerker"]]);
  regenboog = organisatieId;
  const sanne = mensen[0] as Ingelogd;
  const ctx = context(db);
  const id = await openDossier(ctx, sanne, OPENING.gegevens);
  await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
  await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 2 });
  for (let i = 0; i < 3; i += 1) await bekijkDossier(ctx, sanne, id);
  await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 }).catch(() => undefined); // a refused attempt, logged too
  assert.deepEqual(
    await verzegelToegangslog(db.db),
    { verzegeld: 7, overgeslagen: 0 },
    "the sealer numbers and links all seven",
  );
  return db;
}

/**
 * Tampering "behind the application's back": as the database owner, with the guard triggers
 * switched off, inside a transaction that is rolled back afterwards, so each case starts from the
 * same intact log.
 */
export async function naManipulatie<T>(
  db: GeopendeDatabase,
  opdracht: string,
  controleer: (tx: Database) => Promise<T>,
): Promise<T> {
  let uitkomst: T | undefined;
  await db.db
    .transaction(async (tx) => {
      await tx.execute(sql.raw("alter table toegangslog disable trigger user"));
      for (const deel of opdracht.split("; ")) await tx.execute(sql.raw(deel));
      await tx.execute(sql.raw("alter table toegangslog enable trigger user"));
      uitkomst = await controleer(tx);
      throw new TerugDraaien();
    })
    .catch((f: unknown) => {
      if (!(f instanceof TerugDraaien)) throw f;
    });
  return uitkomst as T;
}

export class TerugDraaien extends Error {}

/** Checks against the checkpoints in `map`, signed with the test key. */
export async function metControlepunten(map: string, paginagrootte = 3): Promise<ControleOpties> {
  return { paginagrootte, controlepunten: { punten: await leesControlepunten(map), sleutel: SLEUTEL } };
}
