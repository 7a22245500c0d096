// The VPC CNI's misc/eni-max-pods.txt, read from small fixtures in its format.
import { describe, expect, it } from 'vitest';
import { parseEniMaxPods } from '../../src/knowledge-import/eni-max-pods.js';

const FILE = 'aws/amazon-vpc-cni-k8s/misc/eni-max-pods.txt';
const HEADER = '# Mapping is calculated from AWS EC2 API using the following formula:\n#   # of ENI * (# of IPv4 per ENI - 1) + 2\n#\n';

describe('parseEniMaxPods', () => {
  it('reads each type’s max Pods with its line, skipping comments and blank lines', () => {
    const rows = parseEniMaxPods(`${HEADER}a1.2xlarge 58\n\na1.large 29\n`, FILE);
    expect([...rows.values()]).toEqual([
      { name: 'a1.2xlarge', line: 4, maxPods: 58 },
      { name: 'a1.large', line: 6, maxPods: 29 },
    ]);
  });

  it.each([
    ['a negative count', 'a1.large -29', ':4: max Pods must be a whole number of at least 1, not -29'],
    ['no count', 'a1.large', ':4: expected "<instance type> <max Pods>", found a1.large'],
    ['a count that is not a number', 'a1.large twenty', ':4: max Pods must be a whole number of at least 1, not twenty'],
  ])('stops at %s, naming the line', (_what, row, message) => {
    expect(() => parseEniMaxPods(`${HEADER}${row}\n`, FILE)).toThrow(FILE + message);
  });

  it('stops at a type listed twice', () => {
    expect(() => parseEniMaxPods(`${HEADER}a1.large 29\na1.large 29\n`, FILE)).toThrow(`${FILE}:5: instance type a1.large is listed twice (first at line 4)`);
  });

  it('stops at a file with no row', () => {
    expect(() => parseEniMaxPods(HEADER, FILE)).toThrow(`${FILE}: no "<instance type> <max Pods>" line found`);
  });
});
