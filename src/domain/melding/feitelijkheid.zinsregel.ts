/**
 * The sentence rule of the factuality check (decision 0043), beside the word rules in `feitelijkheid.ts`:
 * a statement of five words or more with no anchor at all is asked for one.
 */
import { ANKERS, CITAATTEKEN, ZIN_ANKER } from "./feitelijkheid.ankers.ts";
import type { Uitzondering } from "./feitelijkheid.woorden.ts";
import { isLetter, metGrenzen } from "./feitelijkheid.tekst.ts";
import type { Bereik } from "./feitelijkheid.tekst.ts";

/** A statement long enough to assert something: five words or more. */
const ZIN_ANKER_RE = new RegExp(metGrenzen(ZIN_ANKER), "u");
const SNEL_ANKER_RE = new RegExp(`${metGrenzen(ANKERS.getal)}|${CITAATTEKEN}`, "u");
/** A proposal or request states no fact and needs no anchor: "Het lijkt me goed als ...", "Wij vragen u ...". */
const VOORSTEL_RE = new RegExp(
  metGrenzen(
    "(?:lijkt|leek)\\s+(?:me|mij|ons)\\s+(?:goed|verstandig|wenselijk|nodig|belangrijk|beter|zinvol)|(?:wij|we|ik)\\s+(?:stellen|stel|vragen|vraag|adviseren|adviseer|verzoeken|verzoek)|graag|(?:zou|zouden)\\s+(?:graag|willen)",
  ),
  "u",
);
const MINSTE_WOORDEN = 5;
const WOORD_IN_ZIN_RE = /[\p{L}\p{N}]+/gu;

/**
 * Sentences as a reader sees them: a part that starts with a lower-case letter continues the one before
 * it, whose full stop belonged to an initial or an abbreviation the splitter did not know ("vader D.
 * met de vlakke hand"). Only the sentence rule needs this; the word rules look at their own words.
 */
function aaneengeslotenZinnen(tekst: string, zinBereiken: readonly Bereik[]): Bereik[] {
  const samen: Bereik[] = [];
  for (const zin of zinBereiken) {
    let i = zin.begin;
    while (i < zin.eind && !isLetter(tekst[i])) i++;
    const vorige = samen.at(-1);
    if (vorige && i < zin.eind && KLEINE_LETTER_RE.test(tekst[i] ?? ""))
      samen[samen.length - 1] = { begin: vorige.begin, eind: zin.eind };
    else samen.push(zin);
  }
  return samen;
}
const KLEINE_LETTER_RE = /^\p{Ll}$/u;

/**
 * The sentence rule (decision 0043): a statement with no anchor at all (no one who saw, heard or said it,
 * no moment, no act, no quotation, no count or measure) is asked for one, whatever its words: Veilig
 * Thuis cannot check it, and most often it is a judgement in words no list holds. Not for sentences that
 * already have a finding (one is enough), questions, headings that end in a colon, or short lines. The
 * span runs from the sentence's first to its last letter or digit.
 */
export function zinnenZonderAnker(
  tekst: string,
  laag: string,
  zinBereiken: readonly Bereik[],
  bevindingen: readonly Bereik[],
  isUitgezonderd: (uitzondering: Uitzondering, match: Bereik) => boolean,
): Bereik[] {
  const gevonden: Bereik[] = [];
  let b = 0;
  for (const zin of aaneengeslotenZinnen(tekst, zinBereiken)) {
    while (b < bevindingen.length && bevindingen[b]!.eind <= zin.begin) b++;
    if (b < bevindingen.length && bevindingen[b]!.begin < zin.eind) continue;
    // The first word, and whether there are enough: counted without collecting the words.
    WOORD_IN_ZIN_RE.lastIndex = zin.begin;
    let aantal = 0;
    let begin = -1;
    for (
      let m = WOORD_IN_ZIN_RE.exec(laag);
      m !== null && m.index < zin.eind && aantal < MINSTE_WOORDEN;
      m = WOORD_IN_ZIN_RE.exec(laag)
    ) {
      if (aantal === 0) begin = m.index;
      aantal++;
    }
    if (aantal < MINSTE_WOORDEN) continue;
    let eind = zin.eind;
    while (eind > begin && !isLetter(laag[eind - 1])) eind--;
    const slot = laag.slice(eind, zin.eind).trim();
    if (slot.startsWith("?") || slot.startsWith(":")) continue;
    const inhoud = laag.slice(zin.begin, zin.eind);
    // A number or a quotation anchors (both are in `ANKERS`); most factual sentences have one, so test that first.
    if (SNEL_ANKER_RE.test(inhoud) || isUitgezonderd("anker", zin)) continue;
    if (ZIN_ANKER_RE.test(inhoud) || VOORSTEL_RE.test(inhoud)) continue;
    gevonden.push({ begin, eind });
  }
  return gevonden;
}
