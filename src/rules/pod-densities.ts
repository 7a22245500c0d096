// Pod density for many instance types at once (a portal filling a table): one answer or one coded failure per
// type, in the order asked, so a mistyped name fails alone instead of failing the whole list.
import type { Knowledge } from '../knowledge/types.js';
import { podDensity, type PodDensity, type PodDensityQuestion } from './pod-density.js';
import { RuleError } from './rule-error.js';

/** The most instance types one question may name: the work grows with the list. */
export const MAX_BATCH_INSTANCE_TYPES = 100;

export interface PodDensityFailure {
  instanceType: string;
  code: RuleError['code'];
  message: string;
  /** For an unknown instance type, the closest known names. */
  suggestions: string[];
}

export type PodDensityOutcome = PodDensity | PodDensityFailure;

export function isPodDensityFailure(outcome: PodDensityOutcome): outcome is PodDensityFailure {
  return 'code' in outcome;
}

export function podDensities(k: Knowledge, q: Omit<PodDensityQuestion, 'instanceType'> & { instanceTypes: readonly string[] }): PodDensityOutcome[] {
  if (q.instanceTypes.length === 0 || q.instanceTypes.length > MAX_BATCH_INSTANCE_TYPES) {
    throw new RuleError('BAD_USER_INPUT', `instanceTypes takes 1 to ${MAX_BATCH_INSTANCE_TYPES} names, not ${q.instanceTypes.length}.`, {
      max: MAX_BATCH_INSTANCE_TYPES,
    });
  }
  return q.instanceTypes.map((instanceType) => {
    try {
      return podDensity(k, { ...q, instanceType });
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      const suggestions = Array.isArray(error.details.suggestions) ? (error.details.suggestions as string[]) : [];
      return { instanceType, code: error.code, message: error.message, suggestions };
    }
  });
}
