import type { WoordRegel } from "./feitelijkheid.woorden.ts";
import { W } from "./feitelijkheid.patroon.ts";

/*
 * The word rules for judgements and vague words about a person, their care or their inner state: labels,
 * vague worry, frequency without a number, diagnoses, character, care, judging verbs, inner states, causes and
 * strong words of concern. In order of precedence (see `REGELS` in `feitelijkheid.woorden.ts`).
 */

export const OORDEEL_REGELS: readonly WoordRegel[] = [
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
];
