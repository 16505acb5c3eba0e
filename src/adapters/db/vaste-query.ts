import type { SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { PgDialect, QueryBuilder, type SelectedFieldsOrdered } from "drizzle-orm/pg-core";
import type { Database, Verbinding } from "./database.ts";

/**
 * Statements of the hot read path, built once (decision 0064). Drizzle builds a query's SQL text
 * anew on every call (walking the columns, escaping names, numbering parameters): for a read that
 * runs a thousand times a second that was a fifth of the process's CPU. A `vasteQuery` is written
 * with drizzle's query builder as usual, with `sql.placeholder("naam")` for every value, and built
 * into text the first time it runs; after that each call only fills in the values.
 *
 * It runs on whatever connection it is given: the pool or a transaction's connection, so that it
 * takes part in the caller's transaction like any other query. On PostgreSQL it runs as a named
 * server-side prepared statement (node-postgres parses it once per connection, then only binds and
 * executes); PGlite ignores the name. The name must be unique per SQL text: node-postgres refuses a
 * name reused with another text.
 */
const dialect = new PgDialect();
const bouwer = new QueryBuilder();
/**
 * A database without a connection: only for building the text of an INSERT or UPDATE. Made on first use,
 * so that loading this module runs nothing of the driver.
 */
let zonderVerbinding: Database | undefined;

interface Gebouwd {
  readonly query: { sql: string; params: unknown[] };
  readonly velden: SelectedFieldsOrdered | undefined;
}

/** Values by placeholder name. */
export type Waarden = Record<string, unknown>;

/**
 * A select of `velden`, built once by `bouw` from a query builder without a connection (it must
 * select exactly `velden`); each call returns the rows mapped by drizzle as the same select run directly would (columns to their types, `sql`
 * fields as the driver gives them). Only plain and inner joins: a left join's all-null row would
 * not be mapped to null.
 */
export function vasteSelect<V extends Record<string, unknown>, R>(
  naam: string,
  velden: V,
  bouw: (qb: QueryBuilder, velden: V) => { getSQL(): SQL },
): (db: Verbinding, waarden: Waarden) => Promise<R[]> {
  let gebouwd: Gebouwd | undefined;
  return async (db, waarden) => {
    gebouwd ??= { query: dialect.sqlToQuery(bouw(bouwer, velden).getSQL()), velden: opVolgorde(velden) };
    return (await voerUit(db, naam, gebouwd, waarden)) as R[];
  };
}

/**
 * Any other statement (an INSERT, built with a database that has no connection): the driver's rows
 * as they come, unmapped (a bigint as a string, a timestamp as text).
 */
export function vasteOpdracht<R>(
  naam: string,
  bouw: (db: Database) => { getSQL(): SQL },
): (db: Verbinding, waarden: Waarden) => Promise<R[]> {
  let gebouwd: Gebouwd | undefined;
  return async (db, waarden) => {
    gebouwd ??= { query: dialect.sqlToQuery(bouw((zonderVerbinding ??= drizzle.mock())).getSQL()), velden: undefined };
    const resultaat = (await voerUit(db, naam, gebouwd, waarden)) as { rows: R[] };
    return resultaat.rows;
  };
}

/** The fields of a flat select in the order drizzle maps them (what its own `orderSelectedFields` does for a flat one). */
function opVolgorde(velden: unknown): SelectedFieldsOrdered {
  return Object.entries(velden as Record<string, SelectedFieldsOrdered[number]["field"]>).map(([naam, veld]) => {
    if (typeof veld !== "object" || veld === null || !("getSQL" in veld))
      throw new Error(`vasteSelect: veld ${naam} is geen kolom of sql (geneste velden worden niet ondersteund)`);
    return { path: [naam], field: veld };
  });
}

function voerUit(db: Verbinding, naam: string, gebouwd: Gebouwd, waarden: Waarden): Promise<unknown> {
  return db._.session.prepareQuery(gebouwd.query, gebouwd.velden, naam, gebouwd.velden !== undefined).execute(waarden);
}
