import type { Database } from "../adapters/db/database.ts";
import { procesSleutelbos, type Sleutelbos } from "../adapters/crypto/geheimen.ts";
import type { Gebruiker } from "../domain/gebruiker.ts";
import { datumInNederland } from "../domain/tijd/nederlandse-tijd.ts";

/** What every use-case needs from the outside world; tests pass their own clock. */
export interface AppContext {
  readonly db: Database;
  readonly klok: () => Date;
  /** The keys for secrets at rest (decision 0039); absent: the process's keys from the environment. */
  readonly sleutels?: Sleutelbos;
}

/** The key ring a use-case encrypts and decrypts stored secrets with. */
export function sleutelsVan(ctx: AppContext): Sleutelbos {
  return ctx.sleutels ?? procesSleutelbos();
}

/** The signed-in person on whose behalf a use-case runs, and where the request came from. */
export interface Ingelogd {
  readonly gebruiker: Gebruiker;
  readonly adres: string | null;
}

/** Today's date in the Netherlands as YYYY-MM-DD, whatever the server's time zone: the domain's one rule for it. */
export function vandaagInNederland(nu: Date): string {
  return datumInNederland(nu.toISOString());
}
