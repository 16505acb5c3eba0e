/**
 * The word lists behind the factuality check of a report to Veilig Thuis, as readonly data so they can
 * be read, reviewed and extended without touching the matching logic in `feitelijkheid.ts`.
 *
 * Every pattern is the source of a regular expression without word boundaries: the check adds
 * boundaries that know Dutch letters (é, ë, ï ...) and matches case-insensitively with the `u` flag.
 * Inflections are spelled out per word (agressief, agressieve, agressiever ...) instead of matching
 * any word that starts with a stem, because a stem would also hit innocent words ("mogelijkheid",
 * "schuld", "altijdgroen").
 *
 * The rules are kept per kind of wording in `feitelijkheid.woorden.<kind>.ts` (judgements and vague words,
 * hedges and generalisations, risk factors, what needs an anchor), and the lists of the per-word pass in
 * `feitelijkheid.woorden.paren.ts`; this file holds their types and puts them in order of precedence.
 */
import type { BevindingSoort } from "./feitelijkheid.ts";
import { ANKER_REGELS } from "./feitelijkheid.woorden.anker.ts";
import { OORDEEL_REGELS } from "./feitelijkheid.woorden.oordeel.ts";
import { RISICO_REGELS } from "./feitelijkheid.woorden.risico.ts";
import { VOORBEHOUD_REGELS } from "./feitelijkheid.woorden.voorbehoud.ts";

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

/**
 * The rules in order of precedence: when two matches of different rules start at the same place the
 * longest wins, and at equal length the earlier rule. Within one rule the regular expression takes the
 * first alternative that fits, so longer phrases come before the single words they contain ("raar
 * gevoel" before "raar"); "luier" is deliberately absent from the forms of "lui" (it is a nappy).
 * Negation does not lift a judgement: "niet agressief" still labels a person and says nothing about
 * what was seen, so it is flagged as well.
 */
export const REGELS: readonly WoordRegel[] = [
  ...OORDEEL_REGELS,
  ...VOORBEHOUD_REGELS,
  ...RISICO_REGELS,
  ...ANKER_REGELS,
];
