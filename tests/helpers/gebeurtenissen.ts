import type { Actor, Gebeurtenis } from "../../src/domain/dossier/gebeurtenis.ts";
import {
  beoordeelGebeurtenis,
  type BeoordeeldeGebeurtenis,
  type ToevoegContext,
} from "../../src/domain/dossier/toevoegen.ts";
import { bouwToestand, type DossierToestand } from "../../src/domain/dossier/toestand.ts";
import type { MeldingInhoud } from "../../src/domain/melding/melding.ts";

export const MEDEWERKER: Actor = {
  id: "00000000-0000-4000-8000-000000000001",
  naam: "Test Medewerker",
  rol: "medewerker",
};
export const EINDVERANTWOORDELIJKE_ID = "00000000-0000-4000-8000-000000000009";
export const EINDVERANTWOORDELIJKE: Actor = {
  id: EINDVERANTWOORDELIJKE_ID,
  naam: "Peter Visser",
  rol: "eindverantwoordelijke",
};

/**
 * Turns judged events into stored ones with ids, numbers and times, as the repository would. A
 * decision is the eindverantwoordelijke's (only a decider records one); everything else the medewerker's.
 */
export function alsOpgeslagen(beoordeeld: readonly BeoordeeldeGebeurtenis[]): Gebeurtenis[] {
  return beoordeeld.map((g, i) => ({
    ...g,
    id: `00000000-0000-4000-9000-${String(i + 1).padStart(12, "0")}`,
    volgnummer: i + 1,
    actor: g.type === "besluit_genomen" ? EINDVERANTWOORDELIJKE : MEDEWERKER,
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

export type Invoer = { readonly type: string; readonly gegevens: unknown };

/**
 * A function that judges events one by one as appending would, "stores" them, and returns the
 * dossier's state: for domain tests that build a dossier from inputs. Unset context takes defaults.
 */
export function toestandBouwer(
  context: Partial<ToevoegContext> & { readonly vandaag: string },
): (...invoer: Invoer[]) => DossierToestand {
  const bouw = gebeurtenissenBouwer(context);
  return (...invoer) => bouwToestand(bouw(...invoer));
}

/** As `toestandBouwer`, but returns the stored events themselves (for tests that change or page them). */
export function gebeurtenissenBouwer(
  context: Partial<ToevoegContext> & { readonly vandaag: string },
): (...invoer: Invoer[]) => Gebeurtenis[] {
  // By default the events are recorded by someone who may decide, so a decision in the input is one.
  const volledig: ToevoegContext = {
    rollen: ["eindverantwoordelijke"],
    beslissers: ["eindverantwoordelijke"],
    bewaarjaren: 5,
    ...context,
  };
  return (...invoer) => {
    const beoordeeld: BeoordeeldeGebeurtenis[] = [];
    for (const i of invoer) {
      const opgeslagen = alsOpgeslagen(beoordeeld);
      beoordeeld.push(beoordeelGebeurtenis(bouwToestand(opgeslagen), i, { ...volledig, gebeurtenissen: opgeslagen }));
    }
    return alsOpgeslagen(beoordeeld);
  };
}

/** A complete report to Veilig Thuis (every required field), for tests that save a draft and send it. */
export const MELDING_INHOUD: MeldingInhoud = {
  melder: "Sanne de Wit, De Regenboog, 010-1234567",
  betrokkenen: "Kind: L. (8)",
  onveiligNu: "L. had op 12-11 een blauwe plek van 4 cm en zei: 'papa sloeg'.",
  feiten: "12-11-2026 (eigen waarneming): blauwe plek op de bovenarm.",
  stappen: "Consultatie 13-11, gesprek 16-11.",
  gezinGeinformeerd: "ja",
  geraadpleegd: "Aandachtsfunctionaris op 13-11.",
  urgentie: "regulier",
  verwachtingen: "Onderzoek door Veilig Thuis.",
};
