import { leesNieuwsteControlepunt, schrijfControlepunt } from "../../adapters/bestanden/controlepunten.ts";
import type { Database } from "../../adapters/db/database.ts";
import { leesKoppen } from "../../adapters/db/toegangslog.repository.ts";
import { maakControlepunt, zelfdeKoppen } from "../../domain/toegang/controlepunt.ts";
import { verzegelToegangslog } from "./verzegelen.ts";

export interface ControlepuntOpslag {
  readonly map: string;
  readonly sleutel: Uint8Array;
}

/**
 * Records the length and last hash of every chain of the access log as a signed checkpoint outside
 * the database. Nothing is written when the log is empty or when the newest checkpoint already holds
 * exactly these heads. Reading the heads is one statement, so the checkpoint is one consistent
 * moment, whichever process writes it and however many others write the log meanwhile. It first
 * seals what was accepted (decision 0057), so the checkpoint covers every entry committed until then
 * (except a chain another process was sealing at that moment: its next checkpoint covers it).
 */
export async function legControlepuntVast(
  db: Database,
  opslag: ControlepuntOpslag,
  nu: Date,
): Promise<{ naam: string; ketens: number } | null> {
  await verzegelToegangslog(db);
  const koppen = await leesKoppen(db);
  if (koppen.length === 0) return null;
  const nieuwste = await leesNieuwsteControlepunt(opslag.map);
  if (nieuwste?.punt && zelfdeKoppen(nieuwste.punt.koppen, koppen)) return null;
  const naam = await schrijfControlepunt(opslag.map, maakControlepunt(opslag.sleutel, nu.toISOString(), koppen));
  return { naam, ketens: koppen.length };
}
