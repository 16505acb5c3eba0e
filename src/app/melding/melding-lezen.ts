import { namenVan } from "../../adapters/db/toegang.repository.ts";
import { beslisserVan } from "../../domain/dossier/besluit.ts";
import type { GegevensVan } from "../../domain/dossier/gebeurtenis.ts";
import type { DossierToestand } from "../../domain/dossier/toestand.ts";
import { maakMeldingConcept, type ConceptContext } from "../../domain/melding/concept.ts";
import type { MeldingInhoud } from "../../domain/melding/melding.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";
import { metDossierToegang } from "../toegang/dossier-toegang.ts";
import { leesToestand } from "../dossier/projecties.ts";

export interface MeldingVoorUitvoer {
  readonly dossierId: string;
  readonly werknaam: string;
  readonly inhoud: MeldingInhoud;
  /** The sent report this content is, or null for a draft. */
  readonly verstuurd: (GegevensVan<"melding_verstuurd"> & { readonly versie: number }) | null;
  readonly gemaaktOp: Date;
}

/** The context a draft is built with: who reports, for which organisation, and the names it mentions. */
export async function conceptContext(
  db: Parameters<typeof namenVan>[0],
  wie: Ingelogd,
  toestand: DossierToestand,
  nu: Date,
): Promise<ConceptContext> {
  // Only events stored before decision 0020 name a decider other than who recorded them.
  const ids = toestand.besluiten
    .map(beslisserVan)
    .filter((b) => b.naam === null)
    .map((b) => b.id);
  return {
    melder: { naam: wie.gebruiker.naam, organisatie: wie.gebruiker.organisatieNaam, sector: wie.gebruiker.sector },
    vandaag: vandaagInNederland(nu),
    namen: await namenVan(db, wie.gebruiker.organisatieId, ids),
  };
}

/**
 * Which report a print or export shows: the latest draft when it is newer than the last sent report
 * (so what is on paper is what is being prepared), otherwise the last sent one; a draft built from
 * the dossier when neither exists.
 */
export function teTonenMelding(
  toestand: DossierToestand,
  context: ConceptContext,
): Pick<MeldingVoorUitvoer, "inhoud" | "verstuurd"> {
  const concept = toestand.meldingConcept;
  const verstuurd = toestand.meldingen.at(-1);
  if (verstuurd && (!concept || concept.vastgelegdOp <= verstuurd.vastgelegdOp)) {
    return {
      inhoud: verstuurd.gegevens.inhoud,
      verstuurd: { ...verstuurd.gegevens, versie: toestand.meldingen.length },
    };
  }
  return { inhoud: concept?.gegevens.inhoud ?? maakMeldingConcept(toestand, context), verstuurd: null };
}

/** Reads the report for printing or export: both are logged with their own action, in the same transaction. */
export async function leesMeldingVoorUitvoer(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  doel: "afdrukken" | "exporteren",
): Promise<MeldingVoorUitvoer> {
  return metDossierToegang(
    ctx,
    wie,
    dossierId,
    {
      actie: doel,
      logActie: doel === "afdrukken" ? "dossier_afdrukken" : "dossier_exporteren",
      details: () => "melding",
    },
    async ({ tx, dossier, nu }) => {
      const { toestand } = await leesToestand(tx, dossier, { vergrendeld: false });
      const context = await conceptContext(tx, wie, toestand, nu);
      return { dossierId, werknaam: dossier.werknaam, ...teTonenMelding(toestand, context), gemaaktOp: nu };
    },
  );
}
