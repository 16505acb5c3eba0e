import { z } from "zod";
import { lijstGebruikers } from "../../adapters/db/gebruiker.repository.ts";
import type { Verbinding } from "../../adapters/db/database.ts";
import { zoekLog, type LogRegelMetNaam } from "../../adapters/db/toegangslog.repository.ts";
import {
  cursorSchema,
  PAGINA_GROOTTE,
  SLEUTEL_TIJD,
  sluitPagina,
  type Pagina,
  type Positie,
} from "../../domain/lijst/pagina.ts";
import { valideer } from "../../domain/validatie.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { metAlgemeneToegang } from "./algemene-toegang.ts";
import { LOG_ACTIES, LOG_UITKOMSTEN } from "./logboek.ts";
import { LOG_VOLGORDES } from "../../domain/toegang/logacties.ts";

/**
 * The log's orders (decision 0083): newest first (the default), or oldest first, on the same key and index
 * read the other way. The cursor names the order ("tijd" is newest first, as before), so a cursor of the
 * other order, or a dossier list's, is refused here.
 */
const CURSOR_VOLGORDE = { nieuwste: "tijd", oudste: "tijd_oplopend" } as const;

const filterSchema = z
  .strictObject({
    /** A whole dossier id, or the reference shown on the pages (its first 8 hex characters). */
    dossier: z.union([z.uuid(), z.string().regex(/^[0-9a-fA-F]{8}$/, "fout.ongeldig_kenmerk")]).optional(),
    gebruiker: z.uuid().optional(),
    actie: z.enum(LOG_ACTIES).optional(),
    uitkomst: z.enum(LOG_UITKOMSTEN).optional(),
    van: z.iso.date().optional(),
    tot: z.iso.date().optional(),
    // The key in the log's order (decision 0057): the time, then the entry's id.
    volgorde: z.enum(LOG_VOLGORDES).optional(),
    cursor: cursorSchema(
      Object.values(CURSOR_VOLGORDE),
      z.tuple([z.string().regex(SLEUTEL_TIJD), z.string().regex(/^[1-9]\d{0,17}$/)]),
    ).optional(),
  })
  .superRefine((filter, ctx) => {
    if (filter.cursor && filter.cursor.volgorde !== CURSOR_VOLGORDE[filter.volgorde ?? "nieuwste"])
      ctx.addIssue({ code: "custom", path: ["cursor"], message: "fout.ongeldige_cursor" });
  });

export type LogFilterInvoer = z.output<typeof filterSchema>;

type LogPagina = Pagina<LogRegelMetNaam> & { readonly filter: LogFilterInvoer };

/** What the log's reading writes about itself: the filter, not the cursor. */
function gelukt({ filter }: { filter: LogFilterInvoer }) {
  return {
    dossierId: filter.dossier?.length === 36 ? filter.dossier : null,
    details: JSON.stringify({ ...filter, cursor: undefined }),
  };
}

/**
 * Reads one page of the organisation's access log (logbeheerder only), newest first (or oldest first), with keyset
 * pagination (decision 0033): filtered by dossier (id or reference), person, action, outcome and a
 * range of dates (UTC, `tot` inclusive). Reading is itself logged, with the filter but not the cursor.
 */
export async function leesToegangslog(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>>,
): Promise<LogPagina> {
  return metAlgemeneToegang(ctx, wie, { actie: "toegangslog_lezen", logActie: "toegangslog_lezen", gelukt }, ({ tx }) =>
    leesPagina(tx, wie, invoer),
  );
}

/**
 * What the access-log page shows: one page of the log as `leesToegangslog`, and the organisation's
 * people (id and name only) for the filter's person list, read in the same gate and transaction.
 */
export async function leesToegangslogPagina(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>>,
): Promise<LogPagina & { readonly mensen: readonly { id: string; naam: string }[] }> {
  return metAlgemeneToegang(
    ctx,
    wie,
    { actie: "toegangslog_lezen", logActie: "toegangslog_lezen", gelukt },
    async ({ tx }) => {
      const pagina = await leesPagina(tx, wie, invoer);
      const mensen = await lijstGebruikers(tx, wie.gebruiker.organisatieId);
      return { ...pagina, mensen: mensen.map((m) => ({ id: m.id, naam: m.naam })) };
    },
  );
}

async function leesPagina(
  tx: Verbinding,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>>,
): Promise<LogPagina> {
  const schoon = Object.fromEntries(Object.entries(invoer).filter(([, w]) => w !== undefined && w !== ""));
  const filter = valideer(filterSchema, schoon);
  const lees = async (positie: Positie | null) => {
    const regels = await zoekLog(tx, wie.gebruiker.organisatieId, {
      dossierId: filter.dossier?.length === 36 ? filter.dossier : undefined,
      dossierKenmerk: filter.dossier?.length === 8 ? filter.dossier : undefined,
      gebruikerId: filter.gebruiker,
      acties: filter.actie ? [filter.actie] : undefined,
      uitkomst: filter.uitkomst,
      // Entries about a case hidden from the reader (decision 0053) are left out, as for an unknown id.
      verborgenVoor: wie.gebruiker.id,
      van: filter.van ? new Date(`${filter.van}T00:00:00Z`) : undefined,
      // "tot en met": the whole day counts.
      tot: filter.tot ? new Date(new Date(`${filter.tot}T00:00:00Z`).getTime() + 24 * 3600 * 1000) : undefined,
      positie: positie
        ? { richting: positie.richting, tijd: positie.sleutel[0] ?? "", id: Number(positie.sleutel[1]) }
        : null,
      oudsteEerst: filter.volgorde === "oudste",
      limiet: PAGINA_GROOTTE + 1,
    });
    return sluitPagina(regels, positie, CURSOR_VOLGORDE[filter.volgorde ?? "nieuwste"], (r) => r.sleutel);
  };
  let pagina = await lees(filter.cursor ?? null);
  // "Vorige" that reaches the top shows the first page, full.
  if (filter.cursor?.richting === "voor" && pagina.vorige === null) pagina = await lees(null);
  return { ...pagina, filter };
}
