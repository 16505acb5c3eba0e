// The error page's rules, shared by the root ErrorBoundary (browser and server) and the error
// answers outside the render (src/adapters/http/foutafhandeling.ts). No imports: the browser loads it.

/**
 * What a page's ErrorBoundary receives for an unexpected error: only the kenmerk to quote
 * (src/adapters/http/onverwachte-fout.ts puts it there).
 */
export interface OnverwachteFoutGegevens {
  readonly correlatie: string;
}

export function isOnverwachteFout(waarde: unknown): waarde is OnverwachteFoutGegevens {
  return (
    typeof waarde === "object" && waarde !== null && typeof (waarde as { correlatie?: unknown }).correlatie === "string"
  );
}

/** The wording of the error page for a status: the keys foutpagina.<…>.titel and .tekst. */
export function foutpaginaSleutel(status: number, databaseStoring = false): string {
  if (status === 404) return "foutpagina.niet_gevonden";
  if (status === 403) return "foutpagina.geweigerd";
  if (status === 503) return databaseStoring ? "foutpagina.database_niet_beschikbaar" : "foutpagina.niet_beschikbaar";
  return status >= 400 && status < 500 ? "foutpagina.ongeldig" : "foutpagina.onverwacht";
}
