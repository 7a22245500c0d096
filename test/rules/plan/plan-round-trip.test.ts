// The plan's promise: lintCniConfig of a plan's aws-node environment, and of the DaemonSet patch it writes (same
// node type, use cases, instance type and the version the plan targets), implies the plan's mode and reports no
// error and no warning. Every node type and every set of use cases is tried; where compatibility says no mode works,
// plan must refuse with the same conflicts. fast-check then varies the instance type, the VPC CNI version running
// and the mode asked for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, POD_NETWORKING_MODES, USE_CASES, type NodeType, type PodNetworkingMode, type UseCase } from '../../../src/domain/vocabulary.js';
import { compatibility } from '../../../src/rules/compatibility.js';
import { lintCniConfig } from '../../../src/rules/lint/lint.js';
import { plan, type Plan } from '../../../src/rules/plan/plan.js';
import { RuleError } from '../../../src/rules/rule-error.js';
import { AWS_NODE_NODE_TYPE } from '../../../src/rules/settings/aws-node.js';
import { knowledge } from '../../support/knowledge.js';

const ALL_SETS: UseCase[][] = Array.from({ length: 1 << USE_CASES.length }, (_, mask) => USE_CASES.filter((_u, i) => mask & (1 << i)));

// Nitro and Xen, trunking and not (t3), bare metal, unlisted by the resource controller, many network cards.
const INSTANCE_TYPES = [
  'm5.large', 'm5.xlarge', 'c5.4xlarge', 't3.small', 't3.medium', 't4g.large', 'm4.large', 'c4.xlarge', 't2.micro',
  'c7g.metal', 'm5.metal', 'p3dn.24xlarge', 'p5.48xlarge', 'r6i.2xlarge', 'i4i.large', 'm7i.large', 'x1.16xlarge',
].filter((t) => knowledge.instanceTypes.has(t));

function expectRoundTrip(p: Plan, instanceType: string | null): void {
  if (p.nodeType !== AWS_NODE_NODE_TYPE) {
    expect(p.awsNodeEnv).toEqual([]);
    return;
  }
  const judged = { nodeType: p.nodeType, useCases: p.useCases, instanceType, cniVersion: p.cniVersion };
  // The env as name/value pairs, and the DaemonSet patch the plan hands over (with the init container's env).
  const patch = p.steps.find((s) => s.kind === 'AWS_NODE_DAEMONSET_PATCH')!.content!;
  for (const report of [
    lintCniConfig(knowledge, { ...judged, env: p.awsNodeEnv.map(({ name, value }) => ({ name, value })) }),
    lintCniConfig(knowledge, { ...judged, manifest: patch }),
  ]) {
    expect(report.mode).toBe(p.mode);
    expect(report.modes).toEqual(p.modes);
    expect(report.findings.filter((f) => f.severity !== 'INFO').map((f) => `${f.code}: ${f.message}`)).toEqual([]);
  }
}

describe('plan round trip', () => {
  it('for every node type and set of use cases: a plan that lints clean, or the refusal compatibility gives', () => {
    let planned = 0;
    for (const nodeType of NODE_TYPES) {
      for (const useCases of ALL_SETS) {
        const report = compatibility(knowledge, nodeType, useCases);
        if (!report.compatible) {
          expect(() => plan(knowledge, { nodeType, useCases })).toThrow(expect.objectContaining({ code: 'NOT_SUPPORTED', details: expect.objectContaining({ field: 'useCases' }) }));
          continue;
        }
        const p = plan(knowledge, { nodeType, useCases });
        expect(p.mode).toBe(report.bestMode);
        expectRoundTrip(p, null);
        planned++;
      }
    }
    // Some combinations on EC2 Linux work; the test would pass vacuously otherwise.
    expect(planned).toBeGreaterThan(50);
  });

  it('holds for any instance type, running version and mode asked for, or the plan refuses with a reason', () => {
    const question = fc.record({
      nodeType: fc.constantFrom<NodeType>(...NODE_TYPES),
      useCases: fc.subarray([...USE_CASES]),
      instanceType: fc.constantFrom(...INSTANCE_TYPES),
      cniVersion: fc.option(fc.constantFrom('1.7.0', '1.9.0', '1.12.0', '1.16.0', knowledge.vpcCni.latestVersion), { nil: undefined }),
      mode: fc.option(fc.constantFrom<PodNetworkingMode>(...POD_NETWORKING_MODES), { nil: undefined }),
    });
    fc.assert(
      fc.property(question, (q) => {
        let p: Plan;
        try {
          p = plan(knowledge, q);
        } catch (error) {
          // Refused: no compatible mode, the mode asked for does not give the use cases, or the type cannot run it.
          expect(error).toBeInstanceOf(RuleError);
          expect((error as RuleError).code).toBe('NOT_SUPPORTED');
          expect(['useCases', 'mode', 'instanceType']).toContain((error as RuleError).details.field);
          return;
        }
        if (q.mode) expect(p.mode).toBe(q.mode);
        expectRoundTrip(p, q.instanceType);
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
