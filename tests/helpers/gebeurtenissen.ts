import type { Actor, Gebeurtenis } from "../../src/domain/dossier/gebeurtenis.ts";
import type { BeoordeeldeGebeurtenis } from "../../src/domain/dossier/toevoegen.ts";

export const MEDEWERKER: Actor = { id: "00000000-0000-4000-8000-000000000001", naam: "Test Medewerker", rol: "medewerker" };
export const EINDVERANTWOORDELIJKE_ID = "00000000-0000-4000-8000-000000000009";

/** Turns judged events into stored ones with ids, numbers and times, as the repository would. */
export function alsOpgeslagen(beoordeeld: readonly BeoordeeldeGebeurtenis[]): Gebeurtenis[] {
  return beoordeeld.map((g, i) => ({
    ...g,
    id: `00000000-0000-4000-9000-${String(i + 1).padStart(12, "0")}`,
    volgnummer: i + 1,
    actor: MEDEWERKER,
    opgetredenOp: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
  }));
}

export const OPENING = {
  type: "dossier_geopend",
  gegevens: { werknaam: "K. (groep 4)", aanleiding: "zorg_om_kind", omschrijving: "Zorgen over verzorging." },
} as const;

export const SIGNAAL = {
  type: "signaal_vastgelegd",
  gegevens: {
    soort: "signaal",
    waarneming: "Komt zonder jas bij vorst.",
    datumWaarneming: "2026-11-10",
    waargenomenDoor: "Leerkracht",
    bron: "eigen_waarneming",
  },
} as const;
