import { adviesVoorBesluit } from "../../src/domain/afweging/afwegingskader.ts";
import { magBesluiten } from "../../src/domain/dossier/besluit.ts";
import type { Gebeurtenis } from "../../src/domain/dossier/gebeurtenis.ts";
import { ANTWOORDEN, BRONNEN, type Rol } from "../../src/domain/dossier/keuzes.ts";
import { rolVoorGebeurtenis } from "../../src/domain/dossier/rol.ts";
import { bouwToestand, type DossierToestand } from "../../src/domain/dossier/toestand.ts";
import { beoordeelGebeurtenis } from "../../src/domain/dossier/toevoegen.ts";
import { PARTICIPATIE_IDS } from "../../src/domain/kennis/keuzes.ts";
import { maakMeldingConcept } from "../../src/domain/melding/concept.ts";
import { datumInNederland } from "../../src/domain/tijd/nederlandse-tijd.ts";
import type { Toeval } from "./toeval.ts";

/**
 * One fictional case, built event by event through the domain: each event is judged by
 * `beoordeelGebeurtenis` on the state `bouwToestand` gives for the events before it, exactly as the
 * append path does, so every generated case is one the app could have recorded. No text here is
 * about a real person.
 */

export interface GeneratorPersoon {
  readonly id: string;
  readonly naam: string;
  readonly rollen: readonly Rol[];
}

export interface CasusOpdracht {
  readonly id: string;
  readonly werknaam: string;
  readonly volwassene: boolean;
  /** Who opens the case and does most of the work: a medewerker or an aandachtsfunctionaris. */
  readonly maker: GeneratorPersoon;
  readonly aandachtsfunctionaris: GeneratorPersoon;
  readonly eindverantwoordelijke: GeneratorPersoon;
  readonly organisatie: {
    readonly naam: string;
    readonly sector: string;
    readonly bewaarjaren: number;
    readonly beslissers: readonly Rol[];
  };
  /** How far the case gets: the number of stages walked (see STADIA); later stages are left out. */
  readonly stadia: number;
  /** Extra signals, participation records and corrections in the signals stage, for long cases. */
  readonly extra: number;
  /** The first event's time; the rest follow, never after `eind`. */
  readonly begin: Date;
  readonly eind: Date;
}

export interface GebouwdeCasus {
  readonly gebeurtenissen: readonly Gebeurtenis[];
  readonly toestand: DossierToestand;
}

/** The stages of a case in the Meldcode's order; a case stops after a random number of them. */
export const STADIA = [
  "opening",
  "signalen",
  "kindcheck",
  "consultatie",
  "gesprek",
  "afweging",
  "voorstel",
  "besluit",
  "vervolg",
  "afsluiting",
] as const;

const SIGNAAL_TEKSTEN = [
  "Komt drie ochtenden deze week zonder ontbijt en zonder jas op de locatie.",
  "Heeft een blauwe plek van ongeveer 4 cm op de onderarm; zegt dat hij gevallen is.",
  "Schrikt zichtbaar als een volwassene de stem verheft en kruipt onder de tafel.",
  "Vertelt in de kring dat er thuis hard geschreeuwd wordt en dat zij dan op haar kamer blijft.",
  "Wordt drie keer niet opgehaald op de afgesproken tijd; niemand neemt de telefoon op.",
  "Draagt een week lang dezelfde kleding, die naar urine ruikt.",
  "Moeder vertelt bij het brengen dat zij sinds kort alleen voor de kinderen zorgt en het niet meer aankan.",
  "Is de laatste twee weken vier keer ziek gemeld zonder dat een ouder te bereiken was.",
];
const TEGENINDICATIES = [
  "Vertelt enthousiast over een uitje met vader in het weekend.",
  "Grootmoeder haalt haar op en is warm en betrokken in het contact.",
  "Ouders komen op tijd op het oudergesprek en nemen het advies van de jeugdarts over.",
];
const WAARNEMERS = [
  "Leerkracht",
  "Pedagogisch medewerker",
  "Jeugdverpleegkundige",
  "Gymdocent",
  "Mentor",
  "Ambulant begeleider",
];

function dagenLater(datum: string, dagen: number): string {
  return new Date(Date.parse(`${datum}T12:00:00Z`) + dagen * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Builds one case. Throws when the domain refuses an event: that is a fault in the generator, never
 * something to skip, because the data must be what the app accepts.
 */
export function bouwCasus(toeval: Toeval, opdracht: CasusOpdracht): GebouwdeCasus {
  const lijst: Gebeurtenis[] = [];
  let toestand = bouwToestand([]);
  const geschat = opdracht.extra + 24;
  const span = Math.max(0, opdracht.eind.getTime() - opdracht.begin.getTime());
  let tijd = opdracht.begin.getTime();

  const voegToe = (door: GeneratorPersoon, type: string, gegevens: unknown): Gebeurtenis => {
    const nu = new Date(Math.min(tijd, opdracht.eind.getTime()));
    const vandaag = datumInNederland(nu.toISOString());
    const beoordeeld = beoordeelGebeurtenis(
      toestand,
      { type, gegevens },
      {
        vandaag,
        rollen: door.rollen,
        beslissers: opdracht.organisatie.beslissers,
        bewaarjaren: opdracht.organisatie.bewaarjaren,
      },
    );
    const gebeurtenis = {
      ...beoordeeld,
      id: toeval.uuid(),
      volgnummer: lijst.length + 1,
      actor: { id: door.id, naam: door.naam, rol: rolVoorGebeurtenis(door.rollen, beoordeeld.type) },
      opgetredenOp: nu.toISOString(),
    } as Gebeurtenis;
    lijst.push(gebeurtenis);
    toestand = bouwToestand(lijst);
    // The next event comes a little later: spread over the case's span, with some jitter, never backwards.
    tijd += Math.max(60_000, Math.round((span / geschat) * (0.5 + toeval.getal())));
    return gebeurtenis;
  };
  const vandaag = () => datumInNederland(new Date(Math.min(tijd, opdracht.eind.getTime())).toISOString());
  const { maker } = opdracht;

  const signaal = (soort: "signaal" | "vroeg_risico" | "tegenindicatie") => ({
    soort,
    waarneming: toeval.kies(soort === "tegenindicatie" ? TEGENINDICATIES : SIGNAAL_TEKSTEN),
    datumWaarneming: dagenLater(vandaag(), -toeval.geheel(0, 6)),
    waargenomenDoor: toeval.kies(WAARNEMERS),
    bron: toeval.kies(BRONNEN),
    ...(toeval.kans(0.4)
      ? { interpretatie: "Mogelijk is er thuis onvoldoende zorg; nog niet met de ouders besproken." }
      : {}),
    ...(toeval.kans(0.03) ? { disclosure: true } : {}),
  });

  const stadia: Record<(typeof STADIA)[number], () => void> = {
    opening: () => {
      voegToe(maker, "dossier_geopend", {
        werknaam: opdracht.werknaam,
        aanleiding: opdracht.volwassene ? "zorg_om_volwassen_client" : "zorg_om_kind",
        omschrijving:
          "Verzonnen dossier van de datagenerator: zorgen over de thuissituatie, opgebouwd uit enkele signalen.",
        ...(opdracht.volwassene ? {} : { geboortedatum: dagenLater(vandaag(), -toeval.geheel(2 * 365, 15 * 365)) }),
      });
    },
    signalen: () => {
      const aantal = toeval.geheel(1, 4);
      for (let i = 0; i < aantal; i += 1)
        voegToe(
          maker,
          "signaal_vastgelegd",
          signaal(i === 0 ? "signaal" : toeval.kies(["signaal", "vroeg_risico", "tegenindicatie"] as const)),
        );
      for (let i = 0; i < opdracht.extra; i += 1) {
        const keuze = toeval.getal();
        const eerderSignaal = toestand.signalen.length > 0 ? toeval.kies(toestand.signalen) : null;
        if (keuze < 0.1 && eerderSignaal) {
          voegToe(maker, "correctie", {
            corrigeert: eerderSignaal.gebeurtenisId,
            reden: "Plaats ontbrak bij het vastleggen.",
            gegevens: { ...eerderSignaal.gegevens, plaats: "Speelplaats" },
          });
        } else if (keuze < 0.25) {
          voegToe(maker, "participatie_bijgewerkt", {
            punt: toeval.kies(PARTICIPATIE_IDS),
            status: "gedaan",
            door: maker.naam,
            datum: vandaag(),
            toelichting: "Met het kind besproken wat er gaat gebeuren.",
          });
        } else
          voegToe(
            maker,
            "signaal_vastgelegd",
            signaal(toeval.kies(["signaal", "vroeg_risico", "tegenindicatie"] as const)),
          );
      }
    },
    kindcheck: () => {
      if (opdracht.volwassene) {
        voegToe(maker, "kindcheck_uitgevoerd", {
          aanleidingen: ["verslaving"],
          kinderenAanwezig: "ja",
          kinderen: "Twee kinderen van 4 en 7 jaar wonen bij de cliënt.",
          veiligheid: "Cliënt vertelt dat de kinderen 's avonds vaak alleen zijn; niet zelf gezien.",
          vervolg: "Consultatie bij de aandachtsfunctionaris.",
        });
      } else
        voegToe(maker, "stap_niet_van_toepassing", {
          stap: "kindcheck",
          reden: "De zorg gaat over het kind zelf, niet over een volwassen cliënt met kinderen.",
        });
    },
    consultatie: () => {
      voegToe(maker, "consultatie_gehouden", {
        met: "aandachtsfunctionaris",
        naam: opdracht.aandachtsfunctionaris.naam,
        datum: vandaag(),
        uitkomst: "De signalen zijn zorgelijk genoeg om met de ouders in gesprek te gaan.",
        vervolgstap: "Gesprek met de ouders voorbereiden.",
      });
    },
    gesprek: () => {
      voegToe(maker, "gesprek_voorbereid", {
        met: "ouders",
        opening: "Wij maken ons zorgen en willen graag met u meedenken.",
        feiten: "De signalen van de afgelopen weken, met datum.",
        veilig: "ja",
        aanwezigen: `${maker.naam} en de ouders`,
        gespreksleider: maker.naam,
      });
      voegToe(maker, "gesprek_gevoerd", {
        met: "ouders",
        datum: vandaag(),
        deelnemers: `${maker.naam}, moeder en vader`,
        plaats: "Spreekkamer",
        gedeeld: "De signalen met datum en bron.",
        visie: "Ouders herkennen de drukte thuis en staan open voor hulp.",
      });
      if (toeval.kans(0.5)) {
        voegToe(maker, "gesprek_gevoerd", {
          met: "kind",
          datum: vandaag(),
          deelnemers: `${maker.naam} en het kind`,
          plaats: "Rustige ruimte",
          gedeeld: "Dat wij ons zorgen maken en willen helpen.",
          visie: "Het kind vertelt dat het thuis vaak ruzie is.",
          kindGeinformeerd: "ja",
          hoeGeinformeerd: "In eigen woorden uitgelegd wat er nu gebeurt.",
        });
      } else
        voegToe(maker, "gesprek_niet_gevoerd", {
          met: "kind",
          grond: "leeftijd",
          toelichting: "Het kind is te jong voor een gesprek hierover.",
        });
    },
    afweging: () => {
      // A course per case, so every outcome occurs: help (1 yes, 2 no, 3 to 5 yes), report (2 yes), close (1 no), or any answers.
      const koers = toeval.kies(["hulp", "hulp", "melden", "melden", "afsluiten", "vrij"] as const);
      const KOERSEN = { hulp: ["ja", "nee", "ja", "ja", "ja"], melden: ["ja", "ja"], afsluiten: ["nee"] } as const;
      for (let i = 0; i < 8 && toestand.afweging.volgendeVraag !== null; i += 1) {
        const vraag = toestand.afweging.volgendeVraag;
        const antwoord =
          koers === "vrij" ? toeval.kies(ANTWOORDEN) : (KOERSEN[koers][vraag - 1] ?? toeval.kies(ANTWOORDEN));
        voegToe(maker, "afweging_beantwoord", {
          vraag,
          antwoord,
          toelichting: "Afgewogen op basis van de signalen en het gesprek.",
        });
      }
    },
    voorstel: () => {
      if (magBesluiten(maker.rollen, opdracht.organisatie.beslissers)) return;
      const advies = adviesVoorBesluit(toestand.afweging);
      voegToe(maker, "besluit_voorgesteld", {
        besluit: advies ?? "hulp",
        toelichting: "Voorstel volgens het afwegingskader.",
        ...(advies === null ? { afwijkingMotivering: "De afweging is nog niet rond; hulp kan niet wachten." } : {}),
      });
    },
    besluit: () => {
      const advies = adviesVoorBesluit(toestand.afweging);
      const voorstel = toestand.openVoorstel?.gegevens;
      voegToe(opdracht.eindverantwoordelijke, "besluit_genomen", {
        besluit: voorstel?.besluit ?? advies ?? "hulp",
        toelichting: "Besloten volgens het afwegingskader.",
        ...(advies === null || (voorstel && voorstel.besluit !== advies)
          ? { afwijkingMotivering: "De afweging is nog niet rond; hulp kan niet wachten." }
          : {}),
      });
    },
    vervolg: () => {
      const besluit = toestand.besluiten.at(-1)?.gegevens.besluit;
      if (besluit === "melden" || besluit === "melden_en_hulp") {
        const inhoud = maakMeldingConcept(toestand, {
          melder: { naam: maker.naam, organisatie: opdracht.organisatie.naam, sector: opdracht.organisatie.sector },
          vandaag: vandaag(),
          namen: new Map(),
        });
        voegToe(maker, "melding_concept_opgeslagen", { inhoud });
        voegToe(maker, "melding_verstuurd", {
          wijze: "telefoon",
          datum: vandaag(),
          tijd: "10:15",
          contactpersoon: "Medewerker Veilig Thuis",
        });
        voegToe(maker, "vt_reactie_vastgelegd", {
          datum: vandaag(),
          contactpersoon: "Medewerker Veilig Thuis",
          beoordeling: "onveilig",
          vervolg: "overdracht_lokaal_veld",
          toelichting: "Het lokale team neemt de zorg over.",
        });
      }
      if (besluit === "hulp" || besluit === "melden_en_hulp") {
        voegToe(maker, "hulp_gestart", {
          omschrijving: "Opvoedondersteuning via het wijkteam.",
          doelen: "Ouders brengen structuur in de ochtenden.",
          evaluatieOp: dagenLater(vandaag(), 42),
        });
        voegToe(maker, "hulp_afspraak_vastgelegd", {
          wat: "Eerste afspraak met het wijkteam",
          wie: "Moeder",
          uiterlijk: dagenLater(vandaag(), 14),
        });
        if (toeval.kans(0.6)) {
          const monitoren = toeval.kans(0.3);
          voegToe(maker, "evaluatie_vastgelegd", {
            datum: vandaag(),
            resultaat: "bereikt",
            toelichting: "Het kind komt op tijd en met ontbijt.",
            vervolg: monitoren ? "monitoren" : "afsluiten",
          });
          if (monitoren) {
            voegToe(maker, "monitoring_gestart", {
              ritmeWeken: 6,
              reden: "De situatie is verbeterd maar nog kwetsbaar.",
            });
            voegToe(maker, "veiligheidscheck_vastgelegd", {
              datum: vandaag(),
              uitkomst: "veilig",
              bevinding: "Afspraken worden nagekomen; geen nieuwe signalen.",
            });
          }
        }
      }
    },
    afsluiting: () => {
      voegToe(maker, "dossier_afgesloten", {
        reden: "De zorg is weggenomen of overgedragen.",
        sluitreden: "zorg_weggenomen",
      });
    },
  };

  for (const stadium of STADIA.slice(0, Math.max(1, opdracht.stadia))) stadia[stadium]();
  return { gebeurtenissen: lijst, toestand };
}
