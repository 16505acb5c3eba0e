/**
 * What a page's ErrorBoundary receives for an unexpected error: only the kenmerk to quote
 * (src/adapters/http/onverwachte-fout.ts puts it there). No imports: the browser bundle loads this.
 */
export interface OnverwachteFoutGegevens {
  readonly correlatie: string;
}

export function isOnverwachteFout(waarde: unknown): waarde is OnverwachteFoutGegevens {
  return typeof waarde === "object" && waarde !== null && typeof (waarde as { correlatie?: unknown }).correlatie === "string";
}
