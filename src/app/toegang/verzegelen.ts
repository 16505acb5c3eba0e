import type { Database } from "../../adapters/db/database.ts";
import { verzegelBatch, VERZEGEL_BATCH } from "../../adapters/db/toegangslog.repository.ts";

export interface Verzegeling {
  /** Entries sealed, over all batches. */
  readonly verzegeld: number;
  /** Chains left to another sealer that held their lock (in the last batch). */
  readonly overgeslagen: number;
}

/**
 * Seals every committed unsealed entry of the access log (decision 0057): batch after batch, one
 * transaction each, until a batch is not full. A chain that another process is sealing at the same
 * moment is left to it. Safe to call from any number of processes at once; a request never waits
 * for it. Called on a short interval by every app process, at shutdown, before every checkpoint
 * and before `npm run audit:verify`.
 */
export async function verzegelToegangslog(db: Database, batch = VERZEGEL_BATCH): Promise<Verzegeling> {
  let verzegeld = 0;
  for (;;) {
    const uitkomst = await verzegelBatch(db, batch);
    verzegeld += uitkomst.verzegeld;
    if (!uitkomst.vol) return { verzegeld, overgeslagen: uitkomst.overgeslagen };
  }
}
