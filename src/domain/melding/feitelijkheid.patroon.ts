/**
 * The building blocks the factuality check's patterns share (the word rules in `feitelijkheid.woorden.ts`
 * and the anchors in `feitelijkheid.ankers.ts`): a Dutch word, and bounded space and word for lookbehinds.
 */
/** A word of Dutch letters, for "up to n words in between" in a pattern. */
export const W = "\\p{L}+";
/**
 * Bounded space and word for lookbehinds: an unbounded \s+ there is scanned back from every position,
 * which made a text of 50 KB of spaces take seconds.
 */
export const S = "\\s{1,4}";
export const KW = "\\p{L}{1,30}";
