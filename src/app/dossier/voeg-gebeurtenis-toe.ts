import { schrijfAudit, type AuditActie, type AuditUitkomst } from "../../adapters/db/audit.repository.ts";
import type { Verbinding } from "../../adapters/db/database.ts";
import { laadGebeurtenissen, maakDossierRij, vergrendelDossier, voegGebeurtenisToe } from "../../adapters/db/dossier.repository.ts";
import { lijstMetRol } from "../../adapters/db/gebruiker.repository.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { rolVoorGebeurtenis } from "../../domain/dossier/rol.ts";
import { faseVan } from "../../domain/dossier/takenlijst.ts";
import { bouwToestand, type DossierToestand } from "../../domain/dossier/toestand.ts";
import { beoordeelGebeurtenis, type BeoordeeldeGebeurtenis } from "../../domain/dossier/toevoegen.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";

export interface NieuweGebeurtenis {
  readonly type: unknown;
  readonly verwachteVersie: number;
  readonly gegevens: unknown;
}

export interface Toegevoegd {
  readonly gebeurtenisId: string;
  readonly versie: number;
}

/**
 * Appends one event to a dossier: lock → load → let the domain judge → store → audit, all in one
 * transaction, so a refused or failed append stores nothing and every stored change is audited.
 * A writer whose `verwachteVersie` is stale gets VERSIE_CONFLICT instead of silently
 * overwriting what a colleague just recorded.
 */
export async function voegGebeurtenisToeAanDossier(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  invoer: NieuweGebeurtenis,
): Promise<Toegevoegd> {
  const organisatieId = wie.gebruiker.organisatieId;
  try {
    return await ctx.db.transaction(async (tx) => {
      const dossier = await vergrendelDossier(tx, organisatieId, dossierId);
      if (!dossier) throw new DomeinFout("NIET_GEVONDEN");
      if (dossier.versie !== invoer.verwachteVersie) throw new DomeinFout("VERSIE_CONFLICT");
      const toestand = bouwToestand(await laadGebeurtenissen(tx, organisatieId, dossierId));
      const nu = ctx.klok();
      const beoordeeld = beoordeelGebeurtenis(toestand, invoer, await toevoegContext(tx, organisatieId, nu));
      const gebeurtenisId = await bewaar(tx, wie, { id: dossierId, organisatieId, versie: dossier.versie }, toestand, beoordeeld, nu);
      await audit(tx, wie, "gebeurtenis_toevoegen", dossierId, "gelukt", nu);
      return { gebeurtenisId, versie: dossier.versie + 1 };
    });
  } catch (fout) {
    await auditWeigering(ctx, wie, "gebeurtenis_toevoegen", dossierId, fout);
    throw fout;
  }
}

/** Opens a new dossier with its first event; invalid input stores nothing at all. */
export async function openDossier(ctx: AppContext, wie: Ingelogd, gegevens: unknown): Promise<string> {
  const organisatieId = wie.gebruiker.organisatieId;
  const nu = ctx.klok();
  const leeg = bouwToestand([]);
  try {
    const beoordeeld = beoordeelGebeurtenis(leeg, { type: "dossier_geopend", gegevens }, await toevoegContext(ctx.db, organisatieId, nu));
    if (beoordeeld.type !== "dossier_geopend") throw new Error("onmogelijk");
    return await ctx.db.transaction(async (tx) => {
      const id = await maakDossierRij(tx, {
        organisatieId, aangemaaktDoor: wie.gebruiker.id, werknaam: beoordeeld.gegevens.werknaam, fase: "signalen", nu,
      });
      await bewaar(tx, wie, { id, organisatieId, versie: 0 }, leeg, beoordeeld, nu);
      await audit(tx, wie, "dossier_aanmaken", id, "gelukt", nu);
      return id;
    });
  } catch (fout) {
    await auditWeigering(ctx, wie, "dossier_aanmaken", null, fout);
    throw fout;
  }
}

async function toevoegContext(db: Verbinding, organisatieId: string, nu: Date) {
  const eindverantwoordelijken = await lijstMetRol(db, organisatieId, "eindverantwoordelijke");
  return { vandaag: vandaagInNederland(nu), eindverantwoordelijken: eindverantwoordelijken.map((p) => p.id) };
}

async function bewaar(
  tx: Verbinding,
  wie: Ingelogd,
  dossier: { id: string; organisatieId: string; versie: number },
  toestand: DossierToestand,
  beoordeeld: BeoordeeldeGebeurtenis,
  nu: Date,
): Promise<string> {
  const actor = { id: wie.gebruiker.id, naam: wie.gebruiker.naam, rol: rolVoorGebeurtenis(wie.gebruiker.rollen, beoordeeld.type) };
  const na = bouwToestand([
    ...toestand.gebeurtenissen,
    { ...beoordeeld, id: "nieuw", volgnummer: dossier.versie + 1, actor, opgetredenOp: nu.toISOString() },
  ]);
  return voegGebeurtenisToe(tx, dossier, { ...beoordeeld, actor, opgetredenOp: nu }, {
    werknaam: na.opening?.gegevens.werknaam ?? "",
    fase: faseVan(na),
  });
}

export async function audit(
  db: Verbinding,
  wie: Ingelogd,
  actie: AuditActie,
  dossierId: string | null,
  uitkomst: AuditUitkomst,
  nu: Date,
): Promise<void> {
  await schrijfAudit(db, {
    tijdstip: nu,
    organisatieId: wie.gebruiker.organisatieId,
    gebruikerId: wie.gebruiker.id,
    rol: wie.gebruiker.rollen.join(","),
    actie,
    dossierId,
    uitkomst,
    adres: wie.adres,
  });
}

/** A refused attempt is audited too, in its own transaction, since the attempt's was rolled back. */
export async function auditWeigering(ctx: AppContext, wie: Ingelogd, actie: AuditActie, dossierId: string | null, fout: unknown) {
  if (!(fout instanceof DomeinFout)) return;
  const uitkomst: AuditUitkomst =
    fout.code === "NIET_GEVONDEN" ? "niet_gevonden" : fout.code === "VERSIE_CONFLICT" ? "conflict" : "ongeldig";
  await audit(ctx.db, wie, actie, dossierId, uitkomst, ctx.klok());
}
