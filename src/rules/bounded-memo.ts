// Remembers the results of a pure function of a string for the last `max` strings asked, least recently used out
// first: a request that asks the same thing many times (aliases, a variable used in several places) does the work
// once. A RuleError is a result like any other and is thrown again; any other error is not kept.
import { RuleError } from './rule-error.js';

type Outcome<V> = { value: V } | { error: RuleError };

export function boundedMemo<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const outcomes = new Map<string, Outcome<V>>();
  return (key) => {
    let outcome = outcomes.get(key);
    if (outcome === undefined) {
      try {
        outcome = { value: compute(key) };
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        outcome = { error };
      }
      if (outcomes.size >= max) outcomes.delete(outcomes.keys().next().value!);
    } else {
      outcomes.delete(key);
    }
    outcomes.set(key, outcome);
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  };
}
