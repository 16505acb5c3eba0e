import { is } from "drizzle-orm";
import { drizzle, NodePgSession } from "drizzle-orm/node-postgres";
import type pg from "pg";
import type { Database, Verbinding } from "./database.ts";

/** The database over each pooled connection, made once per connection (a connection lives as long as the pool keeps it). */
const OVER_VERBINDING = new WeakMap<pg.PoolClient, Database>();

/**
 * Runs `werk` on one pooled connection, without a transaction (decision 0081): its statements go to
 * the pool once, not once each, and there is no BEGIN or COMMIT. For reads whose statements need no
 * common snapshot and one write after them (a list and its access-log entry): each statement stands on
 * its own, as it does in a transaction at READ COMMITTED, and nothing is rolled back if a later one fails.
 * Given a transaction or one connection already, `werk` runs on that; on PGlite (one connection) on the database.
 */
export async function opEenVerbinding<T>(db: Database, werk: (verbinding: Verbinding) => Promise<T>): Promise<T> {
  const sessie = db._.session;
  if (!is(sessie, NodePgSession)) return werk(db);
  const client = (sessie as unknown as { client: pg.Pool | pg.PoolClient }).client;
  if ("release" in client) return werk(db);
  const verbinding = await client.connect();
  try {
    let over = OVER_VERBINDING.get(verbinding);
    if (!over) {
      over = drizzle(verbinding);
      OVER_VERBINDING.set(verbinding, over);
    }
    return await werk(over);
  } finally {
    // As drizzle's own transaction returns it; a connection that broke was returned as broken by the pool's listener (database.ts).
    verbinding.release();
  }
}
