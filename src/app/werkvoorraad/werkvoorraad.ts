import { z } from "zod";
import type { Verbinding } from "../../adapters/db/database.ts";
import { lijstGebruikers } from "../../adapters/db/gebruiker.repository.ts";
import { bewaardatumsVan, takenVan, telPerFilter, type Telfilter } from "../../adapters/db/werkvoorraad.repository.ts";
import { VT_ANTWOORD_WERKDAGEN } from "../../domain/dossier/vervolg.ts";
import { klokOp, type KlokStatus } from "../../domain/dossier/versnelde-route.ts";
import { LIJST_FASEN } from "../../domain/dossier/takenlijst.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { cursorSchema, PAGINA_GROOTTE, SLEUTEL_TIJD, type Pagina, type Positie } from "../../domain/lijst/pagina.ts";
import { kanAlgemeen, type Grondslag } from "../../domain/toegang/beleid.ts";
import { werkdagenTussen } from "../../domain/tijd/werkdagen.ts";
import { valideer } from "../../domain/validatie.ts";
import {
  csvBestand,
  dagenSinds,
  magTellen,
  takenCijfers,
  vtGrens,
  VT_WERKDAGEN_MAX,
  WERKVOORRAAD_VOLGORDES,
  type TELFILTERS,
  type Tellingen,
} from "../../domain/werkvoorraad/werkvoorraad.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";
import {
  leesZichtbarePagina,
  zoekSchema,
  type DossierFilters,
  type ZichtbaarDossier,
} from "../dossier/bekijk-dossier.ts";
import { deelDossier } from "../toegang/delen.ts";
import { log, logWeigering, persoonVan } from "../toegang/logboek.ts";

/**
 * The werkvoorraad of the aandachtsfunctionaris and the eindverantwoordelijke (decision 0045): every
 * case she may see, one row each, with the figures that tell what needs her. The rows come from the
 * dossier list's keyset query (decision 0033) with two filters more, and the policy (`kan`) judges
 * every row, as in the dossier list; the figures come from the task facts (decision 0032) and the
 * closing event, read for the rows of the page only.
 */

export interface WerkvoorraadRij {
  readonly id: string;
  readonly werknaam: string;
  readonly fase: string;
  readonly grondslag: Grondslag;
  readonly aangemaaktOp: Date;
  readonly bijgewerktOp: Date;
  /** Calendar days since the last entry (Dutch days). */
  readonly dagenStil: number;
  readonly openTaken: number;
  readonly achterstalligeTaken: number;
  readonly besluitGevraagd: boolean;
  readonly gesloten: boolean;
  /** The retention date of a closed case, when its closing recorded one. */
  readonly bewaarTot: string | null;
  /** The date of the report Veilig Thuis has not answered yet, and the working days since. */
  readonly wachtOpVtSinds: string | null;
  readonly wachtOpVtWerkdagen: number | null;
  /** When the accelerated route began (ISO), and its hour clock when a threat is acute. */
  readonly versneldSinds: string | null;
  readonly klok: { readonly status: KlokStatus; readonly deadline: string; readonly minuten: number } | null;
  readonly inMonitoring: boolean;
  /** May this person assign the case to a colleague from the row (the policy's `delen`)? */
  readonly magToewijzen: boolean;
}

const ja = z.literal("ja", { error: "fout.ongeldige_keuze" });

const vraagSchema = z
  .strictObject({
    zoek: zoekSchema.optional(),
    fase: z.enum(LIJST_FASEN).optional(),
    status: z.enum(["open", "gesloten"]).optional(),
    achterstallig: ja.optional(),
    besluit_gevraagd: ja.optional(),
    wacht_op_vt: ja.optional(),
    vt_meer_dan: z
      .string()
      .regex(/^\d{1,3}$/, { error: "fout.werkvoorraad_werkdagen" })
      .transform(Number)
      .refine((n) => n <= VT_WERKDAGEN_MAX, { error: "fout.werkvoorraad_werkdagen" })
      .optional(),
    versneld: z.enum(["ja", "klok"], { error: "fout.ongeldige_keuze" }).optional(),
    in_monitoring: ja.optional(),
    volgorde: z.enum(WERKVOORRAAD_VOLGORDES).optional(),
    cursor: cursorSchema(WERKVOORRAAD_VOLGORDES, z.tuple([z.string().regex(SLEUTEL_TIJD), z.uuid()])).optional(),
  })
  .superRefine((vraag, ctx) => {
    if (vraag.cursor && vraag.cursor.volgorde !== (vraag.volgorde ?? "activiteit"))
      ctx.addIssue({ code: "custom", path: ["cursor"], message: "fout.ongeldige_cursor" });
  });

export type WerkvoorraadVraag = z.output<typeof vraagSchema>;

function leesVraag(invoer: Readonly<Record<string, string | undefined>>): WerkvoorraadVraag {
  return valideer(
    vraagSchema,
    Object.fromEntries(Object.entries(invoer).filter(([, w]) => w !== undefined && w !== "")),
  );
}

/** One page of the werkvoorraad, for the page and the API. Logged with the count and the filters, never the search term. */
export async function leesWerkvoorraad(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>> = {},
): Promise<Pagina<WerkvoorraadRij> & { readonly vraag: WerkvoorraadVraag; readonly tellingen: Tellingen | null }> {
  try {
    if (!kanAlgemeen(persoonVan(wie), "werkvoorraad")) throw new DomeinFout("GEEN_TOEGANG");
    const vraag = leesVraag(invoer);
    return await ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      const filters = filtersVan(vraag, nu);
      let pagina = await leesZichtbarePagina(tx, wie, filters, vraag.cursor ?? null, nu, PAGINA_GROOTTE);
      if (vraag.cursor?.richting === "voor" && pagina.vorige === null)
        pagina = await leesZichtbarePagina(tx, wie, filters, null, nu, PAGINA_GROOTTE);
      const tellingen = magTellen(persoonVan(wie))
        ? await telPerFilter(tx, wie.gebruiker.organisatieId, wie.gebruiker.id, telfilters(vraag, nu))
        : null;
      await log(
        tx,
        wie,
        { actie: "werkvoorraad_lijst", uitkomst: "gelukt", details: logDetails(vraag, pagina.items.length) },
        nu,
      );
      return {
        ...pagina,
        items: await metCijfers(tx, wie.gebruiker.organisatieId, pagina.items, nu),
        vraag,
        tellingen,
      };
    });
  } catch (fout) {
    await logWeigering(ctx, wie, { actie: "werkvoorraad_lijst" }, fout);
    throw fout;
  }
}

/** Rows read per round for the export. */
const EXPORT_BATCH = 500;

/**
 * The whole werkvoorraad with the same filters, as a CSV file for Dutch Excel; a cursor is ignored.
 * Logged as an export with the number of rows and the filters, never a name or a search term.
 */
export async function exporteerWerkvoorraad(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>>,
  vertaal: (sleutel: string) => string,
): Promise<{ csv: string; aantal: number }> {
  try {
    if (!kanAlgemeen(persoonVan(wie), "werkvoorraad")) throw new DomeinFout("GEEN_TOEGANG");
    const vraag = leesVraag({ ...invoer, cursor: undefined });
    return await ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      const filters = filtersVan(vraag, nu);
      const rijen: WerkvoorraadRij[] = [];
      let positie: Positie | null = null;
      for (;;) {
        const pagina = await leesZichtbarePagina(tx, wie, filters, positie, nu, EXPORT_BATCH);
        rijen.push(...(await metCijfers(tx, wie.gebruiker.organisatieId, pagina.items, nu)));
        const laatste = pagina.items.at(-1);
        if (pagina.volgende === null || !laatste) break;
        positie = { richting: "na", volgorde: filters.volgorde, sleutel: laatste.sleutel };
      }
      await log(
        tx,
        wie,
        { actie: "werkvoorraad_exporteren", uitkomst: "gelukt", details: logDetails(vraag, rijen.length) },
        nu,
      );
      const koppen = [
        "werknaam",
        "verwijzing",
        "stap",
        "laatste_vastlegging",
        "dagen_stil",
        "open_taken",
        "achterstallige_taken",
        "besluit_gevraagd",
        "wacht_op_vt_sinds",
        "wacht_op_vt_werkdagen",
        "versneld_sinds",
        "versneld_klok",
        "in_monitoring",
        "gesloten",
        "bewaren_tot",
      ];
      const janee = (waar: boolean) => vertaal(waar ? "werkvoorraad.ja" : "werkvoorraad.nee");
      const csv = csvBestand(
        koppen.map((k) => vertaal(`werkvoorraad.csv_${k}`)),
        rijen.map((r) => [
          r.werknaam,
          r.id.slice(0, 8),
          vertaal(`fase.${r.fase}`),
          vandaagInNederland(r.bijgewerktOp),
          r.dagenStil,
          r.openTaken,
          r.achterstalligeTaken,
          janee(r.besluitGevraagd),
          r.wachtOpVtSinds,
          r.wachtOpVtWerkdagen,
          r.versneldSinds === null ? null : vandaagInNederland(new Date(r.versneldSinds)),
          r.klok ? vertaal(`werkvoorraad.klok_${r.klok.status}`) : null,
          janee(r.inMonitoring),
          janee(r.gesloten),
          r.bewaarTot,
        ]),
      );
      return { csv, aantal: rijen.length };
    });
  } catch (fout) {
    await logWeigering(ctx, wie, { actie: "werkvoorraad_exporteren" }, fout);
    throw fout;
  }
}

/** The list query's filters for a question: the werkvoorraad's own ones besides the dossier list's. */
function filtersVan(vraag: WerkvoorraadVraag, nu: Date): DossierFilters {
  return {
    ...telbasis(vraag, nu),
    zoek: vraag.zoek,
    fase: vraag.fase,
    status: vraag.status,
    volgorde: vraag.volgorde ?? "activiteit",
  };
}

function telbasis(vraag: WerkvoorraadVraag, nu: Date): Telfilter {
  const vandaag = vandaagInNederland(nu);
  const wachtOpVt =
    vraag.vt_meer_dan !== undefined
      ? { tot: vtGrens(vandaag, vraag.vt_meer_dan) }
      : vraag.wacht_op_vt
        ? { tot: null }
        : undefined;
  return {
    besluitGevraagd: vraag.besluit_gevraagd === "ja",
    achterstalligOp: vraag.achterstallig === "ja" ? vandaag : undefined,
    wachtOpVt,
    versneld: vraag.versneld,
    inMonitoring: vraag.in_monitoring === "ja",
  };
}

/** Each counted filter on its own, over the whole organisation; "long" uses the asked number of working days, else Veilig Thuis' term. */
function telfilters(vraag: WerkvoorraadVraag, nu: Date): Record<(typeof TELFILTERS)[number], Telfilter> {
  const vandaag = vandaagInNederland(nu);
  return {
    achterstallig: { achterstalligOp: vandaag },
    besluit_gevraagd: { besluitGevraagd: true },
    wacht_op_vt: { wachtOpVt: { tot: null } },
    wacht_op_vt_lang: { wachtOpVt: { tot: vtGrens(vandaag, vraag.vt_meer_dan ?? VT_ANTWOORD_WERKDAGEN) } },
    versneld: { versneld: "ja" },
    versneld_klok: { versneld: "klok" },
    in_monitoring: { inMonitoring: true },
    gesloten: { status: "gesloten" },
  };
}

async function metCijfers(
  tx: Verbinding,
  organisatieId: string,
  rijen: readonly ZichtbaarDossier[],
  nu: Date,
): Promise<(WerkvoorraadRij & { sleutel: readonly [string, string] })[]> {
  const ids = rijen.map((r) => r.id);
  const taken = await takenVan(tx, organisatieId, ids);
  const gesloten = rijen.filter((r) => r.fase === "gesloten").map((r) => r.id);
  const bewaren = await bewaardatumsVan(tx, organisatieId, gesloten);
  const vandaag = vandaagInNederland(nu);
  return rijen.map((r) => {
    const cijfers = takenCijfers(taken.get(r.id) ?? [], vandaag);
    return {
      id: r.id,
      werknaam: r.werknaam,
      fase: r.fase,
      grondslag: r.grondslag,
      aangemaaktOp: r.aangemaaktOp,
      bijgewerktOp: r.bijgewerktOp,
      sleutel: r.sleutel,
      dagenStil: dagenSinds(r.bijgewerktOp.toISOString(), vandaag),
      openTaken: cijfers.open,
      achterstalligeTaken: cijfers.achterstallig,
      besluitGevraagd: r.besluitGevraagd,
      gesloten: r.fase === "gesloten",
      bewaarTot: bewaren.get(r.id) ?? null,
      wachtOpVtSinds: r.wachtOpVtSinds,
      wachtOpVtWerkdagen: r.wachtOpVtSinds === null ? null : werkdagenTussen(r.wachtOpVtSinds, vandaag),
      versneldSinds: r.versneldSinds?.toISOString() ?? null,
      klok: r.versneldKlokStart === null ? null : klok(r.versneldKlokStart, r.versneldKlokActieOp, nu),
      inMonitoring: r.fase === "monitoring",
      magToewijzen: r.magDelen,
    };
  });
}

function logDetails(vraag: WerkvoorraadVraag, aantal: number): string {
  const delen = [`${aantal} dossiers`];
  if (vraag.zoek) delen.push("gezocht (zoekterm niet vastgelegd)");
  if (vraag.fase) delen.push(`fase ${vraag.fase}`);
  if (vraag.status) delen.push(vraag.status);
  if (vraag.achterstallig) delen.push("met achterstallige taken");
  if (vraag.besluit_gevraagd) delen.push("besluit gevraagd");
  if (vraag.vt_meer_dan !== undefined) delen.push(`wacht op Veilig Thuis > ${vraag.vt_meer_dan} werkdagen`);
  else if (vraag.wacht_op_vt) delen.push("wacht op Veilig Thuis");
  if (vraag.versneld) delen.push(vraag.versneld === "klok" ? "versnelde route, klok loopt" : "versnelde route");
  if (vraag.in_monitoring) delen.push("in monitoring");
  if (vraag.volgorde === "geopend") delen.push("op datum geopend");
  if (vraag.volgorde === "stil") delen.push("langst stil eerst");
  if (vraag.cursor) delen.push("vervolgpagina");
  return delen.join("; ");
}

function klok(start: Date, actieOp: Date | null, nu: Date): WerkvoorraadRij["klok"] {
  const k = klokOp({ start: start.toISOString(), actieOp: actieOp?.toISOString() ?? null }, nu.toISOString());
  return { status: k.status, deadline: k.deadline, minuten: k.minuten };
}

/** The active colleagues with a case role a case can be assigned to from the werkvoorraad (the policy still judges each assignment). */
export async function collegasVoorToewijzing(ctx: AppContext, wie: Ingelogd): Promise<{ id: string; naam: string }[]> {
  if (!kanAlgemeen(persoonVan(wie), "werkvoorraad")) return [];
  const casusrollen = ["medewerker", "aandachtsfunctionaris", "eindverantwoordelijke"];
  return (await lijstGebruikers(ctx.db, wie.gebruiker.organisatieId))
    .filter((c) => c.actief && c.id !== wie.gebruiker.id && c.rollen.some((r) => casusrollen.includes(r)))
    .map((c) => ({ id: c.id, naam: c.naam }));
}

const toewijsSchema = z.strictObject({
  dossierId: z.uuid({ error: "fout.ongeldige_keuze" }),
  gebruikerId: z.string(),
  reden: z.string(),
});

/**
 * Assigns a case to a colleague from a row of the werkvoorraad: the one assignment action
 * (`deelDossier` with `toegewezen`), with its gate (`kan(delen)`, `magOntvangen`), its checks and its log entry.
 */
export async function wijsToeVanuitWerkvoorraad(ctx: AppContext, wie: Ingelogd, invoer: unknown): Promise<string> {
  // The page's own gate first: only who has a werkvoorraad assigns from it (refused and logged as the assignment).
  if (!kanAlgemeen(persoonVan(wie), "werkvoorraad")) {
    const fout = new DomeinFout("GEEN_TOEGANG");
    await logWeigering(ctx, wie, { actie: "dossier_delen" }, fout);
    throw fout;
  }
  const { dossierId, gebruikerId, reden } = valideer(toewijsSchema, invoer);
  return deelDossier(ctx, wie, dossierId, { gebruikerId, soort: "toegewezen", reden });
}
