// Disputes: where one source says a use case works in a mode and another says it does not; both are shown.
import { describe, expect, it } from 'vitest';
import type { Knowledge, UseCaseClaim } from '../../src/knowledge/types.js';
import { disputes } from '../../src/rules/disputes.js';
import { useCaseVerdict } from '../../src/rules/use-case-verdict.js';
import { escapeHtml, sourceCitation } from '../../src/web/assets/render.js';
import { matrixSection } from '../../src/web/matrix-table.js';
import { knowledge } from '../support/knowledge.js';

describe('disputes', () => {
  it('leaves out a condition added to a yes: network policy is a matrix "Compatible" that a fact makes conditional', () => {
    const verdict = useCaseVerdict(knowledge, 'EC2_LINUX', 'INDIVIDUAL_IPS', 'NETWORK_POLICY');
    expect(verdict.sources.length).toBeGreaterThan(1);
    expect(verdict.support).toBe('CONDITIONAL');
    expect(disputes(knowledge).filter((d) => d.useCase === 'NETWORK_POLICY' && d.nodeType === 'EC2_LINUX')).toEqual([]);
  });

  it('lists a cell on which one source says yes and another no, with both sides and the verdict the rules keep, and the page shows it', () => {
    const cell = useCaseVerdict(knowledge, 'EC2_LINUX', 'INDIVIDUAL_IPS', 'CUSTOM_NETWORKING');
    expect(cell.support).toBe('SUPPORTED');
    const contrary: UseCaseClaim = {
      useCase: 'CUSTOM_NETWORKING',
      nodeType: 'EC2_LINUX',
      modes: ['INDIVIDUAL_IPS'],
      support: 'NOT_SUPPORTED',
      detail: 'A contrary source says custom networking does not work here.',
      minCniVersion: null,
      requirements: [],
      source: knowledge.citations.get('statement:note-1')!,
      supersededBy: null,
    };
    const disputed: Knowledge = { ...knowledge, claims: [...knowledge.claims, contrary] };
    const found = disputes(disputed).filter((d) => d.useCase === 'CUSTOM_NETWORKING');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ nodeType: 'EC2_LINUX', mode: 'INDIVIDUAL_IPS', verdict: { support: 'NOT_SUPPORTED' } });
    expect(found[0]!.sides.map((s) => [s.support, s.sources[0]!.ref])).toEqual([
      ['SUPPORTED', cell.sources[0]!.ref],
      ['NOT_SUPPORTED', 'statement:note-1'],
    ]);
    const page = matrixSection(disputed);
    const disputesHtml = page.slice(page.indexOf('id="disputes"'));
    expect(disputesHtml).toContain(contrary.detail);
    expect(disputesHtml).toContain(cell.detail.replaceAll("'", '&#39;'));
    expect(matrixSection({ ...knowledge, disagreements: [] })).toContain('None: wherever several sources speak to a cell');
  });

  it('lists each question the seeded sources disagree on, with every side and its sources, as DISPUTED', () => {
    expect(knowledge.disagreements.length).toBeGreaterThan(0);
    const page = matrixSection(knowledge);
    const disputesHtml = page.slice(page.indexOf('id="disputes"'));
    expect(disputesHtml).not.toContain('None:');
    for (const d of knowledge.disagreements) {
      expect(disputesHtml).toContain(escapeHtml(d.question));
      for (const side of d.sides) {
        expect(disputesHtml).toContain(escapeHtml(side.detail));
        for (const source of side.sources) expect(disputesHtml).toContain(sourceCitation(source));
      }
    }
    expect(disputesHtml).toContain('verdict-disputed');
  });
});
