// Pod density for known instance types, against values worked out by hand from seed/instance-types.csv and the
// EKS max Pods calculator (and, where they state one, the cited facts' own examples).
import { describe, expect, it } from 'vitest';
import { podDensity, type PodDensity, type PodDensityQuestion } from '../../src/rules/pod-density.js';
import { RuleError } from '../../src/rules/rule-error.js';
import { knowledge } from '../support/knowledge.js';

type Expected = Partial<Omit<PodDensity, 'sources'>> & { sources?: string[]; warning?: RegExp };

// [what, question, expected fields]
const KNOWN: [string, PodDensityQuestion, Expected][] = [
  ['m5.large, individual IPs', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS' }, {
    maxPods: 29, recommendedMaxPods: 29, formula: '3 ENIs × (10 − 1) + 2 = 29', interfacesForPods: 3, podAddressesPerInterface: 9,
    warnings: [], sources: ['fact:max-pods/formula', 'calculator:max-pods', 'instance-type:m5.large/network', 'instance-type:m5.large/vcpus'],
  }],
  ['m5.large, custom networking', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', customNetworking: true }, {
    maxPods: 20, recommendedMaxPods: 20, formula: '(3 ENIs − 1 primary) × (10 − 1) + 2 = 20', customNetworking: true,
  }],
  ['m5.large, prefixes', { instanceType: 'm5.large', mode: 'IP_PREFIXES' }, {
    maxPods: 434, recommendedMaxPods: 110, prefixesApplied: true, formula: '3 ENIs × ((10 − 1) × 16) + 2 = 434',
    sources: ['fact:prefix-delegation/prefixesPerEni', 'fact:prefix-delegation/ipv4PrefixLength'],
  }],
  ['m5.large, prefixes and custom networking', { instanceType: 'm5.large', mode: 'IP_PREFIXES', customNetworking: true }, {
    maxPods: 290, recommendedMaxPods: 110, formula: '(3 ENIs − 1 primary) × ((10 − 1) × 16) + 2 = 290',
  }],
  ['m5.large, prefixes with VPC CNI 1.9.0 (the first with prefixes)', { instanceType: 'm5.large', mode: 'IP_PREFIXES', cniVersion: 'v1.9.0' }, {
    maxPods: 434, prefixesApplied: true, cniVersion: '1.9.0',
  }],
  ['m5.large, prefixes with VPC CNI 1.8.0: individual IPs', { instanceType: 'm5.large', mode: 'IP_PREFIXES', cniVersion: '1.8.0' }, {
    maxPods: 29, prefixesApplied: false, warning: /1\.8\.0 predates prefix delegation \(1\.9\.0\)/, sources: ['fact:prefix-delegation/firstVersion'],
  }],
  ['m5.large, maxEnis 2', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: 2 }, {
    maxPods: 20, formula: '2 ENIs (maxEnis) × (10 − 1) + 2 = 20', warnings: [], sources: ['setting:MAX_ENI'],
  }],
  ['m5.large, maxEnis 5: above its limit', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: 5 }, {
    maxPods: 29, warning: /maxEnis 5 is above the 3 network interfaces of m5.large/,
  }],
  ['m5.large, maxEnis 1 with custom networking: host-network Pods only', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: 1, customNetworking: true }, {
    maxPods: 2, interfacesForPods: 0, warning: /No network interface is left/,
  }],
  ['c5.4xlarge, individual IPs (the VPC CNI README’s 234)', { instanceType: 'c5.4xlarge', mode: 'INDIVIDUAL_IPS' }, {
    maxPods: 234, recommendedMaxPods: 110, podsWithSecurityGroups: null,
  }],
  ['c5.4xlarge, security groups for Pods', { instanceType: 'c5.4xlarge', mode: 'SECURITY_GROUPS_FOR_PODS' }, {
    podsWithSecurityGroups: 54, maxPods: 205, recommendedMaxPods: 110, formula: '(8 ENIs − 1 trunk) × (30 − 1) + 2 = 205', warnings: [],
    sources: ['fact:security-groups-for-pods/trunkUsesEniSlot', 'fact:security-groups-for-pods/mechanism', 'instance-type:c5.4xlarge/trunking'],
  }],
  ['m5.large, security groups for Pods with custom networking', { instanceType: 'm5.large', mode: 'SECURITY_GROUPS_FOR_PODS', customNetworking: true }, {
    podsWithSecurityGroups: 9, maxPods: 11, formula: '(3 ENIs − 1 primary − 1 trunk) × (10 − 1) + 2 = 11',
  }],
  ['a1.medium, security groups for Pods: max Pods before branch interfaces', { instanceType: 'a1.medium', mode: 'SECURITY_GROUPS_FOR_PODS' }, {
    podsWithSecurityGroups: 10, maxPods: 5, warning: /Max Pods \(5\) is reached before the 10 branch interfaces run out: at most 3/,
  }],
  ['c8ib.large, security groups for Pods: trunking unknown', { instanceType: 'c8ib.large', mode: 'SECURITY_GROUPS_FOR_PODS' }, {
    podsWithSecurityGroups: null, maxPods: 59, recommendedMaxPods: null, warning: /do not list c8ib.large/,
    sources: ['fact:security-groups-for-pods/instanceRequirement'],
  }],
  ['p5.48xlarge counts the default card only (the fact’s own example: 100)', { instanceType: 'p5.48xlarge', mode: 'INDIVIDUAL_IPS' }, {
    maxPods: 100, recommendedMaxPods: 100, formula: '2 ENIs × (50 − 1) + 2 = 100', warning: /32 network cards with 64 network interfaces/,
    sources: ['fact:max-pods/multiCardCaveat'],
  }],
  ['x8i.48xlarge, the largest in eni-max-pods.txt', { instanceType: 'x8i.48xlarge', mode: 'INDIVIDUAL_IPS' }, { maxPods: 1514, recommendedMaxPods: 250 }],
  ['t3.nano, the smallest in eni-max-pods.txt', { instanceType: 't3.nano', mode: 'INDIVIDUAL_IPS' }, { maxPods: 4, recommendedMaxPods: 4 }],
  ['m4.large (Xen), prefixes: individual IPs', { instanceType: 'm4.large', mode: 'IP_PREFIXES' }, {
    maxPods: 20, prefixesApplied: false, warning: /Xen hypervisor/, sources: ['fact:prefix-delegation/instanceRequirement'],
  }],
  ['m5.metal (bare metal, no hypervisor), prefixes: individual IPs, as the calculator', { instanceType: 'm5.metal', mode: 'IP_PREFIXES' }, {
    maxPods: 737, recommendedMaxPods: 250, prefixesApplied: false, warning: /bare metal.*exactly "nitro".*room for 11762 Pods/,
    sources: ['fact:prefix-delegation/instanceRequirement', 'fact:prefix-delegation/bareMetalSupportVersion'],
  }],
  ['c7g.metal (bare metal on Nitro), prefixes', { instanceType: 'c7g.metal', mode: 'IP_PREFIXES' }, { maxPods: 11762, prefixesApplied: true, warnings: [] }],
  ['cr1.8xlarge (no hypervisor, not metal), prefixes: individual IPs', { instanceType: 'cr1.8xlarge', mode: 'IP_PREFIXES' }, {
    maxPods: 234, prefixesApplied: false, recommendedMaxPods: null, warning: /records no hypervisor/,
  }],
  ['hpc6id.32xlarge, custom networking: its only interface is the primary', { instanceType: 'hpc6id.32xlarge', mode: 'INDIVIDUAL_IPS', customNetworking: true }, {
    maxPods: 2, interfacesForPods: 0,
  }],
  ['m5.large on Windows', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', nodeType: 'EC2_WINDOWS' }, {
    maxPods: 9, recommendedMaxPods: 9, formula: '10 − 1 = 9', interfacesForPods: 1,
    sources: ['statement:windows-1', 'statement:windows-3', 'fact:max-pods/fallbackWhenKubeletConfigUnreadable'],
  }],
  ['m5.large on Windows with prefixes', { instanceType: 'm5.large', mode: 'IP_PREFIXES', nodeType: 'EC2_WINDOWS' }, {
    maxPods: 144, recommendedMaxPods: 110, formula: '(10 − 1) × 16 = 144',
    sources: ['statement:windows-4', 'fact:compute-types/windows', 'fact:max-pods/fallbackWhenKubeletConfigUnreadable'],
  }],
  ['m4.large on Windows with prefixes: the sources are silent on Xen', { instanceType: 'm4.large', mode: 'IP_PREFIXES', nodeType: 'EC2_WINDOWS' }, {
    maxPods: 144, warning: /not stated/,
  }],
  ['Fargate', { instanceType: 'm5.large', mode: 'FARGATE', nodeType: 'FARGATE' }, {
    maxPods: 1, recommendedMaxPods: 1, instanceType: null, sources: ['cell:pod-density/FARGATE'], warning: /plays no part/,
  }],
];

describe.each(KNOWN)('pod density: %s', (_what, question, expected) => {
  it('gives the known values', () => {
    const { sources: expectedSources, warning, ...fields } = expected;
    const answer = podDensity(knowledge, question);
    expect(answer).toMatchObject(fields);
    if (expectedSources) expect(answer.sources.map((s) => s.ref)).toEqual(expect.arrayContaining(expectedSources));
    if (warning) expect(answer.warnings.some((w) => warning.test(w))).toBe(true);
    // Every answer cites something, and each source once.
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(new Set(answer.sources.map((s) => s.ref)).size).toBe(answer.sources.length);
  });
});

describe('pod density sources', () => {
  it('cite the instance type data at its upstream file and commit', () => {
    const refs = new Map(podDensity(knowledge, { instanceType: 'c5.4xlarge', mode: 'SECURITY_GROUPS_FOR_PODS' }).sources.map((s) => [s.ref, s]));
    expect(refs.get('instance-type:c5.4xlarge/network')).toMatchObject({
      location: 'aws/amazon-vpc-cni-k8s: pkg/vpc/vpc_ip_resource_limit.go',
      revision: 'b52188387f2e2f10bf289ace929d6a63b176a4fa',
    });
    expect(refs.get('instance-type:c5.4xlarge/network')!.quote).toContain('30 IPv4 addresses per interface');
    expect(refs.get('instance-type:c5.4xlarge/trunking')).toMatchObject({ location: 'aws/amazon-vpc-resource-controller-k8s: pkg/aws/vpc/limits.go', revision: 'b8d425119bdba371202882b808f202c6073a46cc' });
    expect(refs.get('instance-type:c5.4xlarge/trunking')!.quote).toContain('54 branch interfaces');
    expect(refs.get('instance-type:c5.4xlarge/vcpus')!.quote).toBe('c5.4xlarge: 16 vCPUs');
    expect(refs.get('calculator:max-pods')!.location).toContain('awslabs/amazon-eks-ami: templates/al2/runtime/max-pods-calculator.sh');
    // The calculator was removed upstream; its last version is cited at the commit the knowledge import recorded.
    expect(refs.get('calculator:max-pods')!.revision).toBe('8f395aaa776ff7bbfe52188a6164b1a10875e36d');
  });

  it('do not cite vCPUs or trunking a source does not give', () => {
    const refs = podDensity(knowledge, { instanceType: 'c8ib.large', mode: 'SECURITY_GROUPS_FOR_PODS' }).sources.map((s) => s.ref);
    expect(refs).not.toContain('instance-type:c8ib.large/vcpus');
    expect(refs).not.toContain('instance-type:c8ib.large/trunking');
  });
});

function ruleError(question: PodDensityQuestion): RuleError {
  try {
    podDensity(knowledge, question);
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}

// [what, question, code, message, details]
const REFUSED: [string, PodDensityQuestion, RuleError['code'], RegExp, Record<string, unknown>][] = [
  ['an unknown instance type', { instanceType: 'm5.larg', mode: 'INDIVIDUAL_IPS' }, 'UNKNOWN_INSTANCE_TYPE', /Did you mean m5.large/, { instanceType: 'm5.larg' }],
  ['security groups for Pods on t3.large', { instanceType: 't3.large', mode: 'SECURITY_GROUPS_FOR_PODS' }, 'NOT_SUPPORTED', /t3.large is not trunking compatible/, {
    sources: ['fact:security-groups-for-pods/instanceRequirement', 'instance-type:t3.large/trunking'],
  }],
  ['security groups for Pods before VPC CNI 1.7.0', { instanceType: 'c5.4xlarge', mode: 'SECURITY_GROUPS_FOR_PODS', cniVersion: '1.6.3' }, 'NOT_SUPPORTED', /need VPC CNI 1.7.0 or later/, {
    minCniVersion: '1.7.0', sources: ['fact:security-groups-for-pods/firstVersion'],
  }],
  ['security groups for Pods and custom networking with one interface', { instanceType: 'm5.large', mode: 'SECURITY_GROUPS_FOR_PODS', maxEnis: 1, customNetworking: true }, 'NOT_SUPPORTED', /none is left/, { interfaces: 1 }],
  ['security groups for Pods on Windows', { instanceType: 'm5.large', mode: 'SECURITY_GROUPS_FOR_PODS', nodeType: 'EC2_WINDOWS' }, 'NOT_SUPPORTED', /^Security groups for Pods is not a Pod networking mode of Amazon EC2 Windows nodes, whose modes are individual IP addresses and IP prefixes\.$/, {
    offeredModes: ['INDIVIDUAL_IPS', 'IP_PREFIXES'],
  }],
  ['custom networking on Windows', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', nodeType: 'EC2_WINDOWS', customNetworking: true }, 'NOT_SUPPORTED', /Custom networking is not available/, {
    sources: ['statement:windows-6'],
  }],
  ['Fargate on an EC2 Linux node', { instanceType: 'm5.large', mode: 'FARGATE' }, 'NOT_SUPPORTED', /Fargate is not a Pod networking mode of Amazon EC2 Linux nodes/, {}],
  ['individual IPs on Fargate', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', nodeType: 'FARGATE' }, 'NOT_SUPPORTED', /Individual IP addresses is not a Pod networking mode of Fargate, whose modes are Fargate/, {}],
  ['a negative maxEnis', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: -1 }, 'BAD_USER_INPUT', /maxEnis must be a whole number from 1 to 24/, { maxEnis: -1 }],
  ['maxEnis 0', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: 0 }, 'BAD_USER_INPUT', /maxEnis/, {}],
  ['an absurd maxEnis', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: 1000 }, 'BAD_USER_INPUT', /maxEnis/, { max: 24 }],
  ['a fractional maxEnis', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: 2.5 }, 'BAD_USER_INPUT', /maxEnis/, {}],
  ['a malformed cniVersion', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', cniVersion: '1.9' }, 'BAD_USER_INPUT', /not a VPC CNI version/, {}],
];

describe.each(REFUSED)('pod density refuses %s', (_what, question, code, message, details) => {
  it(`with ${code}`, () => {
    const e = ruleError(question);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.details).toMatchObject(details);
  });
});

describe('pod density for the largest interface count', () => {
  it('accepts maxEnis up to the most interfaces any type has (24)', () => {
    expect(podDensity(knowledge, { instanceType: 'x8i.48xlarge', mode: 'INDIVIDUAL_IPS', maxEnis: 24 }).maxPods).toBe(1514);
  });
});
