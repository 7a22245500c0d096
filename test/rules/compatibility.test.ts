import { describe, expect, it } from 'vitest';
import { NODE_TYPES, USE_CASES } from '../../src/domain/vocabulary.js';
import { compatibility } from '../../src/rules/compatibility.js';
import { knowledge } from '../support/knowledge.js';

describe('compatibility', () => {
  it('lists the modes of each node type when no use case is asked', () => {
    const modesOf = (n: 'EC2_LINUX' | 'EC2_WINDOWS' | 'FARGATE') => compatibility(knowledge, n, []).modes.map((m) => m.mode);
    expect(modesOf('EC2_LINUX')).toEqual(['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS']);
    expect(modesOf('EC2_WINDOWS')).toEqual(['INDIVIDUAL_IPS', 'IP_PREFIXES']);
    expect(modesOf('FARGATE')).toEqual(['FARGATE']);
    const report = compatibility(knowledge, 'EC2_LINUX', []);
    expect(report.compatible).toBe(true);
    expect(report.support).toBe('SUPPORTED');
    expect(report.summary).toBe('Amazon EC2 Linux nodes offer 3 Pod networking modes: individual IP addresses, IP prefixes and security groups for Pods.');
  });

  it('counts a use case asked twice once', () => {
    const once = compatibility(knowledge, 'EC2_LINUX', ['SNAT', 'CUSTOM_NETWORKING']);
    const twice = compatibility(knowledge, 'EC2_LINUX', ['CUSTOM_NETWORKING', 'SNAT', 'SNAT']);
    expect(twice).toEqual(once);
    expect(twice.useCases).toEqual(['CUSTOM_NETWORKING', 'SNAT']);
    expect(twice.modes[0]!.useCases).toHaveLength(2);
  });

  it('answers yes when one mode supports everything, and names the best mode', () => {
    const report = compatibility(knowledge, 'EC2_LINUX', ['CUSTOM_NETWORKING', 'PUBLIC_SUBNETS']);
    expect(report.compatible).toBe(true);
    expect(report.support).toBe('SUPPORTED');
    expect(report.bestMode).toBe('INDIVIDUAL_IPS');
    expect(report.modes.map((m) => [m.mode, m.compatible])).toEqual([
      ['INDIVIDUAL_IPS', true],
      ['IP_PREFIXES', true],
      ['SECURITY_GROUPS_FOR_PODS', false],
    ]);
    expect(report.summary).toMatch(/^Yes: custom networking and public subnets work together on Amazon EC2 Linux nodes with individual IP addresses or IP prefixes\.$/);
  });

  it('answers no when every mode rules out a use case, saying which', () => {
    const report = compatibility(knowledge, 'EC2_LINUX', ['SECURITY_GROUPS_FOR_PODS', 'PUBLIC_SUBNETS']);
    expect(report.compatible).toBe(false);
    expect(report.support).toBe('NOT_SUPPORTED');
    expect(report.conflicts).toEqual([]);
    expect(report.summary).toMatch(/^No: /);
    expect(report.summary).toContain('security groups for Pods: public subnets not supported');
  });

  it('treats UNKNOWN as not compatible, and says so', () => {
    // Calico on Fargate: neither the table nor any later statement speaks to it.
    const report = compatibility(knowledge, 'FARGATE', ['CALICO_NETWORK_POLICY']);
    expect(report.compatible).toBe(false);
    expect(report.support).toBe('UNKNOWN');
    expect(report.modes[0]!.useCases[0]!.sources).toEqual([]);
    expect(report.summary).toMatch(/^Unknown: the sources do not say whether Calico network policy works on Fargate/);
  });

  it('carries the condition of a CONDITIONAL verdict in detail and requirements', () => {
    const report = compatibility(knowledge, 'EC2_LINUX', ['IPV6']);
    expect(report.compatible).toBe(true);
    expect(report.support).toBe('CONDITIONAL');
    expect(report.bestMode).toBe('IP_PREFIXES');
    const prefixes = report.modes.find((m) => m.mode === 'IP_PREFIXES')!;
    // The VPC CNI shipped IPv6 in 1.10.0; the networking chapter asks for 1.10.1: the higher one holds.
    expect(prefixes.useCases[0]!.minCniVersion).toBe('1.10.1');
    expect(prefixes.requirements).toEqual(expect.arrayContaining(['VPC CNI 1.10.1 or later.', 'Use Nitro-based instance types.', 'Set ENABLE_PREFIX_DELEGATION=true on aws-node (VPC CNI v1.9.0 or later).']));
    expect(report.modes.find((m) => m.mode === 'INDIVIDUAL_IPS')!.support).toBe('NOT_SUPPORTED');
    expect(report.summary).toMatch(/^Yes, with conditions: IPv6 works on Amazon EC2 Linux nodes with IP prefixes\./);
  });

  it('lists what a mode needs even when nothing is asked of it', () => {
    const sgp = compatibility(knowledge, 'EC2_LINUX', []).modes.find((m) => m.mode === 'SECURITY_GROUPS_FOR_PODS')!;
    expect(sgp.modeRequirements.map((r) => r.setting)).toContain('ENABLE_POD_ENI');
    expect(sgp.modeRequirements.every((r) => r.source.ref.startsWith('fact:'))).toBe(true);
  });

  it('rules out VPC CNI network policy on Fargate and on Windows', () => {
    for (const nodeType of ['FARGATE', 'EC2_WINDOWS'] as const) {
      const report = compatibility(knowledge, nodeType, ['NETWORK_POLICY']);
      expect(report.compatible).toBe(false);
      expect(report.support).toBe('NOT_SUPPORTED');
    }
  });

  it('does not change the knowledge it reads', () => {
    expect(Object.isFrozen(knowledge.matrix.rows[0]!.cells[0])).toBe(true);
    expect(() => (knowledge.claims as unknown[]).push({})).toThrow();
  });

  it('says a mode does not work only where the sources say so: a mode no source speaks to is unknown', () => {
    let unknownModes = 0;
    for (const nodeType of NODE_TYPES) {
      for (const useCase of USE_CASES) {
        const report = compatibility(knowledge, nodeType, [useCase]);
        report.modes.forEach((m, i) => {
          const said = report.message.points[i]!.text;
          const ruledOut = m.support === 'NOT_SUPPORTED' || m.support === 'NOT_APPLICABLE';
          expect(said.startsWith('does not work'), `${nodeType} ${useCase} ${m.mode}: ${said}`).toBe(ruledOut);
          if (m.support === 'UNKNOWN') {
            unknownModes++;
            expect(said).toMatch(/^unknown; /);
          }
        });
      }
    }
    // Some modes are unknown for some use case (IPv6 on EKS Auto Mode): the second half was tested.
    expect(unknownModes).toBeGreaterThan(0);
  });
});
