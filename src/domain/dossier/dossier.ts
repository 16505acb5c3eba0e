import type { DossierSoort } from "./keuzes.ts";

/**
 * A dossier as the use-cases and pages know it without its events: who it belongs to, its version and
 * the list columns (werknaam, fase and the werkvoorraad's columns) that the append writes from the
 * state (decisions 0032, 0045; `lijstKolommen`). The events are the truth; these fields are read so a
 * list or a gate need not replay them.
 *
 * Instants are `Date`s as the database driver gives them; the domain's pure rules take ISO text
 * (src/domain/tijd/tijdstip.ts), so a use-case converts where it calls one.
 */
export interface Dossier {
  readonly id: string;
  readonly organisatieId: string;
  /** Whoever opened the case. */
  readonly aangemaaktDoor: string;
  /** The number of events; a writer's expected version is compared with it under the row lock. */
  readonly versie: number;
  readonly werknaam: string;
  readonly fase: string;
  /** The weighing has an outcome or a decision exists: the deciders are asked. */
  readonly besluitGevraagd: boolean;
  readonly aangemaaktOp: Date;
  /** The last append: the list's activity order. */
  readonly bijgewerktOp: Date;
  /** The Dutch date of the report Veilig Thuis has not answered yet. */
  readonly wachtOpVtSinds: string | null;
  /** The accelerated route: when it began, and its hour clock (start, first action after it). */
  readonly versneldSinds: Date | null;
  readonly versneldKlokStart: Date | null;
  readonly versneldKlokActieOp: Date | null;
  /** The route (decisions 0053, 0054), fixed at opening. */
  readonly soort: DossierSoort;
  /** In a suspicion against a colleague: the colleague concerned, who can never see the case. */
  readonly betrokkenMedewerkerId: string | null;
}
