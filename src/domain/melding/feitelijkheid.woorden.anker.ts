import type { WoordRegel } from "./feitelijkheid.woorden.ts";
import { W } from "./feitelijkheid.patroon.ts";

/*
 * The word rules for what needs an anchor: a conclusion of the writer or the team, a protective factor in general
 * words, and the structural rule: a quality or state stated with nothing that shows it. With the word classes
 * they are built from. In order of precedence (see `REGELS` in `feitelijkheid.woorden.ts`).
 */

/** Degree and frequency words that may stand between a copula and its quality ("is erg betrokken"). */
const BIJWOORD =
  "erg|heel|zeer|nogal|best|wat|echt|duidelijk|enorm|totaal|helemaal|behoorlijk|ontzettend|vrij|redelijk|weinig|niet|wel|ook|nog|al|dan|zo|te|minder|meer|weer|extra|vaak|soms|steeds|altijd|thuis|daar|er|een\\s+beetje|op\\s+school";

/**
 * Adjectives that state a fact rather than a quality, though they end like one: present or absent, a
 * legal status, a frequency, a measure of time.
 */
export const FEITELIJKE_BIJVOEGLIJKE = [
  "aanwezig|afwezig|weinig|nodig|mogelijk|onmogelijk|bereikbaar|onbereikbaar|zichtbaar|onzichtbaar|werkzaam|verplicht|leerplichtig",
  "afkomstig|woonachtig|bedlegerig|allergisch|bezig|syrisch|somalisch|irakisch|minderjarig|meerderjarig|\\p{L}*jarig|\\p{L}*afhankelijk|eenmalig|dagelijks|wekelijks|maandelijks|jaarlijks|vrijwillig|afhankelijk|beschikbaar",
  "ouderlijk|wettelijk|verstandelijk|lichamelijk|telefonisch|medisch|werkloos|dakloos|thuisloos|kinderloos|anderstalig|tweetalig",
  "eentalig|gelovig|schuldig|tijdelijk|voorlopig|verantwoordelijk|aansprakelijk|gezamenlijk|gelijk|zwanger|schriftelijk|mondeling",
].join("|");

/** A word that states a quality or state after a copula: by meaning, or by a Dutch adjective ending. */
const KWALITEIT = [
  "goed|slecht|fijn|prima|lekker|normaal|stabiel|instabiel|veilig|onveilig|rustig|druk|lief|stout|zwak|sterk|kwetsbaar",
  "blij|tevreden|ontspannen|opgewekt|bezorgd|ongerust|complex|ernstig|gezond|ongezond|hecht|innig|kil|koel|gebrekkig|slordig|gezellig",
  "turbulent|wankel|broos|fragiel|conflictueus|optimaal|ideaal|gunstig|ongunstig|wenselijk|belangrijk|waardevol|respectvol|liefdevol|geschrokken|opgelucht",
  "moe|betrokken|gemotiveerd|ongemotiveerd|meewerkend|coöperatief|open|gesloten|eerlijk|warm|zorgzaam|(?:positief|negatief)(?!\\s+(?:op|getest|bevonden)(?![\\p{L}\\p{N}]))|beperkt",
  "ontoereikend|onvoldoende|voldoende|adequaat|inadequaat|toereikend|welwillend|liefdevol|beschermend|steunend|loyaal|veerkrachtig|weerbaar|matig|wisselend|lastig|moeilijk|zwaar|afstandelijk|passief|actief|afwezig\\s+met\\s+(?:zijn|haar)\\s+gedachten",
  `(?!(?:${FEITELIJKE_BIJVOEGLIJKE})(?:e|er)?(?![\\p{L}\\p{N}]))\\p{L}+(?:ig|lijk|loos|baar|isch|ief|zaam|achtig|erig)(?:e|er)?`,
  "(?!(?:bekend|onbekend|inwonend|uitwonend|herstellend|lopend|dringend|volgend|ontbrekend|overwegend|bestaand|aanwezig)(?:e)?(?![\\p{L}\\p{N}]))\\p{L}{4,}end(?:e)?",
  `(?!(?:${FEITELIJKE_BIJVOEGLIJKE})(?![\\p{L}\\p{N}]))\\p{L}+(?:loze|ieve|zame|bare)`,
].join("|");

/**
 * What may follow an adjective used as a predicate ("is betrokken bij", "is zorgzaam en ..."): a
 * conjunction or preposition, not a noun. So "zijn vorige partner" (his former partner) is no claim.
 */
const NA_BEZIT =
  "en|of|maar|als|want|omdat|dus|sinds|bij|tegen|voor|naar|in|op|met|over|door|om|aan|tegenover|richting|wanneer|zodra|toen|nu|geweest|geworden|gebleven|te|zijn|is|was|waren";

export const ANKER_REGELS: readonly WoordRegel[] = [
  /**
   * conclusie: a conclusion of the writer or the team ("stellen wij vast dat", "heeft het zorgteam
   * geconcludeerd dat", "wij komen tot de conclusie"). A date and a source anchor the act of concluding,
   * not an observation, so the anchors do not lift it; a professional who can establish it, a count or a
   * measure does (`bevinding`: "de kinderarts concludeerde", "6 van de 19 dagen").
   */
  {
    soort: "vaag",
    tekst: "conclusie",
    uitzondering: "bevinding",
    patroon: [
      "(?:stel|stelt|stellen|stelde|stelden)\\s+(?:wij|we|ik|het\\s+(?:zorg)?team|de\\s+mentor|de\\s+leerkracht|de\\s+begeleider)\\s+vast\\s+dat",
      `(?:concludeer|concludeert|concluderen|concludeerde|concludeerden|geconcludeerd)\\s+(?:${W}\\s+){0,3}?dat`,
      "(?:(?:komen|kwamen|kom|kwam|komt)\\s+(?:wij|we|ik|het\\s+(?:zorg)?team)|(?:wij|we|ik|het\\s+(?:zorg)?team)\\s+(?:komen|kwamen|kom|kwam|komt))\\s+tot\\s+de\\s+conclusie|(?:onze|mijn|de)\\s+conclusie\\s+is|(?:trekken|trokken|trek|trok)\\s+(?:wij|we|ik)\\s+de\\s+conclusie",
    ].join("|"),
  },
  /**
   * beschermend: a protective factor in general words ("doet haar best", "beschikt over krachten", "een
   * doorzetter met veel veerkracht"). Veilig Thuis weighs what the person does for the child's safety;
   * lifted when the sentence shows it (a source, an act, a measure, a quotation).
   */
  {
    soort: "vaag",
    tekst: "beschermend",
    uitzondering: "waarneming",
    patroon: [
      "(?:doet|deed|doen|deden)\\s+(?:zijn|haar|hun|z'n|d'r)\\s+(?:uiterste\\s+)?best|binnen\\s+(?:zijn|haar|hun|z'n|d'r)\\s+(?:mogelijkheden|kunnen)",
      `(?:beschikt|beschikken|beschikte|beschikten|heeft|hebben|had|hadden)\\s+(?:${W}\\s+){0,2}?(?:krachten|kwaliteiten|capaciteiten|hulpbronnen|sterke\\s+kanten|positieve\\s+kanten)(?![\\p{L}\\p{N}])`,
      // Good care stated as a quality: "zorgt goed voor Zoë", "goed verzorgd", "voedt hem liefdevol op".
      `(?:zorgt|zorgde|zorgen|zorgden)\\s+(?:${W}\\s+){0,2}?(?:(?:heel|erg|zeer|echt|altijd)\\s+)?(?:goed|prima|uitstekend|liefdevol|zorgvuldig|keurig|trouw)\\s+voor(?![\\p{L}\\p{N}])`,
      `(?:goed|prima|uitstekend|keurig|liefdevol)\\s+(?:verzorgd(?:e)?|opgevoed|gevoed)|(?:verzorgt|verzorgde|verzorgen|verzorgden|voedt|voedde|voeden|voedden)\\s+(?:${W}\\s+){0,3}?(?:goed|prima|uitstekend|liefdevol|keurig)(?![\\p{L}\\p{N}])`,
      "(?:wil|wilt|willen|wilde|wilden)\\s+het\\s+beste\\s+voor|(?:houdt|hield|houden|hielden)\\s+(?:zielsveel|ontzettend\\s+veel|heel\\s+veel|erg\\s+veel)\\s+van|veerkracht|doorzettingsvermogen|(?:een\\s+)?(?:doorzetter|vechter|aanpakker|harde\\s+werker)",
    ].join("|"),
  },
  /**
   * zonder_anker: the structural rule. A quality or state stated with a verb like "is", "lijkt" or
   * "verloopt", in a sentence with nothing that shows it (no one who saw, heard or said it, no act, no
   * measure, no quotation), is an interpretation, whatever its words; a date alone does not show a quality. Qualities are recognised by meaning ("goed", "betrokken") and by
   * the Dutch adjective endings -ig, -lijk, -loos, -baar, -isch, -ief, -zaam and -achtig, minus the
   * adjectives that state a fact ("aanwezig", "zwanger", "bereikbaar").
   */
  {
    soort: "vaag",
    tekst: "zonder_anker",
    uitzondering: "waarneming",
    patroon: `(?:is|zijn|was|waren|wordt|worden|werd|werden|blijft|bleef|raakt|raakte|verloopt|verliep|lijkt|blijkt|bleek)(?!\\s+(?:me|mij|ons)(?![\\p{L}\\p{N}]))(?:\\s+(?:${BIJWOORD}|[\\p{L}\\p{N}]{1,30})){0,4}?\\s+(?<!(?<![\\p{L}\\p{N}])(?:een|de|het|zijn|haar|hun|z'n|d'r|mijn|ons|onze)\\s+(?:\\p{L}+e\\s+)?)(?<kern>${KWALITEIT})(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:${NA_BEZIT})(?![\\p{L}\\p{N}]))`,
  },
  {
    soort: "vaag",
    tekst: "zonder_anker",
    uitzondering: "anker",
    patroon: `(?:goede?|sterke?|warme?|hechte?|veilige?|positieve?|positief|fijne?|liefdevolle?|stabiele?|slechte?|zwakke?|zwak|negatieve?|negatief|beperkte?|betrokken)\\s+(?:band|relatie|hechting|contact|netwerk|basis|opvoeder|ouder|moeder|vader|steun|steunfiguur|invloed|factor|plek|plaats|haven|omgeving|rol|figuur|persoon|gezin|thuisbasis)`,
  },
  {
    soort: "vaag",
    tekst: "zonder_anker",
    uitzondering: "anker",
    patroon: [
      "(?:is|zijn|was|waren|vormt|vormen|vormde|biedt|bieden|bood)\\s+(?:een\\s+)?(?:(?:grote|belangrijke|echte)\\s+)?(?<kern>steun|steunpilaar|rots\\s+in\\s+de\\s+branding|houvast|veilige\\s+haven|beschermende\\s+factor|positieve\\s+factor|stabiele\\s+factor)",
      "(?:er\\s+zijn|zijn\\s+er)\\s+(?:(?:grote|ernstige|veel|flinke|serieuze)\\s+)?zorgen|(?:maak|maakt|maken|maakte|maakten)\\s+(?:ons|me|mij)\\s+(?:(?:ernstig|grote|veel|ernstige|echt)\\s+)?zorgen",
      "sprake\\s+van\\s+(?:een\\s+)?(?:onveiligheid|mishandeling|kindermishandeling|ouderenmishandeling|geweld|huiselijk\\s+geweld|misbruik|problemen|financiële\\s+uitbuiting|uitbuiting)",
    ].join("|"),
  },
];
