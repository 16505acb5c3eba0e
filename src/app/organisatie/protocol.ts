import { lijstMetRol } from "../../adapters/db/gebruiker.repository.ts";
import { leesOrganisatieInstellingen, leesOrganisatieProtocol, zetBewaarjaren, zetOrganisatieProtocol } from "../../adapters/db/organisatie.repository.ts";
import { leesDocumenten, type OrganisatieDocument } from "../../domain/organisatie/documenten.ts";
import { bewaarjarenVoor, MAX_BEWAARJAREN, MIN_BEWAARJAREN } from "../../domain/organisatie/bewaartermijn.ts";
import { z } from "zod";
import { besluitRollen } from "../../domain/dossier/besluit.ts";
import type { Rol } from "../../domain/dossier/keuzes.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { leesProtocol, protocolSchema, type Protocol } from "../../domain/organisatie/protocol.ts";
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
  const [opgeslagen, af, ev] = await Promise.all([leesOrganisatieProtocol(ctx.db, org), lijstMetRol(ctx.db, org, "aandachtsfunctionaris"), lijstMetRol(ctx.db, org, "eindverantwoordelijke")]);
  return {
    organisatie: wie.gebruiker.organisatieNaam,
    sector: wie.gebruiker.sector,
    protocol: leesProtocol(opgeslagen),
    aandachtsfunctionarissen: af.map((p) => p.naam),
    eindverantwoordelijken: ev.map((p) => p.naam),
  };
}

interface InstellingenBijDossier {
  readonly veiligThuis: Protocol["veiligThuis"];
  readonly documenten: OrganisatieDocument[];
  readonly beslissers: readonly Rol[];
}

/**
 * Per process: what a case page takes from each organisation's settings, parsed, by the version of the
 * organisation's row (decision 0058). The version is PostgreSQL's `xmin` of that row, read in the session's
 * own statement (`instellingenVersie`), so a change committed before the request began is always seen, by
 * every process, without a timer or a message between processes. Entries are frozen (shared by requests);
 * the oldest goes first beyond `MAX_ORGANISATIES`.
 */
const INSTELLINGEN = new Map<string, { readonly versie: string; readonly waarde: InstellingenBijDossier }>();
const MAX_ORGANISATIES = 2000;

function bewaar(organisatieId: string, versie: string, waarde: InstellingenBijDossier): void {
  INSTELLINGEN.delete(organisatieId);
  INSTELLINGEN.set(organisatieId, { versie, waarde });
  if (INSTELLINGEN.size > MAX_ORGANISATIES) INSTELLINGEN.delete(INSTELLINGEN.keys().next().value ?? "");
}

/** For tests: forget what this process parsed. */
export function vergeetInstellingen(): void {
  INSTELLINGEN.clear();
}

/**
 * What every page of a case shows from the organisation: the regional Veilig Thuis contact (acute-danger
 * panel), the documents beside the steps, the retention term in years, and the roles that take the decision
 * under its protocol. Read and parsed once per version of the organisation's row and process; only a
 * session read without a version (none has one today but `vindSessieMetGebruiker`'s) reads every time.
 * The page only *shows* who decides: a decision itself reads the protocol in its own transaction
 * (voeg-gebeurtenis-toe.ts), never from here.
 */
export async function organisatieBijDossier(
  ctx: AppContext,
  wie: Ingelogd,
): Promise<{ veiligThuis: Protocol["veiligThuis"]; documenten: OrganisatieDocument[]; bewaarjaren: number; beslissers: readonly Rol[] }> {
  const organisatieId = wie.gebruiker.organisatieId;
  const bekend = INSTELLINGEN.get(organisatieId);
  const versie = wie.gebruiker.instellingenVersie;
  let waarde = versie !== undefined && bekend?.versie === versie ? bekend.waarde : undefined;
  if (!waarde) {
    const { protocol, documenten, versie: gelezenVersie } = await leesOrganisatieInstellingen(ctx.db, organisatieId);
    const gelezen = leesProtocol(protocol);
    waarde = diepBevroren({ veiligThuis: gelezen.veiligThuis, documenten: leesDocumenten(documenten), beslissers: besluitRollen(gelezen.stappen.beslissen.documenteert) });
    // Kept under the version read with the settings themselves, not the session's: whatever changed in between.
    if (gelezenVersie !== null) bewaar(organisatieId, gelezenVersie, waarde);
  }
  return { ...waarde, bewaarjaren: bewaarjarenVoor(wie.gebruiker.sector, wie.gebruiker.bewaarjaren) };
}

function diepBevroren<T>(waarde: T): T {
  if (waarde !== null && typeof waarde === "object" && !Object.isFrozen(waarde)) {
    for (const deel of Object.values(waarde)) diepBevroren(deel);
    Object.freeze(waarde);
  }
  return waarde;
}

/** A beheerder sets the organisation's protocol; the change is logged. */
export async function wijzigProtocol(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await metAlgemeneToegang(ctx, wie, { actie: "organisatie_beheren", logActie: "organisatie_beheren", details: "protocol", gelukt: () => ({ details: "protocol gewijzigd" }) }, async ({ tx }) => {
    await zetOrganisatieProtocol(tx, wie.gebruiker.organisatieId, valideer(protocolSchema, invoer));
  });
}

const bewaarjarenSchema = z.strictObject({
  bewaarjaren: z.preprocess((w) => (w === "" ? null : w), z.coerce.number().int().min(MIN_BEWAARJAREN).max(MAX_BEWAARJAREN).nullable()),
});

/** A beheerder sets the retention term (empty: the sector's default); the change is logged. */
export async function wijzigBewaartermijn(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await metAlgemeneToegang(
    ctx,
    wie,
    { actie: "organisatie_beheren", logActie: "organisatie_beheren", details: "bewaartermijn", gelukt: (jaren: number | null) => ({ details: `bewaartermijn ${jaren ?? "standaard"}` }) },
    async ({ tx }) => {
      const { bewaarjaren } = valideer(bewaarjarenSchema, invoer);
      await zetBewaarjaren(tx, wie.gebruiker.organisatieId, bewaarjaren);
      return bewaarjaren;
    },
  );
}
