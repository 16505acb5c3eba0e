/**
 * The explanation and suggestion the factuality check (`feitelijkheid.ts`) shows with each finding: why each
 * kind of wording weakens a report, and how to write it instead, in both interface languages. Which one a word
 * rule shows is its `tekst` in `feitelijkheid.woorden.ts`.
 */
import type { TekstSleutel } from "./feitelijkheid.woorden.ts";

export type Taal = "nl" | "en";
export interface Toelichting {
  readonly uitleg: string;
  readonly suggestie: string;
}

/** Why each kind of wording weakens a report, and how to write it instead; in both interface languages. */
export const TEKSTEN: Readonly<Record<TekstSleutel, Readonly<Record<Taal, Toelichting>>>> = {
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
