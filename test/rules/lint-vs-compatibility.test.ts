// The linter and the compatibility query never disagree, as a user would see it: for every node type the linter
// takes and every set of use cases, a configuration that switches those use cases on (by its settings, its node
// agent, or by asking for them) is judged in the mode the settings imply, and the linter's use case findings say what
// compatibility() says of that mode: an error where its verdict is No, a warning where it is Unknown or Disputed,
// nothing where it is Yes, and every use case that does not work named.
import { describe, expect, it } from 'vitest';
import { USE_CASE_LABELS } from '../../src/domain/labels.js';
import { USE_CASES, type NodeType, type PodNetworkingMode, type UseCase } from '../../src/domain/vocabulary.js';
import { compatibility } from '../../src/rules/compatibility.js';
import { lintCniConfig, type LintReport } from '../../src/rules/lint/lint.js';
import { isUsable } from '../../src/rules/support.js';
import { verdictFor } from '../../src/rules/verdict-words.js';
import { knowledge } from '../support/knowledge.js';
import { envPairs, manifest, withEnv, type EnvOverrides } from '../support/lint-inputs.js';

// What a user sets on aws-node to turn each on, as the VPC CNI's README documents it.
const SETTINGS_FOR_USE_CASE: Partial<Record<UseCase, EnvOverrides>> = {
  IPV6: { ENABLE_IPv4: 'false', ENABLE_IPv6: 'true' },
  CUSTOM_NETWORKING: { AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: 'true' },
  SECURITY_GROUPS_FOR_PODS: { ENABLE_POD_ENI: 'true' },
};
const SETTINGS_FOR_MODE: Partial<Record<PodNetworkingMode, EnvOverrides>> = {
  INDIVIDUAL_IPS: {},
  IP_PREFIXES: { ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1' },
};
const USE_CASE_CODES = new Set(['USE_CASE_CONFLICT', 'USE_CASE_NOT_SUPPORTED', 'USE_CASE_UNKNOWN', 'USE_CASE_NEEDS_NEWER_CNI', 'USE_CASE_DISPUTED']);

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

/** An aws-node DaemonSet that switches the use cases on by its settings and node agent; the rest are asked for. */
function lintSwitchingOn(nodeType: NodeType, useCases: readonly UseCase[], mode: PodNetworkingMode): LintReport {
  if (nodeType === 'EKS_AUTO_MODE') return lintCniConfig(knowledge, withEnv({}, { nodeType, useCases }));
  const env: EnvOverrides = Object.assign({}, SETTINGS_FOR_MODE[mode], ...useCases.map((u) => SETTINGS_FOR_USE_CASE[u] ?? {}));
  const yaml = manifest({
    env: envPairs(env),
    initEnv: [{ name: 'ENABLE_IPv6', value: env.ENABLE_IPv6 ?? 'false' }],
    agentArgs: [`--enable-network-policy=${useCases.includes('NETWORK_POLICY')}`],
  });
  const asked = useCases.filter((u) => u !== 'NETWORK_POLICY' && !SETTINGS_FOR_USE_CASE[u]);
  return lintCniConfig(knowledge, { manifest: yaml, nodeType, useCases: asked });
}

const CASES: { nodeType: NodeType; mode: PodNetworkingMode }[] = [
  { nodeType: 'EC2_LINUX', mode: 'INDIVIDUAL_IPS' },
  { nodeType: 'EC2_LINUX', mode: 'IP_PREFIXES' },
  { nodeType: 'EKS_AUTO_MODE', mode: 'AUTO_MODE_PREFIXES' },
];
const SETS = subsets(USE_CASES);

describe('lintCniConfig and compatibility', () => {
  it(`agree for every node type the linter takes, its address modes and all ${SETS.length} sets of use cases`, () => {
    const verdictsSeen = new Set<string>();
    for (const { nodeType, mode } of CASES) {
      for (const useCases of SETS) {
        const report = lintSwitchingOn(nodeType, useCases, mode);
        const what = `${nodeType} ${mode} ${useCases.join('+') || 'none'}`;
        expect(report.useCases, what).toEqual(useCases);
        // Security groups for Pods put the node in their column; otherwise the addresses the settings choose.
        const implied = useCases.includes('SECURITY_GROUPS_FOR_PODS') && nodeType === 'EC2_LINUX' ? 'SECURITY_GROUPS_FOR_PODS' : mode;
        expect(report.mode, what).toBe(implied);

        const judged = compatibility(knowledge, nodeType, useCases).modes.find((m) => m.mode === implied)!;
        const verdict = verdictFor(judged.support);
        verdictsSeen.add(verdict);
        const findings = report.findings.filter((f) => USE_CASE_CODES.has(f.code));
        const errors = findings.filter((f) => f.severity === 'ERROR');
        const warnings = findings.filter((f) => f.severity === 'WARNING');
        if (verdict === 'No') expect(errors.length, `${what}: compatibility says No`).toBeGreaterThan(0);
        else expect(errors, `${what}: compatibility says ${verdict}`).toEqual([]);
        if (verdict === 'Unknown' || verdict === 'Disputed') expect(warnings.length, `${what}: compatibility says ${verdict}`).toBeGreaterThan(0);
        if (verdict === 'Yes' || verdict === 'Yes, with conditions') expect(findings, `${what}: compatibility says ${verdict}`).toEqual([]);
        // Each use case that does not work there is named: by a finding about it, or by the conflict it is in.
        for (const v of judged.useCases.filter((u) => !isUsable(u.support))) {
          const named = findings.some((f) => f.useCase === v.useCase || (f.useCase === null && f.message.includes(USE_CASE_LABELS[v.useCase])));
          expect(named, `${what}: ${v.useCase} is ${v.support}`).toBe(true);
        }
      }
    }
    // The combinations reach every verdict: the agreement was tested each way.
    expect([...verdictsSeen].sort()).toEqual(['Disputed', 'No', 'Unknown', 'Yes', 'Yes, with conditions'].sort());
  });

  it('reports a conflict that compatibility finds for use cases switched on by the settings alone', () => {
    const report = lintCniConfig(knowledge, withEnv({ ENABLE_IPv4: 'false', ENABLE_IPv6: 'true', ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1', AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: 'true' }));
    const verdict = compatibility(knowledge, 'EC2_LINUX', ['IPV6', 'CUSTOM_NETWORKING'] satisfies UseCase[]);
    expect(report.useCases).toEqual(['CUSTOM_NETWORKING', 'IPV6']);
    expect(verdict.compatible).toBe(false);
    const conflict = report.findings.find((f) => f.code === 'USE_CASE_CONFLICT')!;
    expect(conflict.sources.map((s) => s.ref)).toEqual(verdict.conflicts[0]!.sources.map((s) => s.ref));
  });
});
