import type { Verbinding } from "../../adapters/db/database.ts";
import { taakKandidaten, type TaakPositie } from "../../adapters/db/projectie.repository.ts";
import { krijgtBesluitTaken } from "../../domain/dossier/besluit.ts";
import { TAAK_SOORTEN, type TaakSoort } from "../../domain/dossier/vervolg.ts";
import { veldFout } from "../../domain/fouten.ts";
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
}

/** Tasks per page of "Mijn taken". */
export const TAKEN_PAGINA = 50;

/**
 * The tasks of a person, one page at a time, from the task facts stored with each case (decision
 * 0032) instead of replaying every case. For the cases they are responsible for (opened or
 * assigned): what is due after the weighing and the report. For the deciders and the
 * aandachtsfunctionaris, on every case they may see: a decision asked, or a proposal waiting. Cases
 * they can only see give no other tasks, so a task always has an owner and nobody gets a hundred.
 * Each kind of task on a case comes once. Most urgent kind first, then oldest first. The query only
 * narrows: the policy (`grondslagVoor`, the judge behind `kan`) decides every row.
 */
export async function takenPagina(
  db: Verbinding,
  persoon: Persoon,
  nu: Date,
  vanaf: string | null,
  aantal = TAKEN_PAGINA,
): Promise<TakenPagina> {
  const besluitTaken = krijgtBesluitTaken(persoon.rollen);
  const bereik = besluitTaken ? lijstBereik(persoon) : { alleDossiers: false, besluitGevraagde: false };
  const vandaag = vandaagInNederland(nu);
  const moment = nu.toISOString();
  const taken: (DossierTaak & { positie: TaakPositie })[] = [];
  let na = vanaf === null ? null : leesPositie(vanaf);
  // Rows the policy turns down leave the page short: read on until it is full or nothing is left.
  for (;;) {
    const kandidaten = await taakKandidaten(
      db,
      { id: persoon.id, organisatieId: persoon.organisatieId, besluitTaken, ...bereik },
      vandaag,
      nu,
      na,
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
  const pagina = taken.slice(0, aantal);
  const grens = pagina.at(-1)?.positie;
  return {
    taken: pagina.map(({ positie: _positie, ...taak }) => taak),
    volgende: taken.length > aantal && grens ? schrijfPositie(grens) : null,
  };
}

/** Every task of a person (the daily digest and tests): the pages of `takenPagina` one after another. */
export async function takenVoorPersoon(db: Verbinding, persoon: Persoon, nu: Date): Promise<DossierTaak[]> {
  const alle: DossierTaak[] = [];
  let vanaf: string | null = null;
  do {
    const pagina: TakenPagina = await takenPagina(db, persoon, nu, vanaf, 500);
    alle.push(...pagina.taken);
    vanaf = pagina.volgende;
  } while (vanaf !== null);
  return alle;
}

/** "Mijn taken": one page of the signed-in person's tasks; reading them is logged like a list of cases. */
export async function mijnTaken(ctx: AppContext, wie: Ingelogd, vanaf: string | null = null): Promise<TakenPagina> {
  const gelukt = (pagina: TakenPagina) => ({
    details: `taken: ${pagina.taken.length}${vanaf ? " (vervolgpagina)" : ""}`,
  });
  return metAlgemeneLeestoegang(
    ctx,
    wie,
    { actie: "dossiers_lijst", logActie: "dossiers_lijst", details: "taken", gelukt },
    async ({ db, nu }) => {
      if (vanaf !== null && leesPositie(vanaf) === null) throw veldFout("vanaf", "fout.pagina_onbekend");
      return takenPagina(db, persoonVan(wie), nu, vanaf);
    },
  );
}

/** The position as it travels in a link: rank, day or "-", dossier id. */
function schrijfPositie(p: TaakPositie): string {
  return `${p.rang}.${p.sinds ?? "-"}.${p.dossierId}`;
}

/** Reads a position from a link; anything that is not one is null. */
export function leesPositie(tekst: string): TaakPositie | null {
  const m = /^(\d{1,2})\.(\d{4}-\d{2}-\d{2}|-)\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/u.exec(
    tekst,
  );
  if (!m || Number(m[1]) >= TAAK_SOORTEN.length) return null;
  return { rang: Number(m[1]), sinds: m[2] === "-" ? null : m[2]!, dossierId: m[3]! };
}
