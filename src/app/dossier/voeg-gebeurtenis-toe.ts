import type { Verbinding } from "../../adapters/db/database.ts";
import { laadGebeurtenissen, maakDossierRij, voegGebeurtenisToe } from "../../adapters/db/dossier.repository.ts";
import { vindGebruiker } from "../../adapters/db/gebruiker.repository.ts";
import type { NieuweLogregel } from "../../adapters/db/toegangslog.repository.ts";
import { besluitRollen } from "../../domain/dossier/besluit.ts";
import { lijstKolommen } from "../../domain/dossier/lijstkolommen.ts";
import { bewaarjarenVoor } from "../../domain/organisatie/bewaartermijn.ts";
import { DomeinFout, veldFout } from "../../domain/fouten.ts";
import { rolVoorGebeurtenis } from "../../domain/dossier/rol.ts";
import { vermeldingenVoorAfschrift, weglatingenSamenvatting } from "../../domain/dossier/afschrift.ts";
import { LEGE_TOESTAND, pasToe, type DossierToestand } from "../../domain/dossier/toestand.ts";
import {
  beoordeelGebeurtenis,
  type BeoordeeldeGebeurtenis,
  type ToevoegContext,
} from "../../domain/dossier/toevoegen.ts";
import { actieVoorGebeurtenis, kanAlgemeen } from "../../domain/toegang/beleid.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";
import { instellingenVanOrganisatie } from "../organisatie/instellingen-per-versie.ts";
import { metDossierToegang } from "../toegang/dossier-toegang.ts";
import { alsLogFout, log, logWeigering, persoonVan } from "../toegang/logboek.ts";
import { leesToestand, projectieRijen } from "./projecties.ts";
import { haalToestand, onthoudToestand } from "./toestand-geheugen.ts";
import { nieuweGebeurtenisId } from "./gebeurtenis-id.ts";

export interface NieuweGebeurtenis {
  readonly type: unknown;
  readonly verwachteVersie: number;
  /**
   * The event's data as the caller gives it. The domain judges it against the dossier as locked
   * inside the transaction; for `melding_verstuurd` it builds the stored data from that state.
   */
  readonly gegevens: unknown;
}

export interface Toegevoegd {
  readonly gebeurtenisId: string;
  readonly versie: number;
}

/**
 * Appends one event to a dossier: access → lock → version check → read the state's snapshot → let
 * the domain judge → store the event, the state after it and its task facts → log, all in one transaction, so a refused or failed append stores nothing and every stored
 * change is logged. A writer whose `verwachteVersie` is stale gets VERSIE_CONFLICT instead of
 * silently overwriting what a colleague just recorded.
 */
export async function voegGebeurtenisToeAanDossier(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  invoer: NieuweGebeurtenis,
): Promise<Toegevoegd> {
  // The family's rights and the entries of an inspection copy have their own actions (who may decide a
  // request, who prepares a copy: decisions 0048, 0049), on the page and on the API alike; handing a copy
  // over is logged as an export.
  const verstrekken = invoer.type === "inzage_verstrekt";
  let samenvatting: string | null = null;
  return metDossierToegang(
    ctx,
    wie,
    dossierId,
    {
      actie: actieVoorGebeurtenis(invoer.type),
      logActie: verstrekken ? "afschrift_verstrekken" : "gebeurtenis_toevoegen",
      schrijven: true,
      // The events after the state this process keeps, read in the lock's statement (decision 0071).
      staartVanaf: haalToestand(dossierId)?.toestand.versie,
    },
    async ({ tx, dossier, nu, vooraf, logregel, logGeschreven }) => {
      if (dossier.versie !== invoer.verwachteVersie) throw new DomeinFout("VERSIE_CONFLICT");
      const { toestand, snapshotVersie } = await leesToestand(tx, dossier, { vergrendeld: true, vooraf });
      // Marks point into the entries' text: only then are the entries themselves read.
      const gebeurtenissen =
        invoer.type === "inzage_voorbereid" || verstrekken
          ? await laadGebeurtenissen(tx, dossier.organisatieId, dossier.id)
          : undefined;
      const context = { ...(await toevoegContext(tx, wie, nu)), ...(gebeurtenissen ? { gebeurtenissen } : {}) };
      const beoordeeld = beoordeelGebeurtenis(toestand, { type: invoer.type, gegevens: invoer.gegevens }, context);
      if (beoordeeld.type === "inzage_verstrekt" && gebeurtenissen) {
        // Who, when and what was withheld on which ground, with the request's reference: never the withheld text, nor a name.
        const g = beoordeeld.gegevens;
        const vermeldingen = vermeldingenVoorAfschrift(gebeurtenissen, g.totVolgnummer);
        const verzoeker =
          toestand.inzage.find((v) => v.verzoek.gebeurtenisId === g.verzoek)?.verzoek.gegevens.verzoeker ?? "onbekend";
        samenvatting = `verzoek ${g.verzoek.slice(0, 8)}; aan ${verzoeker}; ${g.wijze}; ${weglatingenSamenvatting(vermeldingen, g.weglatingen)}`;
      }
      // The entry goes into the statement that stores the event (decision 0067): one round trip fewer.
      const gebeurtenisId = await bewaar(
        tx,
        wie,
        { id: dossierId, organisatieId: dossier.organisatieId, versie: dossier.versie },
        { toestand, snapshotVersie },
        beoordeeld,
        nu,
        logregel(samenvatting),
      );
      logGeschreven();
      return { gebeurtenisId, versie: dossier.versie + 1 };
    },
  );
}

/** Opens a new dossier with its first event; invalid input stores nothing at all. */
export async function openDossier(ctx: AppContext, wie: Ingelogd, gegevens: unknown): Promise<string> {
  const organisatieId = wie.gebruiker.organisatieId;
  const nu = ctx.klok();
  const leeg = LEGE_TOESTAND;
  try {
    if (!kanAlgemeen(persoonVan(wie), "dossier_aanmaken")) throw new DomeinFout("GEEN_TOEGANG");
    const beoordeeld = beoordeelGebeurtenis(
      leeg,
      { type: "dossier_geopend", gegevens },
      await toevoegContext(ctx.db, wie, nu),
    );
    if (beoordeeld.type !== "dossier_geopend") throw new Error("onmogelijk");
    const betrokkenMedewerkerId = beoordeeld.gegevens.betrokkeneGebruikerId ?? null;
    if (betrokkenMedewerkerId !== null) {
      // A colleague of this organisation, and not the person opening the case: they would lose sight of it at once.
      const betrokkene = await vindGebruiker(ctx.db, betrokkenMedewerkerId);
      if (!betrokkene || betrokkene.organisatieId !== organisatieId)
        throw veldFout("gegevens.betrokkeneGebruikerId", "fout.betrokkene_onbekend");
      if (betrokkene.id === wie.gebruiker.id) throw veldFout("gegevens.betrokkeneGebruikerId", "fout.betrokkene_zelf");
    }
    return await ctx.db.transaction(async (tx) => {
      const id = await maakDossierRij(tx, {
        organisatieId,
        aangemaaktDoor: wie.gebruiker.id,
        werknaam: beoordeeld.gegevens.werknaam,
        fase: "signalen",
        nu,
        soort: beoordeeld.gegevens.soort ?? "meldcode",
        betrokkenMedewerkerId,
      });
      await bewaar(tx, wie, { id, organisatieId, versie: 0 }, { toestand: leeg, snapshotVersie: 0 }, beoordeeld, nu);
      await log(tx, wie, { actie: "dossier_aanmaken", uitkomst: "gelukt", dossierId: id, grondslag: "eigen" }, nu);
      return id;
    });
  } catch (fout) {
    await logWeigering(ctx, wie, { actie: "dossier_aanmaken" }, fout);
    throw fout;
  }
}

/**
 * What the domain judges an event with. The protocol (who decides) comes from the organisation's settings
 * as of the session's version of its row (decision 0058): held in this process when that version is the one
 * held, otherwise read. No lock ties a change of the protocol to an append, so reading it inside the
 * append's transaction ordered nothing more than this does: the append is judged by the protocol that held
 * when its request began, or a newer one (decision 0067). Without a session version it is always read.
 */
async function toevoegContext(db: Verbinding, wie: Ingelogd, nu: Date): Promise<ToevoegContext> {
  const organisatieId = wie.gebruiker.organisatieId;
  const { protocol } = await instellingenVanOrganisatie(db, organisatieId, wie.gebruiker.instellingenVersie);
  return {
    vandaag: vandaagInNederland(nu),
    rollen: wie.gebruiker.rollen,
    beslissers: besluitRollen(protocol.stappen.beslissen.documenteert),
    bewaarjaren: bewaarjarenVoor(wie.gebruiker.sector, wie.gebruiker.bewaarjaren),
  };
}

async function bewaar(
  tx: Verbinding,
  wie: Ingelogd,
  dossier: { id: string; organisatieId: string; versie: number },
  { toestand, snapshotVersie }: { toestand: DossierToestand; snapshotVersie: number },
  beoordeeld: BeoordeeldeGebeurtenis,
  nu: Date,
  logregel?: NieuweLogregel,
): Promise<string> {
  const actor = {
    id: wie.gebruiker.id,
    naam: wie.gebruiker.naam,
    rol: rolVoorGebeurtenis(wie.gebruiker.rollen, beoordeeld.type),
  };
  const id = nieuweGebeurtenisId(nu);
  const na = pasToe(toestand, {
    ...beoordeeld,
    id,
    volgnummer: dossier.versie + 1,
    actor,
    opgetredenOp: nu.toISOString(),
  });
  // One statement: the event, the list columns, the task facts, (when due) the snapshot and (from the gate) the access-log entry. The first event always writes the snapshot, so every dossier has one.
  const rijen = projectieRijen(na, dossier.versie === 0 ? "altijd" : snapshotVersie);
  const gebeurtenis = { ...beoordeeld, id, actor, opgetredenOp: nu };
  if (logregel)
    await voegGebeurtenisToe(tx, dossier, gebeurtenis, lijstKolommen(na), rijen, logregel).catch((fout: unknown) => {
      throw alsLogFout(fout);
    });
  else await voegGebeurtenisToe(tx, dossier, gebeurtenis, lijstKolommen(na), rijen);
  // Kept before the commit: should the transaction roll back, the next reader finds another event (or none) at this number and reads the snapshot.
  onthoudToestand(dossier.id, na, id);
  return id;
}
