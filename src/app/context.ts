import type { Database } from "../adapters/db/database.ts";
import type { Gebruiker } from "../adapters/db/gebruiker.repository.ts";

/** What every use-case needs from the outside world; tests pass their own clock. */
export interface AppContext {
  readonly db: Database;
  readonly klok: () => Date;
}

/** The signed-in person on whose behalf a use-case runs, and where the request came from. */
export interface Ingelogd {
  readonly gebruiker: Gebruiker;
  readonly adres: string | null;
}

/** Today's date in the Netherlands as YYYY-MM-DD, whatever the server's time zone. */
export function vandaagInNederland(nu: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(nu);
}
