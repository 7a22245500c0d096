import { describe, expect, it } from 'vitest';
import { graphql } from '../support/yoga.js';

const ASK = /* GraphQL */ `
  query ($q: String!) {
    ask(question: $q) {
      question
      understood { intent nodeTypes modes useCases instanceTypes settings cniVersion recognised { text kind value } unrecognised { text kind suggestions } }
      text markdown slack: summary(format: SLACK)
      facts { label text sources { ref } }
      compatibility { nodeType compatible summary }
      podDensity { instanceType maxPods }
      settings { name }
      followUps
    }
  }
`;

describe('ask over GraphQL', () => {
  it('says which words it read through a typo and what it has no facts about', async () => {
    const query = `query ($q: String!) { ask(question: $q) { understood { intent recognised { text value corrected } unrecognised { text kind suggestions } } } }`;
    const typo = (await graphql(query, { q: 'netwrok policy on fargate' })).data.ask.understood;
    expect(typo.recognised).toEqual([
      { text: 'netwrok policy', value: 'NETWORK_POLICY', corrected: true },
      { text: 'fargate', value: 'FARGATE', corrected: false },
    ]);
    const other = (await graphql(query, { q: 'does flannel work with secruity groups?' })).data.ask.understood;
    expect(other.intent).toBe('UNKNOWN');
    expect(other.unrecognised).toEqual([
      { text: 'flannel', kind: 'NOT_COVERED', suggestions: [] },
      { text: 'secruity', kind: 'UNCLEAR', suggestions: expect.arrayContaining(['security groups for pods']) },
    ]);
  });

  it('answers a chat question with what it understood, the answer, its sources and the typed result', async () => {
    const { data, errors } = await graphql(ASK, { q: 'can I use network policy on fargate?' });
    expect(errors).toBeUndefined();
    const a = data.ask;
    expect(a.understood).toMatchObject({ intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['NETWORK_POLICY'] });
    expect(a.understood.recognised).toEqual([
      { text: 'network policy', kind: 'USE_CASE', value: 'NETWORK_POLICY' },
      { text: 'fargate', kind: 'NODE_TYPE', value: 'FARGATE' },
    ]);
    expect(a.text).toMatch(/^No: /);
    expect(a.markdown).toMatch(/^\*\*No:\*\* /);
    expect(a.slack).toMatch(/^\*No:\* /);
    expect(a.facts[0].sources.map((s: any) => s.ref)).toContain('cell:network-policy/FARGATE');
    expect(a.compatibility).toEqual([{ nodeType: 'FARGATE', compatible: false, summary: a.text }]);
  });

  it('shows suggestions for a name it does not know', async () => {
    const { data } = await graphql(ASK, { q: 'What is WARM_PREFIX_TARGETS?' });
    expect(data.ask.understood.intent).toBe('UNKNOWN');
    expect(data.ask.understood.unrecognised).toEqual([{ text: 'WARM_PREFIX_TARGETS', kind: 'SETTING', suggestions: ['WARM_PREFIX_TARGET'] }]);
    expect(data.ask.followUps).toContain('What does WARM_PREFIX_TARGET do?');
  });

  it('refuses an overlong question with BAD_USER_INPUT', async () => {
    const { errors } = await graphql(ASK, { q: 'why '.repeat(200) });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxLength: 500 });
  });
});
