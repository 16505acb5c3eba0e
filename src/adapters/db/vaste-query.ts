import { Column, DrizzleQueryError, fillPlaceholders, is, SQL } from "drizzle-orm";
import { drizzle, NodePgSession } from "drizzle-orm/node-postgres";
import pg from "pg";
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
  /** node-postgres's query configuration, made on first use there. */
  config?: object;
  /** The shape of its rows as PostgreSQL described it the first time (decision 0079): asked once per process. */
  beschrijving?: Beschrijving;
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

/**
 * On node-postgres the statement goes to the pool or the transaction's connection directly (decision 0074):
 * drizzle's `prepareQuery(…).execute()` made two query configurations with their own type parsers on every
 * call and wrapped it in its tracing and cache layers, for a statement that is the same each time. This
 * sends what drizzle sends (the name, the text, array rows, the same type parsers: times, dates and
 * intervals as text, for the columns to map), maps the rows as drizzle's `mapResultRow` does and wraps a
 * driver error in drizzle's `DrizzleQueryError`, as drizzle does. PGlite goes through drizzle as before.
 */
async function voerUit(db: Verbinding, naam: string, gebouwd: Gebouwd, waarden: Waarden): Promise<unknown> {
  const sessie = db._.session;
  if (!is(sessie, NodePgSession))
    return sessie.prepareQuery(gebouwd.query, gebouwd.velden, naam, gebouwd.velden !== undefined).execute(waarden);
  const client = (sessie as unknown as { client: pg.Pool | pg.PoolClient }).client;
  const params = fillPlaceholders(gebouwd.query.params, waarden);
  const velden = gebouwd.velden;
  gebouwd.config ??= {
    name: naam,
    text: gebouwd.query.sql,
    ...(velden ? { rowMode: "array" as const } : {}),
    types: { getTypeParser: typeParser as never },
  };
  let resultaat: pg.QueryResult;
  try {
    const query = new ZonderBeschrijving(gebouwd.config, params, gebouwd);
    // The pool hands a submitted query to a client with its own callback (which gives the client back) and
    // returns the promise of it; a client (a transaction's) takes the callback set here.
    if (client instanceof pg.Pool)
      resultaat = await (client as unknown as { query(q: object): Promise<pg.QueryResult> }).query(query);
    else
      resultaat = await new Promise<pg.QueryResult>((klaar, mislukt) => {
        query.callback = (fout: Error | null, rijen: pg.QueryResult) => (fout ? mislukt(fout) : klaar(rijen));
        (client as unknown as { query(q: object): unknown }).query(query);
      });
  } catch (fout) {
    // Wrapped as drizzle wraps it, so that the error log and the outage check see what they always saw.
    throw new DrizzleQueryError(gebouwd.query.sql, params, fout as Error);
  }
  return velden ? (resultaat.rows as unknown[][]).map((rij) => alsObject(velden, rij)) : resultaat;
}

/**
 * The node-postgres pool when `db` is the pool itself, not a transaction's connection; null otherwise
 * (a transaction, or PGlite). A statement sent here runs on its own, autocommitted.
 */
export function poolVan(db: Verbinding): pg.Pool | null {
  const sessie = db._.session;
  if (!is(sessie, NodePgSession)) return null;
  const client = (sessie as unknown as { client: pg.Pool | pg.PoolClient }).client;
  return client instanceof pg.Pool ? client : null;
}

/** The row description of a statement: the fields, their parsers and the empty row node-postgres copies per row. */
interface Beschrijving {
  readonly fields: unknown[];
  readonly parsers: unknown[] | undefined;
  readonly leeg: unknown;
}

/** The connection's side of node-postgres's extended protocol, as its own Query uses it. */
interface PgVerbinding {
  parse(bericht: { text: string; name: string; types: unknown }): void;
  bind(bericht: object): void;
  close(bericht: object): void;
  sync(): void;
  readonly submittedNamedStatements: Record<string, string>;
}

/** What node-postgres's Query keeps to itself and `ZonderBeschrijving` reads or replaces (pg 8, lib/query.js). */
interface PgQuery {
  readonly name: string;
  readonly text: string;
  readonly types: unknown;
  readonly values: unknown[];
  readonly portal: string;
  readonly binary: boolean | undefined;
  readonly rows: number | undefined;
  callback: unknown;
  _accumulateRows: unknown;
  readonly _result: { fields: unknown[]; _parsers: unknown[] | undefined; _prebuiltEmptyResultObject: unknown };
  listeners(gebeurtenis: string): unknown[];
  hasBeenParsed(verbinding: PgVerbinding): boolean;
  handleError(fout: unknown, verbinding: PgVerbinding): void;
  _getRows(verbinding: PgVerbinding, rijen: number | undefined): void;
  prepare(verbinding: PgVerbinding): void;
  handleRowDescription(bericht: { fields: unknown[] }): void;
}

const QueryBasis = pg.Query as unknown as new (config: object, waarden: unknown[]) => PgQuery;

/**
 * A built-once statement without a Describe after the first time (decision 0079). node-postgres's Query sends
 * Parse (once per connection), Bind, Describe, Execute and Sync for every execution, so PostgreSQL describes
 * the same result every time and the driver parses that description and makes the row parsers anew: for the
 * API's read of some forty columns, about 2% of the process's busy time. The statement's text and types do not
 * change while the process runs, so neither does its description: it is kept from the first execution in this
 * process (on any connection), and later executions send Parse (when the connection has not parsed it yet),
 * Bind, Execute and Sync, and set the kept fields and parsers on the result themselves. The rows, errors and
 * the end of the statement are handled by node-postgres's own Query as before.
 */
class ZonderBeschrijving extends QueryBasis {
  readonly #gebouwd: Gebouwd;

  constructor(config: object, waarden: unknown[], gebouwd: Gebouwd) {
    super(config, waarden);
    this.#gebouwd = gebouwd;
  }

  override prepare(verbinding: PgVerbinding): void {
    const bekend = this.#gebouwd.beschrijving;
    if (!bekend) return super.prepare(verbinding);
    if (!this.hasBeenParsed(verbinding)) {
      verbinding.parse({ text: this.text, name: this.name, types: this.types });
      verbinding.submittedNamedStatements[this.name] = this.text;
    }
    try {
      verbinding.bind({
        portal: this.portal,
        statement: this.name,
        values: this.values,
        binary: this.binary,
        valueMapper: prepareValue,
      });
    } catch (fout) {
      // As node-postgres's own prepare: close the statement, and report the error.
      verbinding.close({ type: "S", name: this.name });
      verbinding.sync();
      this.handleError(fout, verbinding);
      return;
    }
    // What handleRowDescription does with the description PostgreSQL would have sent.
    this._result.fields = bekend.fields;
    this._result._parsers = bekend.parsers;
    this._result._prebuiltEmptyResultObject = bekend.leeg;
    this._accumulateRows = this.callback || !this.listeners("row").length;
    this._getRows(verbinding, this.rows);
  }

  override handleRowDescription(bericht: { fields: unknown[] }): void {
    super.handleRowDescription(bericht);
    this.#gebouwd.beschrijving ??= {
      fields: this._result.fields,
      parsers: this._result._parsers,
      leeg: this._result._prebuiltEmptyResultObject,
    };
  }
}

/** node-postgres's own conversion of a parameter (utils.prepareValue), as its Query binds it. */
const prepareValue = (pg as unknown as { utils: { prepareValue: (waarde: unknown) => unknown } }).utils.prepareValue;
if (typeof prepareValue !== "function")
  throw new Error("vaste-query: pg.utils.prepareValue ontbreekt (node-postgres 8)");

/** drizzle's `sql` keeps its decoder (`.mapWith`) in a field its types do not show. */
interface MetDecoder {
  readonly decoder: { mapFromDriverValue(waarde: unknown): unknown };
}

/** A flat row in array mode as drizzle's `mapResultRow` maps it: each value through its column's or `sql`'s decoder, null as null. */
function alsObject(velden: SelectedFieldsOrdered, rij: readonly unknown[]): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (let i = 0; i < velden.length; i += 1) {
    const { path, field } = velden[i]!;
    const waarde = rij[i];
    const decoder = is(field, Column)
      ? field
      : is(field, SQL)
        ? (field as unknown as MetDecoder).decoder
        : is(field, SQL.Aliased)
          ? (field.sql as unknown as MetDecoder).decoder
          : null;
    uit[path[0]!] = waarde === null || decoder === null ? waarde : decoder.mapFromDriverValue(waarde);
  }
  return uit;
}

/** Types node-postgres leaves as text for drizzle's columns to map, as drizzle's own node-postgres session does. */
const ALS_TEKST = new Set([
  pg.types.builtins.TIMESTAMPTZ,
  pg.types.builtins.TIMESTAMP,
  pg.types.builtins.DATE,
  pg.types.builtins.INTERVAL,
  1231, // numeric[]
  1115, // timestamp[]
  1185, // timestamptz[]
  1187, // interval[]
  1182, // date[]
]);

function typeParser(typeId: number, format?: "text" | "binary"): (waarde: string) => unknown {
  if (ALS_TEKST.has(typeId)) return (waarde) => waarde;
  return pg.types.getTypeParser(typeId, format ?? "text") as (waarde: string) => unknown;
}
