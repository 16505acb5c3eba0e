/**
 * Is this error a lost or refused database connection (an outage), rather than a fault in a query?
 * Looks through the whole cause chain: drizzle wraps the driver's error in DrizzleQueryError, the
 * access log wraps it in LogNietBeschikbaarFout, Node wraps several refused addresses in an
 * AggregateError. Only error codes and the driver's own fixed messages are read, never a query.
 */
export function isDatabaseStoring(fout: unknown): boolean {
  const te = [fout];
  for (let diepte = 0; te.length > 0 && diepte < 20; diepte += 1) {
    const f = te.shift() as
      { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; errors?: unknown } | null | undefined;
    if (!f || typeof f !== "object") continue;
    if (typeof f.code === "string" && isStoringsCode(f.code)) return true;
    const bericht = f.message;
    if (f.name === "Error" && typeof bericht === "string" && STORINGSBERICHTEN.some((b) => b.test(bericht)))
      return true;
    if (f.cause !== undefined) te.push(f.cause);
    if (Array.isArray(f.errors)) te.push(...(f.errors as unknown[]));
  }
  return false;
}

/** Network errors, and the PostgreSQL states of a server that is going down or coming up. */
const NETWERKCODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

function isStoringsCode(code: string): boolean {
  // 08xxx connection exception; 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now.
  return (
    NETWERKCODES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || code === "57P01" || code === "57P02" || code === "57P03"
  );
}

/** node-postgres and pg-pool raise these as plain Errors without a code. */
const STORINGSBERICHTEN = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^timeout exceeded when trying to connect$/,
  /^Cannot use a pool after calling end on the pool$/,
];
