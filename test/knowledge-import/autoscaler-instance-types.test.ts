// The cluster autoscaler's EC2 instance type table (cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go),
// read from small fixtures in its format.
import { describe, expect, it } from 'vitest';
import { parseAutoscalerInstanceTypes } from '../../src/knowledge-import/autoscaler-instance-types.js';

const FILE = 'kubernetes/autoscaler/cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go';

const entry = (name: string, vcpus: string, named = name) =>
  [`\t"${name}": {`, `\t\tInstanceType: "${named}",`, `\t\tVCPU:         ${vcpus},`, '\t\tMemoryMb:     16384,', '\t\tGPU:          0,', '\t\tArchitecture: "amd64",', '\t},'].join('\n');

const file = (...entries: string[]) =>
  ['package aws', '', '// InstanceTypes is a map of ec2 resources', 'var InstanceTypes = map[string]*InstanceType{', ...entries, '}', ''].join('\n');

describe('parseAutoscalerInstanceTypes', () => {
  it('reads the vCPUs of every type, the f1 and p3 families included', () => {
    const types = parseAutoscalerInstanceTypes(file(entry('dl1.24xlarge', '96'), entry('f1.16xlarge', '64'), entry('f1.2xlarge', '8'), entry('p3.2xlarge', '8')), FILE);
    expect([...types.values()].map((t) => [t.name, t.vcpus, t.line])).toEqual([
      ['dl1.24xlarge', 96, 5],
      ['f1.16xlarge', 64, 12],
      ['f1.2xlarge', 8, 19],
      ['p3.2xlarge', 8, 26],
    ]);
  });

  it('stops at 0 vCPUs', () => {
    expect(() => parseAutoscalerInstanceTypes(file(entry('a1.large', '0')), FILE)).toThrow(`${FILE}:7: VCPU must be a whole number of at least 1, not 0`);
  });

  it('stops at an entry that names another type', () => {
    expect(() => parseAutoscalerInstanceTypes(file(entry('a1.large', '2', 'a1.xlarge')), FILE)).toThrow(`${FILE}:6: entry a1.large names itself a1.xlarge`);
  });

  it('stops at a type listed twice', () => {
    expect(() => parseAutoscalerInstanceTypes(file(entry('a1.large', '2'), entry('a1.large', '2')), FILE)).toThrow(`${FILE}:12: instance type a1.large is listed twice (first at line 5)`);
  });

  it('stops at an empty table', () => {
    expect(() => parseAutoscalerInstanceTypes(file(), FILE)).toThrow(`${FILE}: InstanceTypes lists no instance type`);
  });
});
