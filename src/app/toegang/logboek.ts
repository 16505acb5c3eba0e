import type { Verbinding } from "../../adapters/db/database.ts";
import { schrijfLogregel, type NieuweLogregel } from "../../adapters/db/toegangslog.repository.ts";
import { DomeinFout, type DomeinFoutCode } from "../../domain/fouten.ts";
import type { Grondslag, Persoon } from "../../domain/toegang/beleid.ts";
import type { LogActie, LogUitkomst } from "../../domain/toegang/logacties.ts";
import type { AppContext, Ingelogd } from "../context.ts";

// The log's vocabulary lives in the domain, so a page can offer it as filter choices without importing
// this module (which writes the log, and so brings the database driver into the browser's bundle).
export { LOG_ACTIES, LOG_UITKOMSTEN, type LogActie, type LogUitkomst } from "../../domain/toegang/logacties.ts";

/** Raised when the access log cannot be written: the action is refused as a whole (HTTP 503). */
export class LogNietBeschikbaarFout extends Error {
  constructor(oorzaak: unknown) {
    super("Het toegangslog kan niet worden geschreven", { cause: oorzaak });
    this.name = "LogNietBeschikbaarFout";
  }
}

export function persoonVan(wie: Ingelogd): Persoon {
  return {
    id: wie.gebruiker.id,
    organisatieId: wie.gebruiker.organisatieId,
    rollen: wie.gebruiker.rollen,
    actief: wie.gebruiker.actief,
  };
}

export interface LogVermelding {
  readonly actie: LogActie;
  readonly uitkomst: LogUitkomst;
  readonly dossierId?: string | null;
  readonly grondslag?: Grondslag | null;
  readonly details?: string | null;
  readonly namens?: string | null;
}

/** The content of a person's entry, as `log` writes it (and as an append writes it in its own statement, decision 0067). */
export function logInhoud(wie: Ingelogd, vermelding: LogVermelding, nu: Date): NieuweLogregel {
  return {
    tijdstip: nu.toISOString(),
    organisatieId: wie.gebruiker.organisatieId,
    gebruikerId: wie.gebruiker.id,
    rol: wie.gebruiker.rollen.join(","),
    namens: vermelding.namens ?? null,
    actie: vermelding.actie,
    dossierId: vermelding.dossierId ?? null,
    uitkomst: vermelding.uitkomst,
    grondslag: vermelding.grondslag ?? null,
    adres: wie.adres,
    details: vermelding.details ?? null,
  };
}

/** Writes one access-log entry inside the caller's transaction. A failure aborts the action. */
export async function log(db: Verbinding, wie: Ingelogd, vermelding: LogVermelding, nu: Date): Promise<void> {
  try {
    await schrijfLogregel(db, logInhoud(wie, vermelding, nu));
  } catch (fout) {
    throw new LogNietBeschikbaarFout(fout);
  }
}

/** The tables an append writes besides the log: an error PostgreSQL names one of them for is the append's own. */
const TABELLEN_VAN_DE_ACTIE = new Set(["gebeurtenissen", "dossiers", "dossier_taken", "dossier_toestanden"]);

/**
 * The error of a statement that wrote an action together with its entry (decision 0067), as a refusal of
 * the log (LogNietBeschikbaarFout, 503) unless the database names one of the action's own tables for it
 * (the unique event number of a version race, for instance), which passes unchanged. One statement cannot
 * say which of its parts failed otherwise; either way nothing of it is stored.
 */
export function alsLogFout(fout: unknown): unknown {
  for (let f: unknown = fout; typeof f === "object" && f !== null; f = (f as { cause?: unknown }).cause) {
    const tabel = (f as { table?: unknown }).table;
    if (typeof tabel === "string" && TABELLEN_VAN_DE_ACTIE.has(tabel)) return fout;
  }
  return new LogNietBeschikbaarFout(fout);
}

/** An entry without a known person (a sign-in with an unknown address): address and outcome only. */
export async function logAnoniem(
  db: Verbinding,
  adres: string | null,
  vermelding: LogVermelding,
  nu: Date,
): Promise<void> {
  try {
    await schrijfLogregel(db, {
      tijdstip: nu.toISOString(),
      organisatieId: null,
      gebruikerId: null,
      rol: null,
      namens: null,
      actie: vermelding.actie,
      dossierId: null,
      uitkomst: vermelding.uitkomst,
      grondslag: null,
      adres,
      details: vermelding.details ?? null,
    });
  } catch (fout) {
    throw new LogNietBeschikbaarFout(fout);
  }
}

/**
 * An entry by the installation itself, not by a person of the organisation: the operator's command
 * that created it (decision 0036). It goes into the organisation's own chain, without a user, with
 * `rol` "installatie" and the operator's account in the details.
 */
export async function logInstallatie(
  db: Verbinding,
  organisatieId: string,
  vermelding: LogVermelding,
  nu: Date,
): Promise<void> {
  try {
    await schrijfLogregel(db, {
      tijdstip: nu.toISOString(),
      organisatieId,
      gebruikerId: null,
      rol: "installatie",
      namens: null,
      actie: vermelding.actie,
      dossierId: null,
      uitkomst: vermelding.uitkomst,
      grondslag: null,
      adres: null,
      details: vermelding.details ?? null,
    });
  } catch (fout) {
    throw new LogNietBeschikbaarFout(fout);
  }
}

/** An entry for an organisation without a known person (a refused single sign-on): in the organisation's chain. */
export async function logVoorOrganisatie(
  db: Verbinding,
  organisatieId: string,
  adres: string | null,
  vermelding: LogVermelding,
  nu: Date,
): Promise<void> {
  try {
    await schrijfLogregel(db, {
      tijdstip: nu.toISOString(),
      organisatieId,
      gebruikerId: null,
      rol: null,
      namens: null,
      actie: vermelding.actie,
      dossierId: null,
      uitkomst: vermelding.uitkomst,
      grondslag: null,
      adres,
      details: vermelding.details ?? null,
    });
  } catch (fout) {
    throw new LogNietBeschikbaarFout(fout);
  }
}

/**
 * The outcome a refused attempt is logged with, for every code of the domain: a new code does not
 * type-check until it is placed here.
 */
const UITKOMST_VAN_FOUT: Readonly<Record<DomeinFoutCode, Exclude<LogUitkomst, "gelukt">>> = {
  NIET_GEVONDEN: "niet_gevonden",
  GEEN_TOEGANG: "geweigerd",
  VERNIETIGING_GEWEIGERD: "geweigerd",
  VERSIE_CONFLICT: "conflict",
  ONGELDIGE_INVOER: "ongeldig",
  DOSSIER_GESLOTEN: "ongeldig",
  DOSSIER_NIET_GESLOTEN: "ongeldig",
  EERSTE_GEBEURTENIS_MOET_OPENING_ZIJN: "ongeldig",
  DOSSIER_AL_GEOPEND: "ongeldig",
  VRAAG_NIET_AAN_DE_BEURT: "ongeldig",
  CORRECTIE_NIET_TOEGESTAAN: "ongeldig",
  NIET_INGELOGD: "ongeldig",
  TE_VEEL_POGINGEN: "ongeldig",
};

/** The outcome a refused attempt is logged with; null for an error that is not a refusal of the domain. */
export function uitkomstVan(fout: unknown): LogUitkomst | null {
  return fout instanceof DomeinFout ? UITKOMST_VAN_FOUT[fout.code] : null;
}

/**
 * Logs a refused attempt in a transaction of its own (the attempt's own was rolled back). If even
 * this entry cannot be written, the caller gets LogNietBeschikbaarFout instead of the refusal.
 */
export async function logWeigering(
  ctx: AppContext,
  wie: Ingelogd,
  vermelding: Omit<LogVermelding, "uitkomst">,
  fout: unknown,
): Promise<void> {
  const uitkomst = uitkomstVan(fout);
  if (uitkomst === null) return;
  await ctx.db.transaction(async (tx) => log(tx, wie, { ...vermelding, uitkomst }, ctx.klok()));
}
