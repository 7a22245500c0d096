// `npm run knowledge:import`: what it prints and its exit codes, for a seed that matches, one that differs, and bad
// input, which stops the import with the file and line and writes nothing.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { importCommand } from '../../src/knowledge-import/command.js';
import { edit, removeCopies, seedCopy, snapshot, upstreamCopy } from '../support/upstream.js';

afterEach(removeCopies);

function command(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = importCommand(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const CNI_LIMITS = 'aws/amazon-vpc-cni-k8s/pkg/vpc/vpc_ip_resource_limit.go';
const m5LargeWith12Addresses = (go: string) => go.replace(/("m5\.large": \{\n\t\tENILimit: +3,\n\t\tIPv4Limit: +)10,/, (_, head) => `${head}12,`);

describe('knowledge:import', () => {
  it('--check exits 0 when the seed matches the upstream files, and says so', () => {
    const r = command('--check', '--from', upstreamCopy(), '--seed', seedCopy());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The seed matches these upstream files: nothing to write.');
  });

  it('--check exits 1 when the seed differs, writes nothing, and --json gives the report for machines', () => {
    const from = upstreamCopy();
    edit(from, CNI_LIMITS, m5LargeWith12Addresses);
    const seed = seedCopy();
    const before = snapshot(seed);
    const r = command('--check', '--json', '--from', from, '--seed', seed);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ seedMatches: false, written: [] });
    expect(report.instanceTypes.changed.map((c: { name: string }) => c.name)).toEqual(['m5.large']);
    expect(snapshot(seed)).toEqual(before);
  });

  it('writes the changed seed files and prints the report a reviewer reads', () => {
    const from = upstreamCopy();
    edit(from, CNI_LIMITS, m5LargeWith12Addresses);
    const seed = seedCopy();
    const r = command('--from', from, '--seed', seed);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Written: ${join(seed, 'instance-types.csv')}, ${join(seed, 'CHANGELOG.md')}.`);
    expect(r.stdout).toContain('- m5.large: ipv4PerEni 10 → 12; max Pods 29 → 35, with prefixes 434 → 530, recommended 29 → 35');
    expect(r.stdout).toMatch(/- m5\.large, max Pods with individual IPs: 35 \(aws\/amazon-vpc-cni-k8s\/pkg\/vpc\/vpc_ip_resource_limit\.go:\d+\) vs 29 \(aws\/amazon-vpc-cni-k8s\/misc\/eni-max-pods\.txt:\d+\)/);
  });

  it.each([
    ['a missing file', (from: string) => rmSync(join(from, 'aws/amazon-vpc-cni-k8s/misc/eni-max-pods.txt')), /eni-max-pods\.txt: missing/],
    ['impossible numbers', (from: string) => edit(from, CNI_LIMITS, (go) => go.replace(/("m5\.large": \{\n\t\tENILimit: +)3,/, (_, head) => `${head}0,`)), /vpc_ip_resource_limit\.go:\d+: ENILimit must be a whole number of at least 1, not 0/],
    ['a duplicate instance type', (from: string) => edit(from, 'aws/amazon-vpc-cni-k8s/misc/eni-max-pods.txt', (t) => `${t}m5.large 29\n`), /eni-max-pods\.txt:\d+: instance type m5\.large is listed twice \(first at line \d+\)/],
    ['a revision that cannot be read', (from: string) => edit(from, 'REVISIONS.tsv', (t) => t.replace(/b52188387f2e2f10bf289ace929d6a63b176a4fa/, 'main')), /REVISIONS\.tsv:2: revision "main" is not a 40-character commit hash/],
    ['a format change that leaves a parser nothing', (from: string) => edit(from, 'aws/amazon-vpc-cni-k8s/README.md', (t) => t.replace('## CNI Configuration Variables', '## Configuration')), /README\.md: no "## CNI Configuration Variables" section/],
  ])('stops at %s with exit 2, naming the file, and writes nothing', (_what, damage, message) => {
    const from = upstreamCopy();
    damage(from);
    const seed = seedCopy();
    const before = snapshot(seed);
    const r = command('--from', from, '--seed', seed);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Nothing was written.');
    expect(r.stdout).toBe('');
    expect(snapshot(seed)).toEqual(before);
  });

  it('stops with exit 2 at a file that is not there', () => {
    const r = command('--from', join(upstreamCopy(), 'nowhere'), '--seed', seedCopy());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nowhere: the upstream folder does not exist/);
  });

  it('stops with exit 2 and its usage when --from is missing', () => {
    expect(command('--check')).toMatchObject({ code: 2, stderr: expect.stringContaining('--from is required') });
  });

  it('runs as npm run knowledge:import', async () => {
    const result = await promisify(execFile)('npm', ['run', '-s', 'knowledge:import', '--', '--check', '--from', upstreamCopy(), '--seed', seedCopy()], { cwd: PROJECT_ROOT });
    expect(result.stdout).toContain('The seed matches these upstream files');
  });
});
