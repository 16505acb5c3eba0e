/**
 * What may be logged about an unexpected error: its class, its cause's class and database error
 * code, the path (one-time link tokens masked) and stack frames. Never the message: a database
 * error's message carries the query's parameters, which may be case content.
 */
export function veiligeFoutgegevens(fout: unknown, pad?: string): Record<string, string | undefined> {
  const f = fout as { name?: unknown; cause?: { code?: unknown; name?: unknown } } | null;
  return {
    soort: typeof f?.name === "string" ? f.name : typeof fout,
    oorzaak: typeof f?.cause?.name === "string" ? f.cause.name : undefined,
    dbCode: typeof f?.cause?.code === "string" ? f.cause.code : undefined,
    pad: pad?.replace(/\/wachtwoord-instellen\/.*/, "/wachtwoord-instellen/…"),
    // Only frames: a message may run over several lines (drizzle puts the parameters on the second).
    stapel:
      fout instanceof Error
        ? fout.stack
            ?.split("\n")
            .filter((r) => /^\s+at /.test(r))
            .slice(0, 7)
            .join("\n")
        : undefined,
  };
}
