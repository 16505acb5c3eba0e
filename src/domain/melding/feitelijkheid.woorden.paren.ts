import { FEITELIJKE_BIJVOEGLIJKE } from "./feitelijkheid.woorden.anker.ts";
import type { WoordRegel } from "./feitelijkheid.woorden.ts";

/*
 * The word lists of the per-word pass (`feitelijkheid.woordparen.ts`): an adjective that judges before a noun
 * for a person or a state, and the words tested one by one ("-problematiek", a disorder in a compound).
 */

/**
 * Adjectives that classify rather than judge, though they end like a quality: time ("huidige", "vorige"),
 * sex, role or domain ("maatschappelijk werker", "huiselijk geweld"). Added to `FEITELIJKE_BIJVOEGLIJKE`
 * for the attributive rule, where an adjective stands before its noun.
 */
const CLASSIFICERENDE_BIJVOEGLIJKE = [
  "huidig|vorig|toenmalig|voormalig|toekomstig|overig|zogenaamd|eigenlijk|uiteindelijk|werkelijk|daadwerkelijk|oorspronkelijk|gelijktijdig",
  "vroegtijdig|zelfstandig|plaatselijk|landelijk|gemeentelijk|huiselijk|maatschappelijk|mannelijk|vrouwelijk|persoonlijk|natuurlijk|feitelijk",
  "leidinggevend|dienstdoend|hulpverlenend|begeleidend|uitvoerend|coördinerend|duidelijk|enig|nodig|dergelijk|zorgend|behandelend|verwijzend|volgend|ontbrekend|betreffend|aanwezig|soortgelijk|betreffend|desbetreffend|bovengenoemd|inwonend|uitwonend|pleeg|biologisch|juridisch",
].join("|");

/**
 * An adjective that judges, by meaning or by a Dutch adjective ending, in its attributive forms
 * ("onberekenbare", "redelijke", "stabiel"); not the ones that state a fact or classify.
 */
export const OORDEEL_ATTRIBUTIEF = [
  `(?!(?:${FEITELIJKE_BIJVOEGLIJKE}|${CLASSIFICERENDE_BIJVOEGLIJKE})(?:e)?(?![\\p{L}\\p{N}]))`,
  "(?:",
  "goede?|slechte?|fijne?|prettige?|onprettige?|normale?|abnormale?|stabiele?|instabiele?|veilige?|onveilige?|sterke?|zwakke?|zwak",
  "|hechte?|innige?|warme?|kille?|koele?|complexe?|moeilijke?|lastige?|zware?|zwaar|positieve?|positief|negatieve?|negatief|chaotische?",
  "|problematische?|liefdevolle?|rommelige?|beperkte?|gespannen|moeizame?|stroeve?|verkeerde?|nare?|gezonde?|ongezonde?|kwetsbare?",
  "|belangrijke?|lage?|laag|hoge?|\\p{L}+(?:vol|volle|rijk|rijke)",
  "|\\p{L}+(?:ig|lijk|loos|baar|zaam|achtig)e?|\\p{L}+(?:loze|bare|zame)|\\p{L}{3,}ende",
  ")",
].join("");

/**
 * Nouns for a person, a relationship, a family or a state of affairs: the nouns an evaluative adjective
 * turns into a judgement ("een onberekenbare man", "een redelijke band", "positieve dingen"), including
 * compounds that end in them ("thuissituatie", "opvoedklimaat"): a word counts when it ends in one of
 * these. Objects and places are left out, so "een blauwe plek" or "een veilige plek" is no claim.
 */
export const OORDEEL_ZELFSTANDIG: readonly string[] = [
  "man|vrouw|vader|moeder|ouder|ouders|persoon|mens|jongen|meisje|kind|kinderen|type|figuur|vent|kerel|zoon|dochter|partner|opvoeder|opvoeders",
  "relatie|band|banden|contact|sfeer|situatie|gezin|opvoeding|verzorging|zorg|hechting|ontwikkeling|houding|gedrag|karakter|persoonlijkheid",
  "netwerk|basis|invloed|omgeving|indruk|dingen|zaken|kanten|punten|problematiek|problemen|thuis|jeugd|leven|verhouding|verhoudingen",
  "omgang|dynamiek|interactie|uitstraling|zelfbeeld|zelfvertrouwen|eigenwaarde|klimaat|factor|rol|toestand",
  // Diminutives and other nouns for a person, and intelligence: "een lief jongetje", "een laag IQ".
  "intenties|bedoelingen|jongetje|meisje|ventje|kereltje|kindje|mannetje|vrouwtje|baby|peuter|kleuter|puber|tiener|dame|cliënt|client|leerling|iq|intelligentie",
].flatMap((g) => g.split("|"));
/** Names that start with an adjective and are no judgement: "Veilig Thuis", "Goede Doelen". */
export const EIGENNAAM = "veilig\\s+thuis";

/**
 * zonder_anker, attributive: an evaluative adjective before a noun for a person, a relationship or a
 * state ("een onberekenbare man", "een redelijke band", "positieve dingen") judges as much as one after
 * "is". Lifted, like the predicate rule, when the sentence shows it (a source, an act, a measure, a
 * quotation); a date alone does not. Not a regular expression over the whole text: the check walks the
 * words once and tests each pair (adjective, noun) against `OORDEEL_ATTRIBUTIEF` and
 * `OORDEEL_ZELFSTANDIG`, which keeps a 10,000-character report within its time budget.
 */
/**
 * vaag: "-problematiek" sums up problems in one word ("multiproblematiek", "gezinsproblematiek"). Tested
 * per word in the same pass as the attributive rule; a risk factor ("schuldenproblematiek") wins over it.
 */
export const PROBLEMATIEK_REGEL: WoordRegel = {
  soort: "vaag",
  tekst: "vaag",
  uitzondering: "waarneming",
  ontkenbaar: true,
  patroon: "\\p{L}*problematiek",
};
/**
 * diagnose, in a compound: any word that ends in a disorder, a delay or a syndrome ("taalontwikkelingsachterstand",
 * "autismespectrumstoornis", "gokstoornis") is a diagnosis (a payment in arrears, "huurachterstand", is not) in the writer's voice unless the sentence names
 * who diagnosed. Tested per word in the same pass as the attributive rule.
 */
export const DIAGNOSE_SAMENSTELLING_REGEL: WoordRegel = {
  soort: "oordeel",
  tekst: "diagnose",
  uitzondering: "diagnosticus",
  patroon:
    "(?!\\p{L}*(?:huur|betaling|betaal|schuld|premie|energie|belasting|alimentatie|loon|rente|incasso|hypotheek|toeslag|bijdrage))\\p{L}+(?:stoornis|stoornissen|achterstand|achterstanden|syndroom)",
};
/**
 * Words that may stand between an adjective that judges and its noun without ending the phrase: a
 * classifying adjective ("een stevig sociaal netwerk"), or an inflected one ("een goede eerste band").
 */
export const TUSSEN_BIJVOEGLIJK = "\\p{L}{2,}(?:aal|ale|eel|ele|isch|ische|ief|ieve|iek|ieke|ig|ige|lijk|lijke|e)";
/** Determiners and pronouns that end like an adjective but open a noun phrase: the walk back stops there. */
export const GEEN_BIJVOEGLIJK = "de|deze|die|onze|elke|welke|iedere|alle|beide|jouwe|hare|zijne|geen|eigen";
export const ATTRIBUTIEVE_REGEL: WoordRegel = {
  soort: "vaag",
  tekst: "zonder_anker",
  uitzondering: "waarneming",
  patroon: OORDEEL_ATTRIBUTIEF,
};
