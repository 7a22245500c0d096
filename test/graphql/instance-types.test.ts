// instanceType and instanceTypes through the HTTP handler.
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/yoga.js';

const INSTANCE_TYPE = /* GraphQL */ `
  query ($name: String!) {
    instanceType(name: $name) {
      name family vcpus hypervisor bareMetal maxEnis ipv4PerEni trunking branchInterfaces
      networkCards { index maxEnis isDefault }
      sources { ref location revision }
      prefixes: podDensity(mode: IP_PREFIXES) { maxPods recommendedMaxPods }
      windows: podDensity(mode: INDIVIDUAL_IPS, nodeType: EC2_WINDOWS) { maxPods }
    }
  }
`;

const INSTANCE_TYPES = /* GraphQL */ `
  query ($filter: InstanceTypeFilter, $first: Int, $after: String) {
    instanceTypes(filter: $filter, first: $first, after: $after) { name hypervisor bareMetal trunking vcpus }
  }
`;

describe('instanceType', () => {
  it('gives an instance type’s network limits, their sources and its Pod density', async () => {
    const { data, errors } = await graphql(INSTANCE_TYPE, { name: 'c5.4xlarge' });
    expect(errors).toBeUndefined();
    expect(data.instanceType).toMatchObject({
      name: 'c5.4xlarge',
      family: 'c5',
      vcpus: 16,
      hypervisor: 'NITRO',
      bareMetal: false,
      maxEnis: 8,
      ipv4PerEni: 30,
      trunking: 'COMPATIBLE',
      branchInterfaces: 54,
      networkCards: [{ index: 0, maxEnis: 8, isDefault: true }],
      prefixes: { maxPods: 3714, recommendedMaxPods: 110 },
      windows: { maxPods: 29 },
    });
    expect(data.instanceType.sources.map((s: { ref: string }) => s.ref)).toEqual([
      'instance-type:c5.4xlarge/network',
      'instance-type:c5.4xlarge/vcpus',
      'instance-type:c5.4xlarge/trunking',
    ]);
  });

  it('lists every network card of a multi-card type and marks the default', async () => {
    const { data } = await graphql(INSTANCE_TYPE, { name: 'p5.48xlarge' });
    expect(data.instanceType.networkCards).toHaveLength(32);
    expect(data.instanceType.networkCards.filter((c: { isDefault: boolean }) => c.isDefault)).toEqual([{ index: 0, maxEnis: 2, isDefault: true }]);
  });

  it('gives null, not an error, for a name the data does not know', async () => {
    const { data, errors } = await graphql(INSTANCE_TYPE, { name: 'm5.larg' });
    expect(errors).toBeUndefined();
    expect(data.instanceType).toBeNull();
  });

  it('gives unknown data as null and UNKNOWN, citing no source for it', async () => {
    const { data } = await graphql(INSTANCE_TYPE, { name: 'c8ib.large' });
    expect(data.instanceType).toMatchObject({ vcpus: null, trunking: 'UNKNOWN', branchInterfaces: null, prefixes: { recommendedMaxPods: null } });
    expect(data.instanceType.sources.map((s: { ref: string }) => s.ref)).toEqual(['instance-type:c8ib.large/network']);
  });
});

describe('instanceTypes', () => {
  it('returns 50 types by default, by family and then size', async () => {
    const { data } = await graphql(INSTANCE_TYPES, {});
    expect(data.instanceTypes).toHaveLength(50);
    expect(data.instanceTypes.slice(0, 6).map((t: { name: string }) => t.name)).toEqual(['a1.medium', 'a1.large', 'a1.xlarge', 'a1.2xlarge', 'a1.4xlarge', 'a1.metal']);
    const m5 = await graphql(INSTANCE_TYPES, { filter: { family: 'm5' } });
    expect(m5.data.instanceTypes.map((t: { name: string }) => t.name)).toEqual([
      'm5.large', 'm5.xlarge', 'm5.2xlarge', 'm5.4xlarge', 'm5.8xlarge', 'm5.12xlarge', 'm5.16xlarge', 'm5.24xlarge', 'm5.metal',
    ]);
  });

  it('instanceTypePage: the same page with the total count and where the next page starts', async () => {
    const query = `query ($filter: InstanceTypeFilter, $after: String) {
      instanceTypePage(filter: $filter, first: 4, after: $after) { nodes { name } totalCount pageInfo { hasNextPage endCursor } }
    }`;
    const first = await graphql(query, { filter: { family: 'm5' } });
    expect(first.data.instanceTypePage).toEqual({
      nodes: [{ name: 'm5.large' }, { name: 'm5.xlarge' }, { name: 'm5.2xlarge' }, { name: 'm5.4xlarge' }],
      totalCount: 9,
      pageInfo: { hasNextPage: true, endCursor: 'm5.4xlarge' },
    });
    const last = await graphql(query, { filter: { family: 'm5' }, after: 'm5.16xlarge' });
    expect(last.data.instanceTypePage).toEqual({
      nodes: [{ name: 'm5.24xlarge' }, { name: 'm5.metal' }],
      totalCount: 9,
      pageInfo: { hasNextPage: false, endCursor: 'm5.metal' },
    });
    const all = await graphql('{ instanceTypePage { totalCount } }');
    expect(all.data.instanceTypePage.totalCount).toBe(1391);
  });

  it('filters, and pages on with after', async () => {
    const filter = { hypervisor: 'XEN', trunking: 'NOT_COMPATIBLE', minVcpus: 2, maxVcpus: 2 };
    const first = await graphql(INSTANCE_TYPES, { filter, first: 3 });
    expect(first.data.instanceTypes.map((t: { name: string }) => t.name)).toEqual(['c1.medium', 'c3.large', 'c4.large']);
    const next = await graphql(INSTANCE_TYPES, { filter, first: 2, after: 'c4.large' });
    expect(next.data.instanceTypes.map((t: { name: string }) => t.name)).toEqual(['i3.large', 'm1.large']);
    for (const t of [...first.data.instanceTypes, ...next.data.instanceTypes]) {
      expect(t).toMatchObject({ hypervisor: 'XEN', trunking: 'NOT_COMPATIBLE', vcpus: 2 });
    }
  });

  it('filters bare metal types by family', async () => {
    const { data } = await graphql(INSTANCE_TYPES, { filter: { family: 'm5', bareMetal: true } });
    expect(data.instanceTypes).toEqual([{ name: 'm5.metal', hypervisor: 'UNKNOWN', bareMetal: true, trunking: 'COMPATIBLE', vcpus: 96 }]);
  });

  it.each([
    [{ first: 0 }, 'BAD_USER_INPUT', /first must be a whole number from 1 to 500/],
    [{ first: 501 }, 'BAD_USER_INPUT', /first must be/],
    [{ after: 'm5.larg' }, 'UNKNOWN_INSTANCE_TYPE', /Did you mean m5.large/],
  ])('refuses %j with %s', async (variables, code, message) => {
    const { data, errors } = await graphql(INSTANCE_TYPES, variables);
    expect(data?.instanceTypes ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.message).toMatch(message);
    expect(errors![0]!.extensions).toMatchObject({ code });
  });

  it('refuses a hypervisor that does not exist, listing the valid ones', async () => {
    const { status, errors } = await graphql(INSTANCE_TYPES, { filter: { hypervisor: 'KVM' } });
    expect(status).toBe(400);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', validValues: ['NITRO', 'XEN', 'UNKNOWN'] });
  });
});
