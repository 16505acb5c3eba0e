/**
 * The word lists behind the factuality check of a report to Veilig Thuis, as readonly data so they can
 * be read, reviewed and extended without touching the matching logic in `feitelijkheid.ts`.
 *
 * Every pattern is the source of a regular expression without word boundaries: the check adds
 * boundaries that know Dutch letters (é, ë, ï ...) and matches case-insensitively with the `u` flag.
 * Inflections are spelled out per word (agressief, agressieve, agressiever ...) instead of matching
 * any word that starts with a stem, because a stem would also hit innocent words ("mogelijkheid",
 * "schuld", "altijdgroen").
 */
import type { BevindingSoort } from "./feitelijkheid.ts";
import { KW, S, W } from "./feitelijkheid.patroon.ts";

/** Which explanation and suggestion a rule shows: one per soort, plus a few sharper ones for common cases. */
export type TekstSleutel =
  | "oordeel"
  | "verwaarlozing"
  | "vaag"
  | "frequentie"
  | "verzorging"
  | "voorbehoud"
  | "generalisatie"
  | "risico"
  | "diagnose"
  | "karakter"
  | "innerlijk"
  | "speculatie"
  | "oorzaak"
  | "zonder_anker"
  | "conclusie"
  | "beschermend"
  | "geen_anker";

/**
 * When a match is NOT a finding, judged on the sentence it stands in:
 * - `telling`: the sentence gives a count ("vaak, 8 keer in maart"), so the vague frequency is made concrete;
 * - `tijdsanker`: the sentence is bound to a concrete moment ("op 3 mei deed niemand open"), so
 *   "niemand"/"niets" describe that moment instead of generalising;
 * - `gevolg`: the sentence (or the next one, when it opens with "Daardoor" and the like) says how the
 *   risk factor leads to unsafety, which is exactly what Veilig Thuis asks for;
 * - `diagnosticus`: the sentence names who diagnosed ("de kinderpsychiater stelde vast"), so a diagnosis
 *   is a reported finding, not the writer's label;
 * - `waarneming`: the sentence says what showed an inner state: a source who saw or heard it, a quotation,
 *   an act or a measure ("Daan huilde en zei dat hij bang was");
 * - `periode`: the sentence bounds a period and says when or how often within it ("sinds maart elke
 *   dinsdag om 17.30 uur", "in de afgelopen zes weken drie van de vijf keer"), so "steeds" or "nooit" sums
 *   up what was counted instead of generalising;
 * - `bevinding`: the sentence names a professional who can establish it or gives a count or a measure
 *   ("de kinderarts concludeerde", "6 van de 19 dagen"), so a conclusion reports a finding;
 * - `anker`: the sentence has any anchor at all (see `ANKERS`): who saw or heard it, when, or what
 *   concretely. Used for the structural rule: a quality or state stated with no anchor is an interpretation,
 *   and for the sentence rule of decision 0043: a statement with no anchor at all is asked for one.
 */
export type Uitzondering =
  "telling" | "tijdsanker" | "periode" | "gevolg" | "diagnosticus" | "waarneming" | "anker" | "bevinding";

export interface WoordRegel {
  readonly soort: BevindingSoort;
  readonly patroon: string;
  readonly tekst: TekstSleutel;
  readonly uitzondering?: Uitzondering;
  /** A negation shortly before the match ("geen schulden") lifts it: information against the worry. */
  readonly ontkenbaar?: true;
}

/** A past participle, roughly: geslagen, opgesloten, bedreigd, mishandeld, verwaarloosd. */
const VOLTOOID = "\\p{L}*?(?:ge|be|ver|ont|mis|her)\\p{L}*";

/** Degree and frequency words that may stand between a copula and its quality ("is erg betrokken"). */
const BIJWOORD =
  "erg|heel|zeer|nogal|best|wat|echt|duidelijk|enorm|totaal|helemaal|behoorlijk|ontzettend|vrij|redelijk|weinig|niet|wel|ook|nog|al|dan|zo|te|minder|meer|weer|extra|vaak|soms|steeds|altijd|thuis|daar|er|een\\s+beetje|op\\s+school";

/**
 * Adjectives that state a fact rather than a quality, though they end like one: present or absent, a
 * legal status, a frequency, a measure of time.
 */
const FEITELIJKE_BIJVOEGLIJKE = [
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

/**
 * Risk factors. Negated factors ("geen schulden", "geen sprake van verslaving") are information that
 * contradicts the worry and are not flagged (`ontkenbaar` in the rule below).
 */
const RISICOFACTOR = [
  "(?:alcohol|drank|drugs|middelen|gok|cannabis)(?:verslaving|probleem|problemen|problematiek|gebruik|misbruik)",
  "verslav(?:ing|ingen|ingsproblematiek)|verslaafd(?:e)?|drinkprobleem|(?:drugs|alcohol)verleden",
  "(?:gebruikt|gebruiken|gebruikte|gebruikten)\\s+drugs|(?:drinkt|drinken)\\s+(?:te\\s+)?veel",
  "psychische\\s+(?:problemen|problematiek|klachten|stoornis|aandoening|ziekte)|psychisch\\s+(?:ziek|instabiel|kwetsbaar)",
  "psychiatrische?(?:\\s+(?:problemen|problematiek|klachten|stoornis|aandoening|ziekte|voorgeschiedenis))?",
  "depressie(?:s|ve)?|depressief|psychose|psychotisch(?:e)?|borderline|persoonlijkheidsstoornis",
  "schulden|schuldenproblematiek|schuldproblemen|geldproblemen|financiële\\s+problemen",
  "werkloos|werkloze|werkloosheid|dakloos|dakloze|huisuitzetting|uithuiszetting|armoede|(?:heeft|hebben|had|hadden)\\s+het\\s+financieel\\s+(?:zwaar|moeilijk|krap)",
  "(?:echt|vecht)?scheiding|scheidingsproblematiek",
  `huiselijk\\s+geweld(?=\\s+in\\s+het\\s+verleden)|(?=huiselijk)(?<=(?<![\\p{L}\\p{N}])(?:in${S}het${S}verleden|eerder|vroeger)(?:${S}${KW}){0,3}${S})huiselijk\\s+geweld`,
  "lvb|licht\\s+verstandelijke?\\s+beperking|verstandelijke?\\s+beperking|zwakbegaafd(?:heid)?",
].join("|");

/**
 * What may follow an adjective used as a predicate ("is betrokken bij", "is zorgzaam en ..."): a
 * conjunction or preposition, not a noun. So "zijn vorige partner" (his former partner) is no claim.
 */
const NA_BEZIT =
  "en|of|maar|als|want|omdat|dus|sinds|bij|tegen|voor|naar|in|op|met|over|door|om|aan|tegenover|richting|wanneer|zodra|toen|nu|geweest|geworden|gebleven|te|zijn|is|was|waren";

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

/**
 * The rules in order of precedence: when two matches of different rules start at the same place the
 * longest wins, and at equal length the earlier rule. Within one rule the regular expression takes the
 * first alternative that fits, so longer phrases come before the single words they contain ("raar
 * gevoel" before "raar"); "luier" is deliberately absent from the forms of "lui" (it is a nappy).
 * Negation does not lift a judgement: "niet agressief" still labels a person and says nothing about
 * what was seen, so it is flagged as well.
 */
export const REGELS: readonly WoordRegel[] = [
  /**
   * oordeel: labels for a person or behaviour. They state a conclusion Veilig Thuis cannot check and read
   * as an accusation to the family, who will see the report.
   */
  { soort: "oordeel", tekst: "verwaarlozing", patroon: "verwaarlo(?:os(?:d|de|den|t)?|zing|zen)" },
  {
    soort: "oordeel",
    tekst: "oordeel",
    patroon: [
      "agressie(?:f|ve|ver|vere|fst|fste)|agressiviteit",
      "slechte\\s+(?:moeder|vader|ouders?|opvoeders?)",
      "geen\\s+goede\\s+(?:moeder|vader|ouders?|opvoeders?)",
      "onverschillig(?:e|er|heid)?|ongeïnteresseerd(?:e)?|ongeinteresseerd(?:e)?",
      "asocia(?:al|le)|gestoord(?:e)?|labiel(?:e|er)?|onbetrouwba(?:ar|re|arder)",
      "lui|luie|luiheid|dom|domme|dommer|gek|gekke|hysterisch(?:e)?",
      "leugenachtig(?:e)?|liegt|loog|leugenaar|vies|vieze|viezer|smerig(?:e)?|goor|gore",
      "egoïstisch(?:e)?|egoistisch(?:e)?|manipulatie(?:f|ve)|gewelddadig(?:e)?|onhandelba(?:ar|re)",
      "respectlo(?:os|ze)|brutaal|brutale|kil|kille|onvolwassen|naïef|naïeve|naief|naieve",
      `(?:maakt|maakte|maken|maakten)\\s+zich\\s+(?:niet|geen)\\s+(?:druk|zorgen)`,
      `(?:interesseert|interesseerde)\\s+(?:${W}\\s+){1,2}?niets?`,
      `(?:kan|kon)\\s+(?:${W}\\s+){1,2}?niets?\\s+schelen`,
    ].join("|"),
  },
  /**
   * vaag: wording that signals a worry without the observation behind it. "vreemde man/taal" is left
   * alone: there "vreemd" means unknown or foreign, not odd.
   */
  {
    soort: "vaag",
    tekst: "verzorging",
    patroon: `slecht\\s+verzorgd(?:e)?|onverzorgd(?:e)?|(?:ziet|zag|zien|zagen)\\s+er\\s+(?:${W}\\s+){0,3}?(?:slecht|verwaarloosd|onverzorgd|niet\\s+goed)\\s+uit`,
  },
  {
    soort: "vaag",
    tekst: "vaag",
    patroon: [
      "(?:vreemd|raar|apart|afwijkend|opvallend|zorgelijk)(?:e)?\\s+gedrag",
      "(?:naar|raar|vervelend|slecht|onprettig|ongemakkelijk)\\s+gevoel|geen\\s+goed\\s+gevoel",
      "vreemd|vreemde(?!\\s+(?:man|vrouw|mannen|vrouwen|persoon|personen|mensen|volwassenen?|auto|taal|talen))",
      "raar|rare|niet\\s+pluis|onderbuikgevoel(?:ens)?|anders\\s+dan\\s+anders|chaos|chaotisch(?:e)?",
      "problemen\\s+thuis|thuisproblemen|problemen\\s+in\\s+(?:het\\s+gezin|de\\s+thuissituatie)",
      "(?:onrustige|moeilijke|lastige|zorgelijke|onveilige|problematische)\\s+thuissituatie",
      "zorgelijk(?:e)?",
      "er\\s+speelt\\s+(?:van\\s+alles|iets|wat)|speelt\\s+er\\s+(?:van\\s+alles|iets|wat)",
      `(?:het\\s+)?(?:gaat|ging)\\s+(?:${W}\\s+){0,3}?(?:niet\\s+goed|slecht|niet\\s+lekker)|(?:niet\\s+goed|slecht|niet\\s+lekker)\\s+(?:gaat|ging)`,
      `(?:niet\\s+)?(?:lekker|goed|fijn)\\s+in\\s+(?:zijn|haar|z'n|d'r|hun)\\s+vel`,
    ].join("|"),
  },
  /** vaag (frequentie): how often, without a number. Lifted when the sentence does give a count. */
  {
    soort: "vaag",
    tekst: "frequentie",
    uitzondering: "telling",
    patroon:
      "meestal|doorgaans|gewoonlijk|geregeld|de\\s+laatste\\s+tijd|een\\s+tijdje|al\\s+(?:een\\s+)?(?:hele\\s+)?(?:tijd|poos)|al\\s+langere\\s+tijd|al\\s+jaren|jarenlang|vaak|vaker|dikwijls|regelmatig|herhaaldelijk|meermaals|veelvuldig|soms|af\\s+en\\s+toe|zo\\s+nu\\s+en\\s+dan|meerdere\\s+(?:keren|malen)",
  },
  /**
   * diagnose: a diagnosis or clinical label in the writer's own voice ("getraumatiseerd", "ADHD",
   * "mishandeld"). Only a professional can diagnose; lifted when the sentence names who did
   * ("de kinderpsychiater stelde in maart PTSS vast").
   */
  {
    soort: "oordeel",
    tekst: "diagnose",
    uitzondering: "diagnosticus",
    patroon: [
      "getraumatiseerd(?:e)?|trauma(?:'s|tisch|tische)?|ptss|adhd|autis(?:me|tisch|tische)|hechtingsstoornis(?:sen)?",
      "hechtingsprobl(?:eem|emen|ematiek)|(?:onveilig|slecht)\\s+gehecht|angststoornis(?:sen)?|gedragsstoornis(?:sen)?|eetstoornis(?:sen)?",
      "(?:ontwikkelings|taal|spraak|sociaal-emotionele\\s+)achterstand(?:en)?|ontwikkelingsachterstand(?:en)?",
      "(?:faal|verlatings|scheidings|separatie|sociale\\s+)angst(?:en)?|geparentificeerd(?:e)?|parentificatie|loyaliteitsconflict(?:en)?|narcis(?:me|tisch|tische)|psychopa(?:at|thisch|thische)",
      "suïcida(?:al|le)|suicida(?:al|le)|overspannen|burn-?out|dement(?:e|erend|erende)?|dementie",
      "(?:financieel\\s+)?uitgebuit(?:e)?|(?:financiële\\s+)?uitbuiting|anorexia|boulimia|paranoïde|paranoide|bipolair(?:e)?|hyperactie(?:f|ve)|narcist(?:en)?|slachtoffer\\s+van|(?:lijdt|leed|lijden)\\s+aan",
      "alcoholist(?:e|en)?|alcoholisme|junk(?:ie|ies)?|kleptomaan|pedofiel(?:e|en)?|psychopaat",
      // Clinical labels in English, as professionals borrow them.
      "failure\\s+to\\s+thrive|shaken\\s+baby(?:\\s+(?:syndroom|syndrome))?|ptsd|conduct\\s+disorder|attachment\\s+disorder",
      "ondervoed(?:e)?|uitgedroogd(?:e)?|verstandelijk\\s+beperkt(?:e)?|mishandeld(?:e)?|misbruikt(?:e)?|emotioneel\\s+beschadigd(?:e)?|beschadigd(?:e)?",
    ].join("|"),
  },
  /**
   * karakter: a judgement of someone's character, often in an idiom ("een kort lontje", "een bedreiging
   * voor"). It predicts behaviour instead of describing it.
   */
  {
    soort: "oordeel",
    tekst: "karakter",
    patroon: [
      "(?:een\\s+)?kort(?:e)?\\s+lontje|los(?:se)?\\s+handje(?:s)?|losse\\s+hand|een\\s+(?:bedreiging|gevaar)(?:\\s+voor)?|(?:bedreiging|gevaar)\\s+voor|tikkende\\s+tijdbom",
      "macho|meeloper|zondebok|zwart\\s+schaap|slachtofferrol|(?:speelt|speelde|spelen|speelden)\\s+(?:het|de)\\s+(?:slachtoffer|vermoorde\\s+onschuld)|vechtersbaas|driftkikker|driftkop|heethoofd|bullebak|tiran|pestkop|lastpak|bemoeial|controlfreak|manipulator|egoïst|egoist|querulant|probleemgezin|probleemkind|zorgmijder|slecht\\s+mens|grote\\s+mond|gaat\\s+over\\s+lijken",
      "laat\\s+zich\\s+niets\\s+(?:zeggen|vertellen)|(?:geen|weinig|onvoldoende|nauwelijks)\\s+(?:empathie|inlevingsvermogen|geweten|respect|schuldbesef|ziektebesef|probleembesef|ziekte-inzicht|probleem-inzicht|inzicht|zelfreflectie)",
      "bagatellise(?:ert|erde|erden|ren)|sluw(?:e)?|berekenend(?:e)?|onverantwoordelijk(?:e)?",
      "opvliegend(?:e)?|driftig(?:e)?|heetgebakerd(?:e)?|dominant(?:e)?|controlerend(?:e)?|bezitterig(?:e)?|jaloers(?:e)?",
      "impulsie(?:f|ve)|onvoorspelba(?:ar|re)|explosie(?:f|ve)|vijandig(?:e)?|wantrouw(?:ig|ige|end|ende)|koppig(?:e)?",
      "onredelijk(?:e)?|onbenaderba(?:ar|re)|zorgmijdend(?:e)?|afwerend(?:e)?|grensoverschrijdend(?:e)?|kleinerend(?:e)?",
      "(?:heeft|hebben|had|kent|kennen)\\s+geen\\s+grenzen|geen\\s+ruggengraat|niet\\s+te\\s+vertrouwen|niet\\s+voor\\s+rede\\s+vatbaar",
      "(?:speelt|speelde)\\s+de\\s+baas|de\\s+touwtjes\\s+in\\s+handen|(?:ging|gaat|gaan)\\s+door\\s+het\\s+lint|uit\\s+(?:zijn|haar)\\s+slof",
      "(?:slechte|negatieve|verkeerde)\\s+invloed|verkeerde\\s+vrienden(?:kring)?|slecht\\s+voorbeeld|ongeschikt(?:e)?|onbekwaam|onbekwame",
      "(?:een\\s+)?moeilijk(?:e)?\\s+(?:man|vrouw|persoon|type|klant|cliënt|client)|zwak(?:ke)?\\s+(?:moeder|vader|persoon|karakter)",
      // "Vader is iemand die ...", "het type man dat ...": a character sketched by a relative clause.
      `(?:is|was)\\s+(?:iemand|een\\s+(?:${W}\\s+)?(?:man|vrouw|persoon|type|mens))\\s+(?:die|met)|het\\s+type\\s+(?:${W}\\s+)?(?:die|dat)`,
      `(?:staat|stond|staan|stonden)\\s+(?:${W}\\s+){0,2}?niet\\s+open\\s+voor|(?:zichzelf|zich)\\s+niet\\s+in\\s+de\\s+hand|(?:gebruikt|gebruikte|gebruiken)\\s+(?:${W}\\s+){0,3}?(?:in\\s+de\\s+strijd|als\\s+(?:wapen|pasmunt))`,
      `(?:speelt|speelde|spelen)\\s+(?:${W}\\s+){0,3}?uit\\s+tegen|(?:zet|zette|zetten)\\s+(?:${W}\\s+){0,3}?op\\s+tegen`,
      `ontplof(?:t|te|ten|fen)|(?:bij|om)\\s+de\\s+minste\\s+${W}|(?:heeft|had)\\s+een\\s+(?:${W}\\s+)?(?:karakter|persoonlijkheid|temperament)`,
    ].join("|"),
  },
  /**
   * verzorging: a judgement of care or treatment with no observation behind it ("niet goed verzorgd",
   * "slecht behandeld", "totaal niet in staat om ..."). Veilig Thuis needs what was seen.
   */
  {
    soort: "vaag",
    tekst: "verzorging",
    patroon: [
      `niet\\s+(?:goed|voldoende|genoeg)\\s+(?:verzorgd(?:e)?|behandeld(?:e)?|opgevoed|gevoed|begeleid)`,
      `slecht(?:e)?\\s+(?:behandeld(?:e)?|opgevoed|gevoed|verzorging|zorg|opvoeding)|(?:verkeerd|onheus)\\s+behandeld`,
      "(?:(?:totaal|helemaal|volledig|absoluut|echt|volstrekt)\\s+)?niet\\s+(?:meer\\s+|goed\\s+)?in\\s+staat|niet\\s+(?:capabel|bekwaam)",
      `(?:krijgt|krijgen|kreeg|kregen)\\s+(?:${W}\\s+){0,2}?(?:(?:te\\s+weinig|onvoldoende|niet\\s+genoeg|niet\\s+de|geen)\\s+(?:aandacht|zorg|liefde|structuur|toezicht|begeleiding|warmte|affectie)|(?:te\\s+weinig|onvoldoende|niet\\s+genoeg)\\s+(?!te\\s)${W})`,
      `(?:schiet|schieten|schoot|schoten)\\s+(?:${W}\\s+){0,2}?tekort|pedagogisch(?:e)?\\s+onmacht(?:ig)?|opvoedingsonmacht|overvraagd(?:e)?`,
      `(?:zorgt|zorgde|zorgen|zorgden)\\s+(?:${W}\\s+){0,2}?(?:niet|slecht|onvoldoende)\\s+(?:goed\\s+)?voor`,
      `(?:verzorgt|verzorgde|verzorgen|verzorgden|voedt|voedde|behandelt|behandelde|behandelen|behandelden)\\s+(?:${W}\\s+){0,3}?(?:niet\\s+goed|slecht|onvoldoende|verkeerd)`,
      `(?:kan|kon|kunnen|konden)\\s+(?:${W}\\s+){0,3}?niet\\s+(?:goed\\s+)?(?:voor\\s+(?:${W}\\s+){0,3}?zorgen|opvoeden|aan)(?![\\p{L}\\p{N}])`,
      `(?:biedt|bieden|bood|boden)\\s+(?:${W}\\s+){0,2}?(?:geen|onvoldoende|te\\s+weinig)\\s+(?:veiligheid|zorg|structuur|bescherming|stabiliteit)`,
      `aan\\s+(?:zijn|haar|hun)\\s+lot\\s+overgelaten|laat\\s+(?:${W}\\s+){0,2}?aan\\s+(?:zijn|haar|hun)\\s+lot\\s+over|verwend(?:e)?`,
      // A need negated: "krijgt niet de zorg die hij nodig heeft", "geen hulp die zij nodig had".
      `(?:niet|geen|onvoldoende|nauwelijks)(?=[^.;!?\\n]{1,90}?nodig)\\s+(?:${W}\\s+){0,5}?(?:die|dat|wat)\\s+(?:${W}\\s+){0,3}?nodig\\s+(?:heeft|hebben|had|hadden)`,
      // Care that is not secured or not given enough: "niet gewaarborgd", "onvoldoende gevoed".
      `(?:niet|onvoldoende|nauwelijks|slecht)\\s+(?:meer\\s+)?(?:gewaarborgd|geborgd|gegarandeerd|veiliggesteld|behartigd|beschermd|gestimuleerd|vervuld|voorzien)`,
      `(?:onvoldoende|nauwelijks|slecht|matig)\\s+(?:\\p{L}{0,6}ge|be|ver)\\p{L}+(?:d|t)(?![\\p{L}\\p{N}])`,
      `(?:heeft|hebben|had|hadden)\\s+(?:${W}\\s+){0,3}?in\\s+(?:zijn|haar|hun)\\s+(?:macht|greep)|(?:komt|kwam|komen|kwamen)\\s+(?:${W}\\s+){0,3}?(?:afspraken|beloftes?|verplichtingen)\\s+niet\\s+na`,
      `niet\\s+in\\s+(?:goede|veilige|de\\s+juiste)\\s+handen|niet\\s+opgewassen\\s+tegen|(?:let|letten|lette|letten)\\s+(?:${W}\\s+){0,2}?niet\\s+(?:goed\\s+)?op|geen\\s+oog\\s+voor`,
      `(?:een\\s+)?tekort\\s+aan\\s+(?:zorg|aandacht|liefde|toezicht|structuur|veiligheid|voeding)`,
      // "kan het niet aan" and, in a subordinate clause, "dat moeder de opvoeding niet aankan".
      `(?:niet|nauwelijks)\\s+(?:meer\\s+)?aan(?:kan|kunnen|kon|konden)|(?:kan|kon|kunnen|konden)\\s+(?:${W}\\s+){0,6}?(?:niet|nauwelijks)\\s+(?:meer\\s+)?aan(?![\\p{L}\\p{N}])`,
      // Capability denied as oversight: "overziet de opvoeding niet", "heeft geen overzicht", "het overzicht kwijt".
      `(?:overziet|overzag|overzien|overzagen)\\s+(?:${W}\\s+){0,6}?(?:niet|nauwelijks)(?![\\p{L}\\p{N}])|(?:heeft|had|hebben|hadden)\\s+(?:${W}\\s+){0,2}?geen\\s+overzicht|(?:het\\s+)?overzicht\\s+kwijt`,
      // Deficits in idiom: below standard, not in order, leaves to be desired.
      `ondermaats(?:e)?|onder\\s+de\\s+maat|beneden\\s+(?:alle\\s+)?peil|niet\\s+(?:op|in)\\s+orde|(?:neemt|nam|nemen|namen)\\s+(?:${W}\\s+){0,2}?(?:de\\s+)?(?:ouderrol|rol\\s+van\\s+(?:ouder|moeder|vader))\\s+over|laat\\s+(?:${W}\\s+){0,2}?te\\s+wensen\\s+over|tekort(?:schiet|schieten|schoot|schoten|geschoten)(?:end|ende)?`,
      // A quality of care denied: "niet adequaat", "onvoldoende veilig", "niet passend".
      `(?:niet|onvoldoende|nauwelijks)\\s+(?:(?:erg|heel|zo|echt)\\s+)?(?:adequa(?:at|te)|toereikend(?:e)?|passend(?:e)?|afdoende|verantwoord(?:e)?|sensitief|sensitieve|responsief|responsieve)(?![\\p{L}\\p{N}])|onvoldoende\\s+veilig(?:e)?(?![\\p{L}\\p{N}])`,
    ].join("|"),
  },
  /**
   * verzorging, in general terms: too little care, supervision or structure. Lifted when the sentence is
   * anchored ("op 3 maart om 22.00 uur was er geen toezicht: ..."), since then it describes a moment.
   */
  {
    soort: "vaag",
    tekst: "verzorging",
    uitzondering: "anker",
    patroon: [
      "(?:gebrek\\s+aan|geen|weinig|te\\s+weinig)\\s+(?:structuur|toezicht|grenzen|regels|aandacht)",
      // A home in disorder in one word, and standing alone as a state: lifted by a moment ("op 3 mei").
      "vervuild(?:e)?|vervuiling|verloederd(?:e)?|verloedering|(?:staat|stond|staan|stonden)\\s+er\\s+alleen\\s+voor",
      "onvoldoende\\s+(?:zorg|toezicht|aandacht|verzorging|hygiëne|voeding|structuur|veiligheid|begeleiding)",
    ].join("|"),
  },
  /**
   * oordeel: treatment named by a verb that judges ("gekleineerd", "manipuleert", "werkt niet mee"),
   * and an excess stated as a quality ("is te streng", "is te mager"). Lifted when the sentence shows it:
   * a source, an act, a measure or a quotation.
   */
  {
    soort: "oordeel",
    tekst: "oordeel",
    uitzondering: "waarneming",
    patroon: [
      "gepest(?:e)?|gekleineerd(?:e)?|vernederd(?:e)?|benadeeld(?:e)?|gemanipuleerd(?:e)?|geïntimideerd(?:e)?|geintimideerd(?:e)?|geïsoleerd(?:e)?|onderdrukt(?:e)?|gekoeioneerd",
      "kleineert|kleineerde|kleineren|vernedert|vernederde|vernederen|manipuleert|manipuleerde|manipuleren|intimideert|intimideerde|isoleert|isoleerde|onderdrukte|kleineerden|vernederden",
      `(?:werkt|werken|werkte|werkten)\\s+(?:${W}\\s+){0,2}?(?:niet|onvoldoende|slecht|nauwelijks|matig)\\s+mee`,
      `(?:is|zijn|was|waren|wordt|worden|werd|werden|lijkt|leek)\\s+(?:(?!om\\s)${W}\\s+){0,2}?te\\s+(?<kern>(?!(?:laat|vroeg|veel|weinig|lang|kort|zien|horen|zijn|doen|maken|krijgen|gaan|komen|eten|drinken|slapen)(?![\\p{L}\\p{N}]))\\p{L}{3,})(?=\\s*[.,;!?]|\\s+(?:voor|om|en|als)(?![\\p{L}\\p{N}]))`,
    ].join("|"),
  },
  /**
   * innerlijk: an inner state or an atmosphere attributed to someone ("is bang voor", "een gespannen
   * sfeer", "overbezorgd"). Lifted when the sentence says what showed it: an act, words said, a measure.
   */
  {
    soort: "vaag",
    tekst: "innerlijk",
    uitzondering: "waarneming",
    patroon: [
      "bang(?:e|er)?|angstig(?:e|er)?|angst(?:en)?|gespannen|gestrest(?:e)?|stress|spanning(?:en)?",
      "(?:grimmige|dreigende|vijandige|bedrukte|onprettige|nare|beladen|geladen|negatieve|slechte|benauwde|ongezellige|kille)\\s+sfeer",
      "verdrietig(?:e)?|ongelukkig(?:e)?|onzeker(?:e|heid)?|eenzaam|eenzame|somber(?:e)?|neerslachtig(?:e)?|teruggetrokken",
      "in\\s+(?:zichzelf|zich\\s+zelf)\\s+gekeerd|schrikachtig(?:e)?|overbezorgd(?:e)?|overbelast(?:e)?|uitgeput(?:te)?",
      "boos|boze|kwaad|woedend(?:e)?|gefrustreerd(?:e)?|geïrriteerd(?:e)?|geirriteerd(?:e)?|overstuur|van\\s+slag|in\\s+paniek|paniekerig(?:e)?",
      `verdriet|wanhopig(?:e)?|radeloos|radeloze|machteloos|machteloze|in\\s+de\\s+knel|klem\\s+(?:zit|zat|zitten)|loyaal|loyale|bedrukt(?:e)?|grimmig(?:e)?|ongemakkelijk(?:e)?`,
      `(?:mist|miste|missen)\\s+(?:zijn|haar|hun)\\s+(?:vader|moeder|ouders|papa|mama)|(?:heeft|had|hebben|voelt|voelde)\\s+(?:${W}\\s+){0,2}?(?:geen\\s+)?vertrouwen`,
      "(?:heeft|had|hebben|hadden)\\s+het\\s+(?:erg\\s+|heel\\s+|zo\\s+)?(?:moeilijk|zwaar)|dronken|stomdronken|beschonken|stoned|zenuwachtig(?:e)?|nerveus|nerveuze|onrustig(?:e)?|gejaagd(?:e)?|beschaamd(?:e)?|(?:schaamt|schaamde|schaamden|schamen|geneert|geneerde|generen)\\s+zich|schuldgevoel(?:ens)?",
      `(?:niet\\s+)?naar\\s+(?:zijn|haar|z'n|d'r|hun)\\s+zin|(?:hecht|hechtte|hechten)\\s+zich|heimwee|gehecht\\s+aan|(?:heerst|heerste|heersen)\\s+(?:${W}\\s+){0,3}?(?:sfeer|angst|spanning)`,
      "(?:doods|dood|super|hyper|reuze|bloed|door)(?:bang|angstig|nerveus|zenuwachtig|ongerust|moe|ongelukkig|verdrietig|boos|kwaad|gespannen|onzeker|gestrest|eenzaam)(?:e)?",
      `zich\\s+(?:${W}\\s+){0,3}?(?:voelt|voelde|voelen|voelden)|onder\\s+(?:grote\\s+|zware\\s+|veel\\s+)?(?:druk|spanning)(?![\\p{L}\\p{N}])`,
      `(?:voelt|voelde|voelen|voelden)\\s+zich|(?:durft|durfde|durven|durfden)\\s+(?:${W}\\s+){0,3}?niet|in\\s+de\\s+war|verward(?:e)?|emotioneel|emotionele`,
    ].join("|"),
  },
  /**
   * oorzaak: a cause stated as fact ("komt door de spanningen thuis"). Who established the cause, and on
   * what, belongs with it; without that it is the writer's interpretation.
   */
  {
    soort: "vaag",
    tekst: "oorzaak",
    patroon: [
      `(?:komt|kwam|komen|kwamen)\\s+(?:${W}\\s+){0,2}?door|(?:is|zijn|was|waren)\\s+(?:${W}\\s+){0,2}?het\\s+gevolg\\s+van`,
      "te\\s+wijten\\s+aan|toe\\s+te\\s+schrijven\\s+aan|(?:ligt|lag)\\s+aan|(?:heeft|had|hebben)\\s+te\\s+maken\\s+met|(?:hangt|hing)\\s+samen\\s+met",
      "(?:door|vanwege|als\\s+gevolg\\s+van)\\s+de\\s+(?:situatie\\s+thuis|thuissituatie|spanningen|problemen)",
    ].join("|"),
  },
  /**
   * vaag: strong words of concern that carry no observation ("zorgwekkend", "onacceptabel"), and
   * conclusions presented as evident ("het is duidelijk dat").
   */
  {
    soort: "vaag",
    tekst: "vaag",
    patroon: [
      "zorgwekkend(?:e)?|verontrustend(?:e)?|alarmerend(?:e)?|schrijnend(?:e)?|onacceptabel(?:e)?|onaanvaardba(?:ar|re)",
      "ontoelaatba(?:ar|re)|ongepast(?:e)?|ongezond(?:e)?|onwenselijk(?:e)?|schandalig(?:e)?|heftig(?:e)?|abnormaal|abnormale|niet\\s+normaal",
      "overduidelijk|(?:het\\s+)?(?:is|was|werd|wordt|bleek|blijkt)\\s+(?:wel\\s+|ook\\s+|heel\\s+|mij\\s+|me\\s+)?duidelijk\\s+dat|aan\\s+alles\\s+(?:te\\s+zien|merk\\s+je)|je\\s+ziet\\s+(?:gewoon\\s+)?dat",
      `(?:komt|kwam|komen|kwamen)\\s+(?:${W}\\s+){1,2}?over|(?:oogt|oogde|ogen|oogden)\\s+${W}|(?:voelt|voelde|voelen|voelden)\\s+(?:${W}\\s+){1,4}?aan(?=\\s*(?:[.,;!?]|$))`,
      `(?:gaat|ging|loopt|liep)\\s+(?:${W}\\s+){0,3}?(?:mis|uit\\s+de\\s+hand|de\\s+verkeerde\\s+kant\\s+op)(?![\\p{L}\\p{N}])|(?:niet|nauwelijks)\\s+onder\\s+controle`,
      "in\\s+het\\s+geding|(?:hield|houdt|hielden|houden)\\s+zich\\s+(?:\\p{L}+\\s+){0,3}?op\\s+de\\s+vlakte|iets\\s+(?:met\\s+(?:\\p{L}+\\s+){1,3}?)?aan\\s+de\\s+hand|(?:op|in)\\s+(?:meerdere|verschillende|diverse|alle|veel)\\s+(?:\\p{L}*gebieden|vlakken|terreinen|fronten)|er\\s+is\\s+(?:iets|wat)\\s+(?:mis|gaande)|er\\s+gebeurt\\s+(?:van\\s+alles|iets|wat)|probleemgedrag|gedragsproblemen",
      "(?:er\\s+zijn|zijn\\s+er)\\s+signalen|moeizaam|moeizame|stroef|stroeve|(?:onveilige|onrustige|zorgelijke)\\s+(?:situatie|omgeving|opvoedsituatie)",
    ].join("|"),
  },
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
  /**
   * risico_zonder_gevolg: a risk factor on its own does not make a child unsafe; Veilig Thuis asks how it
   * does so now. Negated factors ("geen schulden", "geen sprake van verslaving") are information that
   * contradicts the worry and are not flagged.
   */
  {
    soort: "risico_zonder_gevolg",
    tekst: "risico",
    uitzondering: "gevolg",
    ontkenbaar: true,
    patroon: RISICOFACTOR,
  },

  /**
   * vaag: a vague amount of a protective or risk factor ("er is enig netwerk", "enige steun"). "de enige
   * verzorger" (the only one) and "enig kind" are facts.
   */
  {
    soort: "vaag",
    tekst: "zonder_anker",
    uitzondering: "anker",
    patroon: `de${S}nodige|(?:veel|allerlei|diverse|verschillende|meerdere)${S}(?:problemen|zorgen|incidenten|signalen|dingen|zaken|conflicten|spanningen|acties|stappen|maatregelen|interventies|hulpverleners|instanties)|(?<!(?<![\\p{L}\\p{N}])(?:de|het|als)${S})enige?(?!${S}(?:kind|zoon|dochter|keer|manier|verzorger|ouder|die|dat)(?![\\p{L}\\p{N}]))`,
  },

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
