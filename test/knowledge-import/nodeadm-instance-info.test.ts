// nodeadm's instance-info.jsonl (awslabs/amazon-eks-ami), read from small fixtures in its format.
import { describe, expect, it } from 'vitest';
import { parseNodeadmInstanceInfo } from '../../src/knowledge-import/nodeadm-instance-info.js';

const FILE = 'awslabs/amazon-eks-ami/nodeadm/internal/kubelet/instance-info.jsonl';
const row = (name: string, enis: unknown = 4, ips: unknown = 15) => JSON.stringify({ instanceType: name, defaultMaxENIs: enis, ipv4AddressesPerInterface: ips });

describe('parseNodeadmInstanceInfo', () => {
  it('reads each line’s type, default-card interfaces and addresses per interface', () => {
    const rows = parseNodeadmInstanceInfo(`${row('a1.2xlarge')}\n${row('a1.large', 3, 10)}\n`, FILE);
    expect(rows.get('a1.large')).toEqual({ name: 'a1.large', line: 2, defaultMaxEnis: 3, ipv4PerInterface: 10 });
    expect(rows.size).toBe(2);
  });

  it('stops at 0 interfaces, naming the line and the field', () => {
    expect(() => parseNodeadmInstanceInfo(`${row('a1.2xlarge')}\n${row('a1.large', 0)}\n`, FILE)).toThrow(new RegExp(`^${FILE.replace(/\./g, '\\.')}:2: .*defaultMaxENIs`));
  });

  it('stops at a line that is not JSON', () => {
    expect(() => parseNodeadmInstanceInfo(`${row('a1.2xlarge')}\na1.large,3,10\n`, FILE)).toThrow(`${FILE}:2: not a JSON object`);
  });

  it('stops at a type listed twice', () => {
    expect(() => parseNodeadmInstanceInfo(`${row('a1.large')}\n${row('a1.large')}\n`, FILE)).toThrow(`${FILE}:2: instance type a1.large is listed twice (first at line 1)`);
  });

  it('stops at an empty file', () => {
    expect(() => parseNodeadmInstanceInfo('\n', FILE)).toThrow(`${FILE}: no instance type found`);
  });
});
