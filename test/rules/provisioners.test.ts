// Max Pods as the node actually gets it: each provisioner's default by its own code, a warning where that is not
// what the mode allows, and configuration that sets the recommended value. Every maxPodsExpression podnet prints is
// type-checked and evaluated as nodeadm would (a CEL library) for every instance type it claims to cover.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PodNetworkingMode } from '../../src/domain/vocabulary.js';
import type { InstanceTypeLimits } from '../../src/knowledge/types.js';
import { podDensity, type PodDensity, type PodDensityQuestion } from '../../src/rules/pod-density.js';
import { RuleError } from '../../src/rules/rule-error.js';
import { knowledge } from '../support/knowledge.js';
import { celType, evaluateMaxPods } from '../support/nodeadm-cel.js';

const TYPES = [...knowledge.instanceTypes.values()];
const type = (name: string) => knowledge.instanceTypes.get(name)!;
const nodeadmStandard = (t: InstanceTypeLimits) => t.maxEnisDefaultCard * (t.ipv4PerEni - 1) + 2;

/** The answer, or null where podnet refuses the question (a type that cannot trunk, no interface left). */
function densityOrNull(q: PodDensityQuestion): PodDensity | null {
  try {
    return podDensity(knowledge, q);
  } catch (e) {
    if (e instanceof RuleError) return null;
    throw e;
  }
}

function expressionOf(d: PodDensity): string {
  const snippet = d.configuration.find((c) => c.title === 'nodeadm NodeConfig: maxPodsExpression');
  expect(snippet, 'a maxPodsExpression snippet').toBeDefined();
  const config = parse(snippet!.text);
  expect(config).toMatchObject({ apiVersion: 'node.eks.aws/v1alpha1', kind: 'NodeConfig' });
  return config.spec.kubelet.maxPodsExpression;
}

describe('nodeadm (AL2023)', () => {
  it('gives an m5.large 29 Pods with prefix delegation unless told otherwise, and warns', () => {
    const d = podDensity(knowledge, { instanceType: 'm5.large', mode: 'IP_PREFIXES', provisioner: 'AL2023_NODEADM' });
    expect(d.provisioner).toBe('AL2023_NODEADM');
    expect(d.kubeletDefault).toBe(29);
    expect(d.recommendedMaxPods).toBe(110);
    expect(d.warnings.join(' ')).toMatch(/nodeadm gives kubelet max Pods 29, though this mode allows 434 \(recommended 110\)/);
    expect(d.sources.map((s) => s.ref)).toContain('cite:nodeadm/standard-max-pods');
    const fixed = parse(d.configuration[0]!.text);
    expect(fixed.spec.kubelet.config.maxPods).toBe(110);
  });

  it('counts the default card only, whatever the mode, for every instance type', () => {
    for (const t of TYPES) {
      const d = densityOrNull({ instanceType: t.name, mode: 'INDIVIDUAL_IPS', provisioner: 'AL2023_NODEADM' });
      expect(d!.kubeletDefault, t.name).toBe(nodeadmStandard(t));
    }
  });

  it('reserves 11 MiB per Pod plus 255 MiB at the recommended max Pods, and says what the default would reserve', () => {
    const d = podDensity(knowledge, { instanceType: 'm5.large', mode: 'IP_PREFIXES', provisioner: 'AL2023_NODEADM' });
    expect(d.kubeReservedMemoryMiB).toBe(11 * d.recommendedMaxPods! + 255);
    expect(d.notes.join(' ')).toContain(`against ${11 * d.kubeletDefault! + 255} MiB at its default ${d.kubeletDefault}`);
    expect(podDensity(knowledge, { instanceType: 'm5.large', mode: 'IP_PREFIXES', provisioner: 'KARPENTER' }).kubeReservedMemoryMiB).toBeNull();
  });

  it('warns the other way when nodeadm would admit more Pods than custom networking leaves addresses for', () => {
    const d = podDensity(knowledge, { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', customNetworking: true, provisioner: 'AL2023_NODEADM' });
    expect(d.kubeletDefault).toBeGreaterThan(d.maxPods);
    expect(d.warnings.join(' ')).toMatch(/Pods beyond that wait without an address/);
  });

  it('says what each provisioner counts on a multi-card type and what ENABLE_MULTI_NIC changes', () => {
    const multiCard = TYPES.find((t) => t.networkCards > 1 && t.vcpus !== null)!;
    const d = podDensity(knowledge, { instanceType: multiCard.name, mode: 'INDIVIDUAL_IPS', provisioner: 'AL2023_NODEADM' });
    expect(d.kubeletDefault).toBe(nodeadmStandard(multiCard));
    expect(d.notes.join(' ')).toMatch(/counts the interfaces of the default card only\. ENABLE_MULTI_NIC=true/);
    expect(d.sources.map((s) => s.ref)).toEqual(expect.arrayContaining(['cite:nodeadm/default-card', 'setting:ENABLE_MULTI_NIC']));
  });
});

describe('maxPodsExpression, evaluated as nodeadm would for every instance type it covers', () => {
  const MODES: PodNetworkingMode[] = ['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS'];
  // One instance type per vCPU class: the expression carries the calculator's cap for its class.
  const REPRESENTATIVES = ['m5.large', 'm5.16xlarge'];
  const cases = REPRESENTATIVES.flatMap((instanceType) =>
    MODES.flatMap((mode) => [false, true].flatMap((customNetworking) => [null, 2].map((maxEnis) => ({ instanceType, mode, customNetworking, maxEnis })))),
  );

  it.each(cases)('$mode on $instanceType with custom networking $customNetworking and maxEnis $maxEnis', (c) => {
    const rep = podDensity(knowledge, { ...c, provisioner: 'AL2023_NODEADM' });
    const expression = expressionOf(rep);
    expect(celType(expression)).toBe('int');
    const fewVcpus = type(c.instanceType).vcpus! <= 30;
    let checked = 0;
    for (const t of TYPES) {
      if (t.vcpus === null || t.vcpus <= 30 !== fewVcpus) continue;
      const d = densityOrNull({ ...c, instanceType: t.name, provisioner: 'AL2023_NODEADM' });
      // The expression covers the types where the same arithmetic holds (prefixes only where they apply).
      if (d === null || d.prefixesApplied !== rep.prefixesApplied) continue;
      expect(evaluateMaxPods(expression, t), `${expression} on ${t.name}`).toBe(d.recommendedMaxPods);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('Karpenter', () => {
  it('counts the trunk interface for Pods unless RESERVED_ENIS=1, which then gives exactly what security groups for Pods allow', () => {
    const d = podDensity(knowledge, { instanceType: 'm5.large', mode: 'SECURITY_GROUPS_FOR_PODS', provisioner: 'KARPENTER' });
    expect(d.kubeletDefault).toBe(nodeadmStandard(type('m5.large')));
    expect(d.kubeletDefault).toBeGreaterThan(d.maxPods);
    expect(d.warnings.join(' ')).toMatch(/Karpenter is not aware of security groups for Pods/);
    const reserved = d.configuration.find((c) => c.title.includes('RESERVED_ENIS'))!;
    expect(parse(reserved.text).env).toEqual([{ name: 'RESERVED_ENIS', value: '1' }]);
    const nodeClass = parse(d.configuration[0]!.text);
    expect(nodeClass).toMatchObject({ apiVersion: 'karpenter.k8s.aws/v1', kind: 'EC2NodeClass', spec: { kubelet: { maxPods: d.recommendedMaxPods } } });
    // Karpenter's formula with one reserved interface is the security groups for Pods arithmetic, on every type.
    for (const t of TYPES) {
      const sgp = densityOrNull({ instanceType: t.name, mode: 'SECURITY_GROUPS_FOR_PODS', provisioner: 'KARPENTER' });
      if (sgp) expect((t.maxEnisDefaultCard - 1) * (t.ipv4PerEni - 1) + 2, t.name).toBe(sgp.maxPods);
    }
  });
});

describe('EKS Auto Mode and the default', () => {
  it('caps Auto Mode at 110 after the calculation and has nothing to configure', () => {
    const prefixes = podDensity(knowledge, { instanceType: 'm5.large', nodeType: 'EKS_AUTO_MODE', mode: 'AUTO_MODE_PREFIXES' });
    expect(prefixes.provisioner).toBe('EKS_AUTO_MODE');
    expect(prefixes.prefixesApplied).toBe(true);
    expect(prefixes.kubeletDefault).toBe(Math.min(prefixes.maxPods, 110));
    expect(prefixes.configuration).toEqual([]);
    const secondary = podDensity(knowledge, { instanceType: 'm5.large', nodeType: 'EKS_AUTO_MODE', mode: 'AUTO_MODE_SECONDARY_IPS' });
    expect(secondary.kubeletDefault).toBe(nodeadmStandard(type('m5.large')));
    expect(secondary.warnings).toEqual([]);
  });

  it('refuses a provisioner that does not run on the node type, and hybrid nodes, which have no instance type', () => {
    expect(() => podDensity(knowledge, { instanceType: 'm5.large', nodeType: 'EKS_AUTO_MODE', mode: 'AUTO_MODE_PREFIXES', provisioner: 'KARPENTER' })).toThrow(
      /provisioner KARPENTER does not set max Pods on EKS_AUTO_MODE nodes; for EKS_AUTO_MODE: EKS_AUTO_MODE/,
    );
    expect(() => podDensity(knowledge, { instanceType: 'm5.large', mode: 'IP_PREFIXES', provisioner: 'EKS_AUTO_MODE' })).toThrow(RuleError);
    expect(() => podDensity(knowledge, { instanceType: 'm5.large', nodeType: 'HYBRID', mode: 'HYBRID_CILIUM' })).toThrow(/Hybrid nodes are not EC2 instance types/);
  });

  it('keeps today’s answer by default: the calculator’s recommendation is what kubelet gets, with the AL2 flags to set it', () => {
    const d = podDensity(knowledge, { instanceType: 'm5.large', mode: 'IP_PREFIXES' });
    expect(d.provisioner).toBe('AL2_CALCULATOR');
    expect(d.kubeletDefault).toBe(d.recommendedMaxPods);
    expect(d.warnings).toEqual([]);
    expect(d.configuration.map((c) => c.text)).toEqual([
      `/etc/eks/bootstrap.sh my-cluster --use-max-pods false --kubelet-extra-args '--max-pods=${d.recommendedMaxPods}'`,
      `eksctl create nodegroup --cluster my-cluster --max-pods-per-node ${d.recommendedMaxPods}`,
    ]);
  });
});
