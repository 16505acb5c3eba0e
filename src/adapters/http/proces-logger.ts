import pino, { type Logger } from "pino";

/**
 * The logger never sees case content: routes log only ids, codes and timings, and these paths are
 * redacted as a second line of defence.
 */
export function maakLogger(): Logger {
  return pino({
    level: process.env["LOG_LEVEL"] ?? "info",
    redact: {
      paths: [
        "gegevens",
        "*.gegevens",
        "wachtwoord",
        "*.wachtwoord",
        "email",
        "*.email",
        "req.headers.cookie",
        "headers.cookie",
      ],
      censor: "[verborgen]",
    },
  });
}

let logger: Logger | undefined;

/**
 * The process's one logger (one standard output), which the composition root hands on as its
 * `logger`. Read here directly only where no load context reaches: the error reports of
 * `ofFoutpagina` (an unwritable access log; it gets only the failing promise), Express's last error
 * handler, the outage notice and `handleError` of an error outside any route. Everything else logs
 * through `context.samenstelling.logger`.
 */
export function procesLogger(): Logger {
  logger ??= maakLogger();
  return logger;
}
