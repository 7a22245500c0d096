// Every cell of the source document's matrix, read by hand from seed/source-document.txt, against what the rules
// layer answers. A cell whose reading changes in seed/matrix.json, or a rule that stops honouring it, fails here.
import { describe, expect, it } from 'vitest';
import type { NodeType, PodNetworkingMode, Support, UseCase } from '../../src/domain/vocabulary.js';
import { modeInfo } from '../../src/rules/modes.js';
import { settingsFor } from '../../src/rules/settings-for-mode.js';
import { useCaseVerdict } from '../../src/rules/use-case-verdict.js';
import { knowledge } from '../support/knowledge.js';

const MODES = ['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS', 'FARGATE'] as const;
const nodeTypeOf = (mode: PodNetworkingMode): NodeType => (mode === 'FARGATE' ? 'FARGATE' : 'EC2_LINUX');

// [row id, use case, cell texts left to right, the verdict each cell gives]
const VERDICT_ROWS: [string, UseCase, string[], Support[]][] = [
  ['custom-networking', 'CUSTOM_NETWORKING', ['Yes', 'Yes', 'Yes', 'Yes (subnets controlled through Fargate profile)'], ['SUPPORTED', 'SUPPORTED', 'SUPPORTED', 'CONDITIONAL']],
  ['snat', 'SNAT', ['Yes (default is false)', 'Yes (default is false)', 'Yes (true only)', 'Yes (true only)'], ['SUPPORTED', 'SUPPORTED', 'CONDITIONAL', 'CONDITIONAL']],
  ['security-group-scope', 'SECURITY_GROUPS_FOR_PODS', ['Node', 'Node', 'Pod (If you', 'Pod'], ['NOT_SUPPORTED', 'NOT_SUPPORTED', 'CONDITIONAL', 'SUPPORTED']],
  ['subnet-types', 'PUBLIC_SUBNETS', ['Private and public', 'Private and public', 'Private only', 'Private only'], ['SUPPORTED', 'SUPPORTED', 'NOT_SUPPORTED', 'NOT_SUPPORTED']],
  ['network-policy', 'NETWORK_POLICY', ['Compatible', 'Compatible', 'Compatible', 'Not supported'], ['SUPPORTED', 'SUPPORTED', 'CONDITIONAL', 'NOT_SUPPORTED']],
];

// [row id, capability, value of each cell]
const RATING_ROWS: [string, string, string[]][] = [
  ['security-group-scope', 'SECURITY_GROUP_SCOPE', ['Node', 'Node', 'Pod', 'Pod']],
  ['subnet-types', 'SUBNET_TYPES', ['Private and public', 'Private and public', 'Private only', 'Private only']],
  ['network-policy', 'NETWORK_POLICY', ['Compatible', 'Compatible', 'Compatible', 'Not supported']],
  ['pod-density', 'POD_DENSITY', ['Medium', 'High', 'Low', 'One']],
  ['pod-launch-time', 'POD_LAUNCH_TIME', ['Better', 'Best', 'Good', 'Moderate']],
];

// [setting, applies in each mode]
const SETTING_ROWS: [string, boolean[]][] = [
  ['WARM_ENI_TARGET', [true, false, false, false]],
  ['WARM_IP_TARGET', [true, true, false, false]],
  ['MINIMUM_IP_TARGET', [true, true, false, false]],
  ['WARM_PREFIX_TARGET', [false, true, false, false]],
];

describe('matrix: the table as stored', () => {
  it('has the four columns and eleven rows of the source, in its order', () => {
    expect(knowledge.matrix.columns.map((c) => c.mode)).toEqual([...MODES]);
    expect(knowledge.matrix.rows.map((r) => r.id)).toEqual([
      'custom-networking', 'snat', 'security-group-scope', 'subnet-types', 'network-policy', 'pod-density',
      'pod-launch-time', 'warm-eni-target', 'warm-ip-target', 'minimum-ip-target', 'warm-prefix-target',
    ]);
  });

  it('cites every cell to its line of the source document', () => {
    for (const row of knowledge.matrix.rows) {
      for (const cell of row.cells) {
        expect(cell.source.document).toBe('Choosing Pod networking use cases - Amazon EKS');
        expect(cell.source.location).toContain(`line ${cell.line}`);
        expect(cell.source.quote).toBe(cell.text);
      }
    }
  });
});

describe.each(VERDICT_ROWS)('matrix row %s answers %s', (rowId, useCase, texts, verdicts) => {
  it.each(MODES.map((mode, i) => [mode, texts[i]!, verdicts[i]!] as const))('%s: "%s" -> %s', (mode, text, expected) => {
    const cell = knowledge.matrix.rows.find((r) => r.id === rowId)!.cells.find((c) => c.mode === mode)!;
    expect(cell.text.startsWith(text)).toBe(true);
    expect(cell.support).toBe(expected);
    const verdict = useCaseVerdict(knowledge, nodeTypeOf(mode), mode, useCase);
    expect(verdict.sources.map((s) => s.ref)).toContain(`cell:${rowId}/${mode}`);
    // Other evidence (a note, a cited fact) may narrow the cell's verdict, never widen it.
    const order: Support[] = ['NOT_SUPPORTED', 'NOT_APPLICABLE', 'UNKNOWN', 'CONDITIONAL', 'SUPPORTED'];
    expect(order.indexOf(verdict.support)).toBeLessThanOrEqual(order.indexOf(expected));
  });
});

describe.each(RATING_ROWS)('matrix row %s rates %s', (rowId, capability, values) => {
  it.each(MODES.map((mode, i) => [mode, values[i]!] as const))('%s: %s', (mode, value) => {
    const rated = modeInfo(knowledge, nodeTypeOf(mode), mode).capabilities.find((c) => c.capability === capability)!;
    expect(rated.value).toBe(value);
    expect(rated.sources.map((s) => s.ref)).toEqual([`cell:${rowId}/${mode}`]);
  });
});

describe.each(SETTING_ROWS)('matrix settings row %s', (setting, applies) => {
  it.each(MODES.map((mode, i) => [mode, applies[i]!] as const))('%s: applicable %s', (mode, applicable) => {
    const row = settingsFor(knowledge, mode).find((s) => s.name === setting)!;
    expect(row.applicable).toBe(applicable);
    expect(row.text).toBe(applicable ? 'Yes' : 'Not applicable');
    expect(row.source.location).toContain(`column "${knowledge.matrix.columns.find((c) => c.mode === mode)!.header}"`);
  });
});

describe('cells that the VPC CNI facts narrow', () => {
  it('network policy in every EC2 mode needs VPC CNI 1.14.0 and enabling it', () => {
    for (const mode of ['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS'] as const) {
      const v = useCaseVerdict(knowledge, 'EC2_LINUX', mode, 'NETWORK_POLICY');
      expect(v.support).toBe('CONDITIONAL');
      expect(v.minCniVersion).toBe('1.14.0');
      expect(v.requirements).toContain('VPC CNI 1.14.0 or later.');
      expect(v.sources.map((s) => s.ref)).toContain('fact:network-policy/enabledByDefault');
    }
  });
});
