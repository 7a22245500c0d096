// The setting a mistyped setting name probably means, remembered per knowledge and name: a request that repeats a
// wrong name (a question naming it twice, an env list, aliases) compares it with the known names once.
import type { Knowledge } from '../../knowledge/types.js';
import { boundedMemo } from '../bounded-memo.js';
import { closestName } from '../closest-name.js';

// Distinct wrong names remembered per knowledge; a client sending ever new ones only makes the oldest go.
const NAMES_KEPT = 512;

const suggesters = new WeakMap<Knowledge, (name: string) => string | null>();

export function closestSetting(k: Knowledge, name: string): string | null {
  let suggest = suggesters.get(k);
  if (suggest === undefined) {
    const names = k.settings.map((s) => s.name);
    suggest = boundedMemo(NAMES_KEPT, (n) => closestName(n, names));
    suggesters.set(k, suggest);
  }
  return suggest(name);
}
