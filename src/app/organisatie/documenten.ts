import { randomUUID } from "node:crypto";
import { leesOrganisatieDocumenten, zetOrganisatieDocumenten } from "../../adapters/db/organisatie.repository.ts";
import {
  documentInvoerSchema,
  verwijderDocument,
  voegDocumentToe,
  type OrganisatieDocument,
} from "../../domain/organisatie/documenten.ts";
import { valideer } from "../../domain/validatie.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { metAlgemeneToegang } from "../toegang/algemene-toegang.ts";

/** The organisation's documents beside each step, for every member (they hold no case data). */
export async function documentenVanOrganisatie(ctx: AppContext, wie: Ingelogd): Promise<OrganisatieDocument[]> {
  return leesOrganisatieDocumenten(ctx.db, wie.gebruiker.organisatieId);
}

/** A beheerder adds a document beside a step; the change is logged. */
export async function voegOrganisatieDocumentToe(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await wijzig(ctx, wie, "document toegevoegd", (lijst) =>
    voegDocumentToe(lijst, valideer(documentInvoerSchema, invoer), randomUUID()),
  );
}

/** A beheerder removes a document; the change is logged. */
export async function verwijderOrganisatieDocument(ctx: AppContext, wie: Ingelogd, id: string): Promise<void> {
  await wijzig(ctx, wie, "document verwijderd", (lijst) => verwijderDocument(lijst, id));
}

async function wijzig(
  ctx: AppContext,
  wie: Ingelogd,
  details: string,
  bewerk: (lijst: OrganisatieDocument[]) => OrganisatieDocument[],
): Promise<void> {
  await metAlgemeneToegang(
    ctx,
    wie,
    {
      actie: "organisatie_beheren",
      logActie: "organisatie_beheren",
      details: "documenten",
      gelukt: () => ({ details }),
    },
    async ({ tx }) => {
      const org = wie.gebruiker.organisatieId;
      await zetOrganisatieDocumenten(tx, org, bewerk(await leesOrganisatieDocumenten(tx, org, true)));
    },
  );
}
