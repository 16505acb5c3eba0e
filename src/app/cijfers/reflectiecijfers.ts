import { z } from "zod";
import { leesCijferFeiten } from "../../adapters/db/cijfers.repository.ts";
import {
  berekenCijfers,
  periodeFout,
  schooljaarVan,
  type Periode,
  type Reflectiecijfers,
} from "../../domain/cijfers/cijfers.ts";
import type { Cel } from "../../domain/cijfers/onderdrukking.ts";
import { msVanIso } from "../../domain/tijd/tijdstip.ts";
import { KENNIS } from "../../domain/kennis/inhoud.ts";
import { valideer } from "../../domain/validatie.ts";
import { csvBestand } from "../../domain/werkvoorraad/werkvoorraad.ts";
import { formatteerMaand, type Taal } from "../../i18n/vertaal.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";
import { metAlgemeneToegang } from "../toegang/algemene-toegang.ts";

/**
 * The reflection figures of the organisation (decision 0047), for the aandachtsfunctionaris, the
 * eindverantwoordelijke and the beheerder: read through the general gate, logged as a view (or an
 * export) of aggregated data with the period and never a case. Reading is two indexed queries over
 * the cases opened in the period and the events the figures count; the domain does the rest.
 */

const datum = z.iso.date({ error: "fout.ongeldige_datum" });
/** zod runs the refinement below even when a date failed its own check; the period is judged only on real dates. */
const isDatum = (w: string) => datum.safeParse(w).success;
const vraagSchema = z.strictObject({ van: datum.optional(), tot: datum.optional() }).superRefine((v, ctx) => {
  if ((v.van === undefined) !== (v.tot === undefined))
    ctx.addIssue({ code: "custom", path: [v.van === undefined ? "van" : "tot"], message: "fout.periode_beide" });
  else if (v.van !== undefined && v.tot !== undefined && isDatum(v.van) && isDatum(v.tot)) {
    const fout = periodeFout({ van: v.van, tot: v.tot });
    if (fout) ctx.addIssue({ code: "custom", path: ["tot"], message: fout });
  }
});

/** The period asked for: `van` and `tot` (Dutch days, both or neither), or else the current school year. */
export function leesPeriode(invoer: Readonly<Record<string, string | undefined>>, vandaag: string): Periode {
  const vraag = valideer(
    vraagSchema,
    Object.fromEntries(Object.entries(invoer).filter(([, w]) => w !== undefined && w !== "")),
  );
  return vraag.van !== undefined && vraag.tot !== undefined
    ? { van: vraag.van, tot: vraag.tot }
    : schooljaarVan(vandaag);
}

const DAG_MS = 86_400_000;

async function bereken(
  ctx: AppContext,
  wie: Ingelogd,
  periode: Periode,
  tx: Parameters<typeof leesCijferFeiten>[0],
): Promise<Reflectiecijfers> {
  // A day wider on each side than any Dutch day of the period can be; the domain keeps the exact days.
  const vanaf = new Date(msVanIso(`${periode.van}T00:00:00.000Z`) - DAG_MS);
  const tot = new Date(msVanIso(`${periode.tot}T00:00:00.000Z`) + 2 * DAG_MS);
  const { dossiers, feiten } = await leesCijferFeiten(tx, wie.gebruiker.organisatieId, vanaf, tot);
  return berekenCijfers(periode, dossiers, feiten);
}

const logDetails = (p: Periode) => `reflectiecijfers (geaggregeerd, geen dossier), periode ${p.van} t/m ${p.tot}`;

/** The figures of one period, for the page and the API. */
export async function leesCijfers(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>> = {},
): Promise<Reflectiecijfers> {
  return metAlgemeneToegang<Reflectiecijfers>(
    ctx,
    wie,
    { actie: "cijfers", logActie: "cijfers_bekijken", gelukt: (c) => ({ details: logDetails(c.periode) }) },
    async ({ tx, nu }) => bereken(ctx, wie, leesPeriode(invoer, vandaagInNederland(nu)), tx),
  );
}

/** How a cell reads in the CSV: the count, "< 5", or a dash for a count hidden to protect another. */
export function celTekst(cel: Cel, vertaal: (sleutel: string) => string): string | number {
  switch (cel.soort) {
    case "getal":
      return cel.waarde;
    case "onder5":
      return "< 5";
    case "aanvullend":
      return vertaal("cijfers.cel_aanvullend");
    case "verborgen":
      return vertaal("cijfers.cel_verborgen");
  }
}

/** The figures as a CSV file for Dutch Excel (`;`, BOM, formula fields neutralised), logged as an export. */
export async function exporteerCijfers(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>>,
  vertaal: (sleutel: string) => string,
  taal: Taal,
): Promise<{ csv: string; periode: Periode }> {
  const cijfers = await metAlgemeneToegang<Reflectiecijfers>(
    ctx,
    wie,
    { actie: "cijfers", logActie: "cijfers_exporteren", gelukt: (c) => ({ details: logDetails(c.periode) }) },
    async ({ tx, nu }) => bereken(ctx, wie, leesPeriode(invoer, vandaagInNederland(nu)), tx),
  );
  const rijen: (string | number | null)[][] = [
    [vertaal("cijfers.geopend_totaal"), "", celTekst(cijfers.geopend, vertaal)],
  ];
  for (const f of cijfers.figuren) {
    for (const r of f.rijen)
      rijen.push([
        vertaal(`cijfers.figuur.${f.id}.titel`),
        categorieLabel(f.id, r.categorie, vertaal, taal),
        celTekst(r.cel, vertaal),
      ]);
  }
  for (const m of cijfers.medianen) {
    rijen.push([
      vertaal(`cijfers.mediaan.${m.id}.titel`),
      vertaal("cijfers.aantal_dossiers"),
      celTekst(m.aantal, vertaal),
    ]);
    rijen.push([
      vertaal(`cijfers.mediaan.${m.id}.titel`),
      vertaal("cijfers.mediaan_label"),
      m.waarde ?? vertaal("cijfers.niet_getoond"),
    ]);
  }
  const koppen = [vertaal("cijfers.csv_figuur"), vertaal("cijfers.csv_categorie"), vertaal("cijfers.csv_aantal")];
  return {
    csv: csvBestand(koppen, [
      [vertaal("cijfers.csv_periode"), `${cijfers.periode.van} – ${cijfers.periode.tot}`, null],
      ...rijen,
    ]),
    periode: cijfers.periode,
  };
}

/** The label of a row: a month written out, a participation point by its title, everything else a translation key of its figure. */
export function categorieLabel(
  figuur: string,
  categorie: string,
  vertaal: (sleutel: string) => string,
  taal: Taal,
): string {
  if (figuur === "geopend") {
    return formatteerMaand(categorie, taal, "lang");
  }
  if (figuur === "participatie") {
    const punt = KENNIS.participatie.find((p) => p.id === categorie);
    return punt ? `${categorie.slice(1)}. ${punt.titel[taal]}` : categorie;
  }
  return vertaal(`cijfers.categorie.${figuur}.${categorie}`);
}
