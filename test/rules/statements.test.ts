// Every statement of the source document outside the table (the scope statement, the five notes, the Windows
// section) is stored, cited, and changes the answers it should.
import { describe, expect, it } from 'vitest';
import { compatibility } from '../../src/rules/compatibility.js';
import { modes } from '../../src/rules/modes.js';
import { statements } from '../../src/rules/statements.js';
import { useCaseVerdict } from '../../src/rules/use-case-verdict.js';
import { knowledge } from '../support/knowledge.js';

const byId = (id: string) => knowledge.statements.find((s) => s.id === id)!;
const noteIds = (report: ReturnType<typeof compatibility>) => report.notes.map((n) => n.id);

describe('statements as stored', () => {
  it('keeps the scope statement, five notes and six Windows statements, verbatim and cited by line', () => {
    expect(statements(knowledge, 'SCOPE').map((s) => s.text)).toEqual(['All information in the table applies to Linux IPv4 nodes only.']);
    expect(statements(knowledge, 'MATRIX_NOTE').map((s) => [s.number, s.line])).toEqual([[1, 35], [2, 37], [3, 39], [4, 41], [5, 43]]);
    expect(statements(knowledge, 'WINDOWS')).toHaveLength(6);
    for (const s of knowledge.statements) {
      expect(s.source.location).toContain(`line ${s.line}`);
      expect(s.source.quote).toBe(s.text);
    }
  });
});

describe('scope: the table applies to Linux IPv4 nodes only', () => {
  it('qualifies every EC2 Linux and Fargate answer, not Windows ones', () => {
    expect(noteIds(compatibility(knowledge, 'EC2_LINUX', ['SNAT']))).toContain('scope');
    expect(noteIds(compatibility(knowledge, 'FARGATE', []))).toContain('scope');
    expect(noteIds(compatibility(knowledge, 'EC2_WINDOWS', ['SNAT']))).not.toContain('scope');
  });

  it('leaves Windows without the table: what no Windows statement or fact covers is UNKNOWN', () => {
    // SNAT and IPv6 on Windows are stated by the networking chapter and the Windows page (platform-knowledge tests).
    for (const useCase of ['PUBLIC_SUBNETS'] as const) {
      const v = useCaseVerdict(knowledge, 'EC2_WINDOWS', 'INDIVIDUAL_IPS', useCase);
      expect(v.support).toBe('UNKNOWN');
      expect(v.sources).toEqual([]);
    }
  });
});

describe('note 1: no IPv6 with custom networking', () => {
  it('makes IPv6 with custom networking incompatible on every node type', () => {
    for (const nodeType of ['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE'] as const) {
      const report = compatibility(knowledge, nodeType, ['IPV6', 'CUSTOM_NETWORKING']);
      expect(report.compatible).toBe(false);
      expect(report.support).toBe('NOT_SUPPORTED');
      expect(report.conflicts.map((c) => c.id)).toEqual(['ipv6-custom-networking']);
      expect(report.conflicts[0]!.sources.map((s) => s.ref)).toContain('statement:note-1');
    }
  });

  it('is shown only when both use cases are asked', () => {
    expect(noteIds(compatibility(knowledge, 'EC2_LINUX', ['IPV6', 'CUSTOM_NETWORKING']))).toContain('note-1');
    expect(noteIds(compatibility(knowledge, 'EC2_LINUX', ['CUSTOM_NETWORKING']))).not.toContain('note-1');
  });
});

describe('note 2: IPv6 addresses are not translated', () => {
  it('makes IPv6 with SNAT a conflict', () => {
    const report = compatibility(knowledge, 'EC2_LINUX', ['IPV6', 'SNAT']);
    expect(report.compatible).toBe(false);
    expect(report.conflicts.map((c) => c.reason)).toEqual([byId('note-2').text]);
  });
});

describe('note 3: Pods with security groups are not subject to Calico, unless (networking chapter) 1.11.0 and standard mode', () => {
  it('makes Calico conditional in the security groups for Pods mode, citing the newer statement beside note 3', () => {
    const v = useCaseVerdict(knowledge, 'EC2_LINUX', 'SECURITY_GROUPS_FOR_PODS', 'CALICO_NETWORK_POLICY');
    expect(v.support).toBe('CONDITIONAL');
    expect(v.minCniVersion).toBe('1.11.0');
    expect(v.requirements).toContain('Set POD_SECURITY_GROUP_ENFORCING_MODE=standard on aws-node.');
    expect(v.detail).toMatch(/replaces note 3/);
    expect(v.sources.map((s) => s.ref)).toEqual(['cite:networking/security-groups-calico', 'statement:note-3']);
    const report = compatibility(knowledge, 'EC2_LINUX', ['SECURITY_GROUPS_FOR_PODS', 'CALICO_NETWORK_POLICY']);
    expect(report.compatible).toBe(true);
    expect(report.conflicts).toEqual([]);
    expect(report.bestMode).toBe('SECURITY_GROUPS_FOR_PODS');
    expect(noteIds(report)).toContain('note-3');
  });
});

describe('note 4: Calico wants ANNOTATE_POD_IP and patch permission', () => {
  it('makes Calico conditional in the address modes, with both requirements', () => {
    for (const mode of ['INDIVIDUAL_IPS', 'IP_PREFIXES'] as const) {
      const v = useCaseVerdict(knowledge, 'EC2_LINUX', mode, 'CALICO_NETWORK_POLICY');
      expect(v.support).toBe('CONDITIONAL');
      expect(v.requirements.join(' ')).toMatch(/ANNOTATE_POD_IP=true/);
      expect(v.requirements.join(' ')).toMatch(/patch permission for pods/);
      expect(v.sources.map((s) => s.ref)).toEqual(['statement:note-4']);
    }
    const report = compatibility(knowledge, 'EC2_LINUX', ['CALICO_NETWORK_POLICY']);
    expect(report.compatible).toBe(true);
    expect(report.modes.find((m) => m.mode === 'INDIVIDUAL_IPS')!.requirements.join(' ')).toMatch(/ANNOTATE_POD_IP/);
    expect(noteIds(report)).toEqual(expect.arrayContaining(['note-3', 'note-4']));
  });
});

describe('note 5: address Pods and branch-interface Pods mix on one node', () => {
  it('is shown with security groups for Pods on EC2 Linux, which the security groups mode answers', () => {
    const report = compatibility(knowledge, 'EC2_LINUX', ['SECURITY_GROUPS_FOR_PODS']);
    expect(report.compatible).toBe(true);
    expect(report.bestMode).toBe('SECURITY_GROUPS_FOR_PODS');
    expect(noteIds(report)).toContain('note-5');
    expect(noteIds(compatibility(knowledge, 'EC2_LINUX', ['SNAT']))).not.toContain('note-5');
  });
});

describe('Windows section', () => {
  const windowsModes = modes(knowledge, 'EC2_WINDOWS');

  it('statements 1 and 2: one interface, secondary IPv4 addresses and prefixes: two modes', () => {
    expect(windowsModes.map((m) => m.mode)).toEqual(['INDIVIDUAL_IPS', 'IP_PREFIXES']);
    expect(knowledge.nodeTypes.find((n) => n.nodeType === 'EC2_WINDOWS')!.sources.map((s) => s.ref)).toEqual(['statement:windows-2']);
  });

  it('statements 3 and 4: density of one interface minus one, raised by prefixes', () => {
    const density = (mode: string) => windowsModes.find((m) => m.mode === mode)!.capabilities.find((c) => c.capability === 'POD_DENSITY')!;
    expect(density('INDIVIDUAL_IPS').sources.map((s) => s.ref)).toEqual(['statement:windows-1', 'statement:windows-3']);
    expect(density('IP_PREFIXES').sources.map((s) => s.ref)).toEqual(['statement:windows-4']);
    expect(noteIds(compatibility(knowledge, 'EC2_WINDOWS', []))).toEqual(['windows-1', 'windows-2', 'windows-3', 'windows-4']);
  });

  it('statement 5: Calico network policies are supported', () => {
    const report = compatibility(knowledge, 'EC2_WINDOWS', ['CALICO_NETWORK_POLICY']);
    expect(report.compatible).toBe(true);
    expect(report.support).toBe('SUPPORTED');
    expect(noteIds(report)).toContain('windows-5');
  });

  it('statement 6: no security groups for Pods, no custom networking', () => {
    for (const useCase of ['SECURITY_GROUPS_FOR_PODS', 'CUSTOM_NETWORKING'] as const) {
      const report = compatibility(knowledge, 'EC2_WINDOWS', [useCase]);
      expect(report.compatible).toBe(false);
      expect(report.support).toBe('NOT_SUPPORTED');
      expect(report.modes.every((m) => m.useCases[0]!.sources.some((s) => s.ref === 'statement:windows-6'))).toBe(true);
    }
  });

  it('capabilities no Windows statement gives are unknown, not borrowed from the Linux table', () => {
    const scope = windowsModes[0]!.capabilities.find((c) => c.capability === 'SECURITY_GROUP_SCOPE')!;
    expect(scope.value).toBeNull();
    expect(scope.sources).toEqual([]);
  });
});
