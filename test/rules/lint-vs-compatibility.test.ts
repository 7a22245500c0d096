// The linter and the compatibility query never disagree: for every combination of the settings that switch use
// cases and modes on, and every set of use cases asked for, the linter's use case findings say what compatibility()
// says for the same use cases in the mode the configuration implies.
import { describe, expect, it } from 'vitest';
import { USE_CASES, type UseCase } from '../../src/domain/vocabulary.js';
import { compatibility } from '../../src/rules/compatibility.js';
import { lintCniConfig } from '../../src/rules/lint/lint.js';
import { isUsable } from '../../src/rules/support.js';
import { knowledge } from '../support/knowledge.js';
import { withEnv, type EnvOverrides } from '../support/lint-inputs.js';

const SWITCHES: EnvOverrides[] = [
  { ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1' },
  { ENABLE_POD_ENI: 'true' },
  { ENABLE_IPv4: 'false', ENABLE_IPv6: 'true' },
  { AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: 'true' },
];

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

const CONFIGURATIONS = subsets(SWITCHES).map((parts) => Object.assign({}, ...parts) as EnvOverrides);
const ASKED = subsets(USE_CASES);
const USE_CASE_CODES = new Set(['USE_CASE_CONFLICT', 'USE_CASE_NOT_SUPPORTED', 'USE_CASE_UNKNOWN', 'USE_CASE_NEEDS_NEWER_CNI', 'USE_CASE_DISPUTED']);
const VERDICT_CODES: Partial<Record<string, string>> = { UNKNOWN: 'USE_CASE_UNKNOWN', DISPUTED: 'USE_CASE_DISPUTED' };

describe('lintCniConfig and compatibility', () => {
  it(`agree on all ${CONFIGURATIONS.length * ASKED.length} combinations of ${CONFIGURATIONS.length} configurations and ${ASKED.length} sets of use cases`, () => {
    let disagreements = 0;
    let judgedIncompatible = 0;
    for (const env of CONFIGURATIONS) {
      for (const useCases of ASKED) {
        const report = lintCniConfig(knowledge, withEnv(env, { useCases }));
        // The linter judges what it says it judges, with compatibility() itself.
        expect(useCases.every((u) => report.useCases.includes(u))).toBe(true);
        const verdict = compatibility(knowledge, 'EC2_LINUX', report.useCases);
        expect(report.compatibility).toEqual(verdict);

        const mode = verdict.modes.find((m) => m.mode === report.mode)!;
        const findings = report.findings.filter((f) => USE_CASE_CODES.has(f.code));
        const conflicted = new Set(verdict.conflicts.filter((c) => !c.disputed).flatMap((c) => c.useCases));
        const disputed = new Set(verdict.conflicts.filter((c) => c.disputed).flatMap((c) => c.useCases));
        const expected = [
          ...verdict.conflicts.map((c) => (c.disputed ? 'USE_CASE_DISPUTED' : 'USE_CASE_CONFLICT')),
          ...mode.useCases
            .filter((v) => !conflicted.has(v.useCase) && !(v.support === 'DISPUTED' && disputed.has(v.useCase)) && !isUsable(v.support))
            .map((v) => `${VERDICT_CODES[v.support] ?? 'USE_CASE_NOT_SUPPORTED'} ${v.useCase}`),
        ];
        const got = findings.map((f) => (f.useCase ? `${f.code} ${f.useCase}` : f.code));
        if (JSON.stringify(got.sort()) !== JSON.stringify(expected.sort())) disagreements++;
        // The linter's use case errors stand exactly where compatibility says the mode does not support them.
        const errors = findings.some((f) => f.severity === 'ERROR');
        if (errors !== (!mode.compatible && mode.support !== 'UNKNOWN' && mode.support !== 'DISPUTED')) disagreements++;
        if (!mode.compatible) judgedIncompatible++;
      }
    }
    expect(disagreements).toBe(0);
    // The combinations are not all trivially compatible: the property was tested both ways.
    expect(judgedIncompatible).toBeGreaterThan(100);
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
