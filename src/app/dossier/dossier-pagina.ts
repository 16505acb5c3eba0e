import { namenVan } from "../../adapters/db/toegang.repository.ts";
import type { Taal } from "../../domain/kennis/keuzes.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { maakMeldingPagina, type MeldingPagina } from "../melding/melding-pagina.ts";
import { metDossierLeestoegang, metDossierToegang } from "../toegang/dossier-toegang.ts";
import { bekendeInstellingen, instellingenVanOrganisatie } from "../organisatie/instellingen-per-versie.ts";
import { vindDossierPagina, type GelezenPagina } from "../../adapters/db/dossier-pagina.repository.ts";
import { beslisserVan } from "../../domain/dossier/besluit.ts";
import type { OrganisatieInstellingen } from "../../domain/organisatie/organisatie.ts";
import type { Grondslag } from "../../domain/toegang/beleid.ts";
import type { Registratie } from "../../domain/dossier/toestand.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import { toestandUitStaart } from "./projecties.ts";
import { haalToestand, type OnthoudenToestand } from "./toestand-geheugen.ts";
import { leesInzage } from "./bekijk-dossier.ts";
import {
  conceptContextUit,
  maakDossierKader,
  registerVoorGeschiedenis,
  STAP_HULP,
  type DossierKader,
  type DossierPaginaFeiten,
  type HulpPagina,
  type StapHulp,
} from "./dossier-kader.ts";

/** What a page request asks of the dossier: which page of the history (the overview's newest few, or a page of all). */
export interface DossierPaginaVraag {
  readonly geschiedenis: { readonly voor: number | null; readonly aantal: number };
}

/**
 * The reads of one page request, by person, dossier and question. A case page is the layout's
 * loader and, for some pages, the child route's loader, run for the same request; they share one
 * gate transaction and so one access-log entry. The key is the request (`verzoek`: the load context
 * React Router passes, as one object, to every loader of a request), held weakly, so nothing outlives it.
 */
const PER_VERZOEK = new WeakMap<object, Map<string, Promise<DossierPaginaFeiten>>>();

/**
 * Reads what the pages of a case show, through the one gate (`metDossierToegang`, action `bekijken`,
 * logged as `dossier_bekijken`), everything inside its transaction: the view of the dossier
 * (`leesInzage`), the organisation's protocol and documents, and the name of the colleague a
 * suspicion concerns. No entry, no answer; a refusal is logged once and thrown.
 *
 * `verzoek` is the page request these loaders serve (null: read for this call alone). Every loader of
 * the request that asks gets the same read, so a page request writes one view entry, whichever of
 * its loaders run (all of them on a first load or a navigation; a data request may name only some).
 */
export function leesDossierPagina(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  vraag: DossierPaginaVraag,
  verzoek: object | null,
): Promise<DossierPaginaFeiten> {
  if (verzoek === null) return leesInGate(ctx, wie, dossierId, vraag);
  const sleutel = `${wie.gebruiker.id} ${dossierId} ${vraag.geschiedenis.voor ?? "-"} ${vraag.geschiedenis.aantal}`;
  const gelezen = PER_VERZOEK.get(verzoek) ?? new Map<string, Promise<DossierPaginaFeiten>>();
  PER_VERZOEK.set(verzoek, gelezen);
  let lezing = gelezen.get(sleutel);
  if (!lezing) {
    lezing = leesInGate(ctx, wie, dossierId, vraag);
    gelezen.set(sleutel, lezing);
  }
  return lezing;
}

/**
 * The page request's read. When this process keeps the dossier's state and the organisation's settings at
 * the session's version (a case opened or changed here before), in one statement outside a transaction and
 * then the log entry (decision 0075, the gate's `metDossierLeestoegang` as the API's read uses it): the
 * dossier, its access facts, the events from the kept version on, the history page, the
 * eindverantwoordelijken, running emergency access and the colleague's name. Otherwise, or when what was
 * read does not fit the kept state, the gate's transaction (`leesInTransactie`), which keeps them for next time.
 */
async function leesInGate(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  vraag: DossierPaginaVraag,
): Promise<DossierPaginaFeiten> {
  const onthouden = haalToestand(dossierId);
  const organisatie = bekendeInstellingen(wie.gebruiker.organisatieId, wie.gebruiker.instellingenVersie);
  if (!onthouden || !organisatie) return leesInTransactie(ctx, wie, dossierId, vraag);
  const nu = ctx.klok();
  const gevonden = await vindDossierPagina(ctx.db, wie.gebruiker.organisatieId, dossierId, nu, {
    vanaf: onthouden.toestand.versie,
    ...vraag.geschiedenis,
  });
  return metDossierLeestoegang(
    ctx,
    wie,
    dossierId,
    BEKIJKEN,
    { nu, gevonden },
    (m) => feitenUitGelezen(m, onthouden, organisatie),
    () => leesInTransactie(ctx, wie, dossierId, vraag),
  );
}

const BEKIJKEN = { actie: "bekijken", logActie: "dossier_bekijken" } as const;

/**
 * The page's facts from the one statement, or null when the transaction must read them: the kept state does
 * not fit what was read, a decision names its decider by id only (the names are read in the transaction), or
 * the opening names another colleague than the row does.
 */
function feitenUitGelezen(
  m: GelezenPagina & { grondslag: Grondslag; nu: Date },
  onthouden: OnthoudenToestand,
  organisatie: OrganisatieInstellingen,
): DossierPaginaFeiten | null {
  const toestand = toestandUitStaart(m.dossier, onthouden, m.kop, m.staart);
  if (!toestand) return null;
  if (toestand.besluiten.some((b) => beslisserVan(b).naam === null)) return null;
  const betrokkene = toestand.opening?.gegevens.betrokkeneGebruikerId;
  if (betrokkene && betrokkene !== m.dossier.betrokkenMedewerkerId) return null;
  return {
    dossier: m.dossier,
    toestand,
    eindverantwoordelijken: m.eindverantwoordelijken,
    beslisserNamen: {},
    grondslag: m.grondslag,
    noodtoegang: m.noodtoegang,
    gebeurtenissen: m.geschiedenis,
    organisatie,
    betrokkeneNaam: betrokkene ? m.betrokkeneNaam : null,
    nu: m.nu,
  };
}

/** The page's read inside the gate's transaction (decision 0061): the first view of a case in this process, and the fallback. */
function leesInTransactie(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  vraag: DossierPaginaVraag,
): Promise<DossierPaginaFeiten> {
  return metDossierToegang(ctx, wie, dossierId, BEKIJKEN, async (m) => {
    const inzage = await leesInzage(m, vraag.geschiedenis);
    // Parsed settings are kept per version of the organisation's row (decision 0058): no statement while the session saw that version.
    const versie =
      m.dossier.organisatieId === wie.gebruiker.organisatieId ? wie.gebruiker.instellingenVersie : undefined;
    const organisatie = await instellingenVanOrganisatie(m.tx, m.dossier.organisatieId, versie);
    // A colleague case names the staff member by their account (decision 0053); their name is read here, in the organisation.
    const betrokkene = inzage.toestand.opening?.gegevens.betrokkeneGebruikerId;
    const betrokkeneNaam = betrokkene
      ? ((await namenVan(m.tx, m.dossier.organisatieId, [betrokkene])).get(betrokkene) ?? null)
      : null;
    return { ...inzage, organisatie, betrokkeneNaam, nu: m.nu };
  });
}

/** The shared part of every page of a case (the layout's view model), from the page request's one read. */
export async function bekijkDossierKader(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  vraag: DossierPaginaVraag & { readonly taal: Taal },
  verzoek: object | null,
): Promise<DossierKader> {
  return maakDossierKader(await leesDossierPagina(ctx, wie, dossierId, vraag, verzoek), wie.gebruiker, vraag.taal);
}

/**
 * A step page's own guidance (`STAP_HULP`, decision 0065), after the page request's one audited read:
 * the guidance holds no case data, but a page of a case answers only who may see the case, whichever
 * of its loaders is asked, and in a page request this read is the layout's (no second read, no second entry).
 */
export async function bekijkStapHulp<P extends HulpPagina>(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  vraag: DossierPaginaVraag & { readonly taal: Taal },
  verzoek: object | null,
  pagina: P,
): Promise<StapHulp<P>> {
  await leesDossierPagina(ctx, wie, dossierId, vraag, verzoek);
  return STAP_HULP[pagina](wie.gebruiker, vraag.taal) as StapHulp<P>;
}

/**
 * The register of the case's entries (kind, number, corrected or not), which the shared data leaves out
 * (decision 0082), after the page request's one audited read, as `bekijkStapHulp`: for the pages that name
 * or offer any entry (the rights pages, a correction).
 */
export async function bekijkRegister(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  vraag: DossierPaginaVraag,
  verzoek: object | null,
): Promise<{ register: ReadonlyMap<string, Registratie> }> {
  const { toestand } = await leesDossierPagina(ctx, wie, dossierId, vraag, verzoek);
  return { register: toestand.register };
}

/**
 * The overview's own part (decision 0082), from the same read: the page of the history the URL asks for, and
 * only the register entries that page names. No other page of a case shows the history.
 */
export async function bekijkGeschiedenis(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  vraag: DossierPaginaVraag,
  verzoek: object | null,
): Promise<{ gebeurtenissen: readonly Gebeurtenis[]; register: ReadonlyMap<string, Registratie> }> {
  const { toestand, gebeurtenissen } = await leesDossierPagina(ctx, wie, dossierId, vraag, verzoek);
  return { gebeurtenissen, register: registerVoorGeschiedenis(toestand.register, gebeurtenissen) };
}

/**
 * The report pages' own part (the draft, its findings, the meldrecht check and the reports sent),
 * from the same read as the layout's: the two loaders of a request share one transaction and one log
 * entry; asked for alone, this is the request's read.
 */
export async function bekijkMeldingPagina(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  vraag: DossierPaginaVraag & { readonly taal: Taal },
  verzoek: object | null,
): Promise<MeldingPagina> {
  const feiten = await leesDossierPagina(ctx, wie, dossierId, vraag, verzoek);
  return maakMeldingPagina(feiten.toestand, conceptContextUit(feiten, wie.gebruiker), vraag.taal);
}
