import type { Verbinding } from "../../adapters/db/database.ts";
import { taakKandidaten, type TaakPositie } from "../../adapters/db/projectie.repository.ts";
import { krijgtBesluitTaken } from "../../domain/dossier/besluit.ts";
import { TAAK_SOORTEN, type TaakSoort } from "../../domain/dossier/vervolg.ts";
import { veldFout } from "../../domain/fouten.ts";
import { LIJST_FASEN } from "../../domain/dossier/takenlijst.ts";
import { cursorSchema, leesCursor, maakCursor } from "../../domain/lijst/pagina.ts";
import { omgekeerd, rangVan, TAAK_VOLGORDES, type TaakVolgorde } from "../../domain/lijst/taken.ts";
import { valideer } from "../../domain/validatie.ts";
import { zoekSchema } from "../dossier/bekijk-dossier.ts";
import { z } from "zod";
import { grondslagVoor, lijstBereik, type Persoon } from "../../domain/toegang/beleid.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../context.ts";
import { persoonVan } from "../toegang/logboek.ts";
import { metAlgemeneLeestoegang } from "../toegang/algemene-toegang.ts";

export interface DossierTaak {
  readonly dossierId: string;
  readonly werknaam: string;
  readonly soort: TaakSoort;
  readonly sinds: string | null;
}

export interface TakenPagina {
  readonly taken: readonly DossierTaak[];
  /** Where the next page starts ("volgende"), or null on the last page. */
  readonly volgende: string | null;
  /** Where the previous page ends ("vorige"), or null on the first page. */
  readonly vorige: string | null;
}

/** Tasks per page of "Mijn taken". */
export const TAKEN_PAGINA = 50;

/** The question behind one page of Mijn taken: the GET parameters of the page and of `GET /api/taken` (decision 0083). */
const takenVraagSchema = z
  .strictObject({
    zoek: zoekSchema.optional(),
    fase: z.enum(LIJST_FASEN).optional(),
    soort: z.enum(TAAK_SOORTEN).optional(),
    volgorde: z.enum(TAAK_VOLGORDES).optional(),
    vanaf: cursorSchema(
      TAAK_VOLGORDES,
      z.tuple([z.string().regex(/^\d{1,2}$/), z.string().regex(/^(\d{4}-\d{2}-\d{2}|-)$/), z.uuid()]),
    ).optional(),
  })
  .superRefine((vraag, ctx) => {
    // A position is one in a given order; read in another it would point anywhere.
    if (vraag.vanaf && vraag.vanaf.volgorde !== (vraag.volgorde ?? "urgentie"))
      ctx.addIssue({ code: "custom", path: ["vanaf"], message: "fout.ongeldige_cursor" });
    if (vraag.vanaf && Number(vraag.vanaf.sleutel[0]) >= TAAK_SOORTEN.length)
      ctx.addIssue({ code: "custom", path: ["vanaf"], message: "fout.ongeldige_cursor" });
  });

export type TakenVraag = z.output<typeof takenVraagSchema>;

/** Reads the GET parameters of Mijn taken; an empty field counts as not given. ONGELDIGE_INVOER for anything else. */
export function leesTakenVraag(invoer: Readonly<Record<string, string | undefined>>): TakenVraag {
  return valideer(
    takenVraagSchema,
    Object.fromEntries(Object.entries(invoer).filter(([, w]) => w !== undefined && w !== "")),
  );
}

/** The filters and order of a page, without its position. */
export interface TakenFilters {
  readonly zoek?: { readonly tekst: string; readonly kenmerk: string | null } | undefined;
  readonly fase?: string | undefined;
  readonly soort?: TaakSoort | undefined;
  readonly volgorde?: TaakVolgorde | undefined;
}

/**
 * The tasks of a person, one page at a time, from the task facts stored with each case (decision
 * 0032) instead of replaying every case. For the cases they are responsible for (opened or
 * assigned): what is due after the weighing and the report. For the deciders and the
 * aandachtsfunctionaris, on every case they may see: a decision asked, or a proposal waiting. Cases
 * they can only see give no other tasks, so a task always has an owner and nobody gets a hundred.
 * Each kind of task on a case comes once. In the order asked (`TAAK_VOLGORDES`; by default most
 * urgent kind first, then oldest first), filtered by search, phase and kind in the query (decision
 * 0083). The query only narrows: the policy (`grondslagVoor`, the judge behind `kan`) decides every row.
 */
export async function takenPagina(
  db: Verbinding,
  persoon: Persoon,
  nu: Date,
  vanaf: string | null,
  aantal = TAKEN_PAGINA,
  filters: TakenFilters = {},
): Promise<TakenPagina> {
  const besluitTaken = krijgtBesluitTaken(persoon.rollen);
  const bereik = besluitTaken ? lijstBereik(persoon) : { alleDossiers: false, besluitGevraagde: false };
  const vandaag = vandaagInNederland(nu);
  const moment = nu.toISOString();
  const volgorde = filters.volgorde ?? "urgentie";
  const taken: (DossierTaak & { positie: TaakPositie })[] = [];
  let na = vanaf === null ? null : leesPositie(vanaf, volgorde);
  if (vanaf !== null && na === null) throw veldFout("vanaf", "fout.ongeldige_cursor");
  const gevraagd = na;
  // A previous page: the tasks before the position, read as those after it in the order turned round.
  const terug = vanaf !== null && leesCursor(vanaf)?.richting === "voor";
  const leesvolgorde = terug ? omgekeerd(volgorde) : volgorde;
  // Rows the policy turns down leave the page short: read on until it is full or nothing is left.
  for (;;) {
    const kandidaten = await taakKandidaten(
      db,
      { id: persoon.id, organisatieId: persoon.organisatieId, besluitTaken, ...bereik },
      vandaag,
      nu,
      {
        volgorde: leesvolgorde,
        na,
        rang: filters.soort ? rangVan(filters.soort) : null,
        fase: filters.fase ?? null,
        zoek: filters.zoek,
      },
      aantal + 1,
    );
    for (const k of kandidaten) {
      const grondslag = grondslagVoor(persoon, k.feiten, moment);
      const toegestaan =
        k.voor === "verantwoordelijken" ? grondslag === "eigen" || grondslag === "toegewezen" : grondslag !== null;
      if (toegestaan)
        taken.push({
          dossierId: k.dossierId,
          werknaam: k.werknaam,
          soort: k.soort,
          sinds: k.sinds,
          positie: { rang: k.rang, sinds: k.sinds, dossierId: k.dossierId },
        });
    }
    const laatste = kandidaten.at(-1);
    if (taken.length > aantal || kandidaten.length <= aantal || !laatste) break;
    na = { rang: laatste.rang, sinds: laatste.sinds, dossierId: laatste.dossierId };
  }
  const meer = taken.length > aantal;
  const gelezen = taken.slice(0, aantal);
  // Backwards with nothing before the page: it is the first page, read as such so that it is full.
  if (terug && !meer) return takenPagina(db, persoon, nu, null, aantal, filters);
  const pagina = terug ? gelezen.reverse() : gelezen;
  const eerste = pagina[0]?.positie ?? gevraagd;
  const laatste = pagina.at(-1)?.positie ?? gevraagd;
  return {
    taken: pagina.map(({ positie: _positie, ...taak }) => taak),
    // Backwards there is always a next page: at least the task the position came from.
    volgende: (terug || meer) && laatste ? schrijfPositie(laatste, volgorde, "na") : null,
    vorige: (terug ? meer : gevraagd !== null) && eerste ? schrijfPositie(eerste, volgorde, "voor") : null,
  };
}

/** Every task of a person (the daily digest and tests): the pages of `takenPagina` one after another. */
export async function takenVoorPersoon(
  db: Verbinding,
  persoon: Persoon,
  nu: Date,
  filters: TakenFilters = {},
): Promise<DossierTaak[]> {
  const alle: DossierTaak[] = [];
  let vanaf: string | null = null;
  do {
    const pagina: TakenPagina = await takenPagina(db, persoon, nu, vanaf, 500, filters);
    alle.push(...pagina.taken);
    vanaf = pagina.volgende;
  } while (vanaf !== null);
  return alle;
}

/**
 * "Mijn taken" (the page and `GET /api/taken`): one page of the signed-in person's tasks, searched,
 * filtered and ordered by the GET parameters `zoek`, `fase`, `soort`, `volgorde` and `vanaf`.
 * Reading them is logged like a list of cases, with the filters but never the search term (it may
 * name a child). Bad parameters are ONGELDIGE_INVOER: a 400, logged as such, nothing read.
 */
export async function mijnTaken(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: Readonly<Record<string, string | undefined>> = {},
): Promise<TakenPagina & { readonly vraag: TakenVraag }> {
  const gelukt = (r: TakenPagina & { vraag: TakenVraag }) => ({ details: logDetails(r.vraag, r.taken.length) });
  return metAlgemeneLeestoegang(
    ctx,
    wie,
    { actie: "dossiers_lijst", logActie: "dossiers_lijst", details: "taken", gelukt },
    async ({ db, nu }) => {
      const vraag = leesTakenVraag(invoer);
      const pagina = await takenPagina(
        db,
        persoonVan(wie),
        nu,
        vraag.vanaf ? maakCursor(vraag.vanaf) : null,
        TAKEN_PAGINA,
        vraag,
      );
      return { ...pagina, vraag };
    },
  );
}

/** What the log records of a page of Mijn taken: the count and the filters, never the search term. */
function logDetails(vraag: TakenVraag, aantal: number): string {
  const delen = [`taken: ${aantal}`];
  if (vraag.zoek) delen.push("gezocht (zoekterm niet vastgelegd)");
  if (vraag.fase) delen.push(`fase ${vraag.fase}`);
  if (vraag.soort) delen.push(`soort ${vraag.soort}`);
  if (vraag.volgorde && vraag.volgorde !== "urgentie") delen.push(`volgorde ${vraag.volgorde}`);
  if (vraag.vanaf) delen.push("vervolgpagina");
  return delen.join("; ");
}

/**
 * The position as it travels in a link: a cursor (`maakCursor`) of the direction (`na`: the tasks after
 * it; `voor`: those before it), the order, and rank, day or "-", dossier id.
 */
function schrijfPositie(p: TaakPositie, volgorde: TaakVolgorde, richting: "na" | "voor"): string {
  return maakCursor({ richting, volgorde, sleutel: [String(p.rang), p.sinds ?? "-", p.dossierId] });
}

/**
 * Reads a position: a cursor of `volgorde` as `schrijfPositie` makes it (in either direction); null for
 * anything else, a cursor of another order included.
 */
export function leesPositie(tekst: string, volgorde: TaakVolgorde = "urgentie"): TaakPositie | null {
  const cursor = leesCursor(tekst);
  const sleutel = cursor !== null && cursor.volgorde === volgorde ? cursor.sleutel.join(".") : "";
  const m = /^(\d{1,2})\.(\d{4}-\d{2}-\d{2}|-)\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/u.exec(
    sleutel,
  );
  if (!m || Number(m[1]) >= TAAK_SOORTEN.length) return null;
  return { rang: Number(m[1]), sinds: m[2] === "-" ? null : m[2]!, dossierId: m[3]! };
}
