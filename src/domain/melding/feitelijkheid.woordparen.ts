/**
 * The per-word pass of the factuality check (`feitelijkheid.ts`): the rules that are tested word by word
 * rather than by a regular expression over the text, in one walk over the words.
 */
import {
  ATTRIBUTIEVE_REGEL,
  DIAGNOSE_SAMENSTELLING_REGEL,
  EIGENNAAM,
  GEEN_BIJVOEGLIJK,
  OORDEEL_ATTRIBUTIEF,
  OORDEEL_ZELFSTANDIG,
  PROBLEMATIEK_REGEL,
  TUSSEN_BIJVOEGLIJK,
} from "./feitelijkheid.woorden.paren.ts";
import type { WoordRegel } from "./feitelijkheid.woorden.ts";
import { isWit } from "./feitelijkheid.tekst.ts";
import type { Bereik } from "./feitelijkheid.tekst.ts";

const WOORD_RE = /[\p{L}\p{N}]+/gu;
const ATTRIBUTIEF_RE = new RegExp(`^(?:${OORDEEL_ATTRIBUTIEF})$`, "u");
const ZELFSTANDIGE = new Set(OORDEEL_ZELFSTANDIG);
const LANGSTE_ZELFSTANDIG = Math.max(...OORDEEL_ZELFSTANDIG.map((w) => w.length));
/** Whether a lower-case word is, or ends in, one of the nouns (`OORDEEL_ZELFSTANDIG`): a set look-up per suffix. */
const isOordeelZelfstandig = (woord: string): boolean => {
  for (let lengte = Math.min(woord.length, LANGSTE_ZELFSTANDIG); lengte >= 3; lengte--)
    if (ZELFSTANDIGE.has(woord.slice(woord.length - lengte))) return true;
  return false;
};
const EIGENNAAM_RE = new RegExp(`^(?:${EIGENNAAM})$`, "u");
const PROBLEMATIEK_RE = new RegExp(`^(?:${PROBLEMATIEK_REGEL.patroon})$`, "u");
const DIAGNOSE_SAMENSTELLING_RE = new RegExp(`^(?:${DIAGNOSE_SAMENSTELLING_REGEL.patroon})$`, "u");
const DIAGNOSE_EINDE_RE = /(?:stoornis|stoornissen|achterstand|achterstanden|syndroom)$/u;
/** The compound rule's regular expression, run only on a word whose ending already fits (most long words do not). */
const isDiagnoseSamenstelling = (woord: string): boolean =>
  DIAGNOSE_EINDE_RE.test(woord) && DIAGNOSE_SAMENSTELLING_RE.test(woord);
const TUSSEN_BIJVOEGLIJK_RE = new RegExp(`^(?!(?:${GEEN_BIJVOEGLIJK})$)(?:${TUSSEN_BIJVOEGLIJK})$`, "u");
const NEVENSCHIKKING = new Set(["en", "of"]);
/** How far back from its noun the walk over a row of adjectives looks ("een warm, eerlijk en nuchter mens"). */
const TERUG = 4;

/**
 * The rules tested per word, in one pass over the words: "-problematiek" (`PROBLEMATIEK_REGEL`), a
 * diagnosis inside a compound (`DIAGNOSE_SAMENSTELLING_REGEL`), and the attributive rule
 * (`ATTRIBUTIEVE_REGEL`): a word that judges before a noun for a person, relationship or state,
 * directly ("een onberekenbare man") or across a row of adjectives joined by "en", "of" or a comma or
 * standing side by side ("een warm en nuchter mens", "een stevig sociaal netwerk"). The walk back
 * from the noun stops at anything else, so it never reaches into another phrase. Each distinct word
 * is tested once.
 */
export function woordparen(laag: string): (Bereik & { readonly regel: WoordRegel })[] {
  const gevonden: (Bereik & { readonly regel: WoordRegel })[] = [];
  const cache = {
    zelfstandig: new Map<string, boolean>(),
    bijvoeglijk: new Map<string, boolean>(),
    tussen: new Map<string, boolean>(),
  };
  const opgezocht = (kaart: Map<string, boolean>, woord: string, test: (woord: string) => boolean): boolean => {
    let antwoord = kaart.get(woord);
    if (antwoord === undefined) {
      antwoord = test(woord);
      kaart.set(woord, antwoord);
    }
    return antwoord;
  };
  const isOordeel = (woord: string) => opgezocht(cache.bijvoeglijk, woord, (w) => ATTRIBUTIEF_RE.test(w));
  const isTussen = (woord: string) => opgezocht(cache.tussen, woord, (w) => TUSSEN_BIJVOEGLIJK_RE.test(w));
  /** White space only, or a comma with white space: the gap within a row of adjectives. */
  const aaneengesloten = (van: number, tot: number): boolean => {
    if (tot - van < 1 || tot - van > 4) return false;
    let komma = false;
    for (let i = van; i < tot; i++) {
      if (laag[i] === "," && !komma) komma = true;
      else if (!isWit(laag[i])) return false;
    }
    return true;
  };
  const alleenWit = (van: number, tot: number): boolean => {
    if (tot - van < 1 || tot - van > 4) return false;
    for (let i = van; i < tot; i++) if (!isWit(laag[i])) return false;
    return true;
  };
  const kommaTussen = (van: number, tot: number): boolean => {
    for (let i = van; i < tot; i++) if (laag[i] === ",") return true;
    return false;
  };
  /** The last words before the current one, newest first. */
  const vorige: { woord: string; begin: number; eind: number }[] = [];
  /**
   * Walks back from a noun over a row of adjectives ("warm en nuchter", "stevig sociaal", "lief, eerlijk
   * en slim") and returns the first word that judges before the one directly in front of the noun; null
   * when the row ends first. The word directly in front may be any word when "en", "of" or a comma comes
   * before it: "een slim meisje" has no ending that shows an adjective.
   */
  const oordeelVerderTerug = (zelfstandigBegin: number): { begin: number; eind: number } | null => {
    let rechts = zelfstandigBegin;
    for (let k = 0; k < vorige.length; k++) {
      const w = vorige[k]!;
      if (!aaneengesloten(w.eind, rechts)) return null;
      if (k > 0 && isOordeel(w.woord)) return w;
      const links = vorige[k + 1];
      if (!NEVENSCHIKKING.has(w.woord) && !isTussen(w.woord)) {
        // Only the word directly in front may be any word, and only inside a row ("een slim meisje").
        const inRij =
          k === 0 &&
          links !== undefined &&
          (NEVENSCHIKKING.has(links.woord) ||
            (aaneengesloten(links.eind, w.begin) && kommaTussen(links.eind, w.begin)));
        if (!inRij) return null;
      }
      rechts = w.begin;
    }
    return null;
  };
  WOORD_RE.lastIndex = 0;
  for (let m = WOORD_RE.exec(laag); m !== null; m = WOORD_RE.exec(laag)) {
    const woord = m[0];
    const begin = m.index;
    const eind = begin + woord.length;
    if (woord.length >= 12 && PROBLEMATIEK_RE.test(woord)) gevonden.push({ begin, eind, regel: PROBLEMATIEK_REGEL });
    else if (woord.length >= 10 && isDiagnoseSamenstelling(woord))
      gevonden.push({ begin, eind, regel: DIAGNOSE_SAMENSTELLING_REGEL });
    const direct = vorige[0];
    if (direct && opgezocht(cache.zelfstandig, woord, isOordeelZelfstandig)) {
      if (alleenWit(direct.eind, begin) && isOordeel(direct.woord)) {
        if (!EIGENNAAM_RE.test(laag.slice(direct.begin, eind)))
          gevonden.push({ begin: direct.begin, eind: direct.eind, regel: ATTRIBUTIEVE_REGEL });
      } else {
        const oordeel = oordeelVerderTerug(begin);
        if (oordeel && !EIGENNAAM_RE.test(laag.slice(oordeel.begin, eind)))
          gevonden.push({ begin: oordeel.begin, eind: oordeel.eind, regel: ATTRIBUTIEVE_REGEL });
      }
    }
    vorige.unshift({ woord, begin, eind });
    if (vorige.length > TERUG) vorige.pop();
  }
  return gevonden;
}
