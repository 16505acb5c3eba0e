/**
 * What anchors a sentence of a report to an observation, and what marks words as someone else's, for the
 * factuality check (`feitelijkheid.ts`): negation, consequences, counts, moments and periods, who saw or
 * heard it, quotation marks and reported speech. The word rules themselves are in `feitelijkheid.woorden.ts`.
 * Patterns are sources of regular expressions, as there.
 */
import { KW, S, W } from "./feitelijkheid.patroon.ts";

/** "geen" or "niet" up to two words before a match, for rules that are `ontkenbaar`. */
export const ONTKENNING = `(?<![\\p{L}\\p{N}])(?:geen|niet)(?:${S}${KW}){0,2}${S}$`;

/**
 * A sentence says how a risk factor leads to unsafety when it holds a causal connector, an incapacity,
 * or a concrete consequence for the child. Deliberately broad: a missed finding costs less than nagging
 * a professional who did tie the factor to the child.
 */
export const GEVOLG: readonly string[] = [
  "waardoor|daardoor|hierdoor|doordat|zodat|zodoende|daarom|omdat|dus|met\\s+als\\s+gevolg|als\\s+gevolg|tot\\s+gevolg|gevolgen?",
  "leidt|leidde|leiden|veroorzaakt|veroorzaakte|wanneer|zodra|telkens\\s+als|door\\s+(?:zijn|haar|hun)",
  `als\\s+(?:${W}\\s+){1,8}?${W},`,
  "niet\\s+in\\s+staat|(?:kan|kon|kunnen|konden)\\s+(?:\\p{L}+\\s+){0,4}?niet",
  "alleen\\s+thuis|alleen\\s+gelaten|alleen\\s+achter|geen\\s+eten|zonder\\s+eten|honger|niet\\s+gegeten|te\\s+laat",
  "niet\\s+naar\\s+school|niet\\s+op\\s+school|verzuim|(?:niet|nooit)\\s+(?:op|af)gehaald|onder\\s+invloed",
  "ruzie|slaat|sloeg|geslagen|schreeuwt|schreeuwde|duw|geweld|onveilig|in\\s+gevaar|gevaarlijk",
  "(?:zorgt|zorgde|zorgen)\\s+(?:\\p{L}+\\s+){0,3}?voor\\s+(?:zijn|haar)\\s+(?:broertjes?|zusjes?|broers?|zussen)",
];

/** A following sentence that opens like this continues the previous one ("Daardoor is Sara ..."). */
export const VERVOLG_GEVOLG =
  "(?:daardoor|hierdoor|doordat|als\\s+gevolg|met\\s+als\\s+gevolg|dat\\s+betekent|dit\\s+betekent|dit\\s+leidt|dat\\s+leidt|daarom)";

const GETAL =
  "\\d+|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig";

/** A count: "8 keer", "drie ochtenden", "6 van de 19 dagen", "2x". */
export const TELLING = `(?:${GETAL})\\s*(?:x|keer|maal|dagen|ochtenden|middagen|avonden|nachten|weken|lessen|schooldagen)|\\d+\\s+(?:van|op|uit)\\s+(?:de\\s+)?\\d+|\\d+\\s*%`;

const MAANDEN =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";
const DAGEN = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag";

/** A concrete moment: a date, a weekday, a clock time, "gisteren", "tijdens het gesprek". */
export const TIJDSANKER = [
  `\\d{1,2}\\s+(?:${MAANDEN})`,
  "\\d{1,2}[-/]\\d{1,2}",
  "\\d{1,2}[.:]\\d{2}\\s*uur|\\d{1,2}\\s+uur",
  DAGEN,
  "vandaag|gisteren|eergisteren|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht",
  "tijdens\\s+(?:het|de|dat|die)\\s+\\p{L}+|in\\s+de\\s+pauze",
  `(?:in\\s+)?(?:de|het)\\s+afgelopen\\s+(?:(?:${GETAL})\\s+)?(?:dagen|weken|maanden|week|maand|jaar|schooljaar)`,
  `(?:sinds|vanaf|in|tussen|van|tot(?:\\s+en\\s+met)?|t/m)\\s+(?:\\d{1,2}\\s+)?(?:${MAANDEN})`,
].join("|");

/**
 * What else anchors a statement for the sentence rule (decision 0043), beside `ANKERS`: a place ("in de
 * slaapkamer", "op de tweede verdieping"), a number in words ("twee broers"), an act of the professional
 * ("contact opgenomen met", "besproken met de huisarts"). Not used to lift an inner state or a judgement:
 * a place or a phone call does not show what someone feels.
 */
export const ZIN_ANKER = [
  `(?:in|op|bij|naast|onder|achter|voor|naar|uit)\\s+(?:de|het|een|zijn|haar|hun)\\s+(?:\\p{L}+\\s+)?(?:slaapkamer|keuken|woonkamer|badkamer|gang|trap|zolder|kelder|tuin|straat|deur|voordeur|klas|klaslokaal|lokaal|speelplaats|schoolplein|plein|groep|gymzaal|bus|auto|wachtkamer|spreekkamer|hal|lift|flat|verdieping|grond|bank|bed|vloer|balkon|kast|koelkast|woning|huis|wijk|opvang|peuterzaal|crèche|kinderdagverblijf|ziekenhuis|praktijk|spoedeisende\\s+hulp|afdeling|kamer)`,
  `(?:${GETAL})\\s+\\p{L}+`,
  "contact\\s+(?:op)?genomen|contact\\s+(?:opnam|opnamen|opgenomen)|belde|belden|gebeld|sprak|spraken|gesproken|besprak|bespraken|besproken|overlegde|overlegden|overlegd|mailde|gemaild|bezocht|bezochten|verwees|verwezen|aangemeld|ingeschakeld|afgesproken|afgezegd|uitgenodigd|doorverwezen",
].join("|");

/**
 * A bounded period with a count or a recurring moment in it: what "steeds" or "nooit" may sum up.
 * Both must be there: "sinds maart" alone does not make "altijd" concrete.
 */
export const PERIODE = {
  periode: `${TIJDSANKER}|(?:elke|iedere)\\s+(?:${DAGEN}|dag|week|ochtend|middag|avond)|op\\s+(?:die|deze)\\s+(?:dagen|momenten|ochtenden|middagen|avonden)`,
  maat: `${TELLING}|\\d{1,2}[.:]\\d{2}\\s*uur|\\d{1,2}\\s+uur|\\d+\\s+(?:van|op|uit)\\s+(?:de\\s+)?(?:\\d+|${GETAL})|(?:${GETAL})\\s+van\\s+de\\s+(?:${GETAL}|\\d+)`,
} as const;

/** Abbreviations whose full stop does not end a sentence, so "ca. 4 cm" stays one sentence. */
export const AFKORTINGEN: ReadonlySet<string> = new Set([
  "ca",
  "bijv",
  "bv",
  "o.a",
  "d.w.z",
  "i.p.v",
  "m.b.t",
  "dhr",
  "mevr",
  "mw",
  "nr",
  "evt",
  "z.s.m",
  "resp",
  "jl",
  "a.s",
  "t.a.v",
  "i.v.m",
  "e.d",
  "enz",
  "mr",
  "dr",
]);

/**
 * The anchors of an observation, as the issue of a report to Veilig Thuis defines them: who saw or heard
 * it (or the source), when, and what concretely. A sentence that has one of them is tied to something a
 * reader can check; the structural rule `zonder_anker` asks for at least one, an inner state asks for a
 * source or something concrete (`waarneming`), a diagnosis for the professional who made it.
 */
export const ANKERS = {
  /** When: a date, day, time, period or occasion. */
  tijd: [
    TIJDSANKER,
    `(?:in|sinds|vanaf|eind|begin|half|medio|halverwege)\\s+(?:${MAANDEN})|(?:19|20)\\d{2}`,
    "(?:vorige|afgelopen|dit|deze|die|dat|vorig|het\\s+afgelopen)\\s+(?:week|weken|maand|maanden|weekend|nacht|ochtend|middag|avond|dag|jaar|schooljaar|vakantie|keer)",
    "(?:bij|na|tijdens|voor)\\s+het\\s+(?:brengen|ophalen|halen|huisbezoek|intakegesprek|gesprek|verschonen|douchen|eten|slapengaan|spreekuur|consult|bezoek)",
    "(?:na|voor|in|tijdens)\\s+de\\s+(?:les|gymles|pauze|kring|vakantie|zomervakantie|kerstvakantie|meivakantie|voorjaarsvakantie|herfstvakantie|overdracht|controle|afspraak|behandeling)",
    "sinds|sindsdien|daarna|daarvoor|toen",
  ].join("|"),
  /** Who: someone who saw, heard, measured or said it, or a named source. */
  bron: [
    "zag|zagen|gezien|hoorde|hoorden|gehoord|rook|roken|geroken|voelde\\s+ik|merkte|merkten|opgemerkt|constateerde|geconstateerd",
    "observeerde|geobserveerd|mat|gemeten|woog|gewogen|telde|geteld|noteerde|genoteerd|fotografeerde|gefotografeerd|signaleerde|gesignaleerd",
    "zei|zeiden|zegt|gezegd|vertelde|vertelden|vertelt|verteld|meldde|meldden|meldt|gemeld|verklaarde|antwoordde|vroeg|vroegen",
    "riep|schreef|appte|mailde|liet\\s+weten|volgens|aldus|erkende|erkent|ontkende|ontkent|bevestigde|bevestigt|noemde|noemt",
    "(?:gaf|geeft|gaven|geven)\\s+(?:${W}\\s+){0,3}?aan|aangegeven|verteld|verklaard",
  ]
    .join("|")
    .replaceAll("${W}", W),
  /**
   * What concretely: a count or measure, an act that can be seen. Quotation marks count as well. A bare
   * number does not: a date says when, not what showed an inner state.
   */
  concreet: [
    TELLING,
    "\\d+(?:[.,]\\d+)?\\s*(?:cm|mm|m|km|kg|g|x|euro|%)",
    "huilde|huilden|huilt|huilen|trilde|trilt|trillen|beefde|beeft|schreeuwde|schreeuwden|schreeuwt|rende|renden|rent|kroop|kruipt",
    "verstopte|verstopt|sloeg|sloegen|slaat|schopte|schopt|gooide|gooit|beet|bijt|duwde|duwt|kneep|knijpt|trok|trekt|pakte|pakt",
    "greep|grijpt|kromp|deinsde|plaste|plast|stotterde|zweeg|zwijgt|staarde|staart|keek|kijkt|sprong|viel|lag|sliep|slaapt|at|eet",
    "luisterde|luisterden|knikte|knikten|lachte|lachten|glimlachte|zuchtte|reageerde|reageerden|dronk|drinkt|weigerde|weigert|rilde|bloedde|kokhalsde|braakte|spuugde|vluchtte|klemde|hield|sloot|opende",
    "wankelde|lalde|brulde|vloekte|dreigde|dreigt|bedreigde|sleurde|rukte|tilde|kuste|omhelsde|troostte|wiegde|negeerde|liep|kwam|ging|bleef",
    "cm|centimeter|kilo|kg|gram|graden|minuten|uur|meter|euro",
    "\\p{L}*(?:controles?|testen|test|uitslag|uitslagen|meting|metingen|screening|onderzoek)|getest|positief\\s+op|negatief\\s+op",
  ].join("|"),
  /** Any number: an age, a date, a count. Enough to anchor a sentence, not to show an inner state. */
  getal: "\\d+",
  /** A professional who can diagnose, or the act of diagnosing. */
  diagnosticus: [
    "huisarts|arts|kinderarts|jeugdarts|psycholoog|psychiater|kinderpsychiater|orthopedagoog|gz-psycholoog|ggz|neuroloog|specialist|geriater",
    "casemanager|behandelaar|ziekenhuis|diagnose|diagnoses|gediagnosticeerd|vastgesteld|vastgestelde|onderzocht|onderzoek|testafname|indicatie",
  ].join("|"),
} as const;

/** Quotation marks: words said are concrete, whoever wrote them down. */
export const CITAATTEKEN = "[\"„“”«»‘’]|(?<![\\p{L}\\p{N}])'(?=\\p{L})";

/**
 * Reported speech: the words after these are the speaker's, not the writer's (`zei dat`, `vertelde
 * dat`, `volgens de ouders`). Each pattern ends where the speaker's words begin.
 */
export const SPREKER = [
  `(?:zei|zeiden|zegt|zeggen|gezegd|vertelde|vertelden|vertelt|vertellen|verteld|meldde|meldden|meldt|gemeld|verklaarde|verklaarden|verklaart|verklaard|antwoordde|antwoordt|legde|legt|erkende|erkent|ontkende|ontkent|bevestigde|bevestigt|beweerde|beweert|schreef|schrijft|appte|mailde|riep|vroeg|vroegen|vraagt|klaagde|klaagt|noemde|noemt|liet\\s+weten|laat\\s+weten|gaf\\s+(?:${W}\\s+){0,3}?aan|geeft\\s+(?:${W}\\s+){0,3}?aan|aangegeven|uitgelegd)(?:\\s+(?:[\\p{L}\\p{N}.:]+\\s+){0,12}?)?\\s*(?:dat|of|hoe|waarom|wat)`,
  "volgens\\s+(?!(?:mij|ons|mijn|onze|de\\s+signalen|het\\s+(?:protocol|stappenplan|afwegingskader))(?![\\p{L}\\p{N}]))",
  "aldus",
]
  .join("|")
  .replaceAll("${W}", W);

/** Where the words of a speaker end within a sentence: the writer takes over after these. */
export const EINDE_SPREKER =
  ";|,\\s*(?:maar|terwijl|want|waardoor|en\\s+(?:ik|wij|we))(?![\\p{L}\\p{N}])|\\s(?:maar|en\\s+(?:ik|wij|we))\\s";
