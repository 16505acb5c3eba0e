import type { Database } from "../../adapters/db/database.ts";
import {
  leesKeten,
  leesKoppen,
  oudsteOnverzegeld,
  regelOnderDeEerste,
} from "../../adapters/db/toegangslog.repository.ts";
import {
  handtekeningKlopt,
  Verwachtingen,
  type ControlepuntBreuk,
  type GelezenControlepunt,
} from "../../domain/toegang/controlepunt.ts";
import { beginVan, BEGIN_HASH, controleerKeten, OUDE_KETEN, type KetenBreuk } from "../../domain/toegang/logketen.ts";

export interface KetenRapport {
  /** Entries checked, over all chains, before the first break. */
  readonly gecontroleerd: number;
  /** Chains walked to their end. */
  readonly ketens: number;
  /** Checkpoints whose signature was checked and whose heads were compared. */
  readonly controlepunten: number;
  readonly eersteBreuk: KetenBreuk | ControlepuntBreuk | null;
}

export interface ControleOpties {
  readonly paginagrootte?: number;
  /** The checkpoints kept outside the database and the key they were signed with. */
  readonly controlepunten?: { readonly punten: readonly GelezenControlepunt[]; readonly sleutel: Uint8Array };
  /** An unsealed entry accepted longer ago than this is a problem: no sealer runs (decision 0057). Default five minutes. */
  readonly onverzegeldGrensMs?: number;
  /** The moment the limit counts back from; default now. */
  readonly nu?: Date;
}

/** The default limit for an unsealed entry: the sealer runs every few hundred milliseconds. */
export const ONVERZEGELD_GRENS_MS = 5 * 60 * 1000;

/**
 * Checks the whole access log and names the first problem: first the checkpoints' signatures, then
 * every chain (the closed chain `installatie` first, because every newer chain begins at its last
 * hash), entry by entry in pages, against its own links and against what the checkpoints recorded,
 * then the entries numbered 0 or lower, which no ordered walk reaches, and last an entry accepted
 * longer ago than the limit and still unsealed (decision 0057). Only sealed entries are in a chain;
 * their `id` (the order of acceptance) is not checked against their number: the order is the
 * sealer's. Seal first (`verzegelToegangslog`) to check everything accepted until now.
 */
export async function controleerToegangslog(db: Database, opties: ControleOpties = {}): Promise<KetenRapport> {
  const paginagrootte = opties.paginagrootte ?? 2000;
  const verwachtingen = new Verwachtingen();
  const punten = opties.controlepunten?.punten ?? [];
  let gecontroleerd = 0;
  let ketens = 0;
  const rapport = (eersteBreuk: KetenBreuk | ControlepuntBreuk | null): KetenRapport => ({
    gecontroleerd,
    ketens,
    controlepunten: punten.length,
    eersteBreuk,
  });

  for (const { naam, punt } of punten) {
    if (!punt || !opties.controlepunten || !handtekeningKlopt(opties.controlepunten.sleutel, punt))
      return rapport({ soort: "handtekening", controlepunt: naam });
    verwachtingen.voegToe(naam, punt);
  }

  const inDatabase = (await leesKoppen(db)).map((k) => k.keten);
  const alle = [...new Set([...inDatabase, ...verwachtingen.ketens()])].filter((k) => k !== OUDE_KETEN).sort();
  let oudeKop = BEGIN_HASH;
  for (const keten of [OUDE_KETEN, ...alle]) {
    let vanaf = { volgnummer: 0, hash: keten === OUDE_KETEN ? BEGIN_HASH : beginVan(keten, oudeKop) };
    for (;;) {
      const pagina = await leesKeten(db, keten, vanaf.volgnummer, paginagrootte);
      const uitkomst = controleerKeten(pagina, vanaf);
      for (const regel of pagina.slice(0, uitkomst.gecontroleerd)) {
        const afwijking = verwachtingen.toets(keten, regel.volgnummer, regel.hash);
        if (afwijking) return rapport(afwijking);
        gecontroleerd += 1;
      }
      if (uitkomst.eersteBreuk) return rapport(uitkomst.eersteBreuk);
      const laatste = pagina.at(-1);
      if (!laatste) break;
      vanaf = { volgnummer: laatste.volgnummer, hash: laatste.hash };
    }
    const ingekort = verwachtingen.toetsEinde(keten, vanaf.volgnummer);
    if (ingekort) return rapport(ingekort);
    if (keten === OUDE_KETEN) oudeKop = vanaf.hash;
    if (vanaf.volgnummer > 0) ketens += 1;
  }

  const onder = await regelOnderDeEerste(db);
  if (onder) return rapport({ soort: "volgnummer", keten: onder.keten, volgnummer: onder.volgnummer, verwacht: 1 });
  const grens = new Date((opties.nu ?? new Date()).getTime() - (opties.onverzegeldGrensMs ?? ONVERZEGELD_GRENS_MS));
  const oud = await oudsteOnverzegeld(db, grens);
  if (oud) return rapport({ soort: "onverzegeld", ...oud });
  return rapport(null);
}
