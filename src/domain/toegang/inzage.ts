import { datumInNederland } from "../tijd/nederlandse-tijd.ts";

/**
 * The inzage overview: who looked at or changed a dossier, for a parent or child who asks (AVG right
 * of access). Every page of a dossier is a logged view, so the raw log repeats "Dossier bekeken" dozens
 * of times a day. Here it is grouped per Dutch calendar day and per person, with each distinct action
 * (and the basis it was done on) once, with how often and between which times. Nothing is dropped:
 * the counts add up to the entries given.
 */

/**
 * At most this many log entries are counted, the newest; a page that stops here says so. It lives here, not
 * in the use-case, because the page shows it: a page module that imports a use-case brings the database
 * layer into the browser's bundle.
 */
export const INZAGE_MAXIMUM = 10_000;

export interface InzageLogregel {
  /** UTC ISO instant. */
  readonly tijdstip: string;
  readonly gebruikerId: string | null;
  readonly naam: string | null;
  /** The role (or roles, comma-separated) the person acted in. */
  readonly rol: string | null;
  readonly actie: string;
  readonly grondslag: string | null;
}

export interface InzageActie {
  readonly actie: string;
  readonly grondslag: string | null;
  readonly aantal: number;
  /** UTC ISO instants of the first and the last time that day. */
  readonly eerste: string;
  readonly laatste: string;
}

export interface InzagePersoon {
  readonly gebruikerId: string | null;
  readonly naam: string | null;
  readonly rol: string | null;
  /** The most recent action first. */
  readonly acties: readonly InzageActie[];
}

export interface InzageDag {
  /** ISO date in the Netherlands. */
  readonly datum: string;
  /** The person active most recently that day first. */
  readonly personen: readonly InzagePersoon[];
}

type TellendeActie = { -readonly [K in keyof InzageActie]: InzageActie[K] };
interface Groep {
  readonly persoon: Omit<InzagePersoon, "acties">;
  readonly acties: Map<string, TellendeActie>;
}

/** Groups log entries per day, person (and the role they acted in) and action; the newest day first, whatever the input order. */
export function groepeerInzage(regels: readonly InzageLogregel[]): InzageDag[] {
  const nieuwsteEerst = [...regels].sort((a, b) => (a.tijdstip < b.tijdstip ? 1 : a.tijdstip > b.tijdstip ? -1 : 0));
  const dagen = new Map<string, Map<string, Groep>>();
  for (const r of nieuwsteEerst) {
    const datum = datumInNederland(r.tijdstip);
    const personen = dagen.get(datum) ?? new Map<string, Groep>();
    dagen.set(datum, personen);
    const wie = JSON.stringify([r.gebruikerId ?? r.naam, r.rol]);
    const persoon: Groep = personen.get(wie) ?? {
      persoon: { gebruikerId: r.gebruikerId, naam: r.naam, rol: r.rol },
      acties: new Map(),
    };
    personen.set(wie, persoon);
    const wat = JSON.stringify([r.actie, r.grondslag]);
    const actie = persoon.acties.get(wat);
    if (actie) {
      actie.aantal += 1;
      actie.eerste = r.tijdstip;
    } else {
      persoon.acties.set(wat, {
        actie: r.actie,
        grondslag: r.grondslag,
        aantal: 1,
        eerste: r.tijdstip,
        laatste: r.tijdstip,
      });
    }
  }
  return [...dagen].map(([datum, personen]) => ({
    datum,
    personen: [...personen.values()].map(({ persoon, acties }) => ({ ...persoon, acties: [...acties.values()] })),
  }));
}
