import type { Transactie } from "../../adapters/db/database.ts";
import {
  vergrendelDossierMetFeiten,
  vindDossierMetFeiten,
  type KopEnStaart,
} from "../../adapters/db/toegang.repository.ts";
import type { Dossier } from "../../domain/dossier/dossier.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { kan, type DossierActie, type DossierFeiten, type Grondslag } from "../../domain/toegang/beleid.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import type { NieuweLogregel } from "../../adapters/db/toegangslog.repository.ts";
import { log, logInhoud, logWeigering, persoonVan, type LogActie } from "./logboek.ts";

export interface MetToegang {
  readonly tx: Transactie;
  readonly dossier: Dossier;
  readonly feiten: DossierFeiten;
  readonly grondslag: Grondslag;
  readonly nu: Date;
  /**
   * Writing with `staartVanaf`: the stored snapshot's head and the events from that version on, read in the
   * lock's statement (decision 0071); null when they were not read or might be older than the lock.
   */
  readonly vooraf: KopEnStaart | null;
  /**
   * For work that writes its rows in one statement and its success entry in that same statement (an
   * append, decision 0067): the entry's content, with these details. Whoever takes it must write it and
   * then call `logGeschreven`; the gate then writes none of its own. Work that never takes it is logged by
   * the gate, as always; work that takes it and returns without confirming fails, so nothing is stored
   * without its entry.
   */
  readonly logregel: (details: string | null) => NieuweLogregel;
  readonly logGeschreven: () => void;
}

/**
 * The one gate to a dossier. In one transaction: load the dossier of the person's organisation
 * (locked when writing), decide with the policy, run the work and write the access-log entry with
 * the basis. A dossier the person may not see is NIET_GEVONDEN, exactly as one that does not
 * exist; the log tells the two apart, the answer does not. Every refusal is logged once.
 */
export async function metDossierToegang<T>(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  opties: {
    actie: DossierActie;
    logActie: LogActie;
    schrijven?: boolean;
    details?: (resultaat: T) => string | null;
    /** Writing: also read the events from this version on in the lock's statement (`vooraf`). */
    staartVanaf?: number | undefined;
  },
  werk: (m: MetToegang) => Promise<T>,
): Promise<T> {
  const organisatieId = wie.gebruiker.organisatieId;
  let grondslag: Grondslag | null = null;
  try {
    return await ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      // Writing locks the row and reads the facts as they stand once the lock is held (decision 0071: in
      // the lock's statement, or after it when a holder changed the row while it waited); reading takes
      // the dossier and its facts in one statement.
      const gevonden: { dossier: Dossier; feiten: DossierFeiten; vooraf?: KopEnStaart | null } | null = opties.schrijven
        ? await vergrendelDossierMetFeiten(tx, organisatieId, dossierId, nu, opties.staartVanaf)
        : await vindDossierMetFeiten(tx, organisatieId, dossierId, nu);
      if (!gevonden) throw new DomeinFout("NIET_GEVONDEN");
      const { dossier, feiten } = gevonden;
      const vooraf = gevonden.vooraf ?? null;
      const toegestaan = beslis(wie, opties.actie, feiten, nu, (g) => (grondslag = g));
      grondslag = toegestaan;
      const gelukt = (details: string | null) =>
        ({ actie: opties.logActie, uitkomst: "gelukt", dossierId, grondslag: toegestaan, details }) as const;
      const meegeschreven: { stand: "nee" | "genomen" | "geschreven" } = { stand: "nee" };
      const resultaat = await werk({
        tx,
        dossier,
        feiten,
        grondslag: toegestaan,
        nu,
        vooraf,
        logregel: (details) => {
          meegeschreven.stand = "genomen";
          return logInhoud(wie, gelukt(details), nu);
        },
        logGeschreven: () => {
          meegeschreven.stand = "geschreven";
        },
      });
      if (meegeschreven.stand === "genomen") throw new Error("logregel genomen maar niet geschreven");
      if (meegeschreven.stand === "nee") await log(tx, wie, gelukt(opties.details?.(resultaat) ?? null), nu);
      return resultaat;
    });
  } catch (fout) {
    return weiger(ctx, wie, opties.logActie, dossierId, grondslag, fout);
  }
}

/**
 * The gate's form for a read that one statement answers (decisions 0064, 0074), used by the API's read of
 * a dossier: `gelezen` is what that statement read at `nu` outside a transaction (the dossier, its access
 * facts and whatever the answer needs; null when the organisation has no such dossier); the policy decides
 * exactly as in `metDossierToegang`; `werk` makes the answer from what was read; then the log entry is
 * written, on its own, and only once it is stored is the answer returned (fail closed: no entry, no
 * answer). A read writes nothing else, so a transaction around the two statements would add BEGIN and
 * COMMIT and change nothing: the statement sees one snapshot, and the entry commits or fails on its own.
 * When `werk` returns null (it cannot answer from what was read, e.g. a state that must be rebuilt),
 * nothing is logged and `anders` runs: the usual gate in a transaction, which decides and logs itself.
 * Refusals are logged as in `metDossierToegang`.
 */
export async function metDossierLeestoegang<G extends { dossier: Dossier; feiten: DossierFeiten }, T>(
  ctx: AppContext,
  wie: Ingelogd,
  dossierId: string,
  opties: { actie: DossierActie; logActie: LogActie },
  gelezen: { readonly nu: Date; readonly gevonden: G | null },
  werk: (m: G & { grondslag: Grondslag; nu: Date }) => T | null,
  anders: () => Promise<T>,
): Promise<T> {
  let grondslag: Grondslag | null = null;
  let resultaat: T | null;
  try {
    const { nu, gevonden } = gelezen;
    if (!gevonden) throw new DomeinFout("NIET_GEVONDEN");
    grondslag = beslis(wie, opties.actie, gevonden.feiten, nu, (g) => (grondslag = g));
    resultaat = werk({ ...gevonden, grondslag, nu });
    if (resultaat !== null)
      await log(ctx.db, wie, { actie: opties.logActie, uitkomst: "gelukt", dossierId, grondslag }, nu);
  } catch (fout) {
    return weiger(ctx, wie, opties.logActie, dossierId, grondslag, fout);
  }
  return resultaat ?? anders();
}

/**
 * The policy's decision for one action: the basis when allowed. Refused: GEEN_TOEGANG for whoever
 * may see the dossier (they learn nothing new from a 403; `zieGrondslag` is told their basis for the
 * log), for everyone else the marker that becomes the 404 of a dossier that does not exist.
 */
function beslis(
  wie: Ingelogd,
  actie: DossierActie,
  feiten: DossierFeiten,
  nu: Date,
  zieGrondslag: (grondslag: Grondslag) => void,
): Grondslag {
  const oordeel = kan(persoonVan(wie), actie, feiten, nu.toISOString());
  if (oordeel.toegestaan) return oordeel.grondslag;
  const lezen = kan(persoonVan(wie), "bekijken", feiten, nu.toISOString());
  if (lezen.toegestaan) {
    zieGrondslag(lezen.grondslag);
    throw new DomeinFout("GEEN_TOEGANG");
  }
  throw new GeweigerdAlsNietGevonden();
}

/** Every refusal and failure at the gate is logged once, then thrown (a policy refusal as NIET_GEVONDEN). */
async function weiger(
  ctx: AppContext,
  wie: Ingelogd,
  logActie: LogActie,
  dossierId: string,
  grondslag: Grondslag | null,
  fout: unknown,
): Promise<never> {
  if (fout instanceof GeweigerdAlsNietGevonden) {
    await logWeigering(ctx, wie, { actie: logActie, dossierId }, new DomeinFout("GEEN_TOEGANG"));
    throw new DomeinFout("NIET_GEVONDEN");
  }
  await logWeigering(ctx, wie, { actie: logActie, dossierId, grondslag }, fout);
  throw fout;
}

/** Internal marker: refused by policy. Never leaves this module. */
class GeweigerdAlsNietGevonden extends Error {}
