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

/** Which explanation and suggestion a rule shows: one per soort, plus a few sharper ones for common cases. */
export type TekstSleutel =
  | "oordeel"
  | "verwaarlozing"
  | "vaag"
  | "frequentie"
  | "verzorging"
  | "voorbehoud"
  | "generalisatie"
  | "risico";

/**
 * When a match is NOT a finding, judged on the sentence it stands in:
 * - `telling`: the sentence gives a count ("vaak, 8 keer in maart"), so the vague frequency is made concrete;
 * - `tijdsanker`: the sentence is bound to a concrete moment ("op 3 mei deed niemand open"), so
 *   "niemand"/"niets" describe that moment instead of generalising;
 * - `gevolg`: the sentence (or the next one, when it opens with "Daardoor" and the like) says how the
 *   risk factor leads to unsafety, which is exactly what Veilig Thuis asks for.
 */
export type Uitzondering = "telling" | "tijdsanker" | "gevolg";

export interface WoordRegel {
  readonly soort: BevindingSoort;
  readonly patroon: string;
  readonly tekst: TekstSleutel;
  readonly uitzondering?: Uitzondering;
}

/** A word of Dutch letters, for "up to n words in between" in a pattern. */
const W = "\\p{L}+";
/**
 * Bounded space and word for lookbehinds: an unbounded \s+ there is scanned back from every position,
 * which made a text of 50 KB of spaces take seconds.
 */
const S = "\\s{1,4}";
const KW = "\\p{L}{1,30}";
/** A past participle, roughly: geslagen, opgesloten, bedreigd, mishandeld, verwaarloosd. */
const VOLTOOID = "\\p{L}*?(?:ge|be|ver|ont|mis|her)\\p{L}*";

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
      `niet\\s+lekker\\s+in\\s+(?:zijn|haar|z'n|d'r|hun)\\s+vel`,
    ].join("|"),
  },
  /** vaag (frequentie): how often, without a number. Lifted when the sentence does give a count. */
  {
    soort: "vaag",
    tekst: "frequentie",
    uitzondering: "telling",
    patroon: "vaak|vaker|dikwijls|regelmatig|herhaaldelijk|meermaals|veelvuldig|soms|af\\s+en\\s+toe|zo\\s+nu\\s+en\\s+dan|meerdere\\s+(?:keren|malen)",
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
      "ik\\s+(?:heb|had)\\s+het\\s+(?:gevoel|idee|vermoeden)",
      "ik\\s+(?:denk|dacht|vermoed|vermoedde|neem\\s+aan)|(?:denk|dacht|vermoed)\\s+ik",
      "volgens\\s+mij|(?:het\\s+)?zou\\s+kunnen|naar\\s+(?:verluidt|het\\s+schijnt)",
      "(?:lijkt|leek)(?!\\s+(?:me|mij|ons)\\s+(?:goed|verstandig|wenselijk|nodig|belangrijk|beter|zinvol)(?![\\p{L}\\p{N}]))|lijken|leken|schijnt|schijnen|scheen",
      "waarschijnlijk(?:e)?|vermoedelijk(?:e)?|misschien|wellicht|blijkbaar|kennelijk(?:e)?|ogenschijnlijk",
      `(?<!(?<![\\p{L}\\p{N}])(?:zo${S}${KW}|zoveel|zo${S}veel|indien|waar|zover|niet|wel|alleen|nog|pas)${S})mogelijk(?:e|erwijs)?(?!\\s+(?:om|te)(?![\\p{L}\\p{N}]))`,
      `zou(?:den)?(?=\\s+(?:${W}\\s+){0,6}?(?:${VOLTOOID}\\s+(?:hebben|zijn)|(?:hebben|zijn)\\s+${VOLTOOID}))`,
    ].join("|"),
  },
  /** generalisatie in time: claims about every moment, which the family can refute with one counterexample. */
  {
    soort: "generalisatie",
    tekst: "generalisatie",
    patroon:
      "altijd|nooit|steeds|telkens|voortdurend|constant|continu|de\\s+hele\\s+(?:tijd|dag|nacht|week)|(?:elke|iedere)\\s+keer|keer\\s+op\\s+keer|dag\\s+in\\s+dag\\s+uit",
  },
  /** generalisatie over people or things: fine when bound to one concrete moment ("op 3 mei at hij niets"). */
  { soort: "generalisatie", tekst: "generalisatie", uitzondering: "tijdsanker", patroon: "iedereen|niemand|alles|niets|niks" },
  /**
   * risico_zonder_gevolg: a risk factor on its own does not make a child unsafe; Veilig Thuis asks how it
   * does so now. Negated factors ("geen schulden", "geen sprake van verslaving") are information that
   * contradicts the worry and are not flagged.
   */
  {
    soort: "risico_zonder_gevolg",
    tekst: "risico",
    uitzondering: "gevolg",
    patroon: `(?<!(?<![\\p{L}\\p{N}])(?:geen|niet)(?:${S}${KW}){0,2}${S})(?:${[
      "(?:alcohol|drank|drugs|middelen|gok|cannabis)(?:verslaving|probleem|problemen|problematiek|gebruik|misbruik)",
      "verslav(?:ing|ingen|ingsproblematiek)|verslaafd(?:e)?|drinkprobleem",
      "(?:gebruikt|gebruiken|gebruikte|gebruikten)\\s+drugs|(?:drinkt|drinken)\\s+(?:te\\s+)?veel",
      "psychische\\s+(?:problemen|problematiek|klachten|stoornis|aandoening|ziekte)|psychisch\\s+(?:ziek|instabiel|kwetsbaar)",
      "psychiatrische?(?:\\s+(?:problemen|problematiek|klachten|stoornis|aandoening|ziekte|voorgeschiedenis))?",
      "depressie(?:s|ve)?|depressief|psychose|psychotisch(?:e)?|borderline|persoonlijkheidsstoornis",
      "schulden|schuldenproblematiek|schuldproblemen|geldproblemen|financiële\\s+problemen",
      "werkloos|werkloze|werkloosheid|dakloos|dakloze|huisuitzetting|uithuiszetting",
      "(?:echt|vecht)?scheiding|scheidingsproblematiek",
      `huiselijk\\s+geweld(?=\\s+in\\s+het\\s+verleden)|(?<=(?<![\\p{L}\\p{N}])(?:in${S}het${S}verleden|eerder|vroeger)(?:${S}${KW}){0,3}${S})huiselijk\\s+geweld`,
      "lvb|licht\\s+verstandelijke?\\s+beperking|verstandelijke?\\s+beperking|zwakbegaafd(?:heid)?",
    ].join("|")})`,
  },
];

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
export const VERVOLG_GEVOLG = "(?:daardoor|hierdoor|doordat|als\\s+gevolg|met\\s+als\\s+gevolg|dat\\s+betekent|dit\\s+betekent|dit\\s+leidt|dat\\s+leidt|daarom)";

const GETAL = "\\d+|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig";

/** A count: "8 keer", "drie ochtenden", "6 van de 19 dagen", "2x". */
export const TELLING = `(?:${GETAL})\\s*(?:x|keer|maal|dagen|ochtenden|middagen|avonden|nachten|weken|lessen|schooldagen)|\\d+\\s+(?:van|op|uit)\\s+(?:de\\s+)?\\d+|\\d+\\s*%`;

const MAANDEN = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";
const DAGEN = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag";

/** A concrete moment: a date, a weekday, a clock time, "gisteren", "tijdens het gesprek". */
export const TIJDSANKER = [
  `\\d{1,2}\\s+(?:${MAANDEN})`,
  "\\d{1,2}[-/]\\d{1,2}",
  "\\d{1,2}[.:]\\d{2}\\s*uur|\\d{1,2}\\s+uur",
  DAGEN,
  "vandaag|gisteren|eergisteren|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht",
  "tijdens\\s+(?:het|de|dat|die)\\s+\\p{L}+|in\\s+de\\s+pauze",
].join("|");

/** Abbreviations whose full stop does not end a sentence, so "ca. 4 cm" stays one sentence. */
export const AFKORTINGEN: ReadonlySet<string> = new Set([
  "ca", "bijv", "bv", "o.a", "d.w.z", "i.p.v", "m.b.t", "dhr", "mevr", "mw", "nr", "evt", "z.s.m", "resp", "jl", "a.s", "t.a.v", "i.v.m", "e.d", "enz", "mr", "dr",
]);
