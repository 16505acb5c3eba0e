/** What the tests of `beoordeelGebeurtenis` share: a context, a replay, and events to build cases with. */
import { bouwToestand } from "./toestand.ts";
import { beoordeelGebeurtenis, type BeoordeeldeGebeurtenis, type ToevoegContext } from "./toevoegen.ts";
import { alsOpgeslagen } from "../../../tests/helpers/gebeurtenissen.ts";

export const context: ToevoegContext = {
  vandaag: "2026-11-22",
  rollen: ["eindverantwoordelijke"],
  beslissers: ["eindverantwoordelijke"],
  bewaarjaren: 5,
};

/** Appends each input in turn, as the use-case would; returns the state after the last one. */
export function speel(...invoer: { type: string; gegevens: unknown }[]) {
  const beoordeeld: BeoordeeldeGebeurtenis[] = [];
  for (const i of invoer) beoordeeld.push(beoordeelGebeurtenis(bouwToestand(alsOpgeslagen(beoordeeld)), i, context));
  return bouwToestand(alsOpgeslagen(beoordeeld));
}

export const ACUUT = (extra: object = {}) => ({
  type: "acuut_contact",
  gegevens: {
    met: "alarmnummer_112",
    datum: "2026-11-22",
    tijd: "14:30",
    situatie: "Vader dreigt L. mee te nemen; L. is in paniek.",
    afspraken: "Politie kwam binnen tien minuten.",
    ...extra,
  },
});
export const ANTWOORD = (vraag: number, antwoord: string) => ({
  type: "afweging_beantwoord",
  gegevens: { vraag, antwoord, toelichting: "Onderbouwing." },
});
export const GESLOTEN = { type: "dossier_afgesloten", gegevens: { reden: "Zorg weggenomen." } };
export const HEROPEND = { type: "dossier_heropend", gegevens: { reden: "Nieuwe zorg." } };
export const BESLUIT = (besluit: string, extra: object = {}) => ({
  type: "besluit_genomen",
  gegevens: { besluit, toelichting: "Besproken met directie.", ...extra },
});

export const VOORBEREIDING = (extra: object = {}) => ({
  type: "gesprek_voorbereid",
  gegevens: {
    met: "ouders",
    opening: "We willen allebei dat K. zich veilig voelt op school.",
    feiten: "Op 10 november zonder jas bij vorst.",
    veilig: "ja",
    aanwezigen: "Moeder, leerkracht, intern begeleider",
    gespreksleider: "Intern begeleider",
    ...extra,
  },
});
export const NIET_VEILIG = {
  veilig: "nee",
  waaromNietVeilig: "Vader dreigde na het vorige gesprek.",
  inPlaatsDaarvan: "Eerst advies bij Veilig Thuis; moeder apart spreken.",
};

/**
 * Each accepted sequence is checked by what it leaves in the dossier's state: the events it stored,
 * with the stap they fall under, and the part of the state the sequence is about.
 */
