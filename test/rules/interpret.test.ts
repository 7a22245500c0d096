import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/rules/ask/interpret.js';
import { knowledge } from '../support/knowledge.js';
import { ASK_CORPUS } from './ask-corpus.js';

describe('interpret: the question corpus', () => {
  it('holds at least 60 questions', () => expect(ASK_CORPUS.length).toBeGreaterThanOrEqual(60));

  it.each(ASK_CORPUS)('$q', (entry) => {
    const got = interpret(knowledge, entry.q);
    expect(got.intent).toBe(entry.intent);
    if (entry.nodeTypes) expect(got.nodeTypes).toEqual(entry.nodeTypes);
    expect(got.modes).toEqual(entry.modes ?? []);
    expect([...got.useCases].sort()).toEqual([...(entry.useCases ?? [])].sort());
    expect(got.instanceTypes).toEqual(entry.instanceTypes ?? []);
    expect(got.settings).toEqual(entry.settings ?? []);
    expect(got.cniVersion).toBe(entry.cniVersion ?? null);
    expect(got.unrecognised.map((u) => u.text)).toEqual(entry.unrecognised ?? []);
    expect(got.recognised.filter((r) => r.corrected).map((r) => r.text)).toEqual(entry.corrected ?? []);
  });
});

describe('interpret: what it says it read', () => {
  it('keeps the words as written beside what they were read as', () => {
    const got = interpret(knowledge, 'Can I use SGP with Prefix Delegation on m5.large?');
    expect(got.recognised).toEqual([
      { text: 'SGP', kind: 'USE_CASE', value: 'SECURITY_GROUPS_FOR_PODS' },
      { text: 'Prefix Delegation', kind: 'MODE', value: 'IP_PREFIXES' },
      { text: 'm5.large', kind: 'INSTANCE_TYPE', value: 'm5.large' },
    ]);
  });
});
