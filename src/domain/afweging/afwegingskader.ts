/**
 * The afwegingskader of the Meldcode huiselijk geweld en kindermishandeling (steps 4 and 5) as readonly
 * data plus one deterministic walk over it. Pure: no I/O, no clock, no imports, so the same answers always
 * give the same advice and the dossier can replay a recorded weighing years later.
 */

/** "weet_niet" is kept as its own answer so the dossier shows the doubt, even though it counts as "nee". */
export type Antwoord = "ja" | "nee" | "weet_niet";

/**
 * The questions in walking order. Frozen because the walk and every stored weighing depend on this order
 * and numbering; nothing may renumber or extend it at runtime.
 */
export const VRAAG_NUMMERS = Object.freeze([1, 2, 3, 4, 5] as const);

/** Only the five official questions exist; a number outside 1–5 is a type error, not a runtime case. */
export type VraagNummer = (typeof VRAAG_NUMMERS)[number];

/**
 * Partial because a weighing is filled in over time (questions 3–5 may wait for Veilig Thuis); a missing
 * key means "not answered yet", never "nee".
 */
export type Antwoorden = Partial<Record<VraagNummer, Antwoord>>;

/**
 * The three meldnormen: 1 = acute or structural unsafety, or disclosure (always report);
 * 2 = no effective help can be offered, organised or accepted; 3 = help does not end the unsafety.
 */
export type Meldnorm = 1 | 2 | 3;

/** What one answer leads to. "melden" may still continue the walk (meldnorm 1: with Veilig Thuis). */
export type Uitkomst = "volgende_vraag" | "afsluiten" | "melden" | "hulp" | "hulp_met_afspraken" | "opnieuw_melden";

/**
 * One step of the walk, recorded so the dossier can show why the advice came out as it did.
 * `antwoord` keeps "weet_niet" while `geteldAls` shows how it was counted; both are null only for the
 * disclosure step, which is a fact rather than an answered question. `samenMetVeiligThuis` marks steps
 * that the Meldcode says must be answered together with Veilig Thuis.
 */
export interface PadStap {
  vraag: VraagNummer | "disclosure";
  antwoord: Antwoord | null;
  geteldAls: "ja" | "nee" | null;
  uitkomst: Uitkomst;
  meldnorm: Meldnorm | null;
  samenMetVeiligThuis: boolean;
}

/**
 * The result of a (possibly unfinished) walk. Flags only ever switch on along the path, so a later answer
 * can never withdraw a report obligation that an earlier one created. `volgendeVraag` is null exactly
 * when the walk has reached a conclusion; `meldnorm` is the norm that FIRST obliged the report, because
 * that is the ground the melder must give to Veilig Thuis.
 */
export interface AfwegingUitkomst {
  melden: boolean;
  hulp: boolean;
  afsluiten: boolean;
  samenMetVeiligThuis: boolean;
  opnieuwMelden: boolean;
  volgendeVraag: VraagNummer | null;
  meldnorm: Meldnorm | null;
  pad: PadStap[];
}

/**
 * One question of the decision tree. The wording is the official text and must not be paraphrased:
 * professionals are accountable to the Meldcode as published. A meldnorm is set exactly for the answers
 * that lead to a report.
 */
export interface Afwegingsvraag {
  nummer: VraagNummer;
  /** Official Dutch wording of the question. */
  tekst: string;
  bijJa: Uitkomst;
  bijNee: Uitkomst;
  meldnormBijJa: Meldnorm | null;
  meldnormBijNee: Meldnorm | null;
}

const VRAGEN: Readonly<Record<VraagNummer, Afwegingsvraag>> = Object.freeze({
  1: {
    nummer: 1,
    tekst:
      "Heb ik op basis van de stappen 1 tot en met 3 van de meldcode een vermoeden van (dreiging van) huiselijk geweld en/of kindermishandeling?",
    bijJa: "volgende_vraag",
    bijNee: "afsluiten",
    meldnormBijJa: null,
    meldnormBijNee: null,
  },
  2: {
    nummer: 2,
    tekst:
      "Schat ik op basis van de stappen 1 tot en met 3 van de meldcode in dat er sprake is van acute onveiligheid en/of structurele onveiligheid?",
    bijJa: "melden",
    bijNee: "volgende_vraag",
    meldnormBijJa: 1,
    meldnormBijNee: null,
  },
  3: {
    nummer: 3,
    tekst:
      "Ben ik in staat effectieve hulp te bieden of te organiseren om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden?",
    bijJa: "volgende_vraag",
    bijNee: "melden",
    meldnormBijJa: null,
    meldnormBijNee: 2,
  },
  4: {
    nummer: 4,
    tekst:
      "Aanvaarden de betrokkenen hulp om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden en zijn zij bereid zich hiervoor in te zetten?",
    bijJa: "hulp",
    bijNee: "melden",
    meldnormBijJa: null,
    meldnormBijNee: 2,
  },
  5: {
    nummer: 5,
    tekst:
      "Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en/of het welzijn (herstel) van alle betrokkenen?",
    bijJa: "hulp_met_afspraken",
    bijNee: "opnieuw_melden",
    meldnormBijJa: null,
    meldnormBijNee: 3,
  },
});

/**
 * The decision tree as data, in the order of VRAAG_NUMMERS (index i holds question i + 1). These are the
 * very objects evalueerAfweging walks, frozen so that UI code rendering the questions cannot alter the tree.
 */
export const AFWEGINGSVRAGEN: readonly Afwegingsvraag[] = Object.freeze(
  VRAAG_NUMMERS.map((n) => Object.freeze(VRAGEN[n])),
);

const VOLGENDE: Readonly<Record<VraagNummer, VraagNummer | null>> = { 1: 2, 2: 3, 3: 4, 4: 5, 5: null };

/**
 * The Meldcode counts "weet ik niet" as "nee": only a confident "ja" may take the lighter branch. For
 * questions 3–5 this means doubt about help leads to a report instead of relying on help that may not come.
 */
export function telAntwoord(a: Antwoord): "ja" | "nee" {
  return a === "ja" ? "ja" : "nee";
}

/**
 * Whether an outcome concludes the walk. A report under meldnorm 1 does not: after acute or structural
 * unsafety (or disclosure) questions 3–5 are still answered, together with Veilig Thuis, to decide on help.
 * Reports under meldnorm 2 or 3 do conclude it, as nothing further can be weighed by the professional alone.
 */
function beeindigtWandeling(uitkomst: Uitkomst, meldnorm: Meldnorm | null): boolean {
  switch (uitkomst) {
    case "volgende_vraag":
    case "hulp":
      return false;
    case "melden":
      return meldnorm !== 1;
    case "afsluiten":
    case "opnieuw_melden":
    case "hulp_met_afspraken":
      return true;
  }
}

/**
 * Walks the afwegingskader from question 1 (or from question 3 after disclosure) and stops at the first
 * unanswered question on the path, which becomes `volgendeVraag`. Answers to questions off the path are
 * ignored rather than rejected, because the UI keeps earlier answers when the user changes one upstream;
 * they must not influence the advice. Disclosure implies questions 1 and 2 (a victim told the professional,
 * so there is a suspicion and meldnorm 1 applies), hence their answers are neither used nor recorded.
 * Never throws and never mutates its arguments.
 */
export function evalueerAfweging(antwoorden: Antwoorden, opties: { disclosure: boolean }): AfwegingUitkomst {
  const pad: PadStap[] = [];
  let melden = false;
  let hulp = false;
  let afsluiten = false;
  let samenMetVeiligThuis = false;
  let opnieuwMelden = false;
  let meldnorm: Meldnorm | null = null;
  let huidige: VraagNummer | null = 1;

  if (opties.disclosure) {
    pad.push({
      vraag: "disclosure",
      antwoord: null,
      geteldAls: null,
      uitkomst: "melden",
      meldnorm: 1,
      samenMetVeiligThuis: true,
    });
    melden = true;
    meldnorm = 1;
    samenMetVeiligThuis = true;
    huidige = 3;
  }

  while (huidige !== null) {
    const antwoord: Antwoord | undefined = antwoorden[huidige];
    if (antwoord === undefined) break;
    const vraag: Afwegingsvraag = VRAGEN[huidige];
    const geteldAls = telAntwoord(antwoord);
    const uitkomst: Uitkomst = geteldAls === "ja" ? vraag.bijJa : vraag.bijNee;
    const stapNorm: Meldnorm | null = geteldAls === "ja" ? vraag.meldnormBijJa : vraag.meldnormBijNee;
    // The step records the mode it was taken in; a meldnorm-1 report switches the mode on for later steps.
    pad.push({ vraag: huidige, antwoord, geteldAls, uitkomst, meldnorm: stapNorm, samenMetVeiligThuis });
    meldnorm ??= stapNorm;

    switch (uitkomst) {
      case "melden":
        melden = true;
        if (stapNorm === 1) samenMetVeiligThuis = true;
        break;
      case "opnieuw_melden":
        melden = true;
        opnieuwMelden = true;
        break;
      case "hulp":
      case "hulp_met_afspraken":
        hulp = true;
        break;
      case "afsluiten":
        afsluiten = true;
        break;
      case "volgende_vraag":
        break;
    }

    huidige = beeindigtWandeling(uitkomst, stapNorm) ? null : VOLGENDE[huidige];
  }

  return { melden, hulp, afsluiten, samenMetVeiligThuis, opnieuwMelden, volgendeVraag: huidige, meldnorm, pad };
}

/**
 * Maps a walk to the decision to propose in step 5. A due report wins over an open question: once melden
 * is true (e.g. after acute unsafety, with questions 3–5 still open) the report must not wait for the rest.
 * Help alone is only advised when the walk is finished, since a later answer could still oblige a report.
 * Returns null while nothing is concluded yet.
 */
export function adviesVoorBesluit(u: AfwegingUitkomst): "melden" | "melden_en_hulp" | "hulp" | "afsluiten" | null {
  if (u.melden && u.hulp) return "melden_en_hulp";
  if (u.melden) return "melden";
  if (u.hulp && u.volgendeVraag === null) return "hulp";
  if (u.afsluiten) return "afsluiten";
  return null;
}
