/**
 * A labelled corpus for the factuality check: fictional sentences as a teacher, childcare worker or
 * youth nurse might write them in a report to Veilig Thuis. No real persons. The labels say what a
 * careful reader would flag, not what the word lists happen to catch: sentences the check gets wrong
 * stay in, so the measurement in `feitelijkheid.meting.ts` shows the real limits.
 *
 * The first part is factual (no finding expected): dated, counted, quoted observations, including hard
 * cases ("mogelijkheid", "altijdgroene", "zo snel mogelijk", "schuld", quotes holding "altijd" or "dom",
 * a risk factor tied to its consequence). The second part is not factual.
 */
import type { CorpusZin } from "./feitelijkheid.corpus.basis.ts";
import { FEITELIJK, NIET_FEITELIJK } from "./feitelijkheid.corpus.ronde-een.ts";
import { SECTOREN_FEITELIJK } from "./feitelijkheid.corpus.sectoren-feitelijk.ts";
import { SECTOREN_NIET_FEITELIJK } from "./feitelijkheid.corpus.sectoren-niet-feitelijk.ts";
import { RONDE_TWEE } from "./feitelijkheid.corpus.ronde-twee.ts";
import { RONDE_DRIE } from "./feitelijkheid.corpus.ronde-drie.ts";

export { INTERPRETATIE_SOORTEN, SECTIES, SECTOREN } from "./feitelijkheid.corpus.basis.ts";
export type { CorpusVerwachting, CorpusZin, InterpretatieSoort, Sectie, Sector } from "./feitelijkheid.corpus.basis.ts";

/** The whole corpus: factual sentences first, then the sentences with expected findings. */
export const CORPUS: readonly CorpusZin[] = [
  ...FEITELIJK,
  ...SECTOREN_FEITELIJK,
  ...NIET_FEITELIJK,
  ...SECTOREN_NIET_FEITELIJK,
  ...RONDE_TWEE,
  ...RONDE_DRIE,
];
