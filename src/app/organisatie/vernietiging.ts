import { z } from "zod";
import type { Verbinding } from "../../adapters/db/database.ts";
import {
  bewaarBewaarplicht,
  bewaarplichtenVan,
  bewaarVoorstel,
  hefBewaarplichtOp,
  isVernietigd,
  lijstBewaarDossiers,
  sluitVoorstel,
  vergrendelBewaarStand,
  verwijderDossierInhoud,
  vernietigdeDossiers,
  voorstellenVan,
  wisRedenen,
  type Bewaarplicht,
  type BewaarStand,
  type BewaarZoekvraag,
  type VernietigingsRecord,
  type Voorstel,
} from "../../adapters/db/vernietiging.repository.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { cursorSchema, PAGINA_GROOTTE, sluitPagina, type Pagina, type Positie } from "../../domain/lijst/pagina.ts";
import {
  beoordeelAfwijzing,
  beoordeelBewaarplicht,
  beoordeelGoedkeuring,
  beoordeelVoorstel,
  isBewaartermijnVerstreken,
  type BewaarFeiten,
  type VernietigingWeigering,
} from "../../domain/organisatie/vernietiging.ts";
import { valideer } from "../../domain/validatie.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";
import { metAlgemeneToegang } from "../toegang/algemene-toegang.ts";
import { vergeetTekst } from "../dossier/gebeurtenissen-tekst.ts";
import { vergeetToestand } from "../dossier/toestand-geheugen.ts";

/**
 * Destruction at the end of the retention term (decision 0050): the list of closed cases past their
 * date, proposing, approving (which destroys) or rejecting, and the legal hold. Every step goes
 * through `metAlgemeneToegang` and is logged with the case's id, never with a reason or other text.
 */

const BEWAARDATUM = /^\d{4}-\d{2}-\d{2}$/;
const VOLGORDE = "bewaartermijn";

const lijstSchema = z.strictObject({
  // The reference as the lists show it: up to 8 hex characters of the id.
  kenmerk: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{1,8}$/, { error: "fout.vernietiging_kenmerk" })
    .optional(),
  alle: z.literal("ja", { error: "fout.ongeldige_keuze" }).optional(),
  cursor: cursorSchema([VOLGORDE], z.tuple([z.string().regex(BEWAARDATUM), z.uuid()])).optional(),
});
export type VernietigingVraag = z.output<typeof lijstSchema>;

const redenSchema = z.string().trim().min(1).max(500);
const dossierSchema = z.strictObject({ dossierId: z.uuid() });
const metRedenSchema = z.strictObject({ dossierId: z.uuid(), reden: redenSchema });

export interface BewaarRij {
  readonly dossierId: string;
  readonly kenmerk: string;
  readonly geopendOp: string;
  readonly geslotenOp: string;
  readonly bewaarTot: string;
  readonly verstreken: boolean;
  readonly bewaarplicht: Bewaarplicht | null;
  readonly voorstel: Voorstel | null;
  readonly sleutel: readonly [string, string];
}

const kenmerkVan = (dossierId: string) => dossierId.slice(0, 8);
const dagVan = (tijd: Date) => vandaagInNederland(tijd);

function leesVraag(invoer: Readonly<Record<string, string | undefined>>): VernietigingVraag {
  return valideer(
    lijstSchema,
    Object.fromEntries(Object.entries(invoer).filter(([, w]) => w !== undefined && w !== "")),
  );
}

/**
 * One page of closed cases, oldest retention date first: by default those past their date, with
 * `alle` every closed case (to place a legal hold ahead of time). With each row its active hold and
 * open proposal; below them the newest destruction records. Logged with the count, never the search.
 */
export async function leesVernietigingen(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>> = {},
): Promise<
  Pagina<BewaarRij> & {
    readonly vraag: VernietigingVraag;
    readonly vernietigd: readonly VernietigingsRecord[];
    readonly vandaag: string;
  }
> {
  return metAlgemeneToegang(
    ctx,
    wie,
    {
      actie: "vernietiging_bekijken",
      logActie: "vernietiging_bekijken",
      gelukt: (r) => ({
        details: `${r.items.length} dossiers${r.vraag.alle ? ", alle gesloten" : ""}${r.vraag.kenmerk ? ", gezocht" : ""}`,
      }),
    },
    async ({ tx, nu }) => {
      const vraag = leesVraag(invoer);
      const vandaag = vandaagInNederland(nu);
      const organisatieId = wie.gebruiker.organisatieId;
      const lees = (positie: Positie | null) =>
        leesPagina(tx, organisatieId, wie.gebruiker.id, vandaag, vraag, positie);
      let pagina = await lees(vraag.cursor ?? null);
      if (vraag.cursor?.richting === "voor" && pagina.vorige === null) pagina = await lees(null);
      const ids = pagina.items.map((r) => r.dossierId);
      const [plichten, voorstellen] = [
        await bewaarplichtenVan(tx, organisatieId, ids, true),
        await voorstellenVan(tx, organisatieId, ids, true),
      ];
      const items = pagina.items.map((r): BewaarRij => ({
        dossierId: r.dossierId,
        kenmerk: kenmerkVan(r.dossierId),
        geopendOp: dagVan(r.aangemaaktOp),
        geslotenOp: dagVan(r.geslotenOp),
        bewaarTot: r.bewaarTot,
        verstreken: isBewaartermijnVerstreken(r.bewaarTot, vandaag),
        bewaarplicht: plichten.get(r.dossierId)?.[0] ?? null,
        voorstel: voorstellen.get(r.dossierId)?.[0] ?? null,
        sleutel: r.sleutel,
      }));
      return {
        ...pagina,
        items,
        vraag,
        vandaag,
        vernietigd: await vernietigdeDossiers(tx, organisatieId, PAGINA_GROOTTE),
      };
    },
  );
}

async function leesPagina(
  tx: Verbinding,
  organisatieId: string,
  lezerId: string,
  vandaag: string,
  vraag: VernietigingVraag,
  positie: Positie | null,
) {
  const p = positie
    ? { richting: positie.richting, bewaarTot: positie.sleutel[0] ?? "", id: positie.sleutel[1] ?? "" }
    : null;
  const zoek: BewaarZoekvraag = {
    verstrekenVoor: vraag.alle ? null : vandaag,
    kenmerk: vraag.kenmerk ?? null,
    positie: p,
    limiet: PAGINA_GROOTTE + 1,
  };
  return sluitPagina(await lijstBewaarDossiers(tx, organisatieId, lezerId, zoek), positie, VOLGORDE, (r) => r.sleutel);
}

export interface VernietigingDetail {
  readonly dossierId: string;
  readonly kenmerk: string;
  readonly geopendOp: string;
  readonly geslotenOp: string | null;
  readonly bewaarTot: string | null;
  readonly gesloten: boolean;
  readonly vandaag: string;
  /** What each step would answer now: null when allowed. */
  readonly voorstellen: VernietigingWeigering | null;
  readonly goedkeuren: VernietigingWeigering | null;
  readonly bewaarplichten: readonly Bewaarplicht[];
  readonly voorstellenGeschiedenis: readonly Voorstel[];
}

/** One case's destruction facts and history (no content), for the page of that case. Logged. */
export async function bekijkVernietiging(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
): Promise<VernietigingDetail> {
  const id = z.uuid().safeParse(dossierId).success ? dossierId : null;
  return metAlgemeneToegang(
    ctx,
    wie,
    { actie: "vernietiging_bekijken", logActie: "vernietiging_bekijken", dossierId: id, details: "één dossier" },
    async ({ tx, nu }) => {
      if (id === null) throw new DomeinFout("NIET_GEVONDEN");
      const organisatieId = wie.gebruiker.organisatieId;
      const stand = await vergrendelBewaarStand(tx, organisatieId, id, wie.gebruiker.id);
      if (!stand) throw new DomeinFout("NIET_GEVONDEN");
      const vandaag = vandaagInNederland(nu);
      const feiten = feitenVan(stand);
      return {
        dossierId: id,
        kenmerk: kenmerkVan(id),
        geopendOp: dagVan(stand.aangemaaktOp),
        geslotenOp: stand.geslotenOp ? dagVan(stand.geslotenOp) : null,
        bewaarTot: stand.bewaarTot,
        gesloten: stand.gesloten,
        vandaag,
        voorstellen: beoordeelVoorstel(feiten, vandaag),
        goedkeuren: beoordeelGoedkeuring(feiten, wie.gebruiker.id, vandaag),
        bewaarplichten: (await bewaarplichtenVan(tx, organisatieId, [id], false)).get(id) ?? [],
        voorstellenGeschiedenis: (await voorstellenVan(tx, organisatieId, [id], false)).get(id) ?? [],
      };
    },
  );
}

function feitenVan(stand: BewaarStand): BewaarFeiten {
  return {
    gesloten: stand.gesloten,
    bewaarTot: stand.bewaarTot,
    bewaarplicht: stand.bewaarplicht,
    openVoorstel: stand.openVoorstel,
  };
}

/** A refusal by the rules, as a field error the page shows beside the buttons. */
function weiger(reden: VernietigingWeigering): DomeinFout {
  return new DomeinFout("VERNIETIGING_GEWEIGERD", [
    { veld: "vernietiging", sleutel: `vernietiging.weigering.${reden}` },
  ]);
}

/** The id the log names, when the input has a well-formed one. */
function dossierIdIn(invoer: unknown): string | null {
  const id = (invoer as { dossierId?: unknown } | null)?.dossierId;
  return typeof id === "string" && z.uuid().safeParse(id).success ? id : null;
}

/** Locks the case and reads its facts; a case that is gone was destroyed (or never existed here). */
async function standOfWeigering(
  tx: Verbinding,
  organisatieId: string,
  dossierId: string,
  lezerId: string,
): Promise<BewaarStand> {
  const stand = await vergrendelBewaarStand(tx, organisatieId, dossierId, lezerId);
  if (stand) return stand;
  // An approval that waited on the row lock of a case another approval just destroyed lands here.
  if (await isVernietigd(tx, organisatieId, dossierId)) throw weiger("geen_voorstel");
  throw new DomeinFout("NIET_GEVONDEN");
}

/** Proposes destroying a closed case past its retention date (beheerder). */
export async function stelVernietigingVoor(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await metAlgemeneToegang(
    ctx,
    wie,
    { actie: "vernietiging_voorstellen", logActie: "vernietiging_voorstellen", dossierId: dossierIdIn(invoer) },
    async ({ tx, nu }) => {
      const { dossierId, reden } = valideer(metRedenSchema, invoer);
      const stand = await standOfWeigering(tx, wie.gebruiker.organisatieId, dossierId, wie.gebruiker.id);
      const weigering = beoordeelVoorstel(feitenVan(stand), vandaagInNederland(nu));
      if (weigering) throw weiger(weigering);
      if (!stand.geslotenOp || !stand.bewaarTot) throw weiger("geen_bewaardatum");
      await bewaarVoorstel(tx, {
        organisatieId: wie.gebruiker.organisatieId,
        dossierId,
        kenmerk: kenmerkVan(dossierId),
        geopendOp: dagVan(stand.aangemaaktOp),
        geslotenOp: dagVan(stand.geslotenOp),
        bewaarTot: stand.bewaarTot,
        reden,
        door: wie.gebruiker.id,
        nu,
      });
    },
  );
}

/**
 * Approves the open proposal and destroys the case, in one transaction: the case's row is locked
 * first, so a second approval at the same moment waits and then finds nothing to approve. The record
 * is marked `vernietigd` before the content goes (the database allows deleting events only then).
 */
export async function keurVernietigingGoed(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: unknown,
): Promise<{ readonly verwijderd: Readonly<Record<string, number>> }> {
  return metAlgemeneToegang(
    ctx,
    wie,
    {
      actie: "vernietiging_beoordelen",
      logActie: "vernietiging_goedkeuren",
      dossierId: dossierIdIn(invoer),
      gelukt: (r) => ({
        details: Object.entries(r.verwijderd)
          .map(([tabel, aantal]) => `${tabel}: ${aantal}`)
          .join(", "),
      }),
    },
    async ({ tx, nu }) => {
      const { dossierId } = valideer(dossierSchema, invoer);
      const stand = await standOfWeigering(tx, wie.gebruiker.organisatieId, dossierId, wie.gebruiker.id);
      const weigering = beoordeelGoedkeuring(feitenVan(stand), wie.gebruiker.id, vandaagInNederland(nu));
      if (weigering === "eigen_voorstel")
        throw new DomeinFout("GEEN_TOEGANG", [
          { veld: "vernietiging", sleutel: "vernietiging.weigering.eigen_voorstel" },
        ]);
      if (weigering) throw weiger(weigering);
      if (!stand.openVoorstel) throw weiger("geen_voorstel");
      await sluitVoorstel(tx, stand.openVoorstel.id, { status: "vernietigd", door: wie.gebruiker.id, nu });
      await wisRedenen(tx, wie.gebruiker.organisatieId, dossierId);
      const verwijderd = await verwijderDossierInhoud(tx, wie.gebruiker.organisatieId, dossierId);
      // The case's state may be kept in this process's memory (decision 0059): its content goes too.
      vergeetToestand(dossierId);
      vergeetTekst(dossierId);
      return { verwijderd };
    },
  );
}

/** Rejects the open proposal, with a reason; the case stays. The proposer may withdraw their own. */
export async function wijsVernietigingAf(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await metAlgemeneToegang(
    ctx,
    wie,
    { actie: "vernietiging_beoordelen", logActie: "vernietiging_afwijzen", dossierId: dossierIdIn(invoer) },
    async ({ tx, nu }) => {
      const { dossierId, reden } = valideer(metRedenSchema, invoer);
      const stand = await standOfWeigering(tx, wie.gebruiker.organisatieId, dossierId, wie.gebruiker.id);
      const weigering = beoordeelAfwijzing(feitenVan(stand));
      if (weigering || !stand.openVoorstel) throw weiger(weigering ?? "geen_voorstel");
      await sluitVoorstel(tx, stand.openVoorstel.id, {
        status: "afgewezen",
        door: wie.gebruiker.id,
        nu,
        afwijsreden: reden,
      });
    },
  );
}

/** Places a legal hold on a case, with a reason: no proposal or approval passes while it stands. */
export async function stelBewaarplichtIn(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await metAlgemeneToegang(
    ctx,
    wie,
    { actie: "bewaarplicht_beheren", logActie: "bewaarplicht_instellen", dossierId: dossierIdIn(invoer) },
    async ({ tx, nu }) => {
      const { dossierId, reden } = valideer(metRedenSchema, invoer);
      const stand = await standOfWeigering(tx, wie.gebruiker.organisatieId, dossierId, wie.gebruiker.id);
      const weigering = beoordeelBewaarplicht(stand, "instellen");
      if (weigering) throw weiger(weigering);
      await bewaarBewaarplicht(tx, {
        organisatieId: wie.gebruiker.organisatieId,
        dossierId,
        reden,
        door: wie.gebruiker.id,
        nu,
      });
    },
  );
}

/** Lifts the active legal hold; the hold stays on record with who lifted it and when. */
export async function hefBewaarplichtOpVoor(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<void> {
  await metAlgemeneToegang(
    ctx,
    wie,
    { actie: "bewaarplicht_beheren", logActie: "bewaarplicht_opheffen", dossierId: dossierIdIn(invoer) },
    async ({ tx, nu }) => {
      const { dossierId } = valideer(dossierSchema, invoer);
      const stand = await standOfWeigering(tx, wie.gebruiker.organisatieId, dossierId, wie.gebruiker.id);
      const weigering = beoordeelBewaarplicht(stand, "opheffen");
      if (weigering) throw weiger(weigering);
      await hefBewaarplichtOp(tx, wie.gebruiker.organisatieId, dossierId, wie.gebruiker.id, nu);
    },
  );
}
