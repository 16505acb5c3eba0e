import { lijstMetRol } from "../../adapters/db/gebruiker.repository.ts";
import {
  leesOrganisatieProtocol,
  zetBewaarjaren,
  zetOrganisatieProtocol,
} from "../../adapters/db/organisatie.repository.ts";
import { MAX_BEWAARJAREN, MIN_BEWAARJAREN } from "../../domain/organisatie/bewaartermijn.ts";
import { z } from "zod";
import { DomeinFout } from "../../domain/fouten.ts";
import { protocolSchema, type Protocol } from "../../domain/organisatie/protocol.ts";
import { kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { valideer } from "../../domain/validatie.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { metAlgemeneToegang } from "../toegang/algemene-toegang.ts";
import { persoonVan } from "../toegang/logboek.ts";

export interface ProtocolOverzicht {
  readonly organisatie: string;
  readonly sector: string;
  readonly protocol: Protocol;
  readonly aandachtsfunctionarissen: readonly string[];
  readonly eindverantwoordelijken: readonly string[];
}

/** The organisation's protocol for every member, with the people in the roles it names. */
export async function bekijkProtocol(ctx: AppContext, wie: Ingelogd): Promise<ProtocolOverzicht> {
  if (!kanAlgemeen(persoonVan(wie), "protocol_lezen")) throw new DomeinFout("GEEN_TOEGANG");
  const org = wie.gebruiker.organisatieId;
  const [protocol, af, ev] = await Promise.all([
    leesOrganisatieProtocol(ctx.db, org),
    lijstMetRol(ctx.db, org, "aandachtsfunctionaris"),
    lijstMetRol(ctx.db, org, "eindverantwoordelijke"),
  ]);
  return {
    organisatie: wie.gebruiker.organisatieNaam,
    sector: wie.gebruiker.sector,
    protocol,
    aandachtsfunctionarissen: af.map((p) => p.naam),
    eindverantwoordelijken: ev.map((p) => p.naam),
  };
}

/** A beheerder sets the organisation's protocol; the change is logged. */
export async function wijzigProtocol(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await metAlgemeneToegang(
    ctx,
    wie,
    {
      actie: "organisatie_beheren",
      logActie: "organisatie_beheren",
      details: "protocol",
      gelukt: () => ({ details: "protocol gewijzigd" }),
    },
    async ({ tx }) => {
      await zetOrganisatieProtocol(tx, wie.gebruiker.organisatieId, valideer(protocolSchema, invoer));
    },
  );
}

const bewaarjarenSchema = z.strictObject({
  bewaarjaren: z.preprocess(
    (w) => (w === "" ? null : w),
    z.coerce.number().int().min(MIN_BEWAARJAREN).max(MAX_BEWAARJAREN).nullable(),
  ),
});

/** A beheerder sets the retention term (empty: the sector's default); the change is logged. */
export async function wijzigBewaartermijn(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await metAlgemeneToegang(
    ctx,
    wie,
    {
      actie: "organisatie_beheren",
      logActie: "organisatie_beheren",
      details: "bewaartermijn",
      gelukt: (jaren: number | null) => ({ details: `bewaartermijn ${jaren ?? "standaard"}` }),
    },
    async ({ tx }) => {
      const { bewaarjaren } = valideer(bewaarjarenSchema, invoer);
      await zetBewaarjaren(tx, wie.gebruiker.organisatieId, bewaarjaren);
      return bewaarjaren;
    },
  );
}
