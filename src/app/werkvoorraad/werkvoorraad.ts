import { z } from "zod";
import type { Verbinding } from "../../adapters/db/database.ts";
import { DOSSIER_VOLGORDES, lijstKandidatenPagina, type DossierKandidaat } from "../../adapters/db/dossier.repository.ts";
import { feitenVoorDossiers } from "../../adapters/db/toegang.repository.ts";
import { bewaardatumsVan, takenVan } from "../../adapters/db/werkvoorraad.repository.ts";
import { LIJST_FASEN } from "../../domain/dossier/takenlijst.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { cursorSchema, PAGINA_GROOTTE, SLEUTEL_TIJD, sluitPagina, type Pagina, type Positie } from "../../domain/lijst/pagina.ts";
import { kan, kanAlgemeen, lijstBereik, type Grondslag } from "../../domain/toegang/beleid.ts";
import { valideer } from "../../domain/validatie.ts";
import { csvBestand, dagenSinds, takenCijfers } from "../../domain/werkvoorraad/werkvoorraad.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";
import { zoekSchema } from "../dossier/bekijk-dossier.ts";
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
}

const ja = z.literal("ja", { error: "fout.ongeldige_keuze" });

const vraagSchema = z.strictObject({
  zoek: zoekSchema.optional(),
  fase: z.enum(LIJST_FASEN).optional(),
  status: z.enum(["open", "gesloten"]).optional(),
  achterstallig: ja.optional(),
  besluit_gevraagd: ja.optional(),
  volgorde: z.enum(DOSSIER_VOLGORDES).optional(),
  cursor: cursorSchema(DOSSIER_VOLGORDES, z.tuple([z.string().regex(SLEUTEL_TIJD), z.uuid()])).optional(),
}).superRefine((vraag, ctx) => {
  if (vraag.cursor && vraag.cursor.volgorde !== (vraag.volgorde ?? "activiteit")) ctx.addIssue({ code: "custom", path: ["cursor"], message: "fout.ongeldige_cursor" });
});

export type WerkvoorraadVraag = z.output<typeof vraagSchema>;

function leesVraag(invoer: Readonly<Record<string, string | undefined>>): WerkvoorraadVraag {
  return valideer(vraagSchema, Object.fromEntries(Object.entries(invoer).filter(([, w]) => w !== undefined && w !== "")));
}

/** One page of the werkvoorraad, for the page and the API. Logged with the count and the filters, never the search term. */
export async function leesWerkvoorraad(ctx: AppContext, wie: Ingelogd, invoer: Readonly<Record<string, string | undefined>> = {}): Promise<Pagina<WerkvoorraadRij> & { readonly vraag: WerkvoorraadVraag }> {
  try {
    if (!kanAlgemeen(persoonVan(wie), "werkvoorraad")) throw new DomeinFout("GEEN_TOEGANG");
    const vraag = leesVraag(invoer);
    return await ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      let pagina = await leesPagina(tx, wie, vraag, vraag.cursor ?? null, nu, PAGINA_GROOTTE);
      if (vraag.cursor?.richting === "voor" && pagina.vorige === null) pagina = await leesPagina(tx, wie, vraag, null, nu, PAGINA_GROOTTE);
      await log(tx, wie, { actie: "werkvoorraad_lijst", uitkomst: "gelukt", details: logDetails(vraag, pagina.items.length) }, nu);
      return { ...pagina, items: await metCijfers(tx, wie.gebruiker.organisatieId, pagina.items, nu), vraag };
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
export async function exporteerWerkvoorraad(ctx: AppContext, wie: Ingelogd, invoer: Readonly<Record<string, string | undefined>>, vertaal: (sleutel: string) => string): Promise<{ csv: string; aantal: number }> {
  try {
    if (!kanAlgemeen(persoonVan(wie), "werkvoorraad")) throw new DomeinFout("GEEN_TOEGANG");
    const vraag = leesVraag({ ...invoer, cursor: undefined });
    return await ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      const rijen: WerkvoorraadRij[] = [];
      let positie: Positie | null = null;
      for (;;) {
        const pagina = await leesPagina(tx, wie, vraag, positie, nu, EXPORT_BATCH);
        rijen.push(...(await metCijfers(tx, wie.gebruiker.organisatieId, pagina.items, nu)));
        if (pagina.volgende === null) break;
        const laatste = pagina.items.at(-1);
        if (!laatste) break;
        positie = { richting: "na", volgorde: vraag.volgorde ?? "activiteit", sleutel: laatste.sleutel };
      }
      await log(tx, wie, { actie: "werkvoorraad_exporteren", uitkomst: "gelukt", details: logDetails(vraag, rijen.length) }, nu);
      const koppen = ["werknaam", "verwijzing", "stap", "laatste_vastlegging", "dagen_stil", "open_taken", "achterstallige_taken", "besluit_gevraagd", "gesloten", "bewaren_tot"];
      const csv = csvBestand(koppen.map((k) => vertaal(`werkvoorraad.csv_${k}`)), rijen.map((r) => [
        r.werknaam, r.id.slice(0, 8), vertaal(`fase.${r.fase}`), vandaagInNederland(r.bijgewerktOp), r.dagenStil, r.openTaken, r.achterstalligeTaken,
        vertaal(r.besluitGevraagd ? "werkvoorraad.ja" : "werkvoorraad.nee"), vertaal(r.gesloten ? "werkvoorraad.ja" : "werkvoorraad.nee"), r.bewaarTot,
      ]));
      return { csv, aantal: rijen.length };
    });
  } catch (fout) {
    await logWeigering(ctx, wie, { actie: "werkvoorraad_exporteren" }, fout);
    throw fout;
  }
}

type ZichtbaarRij = DossierKandidaat & { readonly grondslag: Grondslag };

/** One page of visible rows: the list's candidates, judged one by one, refilled until full (as `lijstMijnDossiers`). */
async function leesPagina(tx: Verbinding, wie: Ingelogd, vraag: WerkvoorraadVraag, positie: Positie | null, nu: Date, grootte: number): Promise<Pagina<ZichtbaarRij>> {
  const persoon = persoonVan(wie);
  const organisatieId = wie.gebruiker.organisatieId;
  const volgorde = vraag.volgorde ?? "activiteit";
  const nodig = grootte + 1;
  const zichtbaar: ZichtbaarRij[] = [];
  let vanaf = positie;
  while (zichtbaar.length < nodig) {
    const kandidaten = await lijstKandidatenPagina(tx, organisatieId, { id: persoon.id, ...lijstBereik(persoon) }, nu, {
      zoek: vraag.zoek,
      fase: vraag.fase,
      status: vraag.status,
      besluitGevraagd: vraag.besluit_gevraagd === "ja",
      achterstalligOp: vraag.achterstallig === "ja" ? vandaagInNederland(nu) : undefined,
      volgorde,
      positie: vanaf ? { richting: vanaf.richting, tijd: vanaf.sleutel[0] ?? "", id: vanaf.sleutel[1] ?? "" } : null,
      limiet: nodig,
    });
    const feiten = await feitenVoorDossiers(tx, organisatieId, kandidaten, nu);
    for (const rij of kandidaten) {
      const f = feiten.get(rij.id);
      const oordeel = f ? kan(persoon, "bekijken", f, nu.toISOString()) : { toegestaan: false as const };
      if (oordeel.toegestaan && zichtbaar.length < nodig) zichtbaar.push({ ...rij, grondslag: oordeel.grondslag });
    }
    const laatste = kandidaten.at(-1);
    if (kandidaten.length < nodig || laatste === undefined) break;
    vanaf = { richting: positie?.richting ?? "na", volgorde, sleutel: laatste.sleutel };
  }
  return sluitPagina(zichtbaar, positie, volgorde, (d) => d.sleutel, grootte);
}

async function metCijfers(tx: Verbinding, organisatieId: string, rijen: readonly ZichtbaarRij[], nu: Date): Promise<(WerkvoorraadRij & { sleutel: readonly [string, string] })[]> {
  const ids = rijen.map((r) => r.id);
  const taken = await takenVan(tx, organisatieId, ids);
  const gesloten = rijen.filter((r) => r.fase === "gesloten").map((r) => r.id);
  const bewaren = await bewaardatumsVan(tx, organisatieId, gesloten);
  const vandaag = vandaagInNederland(nu);
  return rijen.map((r) => {
    const cijfers = takenCijfers(taken.get(r.id) ?? [], vandaag);
    return {
      id: r.id, werknaam: r.werknaam, fase: r.fase, grondslag: r.grondslag, aangemaaktOp: r.aangemaaktOp, bijgewerktOp: r.bijgewerktOp, sleutel: r.sleutel,
      dagenStil: dagenSinds(r.bijgewerktOp.toISOString(), vandaag), openTaken: cijfers.open, achterstalligeTaken: cijfers.achterstallig,
      besluitGevraagd: r.besluitGevraagd, gesloten: r.fase === "gesloten", bewaarTot: bewaren.get(r.id) ?? null,
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
  if (vraag.volgorde === "geopend") delen.push("op datum geopend");
  if (vraag.cursor) delen.push("vervolgpagina");
  return delen.join("; ");
}
