// The VPC resource controller's limits table (pkg/aws/vpc/limits.go), read from small fixtures in its format.
import { describe, expect, it } from 'vitest';
import { parseResourceControllerLimits } from '../../src/knowledge-import/resource-controller-limits.js';

const FILE = 'aws/amazon-vpc-resource-controller-k8s/pkg/aws/vpc/limits.go';

function entry(name: string, trunking = 'true', branch = '38', hypervisor = '"nitro"') {
  return [
    `\t"${name}": {`,
    '\t\tInterface:               8,',
    '\t\tIPv4PerInterface:        15,',
    `\t\tIsTrunkingCompatible:    ${trunking},`,
    `\t\tBranchInterface:         ${branch},`,
    '\t\tDefaultNetworkCardIndex: 0,',
    '\t\tNetworkCards: []NetworkCard{',
    '\t\t\t{',
    '\t\t\t\tMaximumNetworkInterfaces: 4,',
    '\t\t\t\tNetworkCardIndex:         0,',
    '\t\t\t},',
    '\t\t\t{',
    '\t\t\t\tMaximumNetworkInterfaces: 4,',
    '\t\t\t\tNetworkCardIndex:         1,',
    '\t\t\t},',
    '\t\t},',
    `\t\tHypervisor:  ${hypervisor},`,
    '\t\tIsBareMetal: false,',
    '\t},',
  ].join('\n');
}

const file = (...entries: string[]) =>
  ['package vpc', '', 'type VPCLimits struct {', '\tInterface int', '}', '', '// VPC Limits and flags for ENI and IPv4 Addresses', 'var Limits = map[string]*VPCLimits{', ...entries, '}', ''].join('\n');

describe('parseResourceControllerLimits', () => {
  it('reads trunking, branch interfaces and the controller’s own network limits', () => {
    const limits = parseResourceControllerLimits(file(entry('a1.2xlarge'), entry('f1.2xlarge', 'false', '0', '"xen"'), entry('c7g.metal', 'true', '107', '""')), FILE);
    expect(limits.get('a1.2xlarge')).toEqual({
      name: 'a1.2xlarge', line: 9, interfaces: 8, ipv4PerInterface: 15, trunkingCompatible: true, branchInterfaces: 38,
      cards: [{ index: 0, maxEnis: 4 }, { index: 1, maxEnis: 4 }], defaultCardIndex: 0, hypervisor: 'nitro', isBareMetal: false,
    });
    expect(limits.get('f1.2xlarge')).toMatchObject({ trunkingCompatible: false, branchInterfaces: 0, hypervisor: 'xen' });
    expect(limits.get('c7g.metal')!.hypervisor).toBe('');
  });

  it('stops at a negative branch interface count, naming the line', () => {
    expect(() => parseResourceControllerLimits(file(entry('a1.2xlarge', 'true', '-1')), FILE)).toThrow(`${FILE}:13: BranchInterface must be a whole number of at least 0, not -1`);
  });

  it('stops at trunking that is not true or false', () => {
    expect(() => parseResourceControllerLimits(file(entry('a1.2xlarge', '"yes"')), FILE)).toThrow(`${FILE}:12: IsTrunkingCompatible must be true or false, not yes`);
  });

  it('stops at a type listed twice', () => {
    expect(() => parseResourceControllerLimits(file(entry('a1.2xlarge'), entry('a1.2xlarge')), FILE)).toThrow(`${FILE}:28: instance type a1.2xlarge is listed twice (first at line 9)`);
  });

  it('stops at a field left out', () => {
    expect(() => parseResourceControllerLimits(file(entry('a1.2xlarge').replace(/\t\tBranchInterface: .*\n/, '')), FILE)).toThrow(`${FILE}:9: no BranchInterface`);
  });

  it('stops when the table is gone', () => {
    expect(() => parseResourceControllerLimits('package vpc\n', FILE)).toThrow(`${FILE}: no map literal "var Limits = map[string]...{" found`);
  });
});
