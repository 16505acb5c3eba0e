import type { WoordRegel } from "./feitelijkheid.woorden.ts";
import { KW, S, W } from "./feitelijkheid.patroon.ts";

/*
 * The word rules for hedges and generalisations: speculation, hedges and hearsay, and claims about every
 * moment, everyone or a group. In order of precedence (see `REGELS` in `feitelijkheid.woorden.ts`).
 */

/** A past participle, roughly: geslagen, opgesloten, bedreigd, mishandeld, verwaarloosd. */
const VOLTOOID = "\\p{L}*?(?:ge|be|ver|ont|mis|her)\\p{L}*";

/**
 * "vast" is speculation ("hij drinkt vast") except as the particle of a verb ("stelde vast", "hield hem
 * vast", "zat vast aan"), as an adjective ("een vast ritme", "vast werk") or before a preposition.
 */
const VAST_WERKWOORD = [
  "stel|stelt|stelde|stelden|stellen|leg|legt|legde|legden|leggen|zit|zat|zaten|zitten|houd|houdt|hield|hielden|houden|hou|pak|pakt|pakte",
  "pakten|grijpt|greep|grepen|bindt|bond|bonden|binden|loopt|liep|liepen|staat|stond|stonden|zet|zette|zetten|ligt|lag|lagen|klemt|klemde",
  "plakt|plakte|maakt|maakte|draait|draaide|raakt|raakte|vriest|vroor|nam|neemt|namen|sloot|sluit|bindt|klampt|klampte|klampten|klampen|knoopt|knoopte|spijkert|schroeft|schroefde|loop|liep",
].join("|");
/** Any word or token between a separable verb and its particle at the end of the clause, up to 24. */
const TUSSENWOORDEN = `(?:${S}[^\\s.;!?]{1,30}){0,24}`;
/** An article or possessive makes "vast" an adjective ("een vast ritme"), but only right before it. */
const VAST_LIDWOORD = "een|het|geen|de|zijn|haar|hun|z'n|d'r|mijn|ons|onze";
const VAST_NA =
  "aan|bij|in|op|met|tegen|om|te|en|gezeten|gehouden|gepakt|gebonden|gelopen|gezet|gelegd|gesteld|staan|zitten|werk|contract|adres|rooster|ritme|dagritme|patroon|contactpersoon|aanspreekpunt|baan|inkomen|punt|moment|tijdstip|onderdeel|plek|programma";

export const VOORBEHOUD_REGELS: readonly WoordRegel[] = [
  /**
   * voorbehoud (speculatie): speculation carried by a particle or adverb rather than a verb ("wordt vast
   * geslagen", "zal wel drinken", "ongetwijfeld"). "vast" as in "hield hem vast" or "zat vast aan" is left alone.
   */
  {
    soort: "voorbehoud",
    tekst: "speculatie",
    patroon: [
      `(?=vast(?![\\p{L}\\p{N}]))(?<!(?<![\\p{L}\\p{N}])(?:${VAST_WERKWOORD})${TUSSENWOORDEN}${S})(?<!(?<![\\p{L}\\p{N}])(?:${VAST_LIDWOORD})${S})vast(?!${S}(?:${VAST_NA})(?![\\p{L}\\p{N}]))`,
      `(?:zal|zullen|zou|zouden)\\s+(?:${W}\\s+){0,3}?wel(?=\\s)|(?:moet|moeten)\\s+(?:${W}\\s+){0,2}?wel\\s+(?:zo|zijn|hebben)|vast\\s+en\\s+zeker`,
      "vast\\s+wel|(?:zal|zullen|gaat|gaan)\\s+zeker|kwestie\\s+van\\s+tijd|niet\\s+lang\\s+(?:meer\\s+)?duren|ik\\s+ben\\s+(?:ervan\\s+|er\\s+van\\s+)?overtuigd|ik\\s+weet\\s+zeker|het\\s+vermoeden\\s+(?:is|bestaat)",
      "naar\\s+verwachting|te\\s+verwachten|ik\\s+(?:heb|had)\\s+de\\s+indruk|de\\s+indruk\\s+(?:bestaat|ontstaat)|ongetwijfeld|allicht|hoogstwaarschijnlijk|naar\\s+alle\\s+waarschijnlijkheid|denkelijk|vermoedt|vermoeden\\s+(?:wij|we)|(?:wij|we)\\s+vermoeden",
      `(?:duidt|duiden|duidde|wijst|wijzen|wees)\\s+(?:${W}\\s+){0,2}?op|(?:doet|doen|deed)\\s+(?:${W}\\s+){0,1}?vermoeden|(?:doet|deed)\\s+denken\\s+aan`,
      `ik\\s+(?:ben\\s+bang|vrees|verwacht|schat\\s+in|ga\\s+ervan\\s+uit)|het\\s+kan\\s+(?:bijna\\s+|haast\\s+)?niet\\s+anders`,
      "verdacht(?:e)?\\s+(?:plek|plekken|wond|wonden|letsel|situatie|verwonding(?:en)?)|alsof",
      // A future stated as sure to come: "vroeg of laat", "er dreigt een escalatie".
      "vroeg\\s+of\\s+laat|(?:er\\s+)?(?:dreigt|dreigen)\\s+(?:\\p{L}+\\s+){0,4}?(?:escalatie|crisis|uithuisplaatsing|ontsporing|terugval|breuk|gevaar)",
      // Speculation and opinion in a clause of its own: "het zou me niet verbazen", "ik sluit niet uit".
      "(?:het\\s+)?zou\\s+(?:me|mij|ons)\\s+(?:niet(?:s)?\\s+)?verbazen|(?:ik|wij|we)\\s+(?:sluit|sluiten)\\s+(?:\\p{L}+\\s+){0,2}?niet\\s+uit|niet\\s+uit\\s+te\\s+sluiten|niet\\s+uitgesloten",
      "het\\s+kan\\s+(?:goed\\s+|best\\s+)?(?:zijn|gebeuren)\\s+dat|ik\\s+kan\\s+me\\s+(?:goed\\s+)?voorstellen|naar\\s+mijn\\s+(?:idee|mening|inschatting|gevoel)|in\\s+mijn\\s+ogen|mijns\\s+inziens",
      "(?:ik|wij|we)\\s+(?:vind|vinden|vond|vonden)\\s+(?:het|dat)|(?:zal|zullen|gaat|gaan|kan|kunnen)\\s+(?:\\p{L}+\\s+){0,3}?(?:escaleren|ontsporen|misgaan|verergeren|erger\\s+worden)",
    ].join("|"),
  },
  /**
   * voorbehoud: hedges turn an observation into an impression. "mogelijk" is left alone in fixed phrases
   * where it is no hedge ("zo snel mogelijk", "niet mogelijk", "waar mogelijk", "mogelijk om ...").
   * "zou ... hebben geslagen" is the Dutch form of hearsay and flagged on "zou". "Het lijkt me goed als ..."
   * proposes a next step rather than hedging a fact, so it is left alone.
   */
  {
    soort: "voorbehoud",
    tekst: "voorbehoud",
    patroon: [
      "ik\\s+(?:heb|had|krijg|kreeg)\\s+(?:sterk\\s+|echt\\s+|wel\\s+)?het\\s+(?:gevoel|idee|vermoeden)|(?:ik|wij|we)\\s+(?:krijg|kreeg|krijgen|kregen)\\s+de\\s+indruk",
      "aannemelijk(?:e)?|het\\s+ligt\\s+voor\\s+de\\s+hand|(?:kan|kon)\\s+(?:alleen\\s+maar|niets\\s+anders\\s+dan)\\s+betekenen",
      `zeker(?!${S}(?:${"\\d|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|weten|niet|wel"})(?![\\p{L}\\p{N}]))`,
      "ik\\s+(?:denk|dacht|vermoed|vermoedde|neem\\s+aan)|(?:denk|dacht|vermoed)\\s+ik",
      "volgens\\s+mij|het\\s+zou\\s+(?:(?:heel\\s+)?goed|best|zomaar|zo\\s+maar)\\s+kunnen|(?:het\\s+)?zou\\s+kunnen|(?:past|passen|paste|pasten)\\s+(?:\\p{L}+\\s+){0,2}?bij\\s+(?:een|het\\s+beeld\\s+van)|naar\\s+(?:verluidt|het\\s+schijnt)",
      "(?:lijkt|leek)(?!\\s+(?:me|mij|ons)\\s+(?:goed|verstandig|wenselijk|nodig|belangrijk|beter|zinvol)(?![\\p{L}\\p{N}]))|lijken|leken|schijnt|schijnen|scheen",
      "waarschijnlijk(?:e)?|vermoedelijk(?:e)?|misschien|wellicht|blijkbaar|kennelijk(?:e)?|ogenschijnlijk",
      `(?<!(?<![\\p{L}\\p{N}])(?:zo${S}${KW}|zoveel|zo${S}veel|indien|waar|zover|niet|wel|alleen|nog|pas)${S})mogelijk(?:e|erwijs)?(?!\\s+(?:om|te)(?![\\p{L}\\p{N}]))`,
      `zou(?:den)?(?=\\s+(?:${W}\\s+){0,6}?(?:${VOLTOOID}\\s+(?:hebben|zijn)|(?:hebben|zijn)\\s+${VOLTOOID}))`,
      // A conjecture about the past in the future perfect: "zal de kinderen alleen gelaten hebben".
      `(?:zal|zullen)(?=\\s+(?:${W}\\s+){0,6}?${VOLTOOID}\\s+(?:hebben|zijn)(?![\\p{L}\\p{N}]))`,
    ].join("|"),
  },
  /**
   * generalisatie in time: claims about every moment, which the family can refute with one counterexample.
   * Lifted when the sentence bounds the period and counts or times it (`periode`): "sinds maart elke
   * dinsdag om 17.30 uur, steeds op tijd" sums up what was recorded.
   */
  {
    soort: "generalisatie",
    tekst: "generalisatie",
    uitzondering: "periode",
    patroon:
      "altijd|nooit|steeds|telkens|(?:herhaalt|herhaalde|herhalen|herhaalden)\\s+zich|voortdurend|constant|continu|structureel|structurele|stelselmatig(?:e)?|om\\s+de\\s+haverklap|aan\\s+de\\s+lopende\\s+band|zoals\\s+gewoonlijk|de\\s+hele\\s+(?:tijd|dag|nacht|week)|(?:elke|iedere)\\s+keer|(?:bij|na)\\s+(?:elke|iedere)\\s+(?:tegenslag|teleurstelling|ruzie|conflict|spanning|verandering|crisis|confrontatie)|keer\\s+op\\s+keer|dag\\s+in\\s+dag\\s+uit",
  },
  /** generalisatie over people or things: fine when bound to one concrete moment ("op 3 mei at hij niets"). */
  {
    soort: "generalisatie",
    tekst: "generalisatie",
    uitzondering: "tijdsanker",
    patroon: "iedereen|niemand|alles|niets|niks|overal",
  },
  /** generalisatie over a group: what "such families" do says nothing about this child ("in dit soort gezinnen"). */
  {
    soort: "generalisatie",
    tekst: "generalisatie",
    patroon: [
      "(?:dit|dat|zo'n|zulk|hetzelfde)\\s+soort\\s+(?:gezinnen|gezin|ouders|families|familie|mensen|vaders|moeders|jongeren|kinderen|culturen|wijken|types|situaties)",
      "zulke\\s+(?:gezinnen|ouders|families|mensen|vaders|moeders|jongeren|types)|(?:gezinnen|ouders|families|mensen)\\s+(?:uit|met)\\s+(?:die|deze|zo'n|zulke|een\\s+dergelijke)\\s+(?:achtergrond|cultuur|wijk|buurt)",
    ].join("|"),
  },
];
