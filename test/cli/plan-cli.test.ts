// podnet plan and podnet ips on the embedded database: the human output, the machine formats a pipeline feeds to
// aws or kubectl, and exit codes.
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

async function podnet(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, (t) => (stdout += `${t}\n`), (t) => (stderr += `${t}\n`));
  return { code, stdout, stderr };
}

describe('podnet plan', () => {
  it('prints the env, numbered steps with their content and what is left out', async () => {
    const { code, stdout } = await podnet('plan', '--node-type', 'ec2-linux', '--use-case', 'custom-networking', '--mode', 'ip-prefixes', '--instance-type', 'm5.large', '--zone', 'us-west-2a');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Custom networking on Amazon EC2 Linux nodes with IP prefixes/);
    expect(stdout).toContain('  ENABLE_PREFIX_DELEGATION=true  (');
    expect(stdout).toMatch(/\d\. Create an ENIConfig per Availability Zone/);
    expect(stdout).toContain('fill in: <POD_SECURITY_GROUP_ID>, <POD_SUBNET_ID_US_WEST_2A>');
    expect(stdout).toContain('Left out:');
    expect(stdout).toMatch(/Set kubelet’s max Pods to 110/);
  });

  it('--format addon-json prints only the add-on configuration values, ready for --configuration-values', async () => {
    const { code, stdout } = await podnet('plan', '--node-type', 'ec2-linux', '--use-case', 'ipv6', '--format', 'addon-json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ env: { ENABLE_IPv4: 'false', ENABLE_IPv6: 'true', ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1' } });
  });

  it('--format addon-json prints an empty configuration where aws-node does not run (Fargate)', async () => {
    const { code, stdout } = await podnet('plan', '--node-type', 'fargate', '--format', 'addon-json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({});
  });

  it('--format yaml prints every YAML of the plan as documents', async () => {
    const { code, stdout } = await podnet('plan', '--node-type', 'ec2-linux', '--use-case', 'security-groups-for-pods', '--format', 'yaml');
    expect(code).toBe(0);
    const kinds = parseAllDocuments(stdout).map((d) => d.toJS().kind);
    expect(kinds).toEqual(['DaemonSet', 'SecurityGroupPolicy']);
    expect(stdout).toMatch(/^# Or patch a self-managed aws-node DaemonSet/);
  });

  it('exit 2 with the reason for use cases that conflict, or a format it does not write', async () => {
    const conflict = await podnet('plan', '--node-type', 'ec2-linux', '--use-case', 'ipv6', '--use-case', 'custom-networking');
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toMatch(/cannot be used together/);
    const format = await podnet('plan', '--node-type', 'ec2-linux', '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format takes addon-json or yaml');
  });
});

describe('podnet ips', () => {
  it('sizes the subnet with the arithmetic and counts the nodes a CIDR holds', async () => {
    const { code, stdout } = await podnet('ips', 'm5.xlarge', '--nodes', '50', '--pods', '20', '--warm-ip-target', '5', '--subnet', '10.0.0.0/22');
    expect(code).toBe(0);
    expect(stdout).toContain('per node:          2 interfaces, 25 secondary addresses, 27 addresses (5 unused)');
    expect(stdout).toContain('subnet: 1350 addresses, smallest /21; 10.0.0.0/22 holds 37 nodes');
    expect(stdout).toContain('/21: 2048 − 5 reserved = 2043 ≥ 1350');
  });

  it('--json prints the API result; bad input exits 2 naming the problem', async () => {
    const json = await podnet('ips', 'm5.large', '--mode', 'ip-prefixes', '--custom-networking', '--nodes', '10', '--pods', '30', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).subnets.map((s: { role: string; smallestSubnetPrefixLength: number }) => [s.role, s.smallestSubnetPrefixLength])).toEqual([
      ['NODES', 28],
      ['PODS', 23],
    ]);
    const slash33 = await podnet('ips', 'm5.large', '--subnet', '10.0.0.0/33');
    expect(slash33.code).toBe(2);
    expect(slash33.stderr).toContain('subnetCidr "10.0.0.0/33" has prefix length /33');
    const words = await podnet('ips', 'm5.large', '--pods', 'many');
    expect(words.code).toBe(2);
    expect(words.stderr).toContain('--pods takes a whole number, not "many"');
  });
});
