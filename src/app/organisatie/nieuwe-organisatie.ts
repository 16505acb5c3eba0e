import { sql } from "drizzle-orm";
import { maakGebruiker } from "../../adapters/db/gebruiker.repository.ts";
import { maakOrganisatie } from "../../adapters/db/organisatie.repository.ts";
import { gebruikers, organisaties } from "../../adapters/db/schema.ts";
import type { Rol } from "../../domain/dossier/keuzes.ts";
import { veldFout } from "../../domain/fouten.ts";
import {
  EERSTE_LINK_GELDIG_DAGEN,
  metStandaardnaam,
  naamSleutel,
  nieuweOrganisatieSchema,
  sectorStandaarden,
} from "../../domain/organisatie/nieuwe-organisatie.ts";
import { valideer } from "../../domain/validatie.ts";
import { nieuweLink } from "../beheer/gebruikers.ts";
import type { AppContext } from "../context.ts";
import { logInstallatie } from "../toegang/logboek.ts";

/** Serialises the setting up of organisations, so two commands cannot both find a name free. */
const ORGANISATIE_SLOT = 7514;

export interface AangemaakteOrganisatie {
  readonly organisatieId: string;
  readonly naam: string;
  readonly sector: string;
  readonly beheerderId: string;
  readonly beheerderEmail: string;
  /** The one-time token; only its SHA-256 is stored. Shown once, as a link. */
  readonly token: string;
  readonly geldigTot: Date;
  readonly bewaarjaren: number;
  readonly tweestapsVerplichtVoor: readonly Rol[];
}

/**
 * Sets up an organisation in production (decision 0036): the organisation with its sector's
 * defaults, its first beheerder (no usable password) and a one-time link to set a password, valid a
 * week, and an access-log entry by the installation in the organisation's own chain. One
 * transaction: a refusal or a failure leaves nothing behind. `uitvoerder` names the operator's account.
 */
export async function maakNieuweOrganisatie(
  ctx: AppContext,
  invoer: unknown,
  uitvoerder: string,
): Promise<AangemaakteOrganisatie> {
  const gegevens = metStandaardnaam(valideer(nieuweOrganisatieSchema, invoer));
  const nu = ctx.klok();
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ORGANISATIE_SLOT})`);
    const [zelfdeNaam] = await tx
      .select({ id: organisaties.id })
      .from(organisaties)
      .where(sql`lower(regexp_replace(btrim(${organisaties.naam}), '\\s+', ' ', 'g')) = ${naamSleutel(gegevens.naam)}`)
      .limit(1);
    if (zelfdeNaam) throw veldFout("naam", "fout.organisatie_bestaat");
    const [zelfdeEmail] = await tx
      .select({ id: gebruikers.id })
      .from(gebruikers)
      .where(sql`lower(${gebruikers.email}) = ${gegevens.beheerder}`)
      .limit(1);
    if (zelfdeEmail) throw veldFout("beheerder", "fout.email_bestaat");

    const organisatieId = await maakOrganisatie(tx, gegevens.naam, gegevens.sector);
    // "!" can never be an argon2 hash: nobody signs in until the link is used (as for an invitation).
    const beheerderId = await maakGebruiker(tx, {
      organisatieId,
      email: gegevens.beheerder,
      naam: gegevens.beheerderNaam,
      rollen: ["beheerder"],
      wachtwoordHash: "!uitgenodigd",
    });
    const token = await nieuweLink(tx, beheerderId, "uitnodiging", nu);
    const [rij] = await tx
      .select({ tweestaps: organisaties.tweestapsVerplichtVoor })
      .from(organisaties)
      .where(sql`${organisaties.id} = ${organisatieId}`);
    const standaard = sectorStandaarden(gegevens.sector);
    await logInstallatie(
      tx,
      organisatieId,
      {
        actie: "organisatie_aanmaken",
        uitkomst: "gelukt",
        details: `aangemaakt door de installatie (${uitvoerder}): sector ${gegevens.sector}, eerste beheerder ${beheerderId} uitgenodigd`,
      },
      nu,
    );
    return {
      organisatieId,
      naam: gegevens.naam,
      sector: gegevens.sector,
      beheerderId,
      beheerderEmail: gegevens.beheerder,
      token,
      geldigTot: new Date(nu.getTime() + EERSTE_LINK_GELDIG_DAGEN * 24 * 3600 * 1000),
      bewaarjaren: standaard.bewaarjaren,
      tweestapsVerplichtVoor: (rij?.tweestaps ?? []) as Rol[],
    };
  });
}
