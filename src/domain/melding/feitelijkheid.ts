/**
 * A deterministic, explainable check of the free text of a report to Veilig Thuis. Veilig Thuis asks for
 * a concrete, factual and specific description of what makes the situation unsafe now, and for risk
 * factors tied to how they cause that unsafety. This check points at words that work against that:
 * judgements, vague wording, hedges, generalisations, and risk factors named without their consequence.
 *
 * It is a word-list check, not a language model: every finding names its word and its reason, the same
 * text always gives the same findings, and a professional can disagree with it. Pure: no I/O, no clock.
 * The word lists and their rationale are in `feitelijkheid.woorden.ts`, the anchors in
 * `feitelijkheid.ankers.ts`; the per-word pass in `feitelijkheid.woordparen.ts`, the sentence rule in
 * `feitelijkheid.zinsregel.ts`, the one pass that finds the word rules by their prefixes in
 * `feitelijkheid.voorvoegsel.ts`, and the text primitives they share in `feitelijkheid.tekst.ts`.
 */
import {
  AFKORTINGEN,
  ANKERS,
  CITAATTEKEN,
  EINDE_SPREKER,
  GEVOLG,
  ONTKENNING,
  PERIODE,
  SPREKER,
  TELLING,
  TIJDSANKER,
  VERVOLG_GEVOLG,
} from "./feitelijkheid.ankers.ts";
import { REGELS } from "./feitelijkheid.woorden.ts";
import type { TekstSleutel, Uitzondering, WoordRegel } from "./feitelijkheid.woorden.ts";
import { LETTER, isLetter, isWit, kleineLetters, metGrenzen } from "./feitelijkheid.tekst.ts";
import type { Bereik } from "./feitelijkheid.tekst.ts";
import { woordRegelZoeker } from "./feitelijkheid.voorvoegsel.ts";
import { woordparen } from "./feitelijkheid.woordparen.ts";
import { zinnenZonderAnker } from "./feitelijkheid.zinsregel.ts";

export const BEVINDING_SOORTEN = [
  "oordeel",
  "vaag",
  "voorbehoud",
  "generalisatie",
  "risico_zonder_gevolg",
  "zonder_anker",
] as const;
export type BevindingSoort = (typeof BEVINDING_SOORTEN)[number];

/** One flagged span: `tekst.slice(begin, eind)` is exactly the flagged word(s), in UTF-16 offsets. */
export interface Bevinding {
  readonly begin: number;
  readonly eind: number;
  readonly soort: BevindingSoort;
  readonly uitleg: string;
  readonly suggestie: string;
}

type Taal = "nl" | "en";
interface Toelichting {
  readonly uitleg: string;
  readonly suggestie: string;
}

/** Why each kind of wording weakens a report, and how to write it instead; in both interface languages. */
const TEKSTEN: Readonly<Record<TekstSleutel, Readonly<Record<Taal, Toelichting>>>> = {
  oordeel: {
    nl: {
      uitleg:
        "Dit is een oordeel of etiket, geen waarneming. Veilig Thuis kan het niet toetsen, en de betrokkenen kunnen het lezen als beschuldiging.",
      suggestie:
        "Beschrijf wat u zag of hoorde: wie deed wat, wanneer, en hoe vaak. Bijvoorbeeld: 'vader schreeuwde en sloeg met zijn vuist op tafel'.",
    },
    en: {
      uitleg:
        "This is a judgement or label, not an observation. Veilig Thuis cannot verify it, and the people involved may read it as an accusation.",
      suggestie:
        "Describe what you saw or heard: who did what, when, and how often. For example: 'father shouted and banged his fist on the table'.",
    },
  },
  verwaarlozing: {
    nl: {
      uitleg: "'Verwaarlozing' is een conclusie. Veilig Thuis wil de feiten zien waarop die conclusie rust.",
      suggestie:
        "Beschrijf de toestand van het kind zoals u die zag: kleding, hygiëne, eten, medische zorg en toezicht, met datum. Bijvoorbeeld: 'Op 12 maart droeg Sara voor de vierde dag dezelfde kleren en had zij geen lunch bij zich.'",
    },
    en: {
      uitleg: "'Neglect' is a conclusion. Veilig Thuis wants to see the facts that conclusion rests on.",
      suggestie:
        "Describe the child's condition as you saw it: clothing, hygiene, food, medical care and supervision, with the date. For example: 'On 12 March Sara wore the same clothes for the fourth day and had no lunch with her.'",
    },
  },
  vaag: {
    nl: {
      uitleg: "Deze omschrijving is vaag: de lezer weet niet wat u precies hebt waargenomen.",
      suggestie:
        "Noem het concrete gedrag of de concrete gebeurtenis: wat gebeurde er, wanneer, waar en wie was erbij? Bijvoorbeeld: 'Daan kroop op 4 april tijdens de gymles onder de bank en zei twintig minuten niets.'",
    },
    en: {
      uitleg: "This wording is vague: the reader cannot tell what exactly you observed.",
      suggestie:
        "Name the concrete behaviour or event: what happened, when, where, and who was there? For example: 'On 4 April during PE Daan crawled under the bench and did not speak for twenty minutes.'",
    },
  },
  frequentie: {
    nl: {
      uitleg: "Een frequentie zonder aantal zegt weinig: 'vaak' of 'soms' betekent voor iedere lezer iets anders.",
      suggestie:
        "Noem het aantal en de periode. Bijvoorbeeld: 'In de afgelopen vier weken kwam Sara zeven keer zonder ontbijt op school.'",
    },
    en: {
      uitleg:
        "A frequency without a number says little: 'often' or 'sometimes' means something different to every reader.",
      suggestie:
        "Give the number and the period. For example: 'In the past four weeks Sara came to school without breakfast seven times.'",
    },
  },
  verzorging: {
    nl: {
      uitleg: "Dit vat de verzorging samen in een oordeel; het zegt niet wat u zag.",
      suggestie:
        "Beschrijf wat u zag aan kleding, hygiëne, gewicht of gezondheid, met datum. Bijvoorbeeld: 'Op 2 februari had Daan bij min 3 graden geen jas aan en zat zijn haar vol klitten.'",
    },
    en: {
      uitleg: "This sums up the child's care in a judgement; it does not say what you saw.",
      suggestie:
        "Describe what you saw of clothing, hygiene, weight or health, with the date. For example: 'On 2 February, at minus 3 degrees, Daan had no coat and his hair was badly matted.'",
    },
  },
  voorbehoud: {
    nl: {
      uitleg:
        "Dit woord maakt van de zin een indruk of vermoeden. Zo blijft onduidelijk wat u zelf hebt waargenomen en wat u ervan denkt.",
      suggestie:
        "Schrijf op wat u zelf zag of hoorde, en apart wat u daaruit afleidt. Hebt u het van een ander, noem dan de bron. Bijvoorbeeld: 'moeder wankelde en sprak met dubbele tong' in plaats van 'moeder was waarschijnlijk dronken'.",
    },
    en: {
      uitleg:
        "This word turns the sentence into an impression or suspicion, so it is unclear what you observed yourself and what you think of it.",
      suggestie:
        "Write down what you saw or heard yourself, and separately what you conclude from it. If you heard it from someone else, name the source. For example: 'mother staggered and slurred her words' instead of 'mother was probably drunk'.",
    },
  },
  generalisatie: {
    nl: {
      uitleg:
        "Een veralgemening als 'altijd', 'nooit' of 'iedereen' is zelden letterlijk waar en maakt de melding makkelijk te betwisten.",
      suggestie:
        "Noem concrete momenten en aantallen in een periode. Bijvoorbeeld: 'Sara kwam in maart op 6 van de 18 schooldagen te laat' in plaats van 'Sara komt altijd te laat'.",
    },
    en: {
      uitleg:
        "A generalisation such as 'always', 'never' or 'everyone' is rarely literally true and makes the report easy to dispute.",
      suggestie:
        "Name concrete moments and numbers in a period. For example: 'In March Sara was late on 6 of the 18 school days' instead of 'Sara is always late'.",
    },
  },
  risico: {
    nl: {
      uitleg:
        "U noemt een risicofactor, maar niet hoe die nu tot onveiligheid voor het kind leidt. Een risicofactor alleen maakt een situatie nog niet onveilig.",
      suggestie:
        "Beschrijf wat de risicofactor nu betekent voor de veiligheid van het kind. Bijvoorbeeld: 'Moeder drinkt elke avond alcohol, waardoor zij Sara niet van de opvang haalt.'",
    },
    en: {
      uitleg:
        "You name a risk factor, but not how it makes the situation unsafe for the child now. A risk factor alone does not make a situation unsafe.",
      suggestie:
        "Describe what the risk factor means for the child's safety now. For example: 'Mother drinks alcohol every evening, so she does not collect Sara from day care.'",
    },
  },
  diagnose: {
    nl: {
      uitleg:
        "Dit is een diagnose of klinisch etiket zonder dat staat wie het heeft vastgesteld. Alleen een deskundige kan dat, en Veilig Thuis moet weten wie dat was.",
      suggestie:
        "Noem de bron: wie stelde dit vast en wanneer (bijvoorbeeld 'de kinderpsychiater stelde in maart PTSS vast'). Of beschrijf wat u zelf zag, en zet uw eigen conclusie in het veld 'Duiding'.",
    },
    en: {
      uitleg:
        "This is a diagnosis or clinical label without saying who established it. Only a qualified professional can, and Veilig Thuis needs to know who that was.",
      suggestie:
        "Name the source: who established this and when (for example 'the child psychiatrist diagnosed PTSD in March'). Or describe what you saw yourself, and put your own conclusion in the 'Interpretation' field.",
    },
  },
  karakter: {
    nl: {
      uitleg:
        "Dit is een oordeel over iemands karakter, vaak in een uitdrukking ('een kort lontje'). Het voorspelt gedrag in plaats van het te beschrijven.",
      suggestie:
        "Beschrijf het gedrag zelf, met wie, wanneer en wat er gebeurde. Bijvoorbeeld: 'Op 4 maart gooide vader na een vraag van de leerkracht zijn telefoon op de grond en schreeuwde hij.'",
    },
    en: {
      uitleg:
        "This is a judgement of someone's character, often in an idiom ('a short fuse'). It predicts behaviour instead of describing it.",
      suggestie:
        "Describe the behaviour itself: who, when and what happened. For example: 'On 4 March, after a question from the teacher, father threw his phone on the floor and shouted.'",
    },
  },
  innerlijk: {
    nl: {
      uitleg:
        "Dit schrijft iemand een gevoel, een innerlijke toestand of een sfeer toe, zonder wat u zag of hoorde waaruit die bleek.",
      suggestie:
        "Voeg toe waaruit het bleek: wat deed of zei de persoon, wie zag of hoorde het, en wanneer. Bijvoorbeeld: 'Daan kroop op 3 maart onder tafel toen vader binnenkwam en zei dat hij niet mee wilde.' Is het uw indruk, zet het dan in het veld 'Duiding'.",
    },
    en: {
      uitleg:
        "This attributes a feeling, an inner state or an atmosphere to someone, without what you saw or heard that showed it.",
      suggestie:
        "Add what showed it: what did the person do or say, who saw or heard it, and when. For example: 'On 3 March Daan crawled under the table when father came in and said he did not want to go.' If it is your impression, put it in the 'Interpretation' field.",
    },
  },
  speculatie: {
    nl: {
      uitleg:
        "Dit woord maakt van de zin een vermoeden of voorspelling: het zegt wat er vast of wel zo zal zijn, niet wat er is waargenomen.",
      suggestie:
        "Schrijf op wat u of een ander zag of hoorde, met bron en datum. Een vermoeden hoort in het veld 'Duiding', met waarop het rust.",
    },
    en: {
      uitleg:
        "This word turns the sentence into a guess or prediction: it says what will surely be so, not what was observed.",
      suggestie:
        "Write down what you or someone else saw or heard, with the source and the date. A suspicion belongs in the 'Interpretation' field, with what it rests on.",
    },
  },
  oorzaak: {
    nl: {
      uitleg: "Dit noemt een oorzaak als feit. Wie die oorzaak heeft vastgesteld, en waarop, staat er niet bij.",
      suggestie:
        "Beschrijf de waarnemingen apart, met bron en datum, en zet het verband dat u ziet in het veld 'Duiding'. Heeft een deskundige het verband gelegd, noem die dan.",
    },
    en: {
      uitleg: "This states a cause as a fact. Who established that cause, and on what grounds, is not said.",
      suggestie:
        "Describe the observations separately, with the source and the date, and put the link you see in the 'Interpretation' field. If a professional made the link, name them.",
    },
  },
  conclusie: {
    nl: {
      uitleg:
        "Dit is een conclusie van u of uw team, geen waarneming. De datum en de bron horen bij het concluderen, niet bij wat er gezien of gehoord is.",
      suggestie:
        "Beschrijf de waarnemingen waarop de conclusie rust: wie zag of hoorde wat, en wanneer. Zet de conclusie zelf in het veld 'Duiding'.",
    },
    en: {
      uitleg:
        "This is a conclusion of yours or your team's, not an observation. The date and the source belong to the act of concluding, not to what was seen or heard.",
      suggestie:
        "Describe the observations the conclusion rests on: who saw or heard what, and when. Put the conclusion itself in the 'Interpretation' field.",
    },
  },
  beschermend: {
    nl: {
      uitleg:
        "Deze beschermende factor staat er in algemene woorden. Veilig Thuis weegt wat iemand concreet doet voor de veiligheid van het kind, en dat staat er niet.",
      suggestie:
        "Noem wat de persoon doet en wanneer, en wie het zag. Bijvoorbeeld: 'Oma haalt Noor sinds maart elke woensdag op en belt de school als zij zich zorgen maakt.'",
    },
    en: {
      uitleg:
        "This protective factor is stated in general words. Veilig Thuis weighs what someone concretely does for the child's safety, and that is not said.",
      suggestie:
        "Name what the person does and when, and who saw it. For example: 'Since March grandmother collects Noor every Wednesday and calls the school when she is worried.'",
    },
  },
  geen_anker: {
    nl: {
      uitleg:
        "Deze zin zegt niet wie het zag of hoorde, niet wanneer, en niet wat er concreet gebeurde. Veilig Thuis kan hem daardoor niet nagaan, en vaak is het een conclusie in andere woorden.",
      suggestie:
        "Schrijf op wat u of een ander zag of hoorde, wanneer dat was (datum, dag of periode) en wat er concreet gebeurde (een handeling, letterlijke woorden, een maat of plaats). Is het uw conclusie, zet de zin dan in het veld 'Duiding'.",
    },
    en: {
      uitleg:
        "This sentence does not say who saw or heard it, when, or what concretely happened. Veilig Thuis cannot check it, and often it is a conclusion in other words.",
      suggestie:
        "Write what you or someone else saw or heard, when (a date, day or period) and what concretely happened (an act, the words said, a measure or a place). If it is your conclusion, move the sentence to the 'Interpretation' field.",
    },
  },
  zonder_anker: {
    nl: {
      uitleg:
        "Deze zin noemt een eigenschap of toestand zonder anker: er staat niet wie het zag of hoorde, niet wanneer, en niet wat er concreet gebeurde. Zo is het een interpretatie.",
      suggestie:
        "Voeg een anker toe: wie het zag of hoorde (of de bron), wanneer (datum, dag of periode) en wat er concreet gebeurde (een handeling, letterlijke woorden, een maat of plaats). Is het uw conclusie, zet de zin dan in het veld 'Duiding'.",
    },
    en: {
      uitleg:
        "This sentence states a quality or state without an anchor: it does not say who saw or heard it, when, or what concretely happened. That makes it an interpretation.",
      suggestie:
        "Add an anchor: who saw or heard it (or the source), when (a date, day or period) and what concretely happened (an act, the words said, a measure or a place). If it is your conclusion, move the sentence to the 'Interpretation' field.",
    },
  },
};

/**
 * The word rules, found in one pass over the text (`woordRegelZoeker`): each tried only where a word
 * starts with one of its prefixes. They are matched without the `i` flag on a lower-cased copy of the
 * text with the same offsets (`kleineLetters`); the patterns are written in lower case.
 */
const zoekWoordRegels = woordRegelZoeker(REGELS.map((regel) => regel.patroon));

const GEVOLG_RE = new RegExp(GEVOLG.map(metGrenzen).join("|"), "gu");
const VERVOLG_RE = new RegExp(`^[\\s"'„“‘«(]*${VERVOLG_GEVOLG}(?!${LETTER})`, "u");
const PERIODE_RE = new RegExp(metGrenzen(PERIODE.periode), "u");
const MAAT_RE = new RegExp(metGrenzen(PERIODE.maat), "u");
const UITZONDERING_RE: Readonly<Record<Exclude<Uitzondering, "gevolg">, { test(zin: string): boolean }>> = {
  telling: new RegExp(metGrenzen(TELLING), "u"),
  tijdsanker: new RegExp(metGrenzen(TIJDSANKER), "u"),
  periode: { test: (zin) => PERIODE_RE.test(zin) && MAAT_RE.test(zin) },
  diagnosticus: new RegExp(metGrenzen(ANKERS.diagnosticus), "u"),
  waarneming: new RegExp(`${metGrenzen(`${ANKERS.bron}|${ANKERS.concreet}`)}|${CITAATTEKEN}`, "u"),
  bevinding: new RegExp(
    metGrenzen(`${ANKERS.diagnosticus}|${TELLING}|\\d+(?:[.,]\\d+)?\\s*(?:cm|mm|kg|g|gram|kilo|graden|minuten|euro|%)`),
    "u",
  ),
  anker: new RegExp(
    `${metGrenzen(`${ANKERS.tijd}|${ANKERS.bron}|${ANKERS.concreet}|${ANKERS.getal}`)}|${CITAATTEKEN}`,
    "u",
  ),
};
const ONTKENNING_RE = new RegExp(ONTKENNING, "u");
const SPREKER_RE = new RegExp(`(?<!${LETTER})(?:${SPREKER})`, "gu");
const EINDE_SPREKER_RE = new RegExp(EINDE_SPREKER, "gu");

/** Which closing marks end a quotation opened by each mark. Dutch uses „…”, “…”, '…' and ‘…’. */
const SLUITERS: Readonly<Record<string, string>> = { '"': '"', "„": '”“"', "“": '”"', "'": "'’", "‘": "’'", "«": "»" };
/** The characters that may close a quotation, and line breaks; the characters that may open one. */
const SLUIT_OF_REGEL_RE = /["”“'’»\n]/g;
const OPENER_RE = /["„“'‘«]/g;
/** 's avonds, 't huis, 'n kind, 'k: an apostrophe of elision, not an opening quote. */
const ELISIE = new RegExp(`^['‘’][stnk](?!${LETTER})`, "iu");

/** First value in a sorted list greater than `na`, by binary search (keeps 50 KB texts linear-ish). */
function eersteNa(lijst: readonly number[], na: number): number | undefined {
  let laag = 0;
  let hoog = lijst.length;
  while (laag < hoog) {
    const midden = (laag + hoog) >>> 1;
    if ((lijst[midden] ?? Infinity) <= na) laag = midden + 1;
    else hoog = midden;
  }
  return lijst[laag];
}

/**
 * Quotations: professionals are told to write down literally what a child or parent said, so words
 * inside quotation marks are never flagged. A quotation opens after a non-letter, closes before a
 * non-letter and stays on one line; an opening mark without its closing mark is not a quotation
 * (the text after it is checked as usual), and "opa's" or "'s avonds" are apostrophes, not quotes.
 */
function citaten(tekst: string): Bereik[] {
  // Only line breaks and quotation marks matter here: found by a regular expression, not character by character.
  const sluitposities = new Map<string, number[]>();
  const regeleinden: number[] = [];
  SLUIT_OF_REGEL_RE.lastIndex = 0;
  for (let m = SLUIT_OF_REGEL_RE.exec(tekst); m !== null; m = SLUIT_OF_REGEL_RE.exec(tekst)) {
    const i = m.index;
    const teken = m[0];
    if (teken === "\n") regeleinden.push(i);
    else if (!isWit(tekst[i - 1]) && !isLetter(tekst[i + 1])) {
      const lijst = sluitposities.get(teken);
      if (lijst === undefined) sluitposities.set(teken, [i]);
      else lijst.push(i);
    }
  }
  const bereiken: Bereik[] = [];
  if (sluitposities.size === 0) return bereiken;
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(tekst); m !== null; m = OPENER_RE.exec(tekst)) {
    const i = m.index;
    const sluiters = SLUITERS[m[0]];
    if (sluiters === undefined || isLetter(tekst[i - 1]) || isWit(tekst[i + 1]) || ELISIE.test(tekst.slice(i, i + 3)))
      continue;
    const regeleinde = eersteNa(regeleinden, i) ?? tekst.length;
    const kandidaten = [...sluiters]
      .map((s) => eersteNa(sluitposities.get(s) ?? [], i + 1))
      .filter((p): p is number => p !== undefined);
    const sluit = Math.min(...kandidaten);
    if (sluit < regeleinde) {
      bereiken.push({ begin: i, eind: sluit + 1 });
      OPENER_RE.lastIndex = sluit + 1;
    }
  }
  return bereiken;
}

/** Sentences end at . ! ? followed by white space, and at a line break; not inside a quotation or after "ca.". */
function zinnen(tekst: string, citaatBereiken: readonly Bereik[]): Bereik[] {
  const resultaat: Bereik[] = [];
  let begin = 0;
  let citaat = 0;
  // Only the characters that can end a sentence matter: found by a regular expression, not one by one.
  ZINSEINDE_RE.lastIndex = 0;
  for (let m = ZINSEINDE_RE.exec(tekst); m !== null; m = ZINSEINDE_RE.exec(tekst)) {
    const i = m.index;
    while ((citaatBereiken[citaat]?.eind ?? Infinity) <= i) citaat++;
    const huidig = citaatBereiken[citaat];
    if (huidig !== undefined && huidig.begin <= i) continue;
    const teken = tekst[i];
    const einde =
      teken === "\n" ||
      (".!?".includes(teken ?? "") && isWit(tekst[i + 1]) && !(teken === "." && isAfkorting(tekst, i)));
    if (einde) {
      resultaat.push({ begin, eind: i + 1 });
      begin = i + 1;
    }
  }
  if (begin < tekst.length) resultaat.push({ begin, eind: tekst.length });
  return resultaat;
}

const ZINSEINDE_RE = /[.!?\n]/g;
const LANGSTE_AFKORTING = Math.max(...[...AFKORTINGEN].map((a) => a.length));

/**
 * Whether the full stop at `punt` ends an abbreviation: the letters and full stops right before it, up to
 * 12 characters back, are one of `AFKORTINGEN`. Walked back over ASCII, which answers nearly every case at
 * once (a word longer than any abbreviation is none); other letters go to the Unicode classes.
 */
function isAfkorting(tekst: string, punt: number): boolean {
  const grens = Math.max(0, punt - 12);
  let i = punt - 1;
  for (; i >= grens; i--) {
    const code = tekst.charCodeAt(i);
    if (code >= 128) {
      const woord = /[\p{L}.]+$/u.exec(tekst.slice(grens, punt))?.[0];
      return woord !== undefined && AFKORTINGEN.has(woord.toLowerCase());
    }
    const klein = code | 32;
    if (code !== 46 && !(klein >= 97 && klein <= 122)) break;
    if (punt - i > LANGSTE_AFKORTING) return false;
  }
  return i < punt - 1 && AFKORTINGEN.has(tekst.slice(i + 1, punt).toLowerCase());
}

/** Index of the range that contains `positie` in a sorted, non-overlapping list, or -1. */
function zoekBereik(bereiken: readonly Bereik[], positie: number): number {
  let laag = 0;
  let hoog = bereiken.length - 1;
  while (laag <= hoog) {
    const midden = (laag + hoog) >>> 1;
    const b = bereiken[midden];
    if (b === undefined) break;
    if (positie < b.begin) hoog = midden - 1;
    else if (positie >= b.eind) laag = midden + 1;
    else return midden;
  }
  return -1;
}

/** Whether a match touches a quotation: one holds its start, or the first one after its start begins inside it. */
function overlaptCitaat(citaatBereiken: readonly Bereik[], begin: number, eind: number): boolean {
  if (zoekBereik(citaatBereiken, begin) >= 0) return true;
  let laag = 0;
  let hoog = citaatBereiken.length;
  while (laag < hoog) {
    const midden = (laag + hoog) >>> 1;
    if ((citaatBereiken[midden]?.begin ?? Infinity) < begin) laag = midden + 1;
    else hoog = midden;
  }
  return (citaatBereiken[laag]?.begin ?? Infinity) < eind;
}

/**
 * Whether the sentence around a match lifts it (see `Uitzondering` in the word lists). Answers are kept
 * per sentence, so a long sentence full of flagged words is scanned once, not once per word.
 */
function uitzonderingen(
  tekst: string,
  zinBereiken: readonly Bereik[],
): (uitzondering: Uitzondering, match: Bereik) => boolean {
  const perZin = new Map<Uitzondering, (boolean | undefined)[]>();
  const gevolgenPerZin = new Map<number, Bereik[]>();
  return (uitzondering, match) => {
    const index = zoekBereik(zinBereiken, match.begin);
    const zin = zinBereiken[index];
    if (zin === undefined) return false;
    if (uitzondering !== "gevolg") {
      let antwoorden = perZin.get(uitzondering);
      if (antwoorden === undefined) {
        antwoorden = [];
        perZin.set(uitzondering, antwoorden);
      }
      let antwoord = antwoorden[index];
      if (antwoord === undefined) {
        antwoord = UITZONDERING_RE[uitzondering].test(tekst.slice(zin.begin, zin.eind));
        antwoorden[index] = antwoord;
      }
      return antwoord;
    }
    let gevolgen = gevolgenPerZin.get(index);
    if (gevolgen === undefined) {
      gevolgen = [...tekst.slice(zin.begin, zin.eind).matchAll(GEVOLG_RE)].map((m) => ({
        begin: zin.begin + m.index,
        eind: zin.begin + m.index + m[0].length,
      }));
      gevolgenPerZin.set(index, gevolgen);
    }
    // A consequence outside the match itself, so "huiselijk geweld" is not its own consequence ("geweld").
    if (gevolgen.some((g) => g.eind <= match.begin || g.begin >= match.eind)) return true;
    const volgende = zinBereiken[index + 1];
    return (
      volgende !== undefined &&
      VERVOLG_RE.test(tekst.slice(volgende.begin, Math.min(volgende.eind, volgende.begin + 80)))
    );
  };
}

/** ", zei hij." or ", aldus moeder." closing a sentence: what came before it is the speaker's. */
const SPREKER_ACHTERAF_RE = new RegExp(
  `,\\s*(?:zei|zeiden|zegt|zeggen|vertelde|vertelden|vertelt|schreef|riep|aldus|volgens)(?:\\s+${LETTER}+){1,4}\\s*[.!?]?\\s*$`,
  "u",
);

/**
 * Reported speech in one sentence: what follows `zei dat`, `vertelde dat` and the like, and the whole
 * clause around `volgens de ouders`, up to where the writer takes over again (`; `, `, maar`, `en ik`).
 * Those words are the speaker's statement, not the writer's generalisation or judgement, so only a risk
 * factor is still checked there (Veilig Thuis asks how it leads to unsafety, whoever named it).
 */
function sprekerBereiken(tekst: string, zin: Bereik): Bereik[] {
  const inhoud = tekst.slice(zin.begin, zin.eind);
  const sprekers = [...inhoud.matchAll(SPREKER_RE)];
  const achteraf = SPREKER_ACHTERAF_RE.exec(inhoud);
  // Most sentences have no speaker: then where the writer takes over again does not matter.
  if (sprekers.length === 0 && achteraf === null) return [];
  const einden = [...inhoud.matchAll(EINDE_SPREKER_RE)].map((m) => ({ begin: m.index, eind: m.index + m[0].length }));
  const clauseBegin = (positie: number): number =>
    einden.filter((e) => e.eind <= positie).reduce((a, e) => Math.max(a, e.eind), 0);
  const clauseEind = (positie: number): number => einden.find((e) => e.begin >= positie)?.begin ?? inhoud.length;
  const bereiken: Bereik[] = [];
  for (const m of sprekers) {
    const heleZinsdeel = /^(?:volgens|aldus)/iu.test(m[0]);
    const begin = heleZinsdeel ? clauseBegin(m.index) : m.index + m[0].length;
    bereiken.push({ begin: zin.begin + begin, eind: zin.begin + clauseEind(m.index + m[0].length) });
  }
  if (achteraf !== null)
    bereiken.push({ begin: zin.begin + clauseBegin(achteraf.index), eind: zin.begin + achteraf.index });
  return bereiken;
}

interface Kandidaat extends Bereik {
  readonly regel: WoordRegel;
  readonly volgorde: number;
}

/**
 * Checks the free text of a report for wording Veilig Thuis cannot act on. Returns the findings sorted by
 * position, at most one per span and none overlapping; texts in Dutch, or English when `taal` is "en".
 * Only Dutch text is checked: the word lists are Dutch whatever the interface language.
 */
export function controleerFeitelijkheid(tekst: string, taal: Taal = "nl"): Bevinding[] {
  if (tekst.trim() === "") return [];
  const citaatBereiken = citaten(tekst);
  const zinBereiken = zinnen(tekst, citaatBereiken);
  // The patterns are lower case and matched on a lower-cased copy with the same offsets (`kleineLetters`).
  const laag = kleineLetters(tekst);
  const isUitgezonderd = uitzonderingen(laag, zinBereiken);
  const sprekers = new Map<number, Bereik[]>();
  const isGezegdDoorAnder = (begin: number): boolean => {
    const index = zoekBereik(zinBereiken, begin);
    const zin = zinBereiken[index];
    if (zin === undefined) return false;
    let bereiken = sprekers.get(index);
    if (bereiken === undefined) {
      bereiken = sprekerBereiken(laag, zin);
      sprekers.set(index, bereiken);
    }
    return bereiken.some((b) => b.begin <= begin && begin < b.eind);
  };
  const kandidaten: Kandidaat[] = [];
  for (const { begin, eind, regel } of woordparen(laag)) {
    if (regel.ontkenbaar === true && ONTKENNING_RE.test(laag.slice(Math.max(0, begin - 80), begin))) continue;
    if (
      overlaptCitaat(citaatBereiken, begin, eind) ||
      isGezegdDoorAnder(begin) ||
      (regel.uitzondering !== undefined && isUitgezonderd(regel.uitzondering, { begin, eind }))
    )
      continue;
    kandidaten.push({ begin, eind, regel, volgorde: REGELS.length });
  }
  zoekWoordRegels(laag, (volgorde, match) => {
    const regel = REGELS[volgorde]!;
    // A rule may flag only its core (`(?<kern>...)` at its end): "is erg betrokken" flags "betrokken".
    const eind = match.index + match[0].length;
    const begin = eind - (match.groups?.["kern"] ?? match[0]).length;
    if (regel.ontkenbaar === true && ONTKENNING_RE.test(laag.slice(Math.max(0, begin - 80), begin))) return;
    if (eind === begin || overlaptCitaat(citaatBereiken, begin, eind)) return;
    // Reported speech is the speaker's. A risk factor stays flagged inside it (decision 0026), unless the
    // sentence also says when: then it records what someone reported at a moment, a fact of the report.
    if (
      regel.soort !== "risico_zonder_gevolg"
        ? isGezegdDoorAnder(begin)
        : isUitgezonderd("tijdsanker", { begin, eind }) && isGezegdDoorAnder(begin)
    )
      return;
    // Likewise a risk factor a professional established at a moment ("uit het verslag van de GGZ van 2 augustus blijkt ...").
    if (
      regel.soort === "risico_zonder_gevolg" &&
      isUitgezonderd("diagnosticus", { begin, eind }) &&
      isUitgezonderd("tijdsanker", { begin, eind })
    )
      return;
    if (regel.uitzondering !== undefined && isUitgezonderd(regel.uitzondering, { begin, eind })) return;
    kandidaten.push({ begin, eind, regel, volgorde });
  });
  // Earliest first; at the same start the longest ("vreemd gedrag" over "vreemd"), then the earlier rule.
  kandidaten.sort((a, b) => a.begin - b.begin || b.eind - a.eind || a.volgorde - b.volgorde);
  const bevindingen: Bevinding[] = [];
  let bezetTot = 0;
  for (const k of kandidaten) {
    if (k.begin < bezetTot) continue;
    bezetTot = k.eind;
    bevindingen.push({ begin: k.begin, eind: k.eind, soort: k.regel.soort, ...TEKSTEN[k.regel.tekst][taal] });
  }
  const zonderAnker = zinnenZonderAnker(tekst, laag, zinBereiken, bevindingen, isUitgezonderd);
  if (zonderAnker.length === 0) return bevindingen;
  const extra = zonderAnker.map((zin): Bevinding => ({ ...zin, soort: "zonder_anker", ...TEKSTEN.geen_anker[taal] }));
  return [...bevindingen, ...extra].sort((a, b) => a.begin - b.begin);
}
