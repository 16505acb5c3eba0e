/**
 * What the server puts in a 503 error response for a database outage (decision 0023), so that the
 * error page can say so. Shared by server and browser code, so it imports nothing.
 */
export const DATABASE_STORING = { oorzaak: "database" } as const;
