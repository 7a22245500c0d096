// ipPlan through the API: sizes worked out by hand from seed/instance-types.csv, the warm-pool rules and AWS's five
// reserved addresses per subnet, and the errors a user gets for bad input, each naming its field.
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/yoga.js';

const IP_PLAN = /* GraphQL */ `
  query IpPlan($input: IpPlanInput!) {
    ipPlan(input: $input) {
      interfacesPerNode secondaryAddressesPerNode prefixesPerNode unusedAddressesPerNode addressesPerNode totalAddresses warmPoolRule podsPerNode
      subnets { role addressesPerNode prefixesPerNode totalAddresses smallestSubnetPrefixLength cidr nodesThatFit arithmetic }
      arithmetic notes warnings sources { ref }
    }
  }
`;

const plan = (input: Record<string, unknown>) => graphql(IP_PLAN, { input });

describe('ipPlan', () => {
  it('50 m5.xlarge nodes with 20 Pods and WARM_IP_TARGET=5: 27 addresses a node, a /21, and a /22 holds 37 nodes', async () => {
    // m5.xlarge: 4 interfaces of 15 addresses, 14 secondary each. 20 Pods + 5 warm = 25 secondary addresses on 2
    // interfaces (14, 11); with their 2 primary addresses 27 a node; 50 nodes 1350; /21 has 2048 − 5 = 2043, /22 1019.
    const { data, errors } = await plan({ instanceType: 'm5.xlarge', nodes: 50, podsPerNode: 20, warmIpTarget: 5, subnetCidr: '10.0.0.0/22' });
    expect(errors).toBeUndefined();
    const p = data.ipPlan;
    expect(p).toMatchObject({ interfacesPerNode: 2, secondaryAddressesPerNode: 25, unusedAddressesPerNode: 5, addressesPerNode: 27, totalAddresses: 1350, warmPoolRule: 'WARM_IP_TARGET' });
    expect(p.subnets).toEqual([
      expect.objectContaining({ role: 'NODES_AND_PODS', smallestSubnetPrefixLength: 21, cidr: '10.0.0.0/22', nodesThatFit: 37 }),
    ]);
    expect(p.arithmetic).toContain('addresses per node: 2 primary + 25 = 27');
    expect(p.arithmetic).toContain('/21: 2048 − 5 reserved = 2043 ≥ 1350');
    expect(p.sources.map((s: { ref: string }) => s.ref)).toEqual(expect.arrayContaining(['fact:warm-pool/warmIpTarget', 'fact:subnet/reservedAddresses', 'instance-type:m5.xlarge/network']));
  });

  it('a group no VPC subnet holds: no smallest subnet, the /16 sum shown, and a warning to split the group', async () => {
    // The same 27 addresses a node as above, 3000 nodes: 81000 > 65536 − 5 = 65531, the most a /16 holds.
    const { data, errors } = await plan({ instanceType: 'm5.xlarge', nodes: 3000, podsPerNode: 20, warmIpTarget: 5 });
    expect(errors).toBeUndefined();
    expect(data.ipPlan.subnets).toEqual([expect.objectContaining({ totalAddresses: 81000, smallestSubnetPrefixLength: null })]);
    expect(data.ipPlan.subnets[0].arithmetic).toContain('not even a /16 holds them: 65536 − 5 reserved = 65531 < 81000');
    expect(data.ipPlan.warnings.join(' ')).toMatch(/The subnet would need more than a \/16, the largest VPC subnet: split the node group/);
  });

  it('custom networking with prefixes sizes the node subnet and the ENIConfig subnet apart, counting aligned /28 blocks', async () => {
    // m5.large with custom networking: 2 interfaces for Pods of 9 prefix slots. 30 Pods: ⌈30/16⌉ + 1 warm = 3
    // prefixes on 1 interface. Pod subnet: 1 primary + 48 = 49 a node, 490 for 10 nodes (10 single addresses, 30
    // prefixes); a /23 has 507 addresses and 32 − 2 = 30 blocks free of reserved addresses; a /24 only 251.
    const { data, errors } = await plan({ instanceType: 'm5.large', mode: 'IP_PREFIXES', customNetworking: true, nodes: 10, podsPerNode: 30, podSubnetCidr: '10.1.0.0/23' });
    expect(errors).toBeUndefined();
    const [nodes, pods] = data.ipPlan.subnets;
    expect(nodes).toMatchObject({ role: 'NODES', addressesPerNode: 1, totalAddresses: 10, smallestSubnetPrefixLength: 28, nodesThatFit: null });
    expect(pods).toMatchObject({ role: 'PODS', addressesPerNode: 49, prefixesPerNode: 3, totalAddresses: 490, smallestSubnetPrefixLength: 23, cidr: '10.1.0.0/23', nodesThatFit: 10 });
    expect(data.ipPlan).toMatchObject({ interfacesPerNode: 2, prefixesPerNode: 3, addressesPerNode: 50, totalAddresses: 500, warmPoolRule: 'WARM_PREFIX_TARGET' });
    expect(data.ipPlan.warnings.join(' ')).toMatch(/aligned block of 16 addresses.*subnet CIDR reservation/);
  });

  it('a /24 can hold the addresses of 15 prefixes but has only 14 free aligned blocks', async () => {
    // m5.large, prefixes, 0 Pods, WARM_PREFIX_TARGET 1: 1 prefix and 1 primary address a node (17). A /24 has
    // 251 addresses (14 nodes by address) and 16 blocks, 2 of them holding reserved addresses: 14 nodes.
    const { data } = await plan({ instanceType: 'm5.large', mode: 'IP_PREFIXES', podsPerNode: 0, subnetCidr: '10.0.0.0/24' });
    expect(data.ipPlan.subnets[0]).toMatchObject({ addressesPerNode: 17, nodesThatFit: 14 });
  });

  it('without podsPerNode, plans for the recommended max Pods less the host-network Pods', async () => {
    const { data } = await plan({ instanceType: 'm5.large' });
    // m5.large: max Pods 29 (3 × 9 + 2), so 27 Pods with addresses: 3 interfaces busy, WARM_ENI_TARGET adds none (3 at most).
    expect(data.ipPlan).toMatchObject({ podsPerNode: 27, interfacesPerNode: 3, secondaryAddressesPerNode: 27, addressesPerNode: 30 });
    // A full node has no room for a warm pool: said in a note, not a warning.
    expect(data.ipPlan.warnings).toEqual([]);
    expect(data.ipPlan.notes.join(' ')).toMatch(/every address slot of m5\.large is in use/);
  });

  it('warns when the targets ask for more addresses than the node holds', async () => {
    // 20 Pods + WARM_IP_TARGET 10 = 30 addresses; m5.large holds 27.
    const { data } = await plan({ instanceType: 'm5.large', podsPerNode: 20, warmIpTarget: 10 });
    expect(data.ipPlan).toMatchObject({ secondaryAddressesPerNode: 27, unusedAddressesPerNode: 7 });
    expect(data.ipPlan.warnings.join(' ')).toMatch(/ask for more than m5\.large can hold/);
  });

  describe('bad input names the field', () => {
    it.each([
      ['a /33', { subnetCidr: '10.0.0.0/33' }, 'subnetCidr', /at most \/32/],
      ['a CIDR that is not a network address', { subnetCidr: '10.0.0.7/24' }, 'subnetCidr', /starts at 10\.0\.0\.0.*10\.0\.0\.0\/24/],
      ['a /8, larger than a VPC subnet', { subnetCidr: '10.0.0.0/8' }, 'subnetCidr', /from \/16 to \/28/],
      ['not a CIDR', { subnetCidr: 'ten.0.0.0/24' }, 'subnetCidr', /not an IPv4 CIDR/],
      ['an octet above 255', { subnetCidr: '10.0.300.0/24' }, 'subnetCidr', /octet above 255/],
      ['a Pod subnet without custom networking', { podSubnetCidr: '10.1.0.0/24' }, 'podSubnetCidr', /customNetworking/],
      ['more Pods than the type has addresses for', { podsPerNode: 28 }, 'podsPerNode', /from 0 to 27.*3 ENIs × \(10 − 1\) \+ 2 = 29/],
      ['a negative target', { warmIpTarget: -1 }, 'warmIpTarget', /cannot be negative/],
      ['a negative WARM_PREFIX_TARGET', { mode: 'IP_PREFIXES', warmPrefixTarget: -2 }, 'warmPrefixTarget', /cannot be negative/],
      ['no node', { nodes: 0 }, 'nodes', /from 1 to 100000/],
      ['all prefix targets zero', { mode: 'IP_PREFIXES', warmPrefixTarget: 0 }, 'warmPrefixTarget', /rejected at start-up/],
      ['a mode an IP plan does not cover', { mode: 'FARGATE' }, 'mode', /individual IPs and IP prefixes/],
    ])('%s', async (_what, input, field, message) => {
      const { data, errors } = await plan({ instanceType: 'm5.large', ...input });
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ field });
      expect(errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|NOT_SUPPORTED/);
      expect(errors?.[0]?.message).toMatch(message);
    });
  });
});
