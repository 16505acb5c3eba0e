import type { Rol } from "./dossier/keuzes.ts";
import type { Sector } from "./kennis/keuzes.ts";

/**
 * A person who works in Meldwijzer, as every use-case and page sees them: who they are, their roles,
 * and the facts of their organisation that each request needs (its name and sector for the report,
 * its retention term, who must sign in with two steps). Read in the one statement that finds the
 * session (decision 0056), so no request reads the organisation again for these.
 *
 * What the database keeps beside it stays in the adapter (src/adapters/db/gebruiker.repository.ts):
 * the password hash, the TOTP secret and its last step, the single sign-on subject. Only the sign-in
 * use-cases ask for those, each by a function of its own.
 */
export interface Gebruiker {
  readonly id: string;
  readonly organisatieId: string;
  readonly organisatieNaam: string;
  readonly sector: Sector;
  readonly email: string;
  readonly naam: string;
  readonly rollen: readonly Rol[];
  /** A deactivated person cannot sign in, and their sessions are ended. */
  readonly actief: boolean;
  /** Whether two-step sign-in is set up. */
  readonly tweestaps: boolean;
  /** The organisation's roles that must use two-step sign-in. */
  readonly tweestapsVerplichtVoor: readonly Rol[];
  /** The organisation's own retention term in years; null: the sector's default. */
  readonly bewaarjaren: number | null;
  /**
   * The version of the organisation's row, read with the session (`vindSessieMetGebruiker` only): PostgreSQL's
   * `xmin`, which every update of the row changes. A process may reuse what it read of the organisation's
   * settings while this stays the same (decision 0058); absent, it reads them again.
   */
  readonly instellingenVersie?: string;
}
