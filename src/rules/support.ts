import type { Support } from '../domain/vocabulary.js';

// From most to least restrictive. Combining evidence keeps the most restrictive verdict; choosing a mode keeps the
// least restrictive one. DISPUTED (one source says yes, another no) ranks above UNKNOWN, which no source speaks to,
// and below every verdict a caller may rely on.
const RESTRICTIVENESS: readonly Support[] = ['NOT_SUPPORTED', 'NOT_APPLICABLE', 'UNKNOWN', 'DISPUTED', 'CONDITIONAL', 'SUPPORTED'];

export function mostRestrictive(verdicts: readonly Support[]): Support {
  return verdicts.reduce<Support>((a, b) => (RESTRICTIVENESS.indexOf(b) < RESTRICTIVENESS.indexOf(a) ? b : a), 'SUPPORTED');
}

export function leastRestrictive(verdicts: readonly Support[]): Support {
  return verdicts.reduce<Support>((a, b) => (RESTRICTIVENESS.indexOf(b) > RESTRICTIVENESS.indexOf(a) ? b : a), 'NOT_SUPPORTED');
}

/** A use case can be relied on: it is supported, or supported under a stated condition. UNKNOWN is not. */
export function isUsable(support: Support): boolean {
  return support === 'SUPPORTED' || support === 'CONDITIONAL';
}
