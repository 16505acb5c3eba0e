import { evalueerAfweging, type AfwegingUitkomst, type Antwoorden, type VraagNummer } from "../afweging/afwegingskader.ts";
import type { GebeurtenisType } from "./keuzes.ts";
import type { Actor, Gebeurtenis, GebeurtenisVan, GegevensVan } from "./gebeurtenis.ts";

/** One recorded fact as it stands now: its current content (after corrections) and its history. */
export interface Vastlegging<T extends GebeurtenisType> {
  readonly gebeurtenisId: string;
  readonly gegevens: GegevensVan<T>;
  /** The content as first recorded, before any correction. */
  readonly origineel: GegevensVan<T>;
  readonly vastgelegdOp: string;
  readonly vastgelegdDoor: Actor;
  /** Corrections in the order they were made; the last one gives `gegevens`. */
  readonly correcties: readonly GebeurtenisVan<"correctie">[];
}

export interface BeantwoordeVraag {
  readonly antwoord: GegevensVan<"afweging_beantwoord">["antwoord"];
  readonly toelichting: string;
  readonly beantwoordOp: string;
  readonly beantwoordDoor: Actor;
}

export interface MonitoringPeriode {
  readonly start: Vastlegging<"monitoring_gestart">;
  readonly checks: readonly Vastlegging<"veiligheidscheck_vastgelegd">[];
  readonly einde: Vastlegging<"monitoring_beeindigd"> | null;
}

export interface DossierToestand {
  /** Number of events; the version a writer must send to append. */
  readonly versie: number;
  readonly status: "open" | "gesloten";
  readonly opening: Vastlegging<"dossier_geopend"> | null;
  readonly signalen: readonly Vastlegging<"signaal_vastgelegd">[];
  readonly kindcheck: Vastlegging<"kindcheck_uitgevoerd"> | null;
  readonly nietVanToepassing: readonly Vastlegging<"stap_niet_van_toepassing">[];
  readonly consultaties: readonly Vastlegging<"consultatie_gehouden">[];
  /** Preparations of conversations, in order; the latest per partner is the one that counts. */
  readonly voorbereidingen: readonly Vastlegging<"gesprek_voorbereid">[];
  readonly gesprekken: readonly Vastlegging<"gesprek_gevoerd">[];
  readonly gesprekkenNietGevoerd: readonly Vastlegging<"gesprek_niet_gevoerd">[];
  /** Calls made in acute danger, recorded afterwards. */
  readonly acuteContacten: readonly Vastlegging<"acuut_contact">[];
  /** The latest record per participation point; earlier ones stay in the history. */
  readonly participatie: Readonly<Partial<Record<string, Vastlegging<"participatie_bijgewerkt">>>>;
  /** The latest draft of the report to Veilig Thuis; earlier drafts stay in the history. */
  readonly meldingConcept: Vastlegging<"melding_concept_opgeslagen"> | null;
  /** Every report as sent, frozen; a later one is a new version. */
  readonly meldingen: readonly Vastlegging<"melding_verstuurd">[];
  readonly vtReacties: readonly Vastlegging<"vt_reactie_vastgelegd">[];
  readonly hulp: readonly Vastlegging<"hulp_gestart">[];
  readonly afspraken: readonly Vastlegging<"hulp_afspraak_vastgelegd">[];
  readonly evaluaties: readonly Vastlegging<"evaluatie_vastgelegd">[];
  /** Monitoring periods in order, each with its checks; the last one without an end is running. */
  readonly monitoring: readonly MonitoringPeriode[];
  /** The latest answer to each afwegingsvraag; earlier answers stay in the history. */
  readonly antwoorden: Readonly<Partial<Record<VraagNummer, BeantwoordeVraag>>>;
  /** True when a current signal records a disclosure: it falls under the first meldnorm. */
  readonly disclosure: boolean;
  readonly afweging: AfwegingUitkomst;
  /** Every decision in order; the last one stands. */
  readonly besluiten: readonly Vastlegging<"besluit_genomen">[];
  /** Every proposed decision in order, settled or not. */
  readonly voorstellen: readonly Vastlegging<"besluit_voorgesteld">[];
  /** The proposal waiting for a decider: the newest one made after the last decision. */
  readonly openVoorstel: Vastlegging<"besluit_voorgesteld"> | null;
  readonly sluitingen: readonly GebeurtenisVan<"dossier_afgesloten" | "dossier_heropend">[];
  readonly gebeurtenissen: readonly Gebeurtenis[];
}

/**
 * Derives the dossier's state from its events, oldest first. Pure and total: events were validated
 * when appended, so nothing here can be refused; the order of `volgnummer` is the order of truth.
 */
export function bouwToestand(gebeurtenissen: readonly Gebeurtenis[]): DossierToestand {
  const correcties = new Map<string, GebeurtenisVan<"correctie">[]>();
  for (const g of gebeurtenissen) {
    if (g.type !== "correctie") continue;
    const lijst = correcties.get(g.gegevens.corrigeert) ?? [];
    lijst.push(g);
    correcties.set(g.gegevens.corrigeert, lijst);
  }

  function vastlegging<T extends GebeurtenisType>(g: GebeurtenisVan<T>): Vastlegging<T> {
    const eigen = correcties.get(g.id) ?? [];
    const laatste = eigen.at(-1);
    return {
      gebeurtenisId: g.id,
      gegevens: (laatste ? laatste.gegevens.gegevens : g.gegevens) as GegevensVan<T>,
      origineel: g.gegevens as GegevensVan<T>,
      vastgelegdOp: g.opgetredenOp,
      vastgelegdDoor: g.actor,
      correcties: eigen,
    };
  }

  let opening: Vastlegging<"dossier_geopend"> | null = null;
  let kindcheck: Vastlegging<"kindcheck_uitgevoerd"> | null = null;
  let status: DossierToestand["status"] = "open";
  const signalen: Vastlegging<"signaal_vastgelegd">[] = [];
  const nietVanToepassing: Vastlegging<"stap_niet_van_toepassing">[] = [];
  const consultaties: Vastlegging<"consultatie_gehouden">[] = [];
  const voorbereidingen: Vastlegging<"gesprek_voorbereid">[] = [];
  const gesprekken: Vastlegging<"gesprek_gevoerd">[] = [];
  const gesprekkenNietGevoerd: Vastlegging<"gesprek_niet_gevoerd">[] = [];
  const besluiten: Vastlegging<"besluit_genomen">[] = [];
  const voorstellen: Vastlegging<"besluit_voorgesteld">[] = [];
  let openVoorstel: Vastlegging<"besluit_voorgesteld"> | null = null;
  const acuteContacten: Vastlegging<"acuut_contact">[] = [];
  const participatie: Partial<Record<string, Vastlegging<"participatie_bijgewerkt">>> = {};
  const sluitingen: GebeurtenisVan<"dossier_afgesloten" | "dossier_heropend">[] = [];
  const antwoorden: Partial<Record<VraagNummer, BeantwoordeVraag>> = {};
  let meldingConcept: Vastlegging<"melding_concept_opgeslagen"> | null = null;
  const meldingen: Vastlegging<"melding_verstuurd">[] = [];
  const vtReacties: Vastlegging<"vt_reactie_vastgelegd">[] = [];
  const hulp: Vastlegging<"hulp_gestart">[] = [];
  const afspraken: Vastlegging<"hulp_afspraak_vastgelegd">[] = [];
  const evaluaties: Vastlegging<"evaluatie_vastgelegd">[] = [];
  const monitoring: { start: Vastlegging<"monitoring_gestart">; checks: Vastlegging<"veiligheidscheck_vastgelegd">[]; einde: Vastlegging<"monitoring_beeindigd"> | null }[] = [];

  for (const g of gebeurtenissen) {
    switch (g.type) {
      case "dossier_geopend":
        opening = vastlegging(g);
        break;
      case "signaal_vastgelegd":
        signalen.push(vastlegging(g));
        break;
      case "kindcheck_uitgevoerd":
        kindcheck = vastlegging(g);
        break;
      case "stap_niet_van_toepassing":
        nietVanToepassing.push(vastlegging(g));
        break;
      case "consultatie_gehouden":
        consultaties.push(vastlegging(g));
        break;
      case "gesprek_voorbereid":
        voorbereidingen.push(vastlegging(g));
        break;
      case "gesprek_gevoerd":
        gesprekken.push(vastlegging(g));
        break;
      case "gesprek_niet_gevoerd":
        gesprekkenNietGevoerd.push(vastlegging(g));
        break;
      case "afweging_beantwoord":
        antwoorden[g.gegevens.vraag] = {
          antwoord: g.gegevens.antwoord,
          toelichting: g.gegevens.toelichting,
          beantwoordOp: g.opgetredenOp,
          beantwoordDoor: g.actor,
        };
        break;
      case "besluit_voorgesteld":
        openVoorstel = vastlegging(g);
        voorstellen.push(openVoorstel);
        break;
      case "besluit_genomen":
        besluiten.push(vastlegging(g));
        openVoorstel = null;
        break;
      case "dossier_afgesloten":
        status = "gesloten";
        sluitingen.push(g);
        break;
      case "dossier_heropend":
        status = "open";
        sluitingen.push(g);
        break;
      case "acuut_contact":
        acuteContacten.push(vastlegging(g));
        break;
      case "participatie_bijgewerkt":
        participatie[g.gegevens.punt] = vastlegging(g);
        break;
      case "melding_concept_opgeslagen":
        meldingConcept = vastlegging(g);
        break;
      case "melding_verstuurd":
        meldingen.push(vastlegging(g));
        break;
      case "vt_reactie_vastgelegd":
        vtReacties.push(vastlegging(g));
        break;
      case "hulp_gestart":
        hulp.push(vastlegging(g));
        break;
      case "hulp_afspraak_vastgelegd":
        afspraken.push(vastlegging(g));
        break;
      case "evaluatie_vastgelegd":
        evaluaties.push(vastlegging(g));
        break;
      case "monitoring_gestart":
        monitoring.push({ start: vastlegging(g), checks: [], einde: null });
        break;
      case "veiligheidscheck_vastgelegd":
        monitoring.at(-1)?.checks.push(vastlegging(g));
        break;
      case "monitoring_beeindigd": {
        const lopend = monitoring.at(-1);
        if (lopend) lopend.einde = vastlegging(g);
        break;
      }
      case "correctie":
        break;
      default:
        assertNooit(g);
    }
  }

  const disclosure = signalen.some((s) => s.gegevens.disclosure);
  const alleenAntwoorden: Antwoorden = {};
  for (const [vraag, beantwoord] of Object.entries(antwoorden)) {
    alleenAntwoorden[Number(vraag) as VraagNummer] = beantwoord.antwoord;
  }

  return {
    versie: gebeurtenissen.length,
    status,
    opening,
    signalen,
    kindcheck,
    nietVanToepassing,
    consultaties,
    voorbereidingen,
    gesprekken,
    gesprekkenNietGevoerd,
    acuteContacten,
    participatie,
    meldingConcept,
    meldingen,
    vtReacties,
    hulp,
    afspraken,
    evaluaties,
    monitoring,
    antwoorden,
    disclosure,
    afweging: evalueerAfweging(alleenAntwoorden, { disclosure }),
    besluiten,
    voorstellen,
    openVoorstel,
    sluitingen,
    gebeurtenissen,
  };
}

export function assertNooit(waarde: never): never {
  throw new Error(`Onverwachte waarde: ${JSON.stringify(waarde)}`);
}
