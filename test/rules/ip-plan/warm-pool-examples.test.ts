// Every worked example of the VPC CNI's warm-pool documents (aws/amazon-vpc-cni-k8s @ b5218838,
// docs/eni-and-ip-target.md lines 20-41 and docs/prefix-and-ip-target.md lines 19-44), row by row, answered by
// ipPlan. The expected values are the documents' own columns. Where a row does not follow from the documents'
// stated rules, the test says what the rules give, what the row says, and that the answer's notes say so.
import { describe, expect, it } from 'vitest';
import { ipPlan, type IpPlanQuestion } from '../../../src/rules/ip-plan/ip-plan.js';
import { knowledge } from '../../support/knowledge.js';

type Targets = Pick<IpPlanQuestion, 'warmEniTarget' | 'warmIpTarget' | 'minimumIpTarget' | 'warmPrefixTarget'>;

// Instance type, targets ("-" in the table is left out), Pods, attached ENIs, attached secondary IPs, unused IPs, IPs per ENI.
const SECONDARY_IP_ROWS: [string, Targets, number, number, number, number, number[]][] = [
  ['t3.small', { warmEniTarget: 1 }, 0, 1, 3, 3, [3]],
  ['t3.small', { warmEniTarget: 1 }, 5, 3, 9, 4, [3, 3, 3]],
  ['t3.small', { warmEniTarget: 1 }, 9, 3, 9, 0, [3, 3, 3]],
  ['t3.small', { warmIpTarget: 1, minimumIpTarget: 1 }, 0, 1, 1, 1, [1]],
  ['t3.small', { warmIpTarget: 1, minimumIpTarget: 1 }, 5, 2, 6, 1, [3, 3]],
  ['t3.small', { warmIpTarget: 1, minimumIpTarget: 1 }, 9, 3, 9, 0, [3, 3, 3]],
  // The table lists this row's IPs per ENI as "2,3"; interfaces are filled in turn, so the same 5 addresses are 3,2.
  ['t3.small', { warmIpTarget: 2, minimumIpTarget: 5 }, 0, 2, 5, 5, [3, 2]],
  ['t3.small', { warmIpTarget: 2, minimumIpTarget: 5 }, 5, 3, 7, 2, [3, 3, 1]],
  ['t3.small', { warmIpTarget: 2, minimumIpTarget: 5 }, 9, 3, 9, 0, [3, 3, 3]],
  ['p3dn.24xlarge', { warmEniTarget: 1 }, 0, 1, 49, 49, [49]],
  ['p3dn.24xlarge', { warmEniTarget: 1 }, 3, 2, 98, 95, [49, 49]],
  ['p3dn.24xlarge', { warmEniTarget: 1 }, 95, 3, 147, 52, [49, 49, 49]],
  ['p3dn.24xlarge', { warmIpTarget: 5, minimumIpTarget: 10 }, 0, 1, 10, 10, [10]],
  ['p3dn.24xlarge', { warmIpTarget: 5, minimumIpTarget: 10 }, 7, 1, 12, 5, [12]],
  ['p3dn.24xlarge', { warmIpTarget: 5, minimumIpTarget: 10 }, 15, 1, 20, 5, [20]],
  ['p3dn.24xlarge', { warmIpTarget: 5, minimumIpTarget: 10 }, 45, 2, 50, 5, [49, 1]],
];

// Instance type, targets, Pods, ENIs, attached prefixes, unused prefixes, prefixes per ENI, unused IPs.
const PREFIX_ROWS: [string, Targets, number, number, number, number, number[], number][] = [
  ['t3.small', { warmPrefixTarget: 1 }, 0, 1, 1, 1, [1], 16],
  ['t3.small', { warmPrefixTarget: 1 }, 5, 1, 2, 1, [2], 27],
  ['t3.small', { warmPrefixTarget: 1 }, 16, 1, 2, 1, [2], 16],
  ['t3.small', { warmPrefixTarget: 1 }, 17, 1, 3, 1, [3], 31],
  ['t3.small', { warmPrefixTarget: 1 }, 58, 2, 5, 1, [3, 2], 22],
  ['t3.small', { warmIpTarget: 1, minimumIpTarget: 1 }, 0, 1, 1, 1, [1], 16],
  ['t3.small', { warmIpTarget: 1, minimumIpTarget: 1 }, 5, 1, 1, 0, [1], 11],
  ['t3.small', { warmIpTarget: 1, minimumIpTarget: 1 }, 17, 1, 2, 0, [2], 15],
  ['t3.small', { warmIpTarget: 1, minimumIpTarget: 1 }, 58, 2, 4, 0, [3, 1], 6],
  ['t3.small', { warmIpTarget: 7, minimumIpTarget: 20 }, 5, 1, 2, 1, [2], 27],
  ['t3.small', { warmIpTarget: 7, minimumIpTarget: 20 }, 17, 1, 2, 0, [2], 15],
  ['t3.small', { warmIpTarget: 7, minimumIpTarget: 20 }, 58, 2, 5, 1, [3, 2], 22],
  ['p3dn.24xlarge', { warmPrefixTarget: 1 }, 0, 1, 1, 1, [1], 16],
  ['p3dn.24xlarge', { warmIpTarget: 5, minimumIpTarget: 10 }, 0, 1, 1, 1, [1], 16],
  ['p3dn.24xlarge', { warmIpTarget: 5, minimumIpTarget: 10 }, 7, 1, 1, 0, [1], 9],
  ['p3dn.24xlarge', { warmIpTarget: 5, minimumIpTarget: 10 }, 15, 1, 2, 1, [2], 17],
];

const plan = (instanceType: string, mode: 'INDIVIDUAL_IPS' | 'IP_PREFIXES', targets: Targets, podsPerNode: number) =>
  ipPlan(knowledge, { instanceType, mode, podsPerNode, ...targets });

describe('docs/eni-and-ip-target.md examples', () => {
  it.each(SECONDARY_IP_ROWS)('%s %j with %i Pods', (type, targets, pods, enis, secondaries, unused, perEni) => {
    const p = plan(type, 'INDIVIDUAL_IPS', targets, pods);
    expect(p.interfacesPerNode).toBe(enis);
    expect(p.secondaryAddressesPerNode).toBe(secondaries);
    expect(p.unusedAddressesPerNode).toBe(unused);
    expect(p.slotsPerInterface).toEqual(perEni);
    // What the node takes from its subnet: each interface's primary address besides the secondary ones.
    expect(p.addressesPerNode).toBe(enis + secondaries);
  });
});

describe('docs/prefix-and-ip-target.md examples', () => {
  it.each(PREFIX_ROWS)('%s %j with %i Pods', (type, targets, pods, enis, prefixes, unusedPrefixes, perEni, unusedIps) => {
    const p = plan(type, 'IP_PREFIXES', targets, pods);
    expect(p.interfacesPerNode).toBe(enis);
    expect(p.prefixesPerNode).toBe(prefixes);
    expect(p.slotsPerInterface).toEqual(perEni);
    expect(p.unusedAddressesPerNode).toBe(unusedIps);
    expect(prefixes - Math.ceil(pods / 16)).toBe(unusedPrefixes);
    expect(p.addressesPerNode).toBe(enis + prefixes * 16);
  });

  describe('rows that do not follow from the documented rules', () => {
    it('t3.small, WARM_IP_TARGET 7, MINIMUM_IP_TARGET 20, 0 Pods: the rules give 2 prefixes (32 addresses), the row lists 1 attached prefix and 16 unused', () => {
      const p = plan('t3.small', 'IP_PREFIXES', { warmIpTarget: 7, minimumIpTarget: 20 }, 0);
      // The row says: attached prefixes 1, unused IPs 16 (and, in the same row, 2 prefixes per ENI).
      expect(p.prefixesPerNode).toBe(2);
      expect(p.unusedAddressesPerNode).toBe(32);
      expect(p.notes.join(' ')).toMatch(/prefix examples differ from its own rules.*follows the rules/);
      expect(p.sources.map((s) => s.ref)).toContain('fact:warm-pool/prefixExampleDifferences');
    });

    // [Pods, targets, ENIs the row lists, prefixes, unused IPs]: the rows attach interfaces that hold no prefix,
    // though the first has 49 prefix slots and "New ENI will only be allocated after we exhaust all the prefixes".
    it.each([
      [3, { warmPrefixTarget: 1 }, 2, 2, 29],
      [95, { warmPrefixTarget: 1 }, 3, 7, 17],
      [45, { warmIpTarget: 5, minimumIpTarget: 10 }, 2, 4, 19],
    ] as const)('p3dn.24xlarge with %i Pods %j: the row lists %i ENIs, the rules give 1; prefixes and unused addresses agree', (pods, targets, rowEnis, prefixes, unusedIps) => {
      const p = plan('p3dn.24xlarge', 'IP_PREFIXES', targets, pods);
      expect(p.interfacesPerNode).toBe(1);
      expect(p.interfacesPerNode).not.toBe(rowEnis);
      expect(p.prefixesPerNode).toBe(prefixes);
      expect(p.unusedAddressesPerNode).toBe(unusedIps);
      expect(p.notes.join(' ')).toMatch(/an interface attached with no prefix on p3dn\.24xlarge/);
    });
  });
});
