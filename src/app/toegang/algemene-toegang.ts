import type { Transactie, Verbinding } from "../../adapters/db/database.ts";
import { opEenVerbinding } from "../../adapters/db/een-verbinding.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { kanAlgemeen, type AlgemeneActie, type Grondslag } from "../../domain/toegang/beleid.ts";
import type { AppContext, Ingelogd } from "../context.ts";
import { log, logWeigering, persoonVan, type LogActie } from "./logboek.ts";

export interface AlgemeneOpties {
  readonly actie: AlgemeneActie;
  readonly logActie: LogActie;
  /** What a refusal is logged with (the attempted change, never input that may name a child). */
  readonly details?: string | null;
  /** The dossier the action concerns, when it concerns one (a destruction): named in the entry, refused or not. */
  readonly dossierId?: string | null;
}

/**
 * The gate for an action outside a single dossier whose work cannot run in one transaction (a
 * network call first, a read that is not logged): decide with the policy, run the work, and log a
 * refusal (by the policy, or invalid input) once, in a transaction of its own. The work logs its
 * own success. Prefer `metAlgemeneToegang`, which does that too.
 */
export async function alsToegestaan<T>(
  ctx: AppContext,
  wie: Ingelogd,
  opties: AlgemeneOpties,
  werk: () => Promise<T>,
): Promise<T> {
  try {
    if (!kanAlgemeen(persoonVan(wie), opties.actie)) throw new DomeinFout("GEEN_TOEGANG");
    return await werk();
  } catch (fout) {
    await logWeigering(
      ctx,
      wie,
      { actie: opties.logActie, details: opties.details ?? null, dossierId: opties.dossierId ?? null },
      fout,
    );
    throw fout;
  }
}

/** How the success entry is worded from the result (a count, the dossier it concerns). */
type Gelukt<T> = (resultaat: T) => {
  details?: string | null;
  dossierId?: string | null;
  grondslag?: Grondslag | null;
};

/**
 * The gate for an action outside a single dossier, beside `metDossierToegang`: decide with the
 * policy (`kanAlgemeen`), then in one transaction run the work and write the access-log entry of
 * its success; a refusal or invalid input is logged once, in a transaction of its own, and
 * rethrown. `gelukt` words the success entry from the result (a count, the dossier it concerns).
 */
export async function metAlgemeneToegang<T>(
  ctx: AppContext,
  wie: Ingelogd,
  opties: AlgemeneOpties & { readonly gelukt?: Gelukt<T> },
  werk: (m: { readonly tx: Transactie; readonly nu: Date }) => Promise<T>,
): Promise<T> {
  return alsToegestaan(ctx, wie, opties, () =>
    ctx.db.transaction(async (tx) => {
      const nu = ctx.klok();
      const resultaat = await werk({ tx, nu });
      await logGelukt(tx, wie, opties, resultaat, nu);
      return resultaat;
    }),
  );
}

/**
 * The gate for a read outside a single dossier that changes nothing (the dossier list, Mijn taken;
 * decision 0081): as `metAlgemeneToegang`, but on one pooled connection without a transaction, as the
 * case's read does (decisions 0074, 0075). The policy decides first; the reads run, then the entry of
 * their success is written, and only then is the result returned: no entry, no answer
 * (`LogNietBeschikbaarFout`). A refusal or invalid input is logged once and rethrown, as there.
 */
export async function metAlgemeneLeestoegang<T>(
  ctx: AppContext,
  wie: Ingelogd,
  opties: AlgemeneOpties & { readonly gelukt?: Gelukt<T> },
  werk: (m: { readonly db: Verbinding; readonly nu: Date }) => Promise<T>,
): Promise<T> {
  return alsToegestaan(ctx, wie, opties, () =>
    opEenVerbinding(ctx.db, async (db) => {
      const nu = ctx.klok();
      const resultaat = await werk({ db, nu });
      await logGelukt(db, wie, opties, resultaat, nu);
      return resultaat;
    }),
  );
}

/** The entry of a success, worded by `gelukt` where the gate was given it. */
function logGelukt<T>(
  db: Verbinding,
  wie: Ingelogd,
  opties: AlgemeneOpties & { readonly gelukt?: Gelukt<T> },
  resultaat: T,
  nu: Date,
): Promise<void> {
  const regel = opties.gelukt?.(resultaat) ?? {};
  return log(
    db,
    wie,
    {
      actie: opties.logActie,
      uitkomst: "gelukt",
      details: regel.details ?? opties.details ?? null,
      dossierId: regel.dossierId ?? opties.dossierId ?? null,
      grondslag: regel.grondslag ?? null,
    },
    nu,
  );
}
