import type { OrganisatieDocument } from "./documenten.ts";
import type { Protocol } from "./protocol.ts";

/**
 * The organisation's own settings that a case page and an append read: its Meldcode protocol (who
 * documents the decision, the regional Veilig Thuis) and the documents beside the steps. The
 * repository reads them through `leesProtocol` and `leesDocumenten`, so a stored value that predates
 * a rule arrives as the domain type, with the standard or without the entry that no longer passes.
 * The retention term and the two-step policy travel with the person instead (`Gebruiker`).
 */
export interface OrganisatieInstellingen {
  readonly protocol: Protocol;
  readonly documenten: OrganisatieDocument[];
}
