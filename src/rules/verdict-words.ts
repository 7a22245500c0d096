// How an answer words a verdict, in one place: the word the compatibility answer and the free-text answer open with
// ("Yes", "Yes, with conditions", "Unknown", "Disputed", "No"), and what a mode's point says of that mode.
import type { Support } from '../domain/vocabulary.js';

/** Best first. */
export const VERDICTS = ['Yes', 'Yes, with conditions', 'Unknown', 'Disputed', 'No'] as const;
export type Verdict = (typeof VERDICTS)[number];

const VERDICT_FOR: Readonly<Record<Support, Verdict>> = {
  SUPPORTED: 'Yes',
  CONDITIONAL: 'Yes, with conditions',
  UNKNOWN: 'Unknown',
  DISPUTED: 'Disputed',
  NOT_SUPPORTED: 'No',
  NOT_APPLICABLE: 'No',
};

// An UNKNOWN mode is not said not to work: no source says either way.
const OUTCOME_FOR: Readonly<Record<Support, string>> = {
  SUPPORTED: 'works',
  CONDITIONAL: 'works with conditions',
  UNKNOWN: 'unknown',
  DISPUTED: 'disputed',
  NOT_SUPPORTED: 'does not work',
  NOT_APPLICABLE: 'does not work',
};

/** The verdict word for a support level: a mode's, or a whole answer's (its best mode's). */
export function verdictFor(support: Support): Verdict {
  return VERDICT_FOR[support];
}

/** What a mode's point says of the mode: "works", "works with conditions", "unknown", "disputed", "does not work". */
export function outcomeFor(support: Support): string {
  return OUTCOME_FOR[support];
}

/** The best of several verdicts: what holds for at least one of them. */
export function bestOf(verdicts: readonly Verdict[]): Verdict {
  return VERDICTS[Math.min(...verdicts.map((v) => VERDICTS.indexOf(v)))]!;
}

/** The worst of several verdicts: what holds for all of them together. */
export function worstOf(verdicts: readonly Verdict[]): Verdict {
  return VERDICTS[Math.max(...verdicts.map((v) => VERDICTS.indexOf(v)))]!;
}
