import type { Verbinding } from "../../adapters/db/database.ts";
import { leesOrganisatieInstellingen } from "../../adapters/db/organisatie.repository.ts";
import type { OrganisatieInstellingen } from "../../domain/organisatie/organisatie.ts";

/**
 * Per process: each organisation's settings, read and parsed, with the version of its row they were read at
 * (decision 0058). The version is PostgreSQL's `xmin` of the row, read in the session's own statement
 * (`Gebruiker.instellingenVersie`): every update of the row, by any process, script or by hand, changes it,
 * so a change committed before a request began is always seen, without a timer or a message between
 * processes. Entries are frozen (requests share them); beyond `MAX_ORGANISATIES` the oldest goes first.
 */
const INSTELLINGEN = new Map<string, { readonly versie: string; readonly waarde: OrganisatieInstellingen }>();
const MAX_ORGANISATIES = 2000;

/** For tests: forget what this process holds. */
export function vergeetInstellingen(): void {
  INSTELLINGEN.clear();
}

/**
 * What a case page shows from the organisation (the Veilig Thuis contact, the step documents, who decides):
 * from this process's memory when `versie` (the session's) is the version held, otherwise read, with the
 * row's version, in one statement on `db` and kept under the version read (not the session's: whatever
 * changed in between). Without a version it always reads. An append judges with the protocol from here as
 * well (decision 0067): no lock ties a change of the protocol to an append, so a read inside the append's
 * transaction ordered nothing more than the session's version does.
 */
export async function instellingenVanOrganisatie(
  db: Verbinding,
  organisatieId: string,
  versie: string | undefined,
): Promise<OrganisatieInstellingen> {
  const bekend = INSTELLINGEN.get(organisatieId);
  if (versie !== undefined && bekend?.versie === versie) return bekend.waarde;
  const gelezen = await leesOrganisatieInstellingen(db, organisatieId);
  const waarde = diepBevroren({ protocol: gelezen.protocol, documenten: gelezen.documenten });
  if (gelezen.versie !== null) {
    INSTELLINGEN.delete(organisatieId);
    INSTELLINGEN.set(organisatieId, { versie: gelezen.versie, waarde });
    if (INSTELLINGEN.size > MAX_ORGANISATIES) INSTELLINGEN.delete(INSTELLINGEN.keys().next().value ?? "");
  }
  return waarde;
}

function diepBevroren<T>(waarde: T): T {
  if (waarde !== null && typeof waarde === "object" && !Object.isFrozen(waarde)) {
    for (const deel of Object.values(waarde)) diepBevroren(deel);
    Object.freeze(waarde);
  }
  return waarde;
}

/**
 * The settings this process holds for the organisation at `versie` (the session's), or null: for a read that
 * must know without a statement whether it needs one (a page's one-statement read, decision 0075).
 */
export function bekendeInstellingen(organisatieId: string, versie: string | undefined): OrganisatieInstellingen | null {
  const bekend = INSTELLINGEN.get(organisatieId);
  return versie !== undefined && bekend?.versie === versie ? bekend.waarde : null;
}
