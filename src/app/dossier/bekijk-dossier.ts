import { z } from "zod";
import type { Verbinding } from "../../adapters/db/database.ts";
import {
  DOSSIER_VOLGORDES,
  laadGebeurtenissen,
  lijstKandidatenPagina,
  type DossierKandidaat,
  type DossierZoekvraag,
} from "../../adapters/db/dossier.repository.ts";
import { gebeurtenissenPagina } from "../../adapters/db/projectie.repository.ts";
import type { Dossier } from "../../domain/dossier/dossier.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import { lijstMetRol } from "../../adapters/db/gebruiker.repository.ts";
import {
  lijstNoodtoegang,
  vindSessieEnDossier,
  namenVan,
  type NoodtoegangRij,
} from "../../adapters/db/toegang.repository.ts";
import { beslisserVan } from "../../domain/dossier/besluit.ts";
import type { DossierToestand } from "../../domain/dossier/toestand.ts";
import { LIJST_FASEN } from "../../domain/dossier/takenlijst.ts";
import {
  cursorSchema,
  PAGINA_GROOTTE,
  SLEUTEL_TIJD,
  sluitPagina,
  type Pagina,
  type Positie,
} from "../../domain/lijst/pagina.ts";
import { valideer } from "../../domain/validatie.ts";
import { kan, lijstBereik, type Grondslag } from "../../domain/toegang/beleid.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { metDossierLeestoegang, metDossierToegang, type MetToegang } from "../toegang/dossier-toegang.ts";
import { persoonVan } from "../toegang/logboek.ts";
import { metAlgemeneLeestoegang } from "../toegang/algemene-toegang.ts";
import { recenteNoodtoegang } from "../toegang/delen.ts";
import { leesToestand, toestandUitGeheugen } from "./projecties.ts";
import { bewaardeTekstVersie, gebeurtenissenAlsTekst } from "./gebeurtenissen-tekst.ts";
import { haalToestand } from "./toestand-geheugen.ts";
import { beoordeelSessie } from "../sessie/inloggen.ts";
import { sessieIdVan } from "../../adapters/crypto/sessie-token.ts";

export interface DossierInzage {
  readonly dossier: Dossier;
  readonly toestand: DossierToestand;
  readonly eindverantwoordelijken: readonly { id: string; naam: string }[];
  /** Names of deciders that events stored before decision 0020 name by id only (they may have left since). */
  readonly beslisserNamen: Readonly<Record<string, string>>;
  /** Why this person sees the dossier (shown on the page, recorded in the log). */
  readonly grondslag: Grondslag;
  /** Emergency access that is running on this dossier, shown to everyone who opens it. */
  readonly noodtoegang: readonly NoodtoegangRij[];
  /** The events asked for, newest first: one page of the history, or all of them for the API. */
  readonly gebeurtenissen: readonly Gebeurtenis[];
}

/** Which events to read with the state: a page of the history (before a volgnummer), or every one. */
export type GeschiedenisVraag = { readonly voor: number | null; readonly aantal: number } | "alles";

/**
 * Reads one dossier for the signed-in person and records that they did, in the same transaction:
 * if the log entry cannot be written, nothing is shown. A dossier they may not see is
 * NIET_GEVONDEN, exactly as one that does not exist.
 */
export async function bekijkDossier(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  geschiedenis: GeschiedenisVraag = { voor: null, aantal: 0 },
): Promise<DossierInzage> {
  return metDossierToegang(ctx, wie, dossierId, { actie: "bekijken", logActie: "dossier_bekijken" }, (m) =>
    leesInzage(m, geschiedenis),
  );
}

/**
 * What a view of a dossier reads, inside the gate's transaction (`metDossierToegang` has found the
 * dossier and decided): the state from its snapshot, the page of history asked for, the
 * eindverantwoordelijken, running emergency access and the names of deciders stored by id only.
 */
export async function leesInzage(
  { tx, dossier, grondslag, nu }: MetToegang,
  geschiedenis: GeschiedenisVraag,
): Promise<DossierInzage> {
  // The state comes from its snapshot (decision 0032); only the page of events that is shown is read.
  const { toestand } = await leesToestand(tx, dossier, { vergrendeld: false });
  const gebeurtenissen =
    geschiedenis === "alles"
      ? (await laadGebeurtenissen(tx, dossier.organisatieId, dossier.id)).reverse()
      : geschiedenis.aantal > 0
        ? await gebeurtenissenPagina(tx, dossier.organisatieId, dossier.id, geschiedenis.voor, geschiedenis.aantal)
        : [];
  const eindverantwoordelijken = await lijstMetRol(tx, dossier.organisatieId, "eindverantwoordelijke");
  const noodtoegang = await lijstNoodtoegang(tx, dossier.organisatieId, { sinds: nu, dossierId: dossier.id });
  const zonderNaam = toestand.besluiten
    .map(beslisserVan)
    .filter((b) => b.naam === null)
    .map((b) => b.id);
  const beslisserNamen = Object.fromEntries(
    zonderNaam.length > 0 ? await namenVan(tx, dossier.organisatieId, zonderNaam) : [],
  );
  return { dossier, toestand, eindverantwoordelijken, beslisserNamen, grondslag, noodtoegang, gebeurtenissen };
}

/** What the API answers for one dossier: the row, its state and every event as the answer's JSON text. */
export interface DossierVoorApi {
  readonly dossier: Dossier;
  readonly toestand: DossierToestand;
  /** Every event, oldest first, as the elements of a JSON array (`JSON.stringify` of each, joined by ","), UTF-8. */
  readonly gebeurtenissenJson: Buffer;
}

/**
 * The API's read of a dossier with the session it is asked with (decisions 0064, 0074): the same gate,
 * basis and log entry as `bekijkDossier`, but only what the API answers with, and in two statements.
 * The first reads the session with its person and, within that person's organisation, the dossier with
 * its access facts and the events this process does not yet hold (from the version of its kept state and
 * kept text on); the session is then judged exactly as for any request (`beoordeelSessie`: unknown,
 * expired, idle or inactive is null, and the caller answers 401), the policy decides, and the second
 * statement writes the log entry; only once it is stored is the answer returned. Nothing of the session
 * is kept between requests: a sign-out or an expiry holds on the next request, in any process.
 *
 * The state is this process's kept state with the newer events folded on, the events' text this process's
 * kept text with the newer events serialised onto it (`gebeurtenissenAlsTekst`). When either cannot be used
 * (the first read of a dossier in this process, a snapshot that must be rebuilt), the usual gate reads
 * everything in a transaction (and keeps both for the next read).
 */
export async function leesDossierVoorApi(
  ctx: AppContext,
  token: string,
  adres: string | null,
  dossierId: string,
): Promise<DossierVoorApi | null> {
  const nu = ctx.klok();
  const sessieId = sessieIdVan(token);
  const staat = haalToestand(dossierId)?.toestand.versie;
  const tekst = bewaardeTekstVersie(dossierId);
  // Read from the lower of the two kept versions: the event there is the one each check needs.
  const vanaf = staat === undefined || tekst === null ? 0 : Math.min(staat, tekst);
  const gelezen = await vindSessieEnDossier(ctx.db, { sessieId, dossierId, nu, vanaf });
  const sessie = await beoordeelSessie(ctx, sessieId, gelezen?.sessie ?? null);
  if (!gelezen || sessie?.stap !== "volledig") return null;
  const wie: Ingelogd = { gebruiker: sessie.gebruiker, adres };
  const opties = { actie: "bekijken", logActie: "dossier_bekijken" } as const;
  return metDossierLeestoegang(
    ctx,
    wie,
    dossierId,
    opties,
    { nu, gevonden: gelezen.dossier },
    ({ dossier, kop, gebeurtenissen }) => {
      const toestand = toestandUitGeheugen(dossier, kop, gebeurtenissen);
      const gebeurtenissenJson = toestand && gebeurtenissenAlsTekst(dossier.id, dossier.versie, gebeurtenissen);
      return toestand && gebeurtenissenJson ? { dossier, toestand, gebeurtenissenJson } : null;
    },
    () =>
      metDossierToegang(ctx, wie, dossierId, opties, async ({ tx, dossier }) => {
        const { toestand } = await leesToestand(tx, dossier, { vergrendeld: false });
        const alle = await laadGebeurtenissen(tx, dossier.organisatieId, dossierId);
        const gebeurtenissenJson = gebeurtenissenAlsTekst(dossier.id, dossier.versie, alle);
        if (!gebeurtenissenJson) throw new Error(`gebeurtenissen van dossier ${dossierId} niet doorlopend genummerd`);
        return { dossier, toestand, gebeurtenissenJson };
      }),
  );
}

export type ZichtbaarDossier = DossierKandidaat & { readonly grondslag: Grondslag; readonly magDelen: boolean };

export const zoekSchema = z
  .string()
  .trim()
  .max(100)
  .transform((tekst) => (tekst === "" ? undefined : { tekst, kenmerk: kenmerkIn(tekst) }));

/** The question behind one page of the dossier list: GET parameters of the page and of the API. */
const lijstVraagSchema = z
  .strictObject({
    zoek: zoekSchema.optional(),
    fase: z.enum(LIJST_FASEN).optional(),
    status: z.enum(["open", "gesloten"]).optional(),
    volgorde: z.enum(DOSSIER_VOLGORDES).optional(),
    cursor: cursorSchema(DOSSIER_VOLGORDES, z.tuple([z.string().regex(SLEUTEL_TIJD), z.uuid()])).optional(),
  })
  .superRefine((vraag, ctx) => {
    // A cursor is a position in one order; read in another it would point anywhere.
    if (vraag.cursor && vraag.cursor.volgorde !== (vraag.volgorde ?? "activiteit"))
      ctx.addIssue({ code: "custom", path: ["cursor"], message: "fout.ongeldige_cursor" });
  });

export type DossierLijstVraag = z.output<typeof lijstVraagSchema>;

/** The reference shown on the pages (the id's first 8 hex characters), or a whole id, in a search term. */
function kenmerkIn(tekst: string): string | null {
  const m = /^([0-9a-f]{8})(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/i.exec(tekst);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * One page of the dossiers the person may see (decision 0033): newest activity first, or newest
 * opened; searched by working name or reference, filtered by phase and open or closed. SQL
 * pre-selects the candidates by the relations the policy knows (`lijstKandidatenPagina`), and the
 * policy (`kan`) judges every row; a row without a basis is left out, so neither the page nor its
 * length reveals it. A page is filled from further candidates until it is full or they run out, so
 * it is never short because rows were left out after the LIMIT. Listing is logged with the number
 * of rows and whether a search was made, not the search term (it may name a child). Bad input
 * (an unknown phase, a malformed cursor) is ONGELDIGE_INVOER and logged as such.
 */
export async function lijstMijnDossiers(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>> = {},
): Promise<DossierLijst> {
  return (await leesLijst(ctx, wie, invoer, false)).pagina;
}

type DossierLijst = Pagina<ZichtbaarDossier> & { readonly vraag: DossierLijstVraag };

/**
 * The dossier list page: the page of `lijstMijnDossiers` and, for an aandachtsfunctionaris, the
 * emergency access of the last week, on one connection with one log entry (the listing's), written before the answer.
 */
export async function leesDossierLijstPagina(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>> = {},
): Promise<{ readonly pagina: DossierLijst; readonly noodtoegang: readonly NoodtoegangRij[] }> {
  return leesLijst(ctx, wie, invoer, true);
}

async function leesLijst(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>>,
  metNoodtoegang: boolean,
): Promise<{ readonly pagina: DossierLijst; readonly noodtoegang: readonly NoodtoegangRij[] }> {
  const gelukt = (r: { pagina: DossierLijst }) => ({ details: logDetails(r.pagina.vraag, r.pagina.items.length) });
  return metAlgemeneLeestoegang(
    ctx,
    wie,
    { actie: "dossiers_lijst", logActie: "dossiers_lijst", gelukt },
    async ({ db, nu }) => {
      const vraag = valideer(
        lijstVraagSchema,
        Object.fromEntries(Object.entries(invoer).filter(([, w]) => w !== undefined && w !== "")),
      );
      const filters: DossierFilters = {
        zoek: vraag.zoek,
        fase: vraag.fase,
        status: vraag.status,
        volgorde: vraag.volgorde ?? "activiteit",
      };
      let pagina = await leesZichtbarePagina(db, wie, filters, vraag.cursor ?? null, nu);
      // "Vorige" that reaches the top shows the first page, full, rather than the rest of it.
      if (vraag.cursor?.richting === "voor" && pagina.vorige === null)
        pagina = await leesZichtbarePagina(db, wie, filters, null, nu);
      return {
        pagina: { ...pagina, vraag },
        noodtoegang: metNoodtoegang ? await recenteNoodtoegang(db, wie, nu) : [],
      };
    },
  );
}

/** What the list query filters and sorts on: the dossier list's fields, and the werkvoorraad's too. */
export type DossierFilters = Omit<DossierZoekvraag, "positie" | "limiet">;

/**
 * One page of visible dossiers, for the dossier list and the werkvoorraad alike: the list query's
 * candidates (`lijstKandidatenPagina`), each judged by the policy (`kan`), refilled until the page
 * is full or the candidates run out. `magDelen` says whether the policy lets the person share or
 * assign that case (the werkvoorraad's "toewijzen" per row).
 */
export async function leesZichtbarePagina(
  tx: Verbinding,
  wie: Ingelogd,
  filters: DossierFilters,
  positie: Positie | null,
  nu: Date,
  grootte: number = PAGINA_GROOTTE,
): Promise<Pagina<ZichtbaarDossier>> {
  const persoon = persoonVan(wie);
  const organisatieId = wie.gebruiker.organisatieId;
  const nodig = grootte + 1;
  const moment = nu.toISOString();
  const zichtbaar: ZichtbaarDossier[] = [];
  let vanaf = positie;
  // The SQL mirrors the policy, so one round fills the page; should the two ever differ, further
  // rounds continue after the last candidate read, so the page still comes back full.
  while (zichtbaar.length < nodig) {
    const kandidaten = await lijstKandidatenPagina(tx, organisatieId, { id: persoon.id, ...lijstBereik(persoon) }, nu, {
      ...filters,
      positie: vanaf ? { richting: vanaf.richting, tijd: vanaf.sleutel[0] ?? "", id: vanaf.sleutel[1] ?? "" } : null,
      limiet: nodig,
    });
    for (const rij of kandidaten) {
      const oordeel = kan(persoon, "bekijken", rij.feiten, moment);
      if (oordeel.toegestaan && zichtbaar.length < nodig)
        zichtbaar.push({
          ...rij,
          grondslag: oordeel.grondslag,
          magDelen: kan(persoon, "delen", rij.feiten, moment).toegestaan,
        });
    }
    const laatste = kandidaten.at(-1);
    if (kandidaten.length < nodig || laatste === undefined) break;
    vanaf = { richting: positie?.richting ?? "na", volgorde: filters.volgorde, sleutel: laatste.sleutel };
  }
  return sluitPagina(zichtbaar, positie, filters.volgorde, (d) => d.sleutel, grootte);
}

/** What the log records of a listing: the count and which filters, never the search term. */
function logDetails(vraag: DossierLijstVraag, aantal: number): string {
  const delen = [`${aantal} dossiers`];
  if (vraag.zoek) delen.push("gezocht (zoekterm niet vastgelegd)");
  if (vraag.fase) delen.push(`fase ${vraag.fase}`);
  if (vraag.status) delen.push(vraag.status);
  if (vraag.volgorde === "geopend") delen.push("op datum geopend");
  if (vraag.cursor) delen.push("vervolgpagina");
  return delen.join("; ");
}
