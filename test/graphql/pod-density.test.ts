// podDensity and ModeVerdict.density through the HTTP handler: answers, and every way a question is refused.
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/yoga.js';

const POD_DENSITY = /* GraphQL */ `
  query ($instanceType: String!, $mode: PodNetworkingMode!, $customNetworking: Boolean, $cniVersion: String, $maxEnis: Int, $nodeType: NodeType) {
    podDensity(instanceType: $instanceType, mode: $mode, customNetworking: $customNetworking, cniVersion: $cniVersion, maxEnis: $maxEnis, nodeType: $nodeType) {
      instanceType nodeType mode customNetworking cniVersion prefixesApplied
      maxPods recommendedMaxPods recommendation podsWithSecurityGroups formula notes warnings
      sources { ref document location quote url revision }
    }
  }
`;

describe('podDensity', () => {
  it('answers m5.large with individual IPs by default (Linux, VPC CNI 1.23.0, no custom networking)', async () => {
    const { status, data, errors } = await graphql(POD_DENSITY, { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS' });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.podDensity).toMatchObject({
      instanceType: 'm5.large',
      nodeType: 'EC2_LINUX',
      customNetworking: false,
      cniVersion: '1.23.0',
      maxPods: 29,
      recommendedMaxPods: 29,
      podsWithSecurityGroups: null,
      formula: '3 ENIs × (10 − 1) + 2 = 29',
      warnings: [],
    });
    expect(data.podDensity.sources.map((s: { ref: string }) => s.ref)).toContain('fact:max-pods/formula');
  });

  it.each([
    [{ instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', customNetworking: true }, { maxPods: 20 }],
    [{ instanceType: 'm5.large', mode: 'IP_PREFIXES' }, { maxPods: 434, recommendedMaxPods: 110, prefixesApplied: true }],
    [{ instanceType: 'c5.4xlarge', mode: 'SECURITY_GROUPS_FOR_PODS' }, { podsWithSecurityGroups: 54, maxPods: 205 }],
    [{ instanceType: 'p5.48xlarge', mode: 'INDIVIDUAL_IPS' }, { maxPods: 100 }],
    [{ instanceType: 'm5.large', mode: 'IP_PREFIXES', nodeType: 'EC2_WINDOWS' }, { maxPods: 144, recommendedMaxPods: 110 }],
    [{ instanceType: 'm5.large', mode: 'FARGATE', nodeType: 'FARGATE' }, { maxPods: 1, instanceType: null }],
  ])('answers %j', async (variables, expected) => {
    const { data, errors } = await graphql(POD_DENSITY, variables);
    expect(errors).toBeUndefined();
    expect(data.podDensity).toMatchObject(expected);
  });
});

// [what, variables, extensions.code, message, further extensions]
const REFUSED: [string, Record<string, unknown>, string, RegExp, Record<string, unknown>][] = [
  ['an unknown instance type', { instanceType: 'm5.larg', mode: 'INDIVIDUAL_IPS' }, 'UNKNOWN_INSTANCE_TYPE', /Did you mean m5.large/, { suggestions: expect.arrayContaining(['m5.large']) }],
  ['security groups for Pods on t3.large', { instanceType: 't3.large', mode: 'SECURITY_GROUPS_FOR_PODS' }, 'NOT_SUPPORTED', /not trunking compatible/, { instanceType: 't3.large' }],
  ['security groups for Pods before VPC CNI 1.7.0', { instanceType: 'c5.4xlarge', mode: 'SECURITY_GROUPS_FOR_PODS', cniVersion: '1.6.0' }, 'NOT_SUPPORTED', /1\.7\.0 or later/, {}],
  ['no interface left for the trunk', { instanceType: 'hpc6id.32xlarge', mode: 'SECURITY_GROUPS_FOR_PODS', customNetworking: true }, 'NOT_SUPPORTED', /none is left/, {}],
  ['security groups for Pods on Windows', { instanceType: 'm5.large', mode: 'SECURITY_GROUPS_FOR_PODS', nodeType: 'EC2_WINDOWS' }, 'NOT_SUPPORTED', /not a Pod networking mode/, { offeredModes: ['INDIVIDUAL_IPS', 'IP_PREFIXES'] }],
  ['custom networking on Windows', { instanceType: 'm5.large', mode: 'IP_PREFIXES', nodeType: 'EC2_WINDOWS', customNetworking: true }, 'NOT_SUPPORTED', /can't be used on Windows/, {}],
  ['the Fargate mode on EC2 Linux', { instanceType: 'm5.large', mode: 'FARGATE' }, 'NOT_SUPPORTED', /Fargate is not a Pod networking mode/, {}],
  ['an EC2 mode on Fargate', { instanceType: 'm5.large', mode: 'IP_PREFIXES', nodeType: 'FARGATE' }, 'NOT_SUPPORTED', /IP prefixes is not a Pod networking mode of Fargate/, {}],
  ['a negative maxEnis', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: -2 }, 'BAD_USER_INPUT', /maxEnis must be/, { maxEnis: -2 }],
  ['an absurd maxEnis', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: 100000 }, 'BAD_USER_INPUT', /maxEnis must be/, {}],
  ['a malformed cniVersion', { instanceType: 'm5.large', mode: 'IP_PREFIXES', cniVersion: 'latest' }, 'BAD_USER_INPUT', /not a VPC CNI version/, { value: 'latest' }],
];

describe.each(REFUSED)('podDensity refuses %s', (_what, variables, code, message, extensions) => {
  it(`with ${code}`, async () => {
    const { status, data, errors } = await graphql(POD_DENSITY, variables);
    expect(status).toBe(200);
    expect(data?.podDensity ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.message).toMatch(message);
    expect(errors![0]!.extensions).toMatchObject({ code, ...extensions });
  });
});

// Variables GraphQL itself cannot coerce are refused before any rule runs: a request error (HTTP 400).
describe.each([
  ['a mode that does not exist', { instanceType: 'm5.large', mode: 'PREFIXES' }, /PodNetworkingMode/],
  ['a maxEnis that is not an Int', { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxEnis: 2.5 }, /Int/],
  ['no instance type', { mode: 'INDIVIDUAL_IPS' }, /instanceType/],
])('podDensity refuses %s', (_what, variables, message) => {
  it('with BAD_USER_INPUT', async () => {
    const { status, data, errors } = await graphql(POD_DENSITY, variables);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors![0]!.message).toMatch(message);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

const COMPATIBILITY_WITH_DENSITY = /* GraphQL */ `
  query ($nodeType: NodeType!, $useCases: [UseCase!]!, $instanceType: String!) {
    compatibility(nodeType: $nodeType, useCases: $useCases) {
      modes { mode compatible density(instanceType: $instanceType) { maxPods customNetworking podsWithSecurityGroups } }
    }
  }
`;

describe('ModeVerdict.density', () => {
  it('gives each mode’s density, with custom networking when the question asks for it', async () => {
    const { data, errors } = await graphql(COMPATIBILITY_WITH_DENSITY, { nodeType: 'EC2_LINUX', useCases: ['CUSTOM_NETWORKING'], instanceType: 'm5.large' });
    expect(errors).toBeUndefined();
    expect(data.compatibility.modes).toEqual([
      { mode: 'INDIVIDUAL_IPS', compatible: true, density: { maxPods: 20, customNetworking: true, podsWithSecurityGroups: null } },
      { mode: 'IP_PREFIXES', compatible: true, density: { maxPods: 290, customNetworking: true, podsWithSecurityGroups: null } },
      { mode: 'SECURITY_GROUPS_FOR_PODS', compatible: true, density: { maxPods: 11, customNetworking: true, podsWithSecurityGroups: 9 } },
    ]);
  });

  it('answers Windows and Fargate verdicts for their own node type', async () => {
    const windows = await graphql(COMPATIBILITY_WITH_DENSITY, { nodeType: 'EC2_WINDOWS', useCases: [], instanceType: 'm5.large' });
    expect(windows.data.compatibility.modes.map((m: { density: { maxPods: number } }) => m.density.maxPods)).toEqual([9, 144]);
    const fargate = await graphql(COMPATIBILITY_WITH_DENSITY, { nodeType: 'FARGATE', useCases: [], instanceType: 'm5.large' });
    expect(fargate.data.compatibility.modes[0].density.maxPods).toBe(1);
  });

  it('is null, with a coded error at its path, where the mode cannot run on the instance type; the rest still answers', async () => {
    const { data, errors } = await graphql(COMPATIBILITY_WITH_DENSITY, { nodeType: 'EC2_LINUX', useCases: [], instanceType: 't3.large' });
    expect(data.compatibility.modes.map((m: { density: { maxPods: number } | null }) => m.density?.maxPods ?? null)).toEqual([35, 530, null]);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.path).toEqual(['compatibility', 'modes', 2, 'density']);
    expect(errors![0]!.extensions).toMatchObject({ code: 'NOT_SUPPORTED', instanceType: 't3.large' });
  });
});

describe('podDensities', () => {
  const QUERY = `query ($instanceTypes: [String!]!, $mode: PodNetworkingMode!) {
    podDensities(instanceTypes: $instanceTypes, mode: $mode) {
      __typename
      ... on PodDensity { instanceType maxPods }
      ... on PodDensityError { instanceType code message suggestions }
    }
  }`;

  it('answers each instance type on its own: a mistyped or unsuitable one fails alone, in the order asked', async () => {
    const { data, errors } = await graphql(QUERY, { instanceTypes: ['m5.large', 'm5.larg', 't3.large', 'c5.xlarge'], mode: 'SECURITY_GROUPS_FOR_PODS' });
    expect(errors).toBeUndefined();
    const single = async (instanceType: string) => (await graphql(`{ podDensity(instanceType: "${instanceType}", mode: SECURITY_GROUPS_FOR_PODS) { maxPods } }`));
    const [m5, typo, t3, c5] = data.podDensities;
    expect(m5).toEqual({ __typename: 'PodDensity', instanceType: 'm5.large', maxPods: (await single('m5.large')).data.podDensity.maxPods });
    expect(c5).toEqual({ __typename: 'PodDensity', instanceType: 'c5.xlarge', maxPods: (await single('c5.xlarge')).data.podDensity.maxPods });
    const typoAlone = (await single('m5.larg')).errors![0]!;
    expect(typo).toEqual({ __typename: 'PodDensityError', instanceType: 'm5.larg', code: 'UNKNOWN_INSTANCE_TYPE', message: typoAlone.message, suggestions: typoAlone.extensions!.suggestions });
    expect(typo.suggestions[0]).toBe('m5.large');
    expect(t3).toMatchObject({ __typename: 'PodDensityError', instanceType: 't3.large', code: 'NOT_SUPPORTED', suggestions: [] });
  });

  it('takes 1 to 100 names', async () => {
    for (const instanceTypes of [[], Array.from({ length: 101 }, () => 'm5.large')]) {
      const { data, errors } = await graphql(QUERY, { instanceTypes, mode: 'INDIVIDUAL_IPS' });
      expect(data).toBeNull();
      expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', max: 100 });
    }
    const hundred = await graphql(QUERY, { instanceTypes: Array.from({ length: 100 }, () => 'm5.large'), mode: 'INDIVIDUAL_IPS' });
    expect(hundred.data.podDensities).toHaveLength(100);
  });
});
