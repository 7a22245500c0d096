import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { MAX_BODY_BYTES_CEILING } from '../../src/http/config.js';
import { compatibility } from '../../src/rules/compatibility.js';
import { knowledge } from '../support/knowledge.js';
import { startTestService } from '../support/service.js';

const fixture = (name: string) => join(PROJECT_ROOT, 'test', 'fixtures', name);

async function podnet(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, (t) => (stdout += `${t}\n`), (t) => (stderr += `${t}\n`));
  return { code, stdout, stderr };
}

describe('podnet CLI on the embedded database', () => {
  it('ask: answers with sources and follow-ups', async () => {
    const { code, stdout } = await podnet('ask', 'can I use network policy on fargate?');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No: /);
    expect(stdout).toContain('Sources:\n  [1] Choosing Pod networking use cases - Amazon EKS, table row "Network policy (VPC CNI)", column "Fargate" (line 26)');
    expect(stdout).toContain('You could also ask:');
  });

  it('ask: exit 4 when the question cannot be placed, with what was not understood', async () => {
    const { code, stdout } = await podnet('ask', 'does cilium work with prefix delegation?');
    expect(code).toBe(4);
    expect(stdout).toContain('"cilium" is a CNI plugin podnet has no facts about');
    expect(stdout).toContain('You could also ask:');
  });

  it('compat: exit 0 when compatible, 1 when not, kebab-case values accepted', async () => {
    const yes = await podnet('compat', '--node-type', 'ec2-linux', '--use-case', 'custom-networking', '--use-case', 'security-groups-for-pods');
    expect(yes.code).toBe(0);
    expect(yes.stdout).toContain('✓ security-groups-for-pods: conditional');
    const no = await podnet('compat', '--node-type', 'fargate', '--use-case', 'network-policy');
    expect(no.code).toBe(1);
    expect(no.stdout).toMatch(/^No: /);
  });

  it('density: shows the arithmetic', async () => {
    const { code, stdout } = await podnet('density', 'm5.large', '--mode', 'ip-prefixes');
    expect(code).toBe(0);
    expect(stdout).toContain('max Pods:          434');
    expect(stdout).toContain('recommended:       110');
    expect(stdout).toContain('formula:           3 ENIs × ((10 − 1) × 16) + 2 = 434');
  });

  it('density --provisioner: shows what the provisioner gives kubelet and the snippet that sets the recommended value', async () => {
    const { code, stdout } = await podnet('density', 'm5.large', '--mode', 'ip-prefixes', '--provisioner', 'al2023-nodeadm');
    expect(code).toBe(0);
    expect(stdout).toContain('kubelet default:   29 with al2023-nodeadm');
    expect(stdout).toContain('warning: Left alone, nodeadm gives kubelet max Pods 29');
    expect(stdout).toContain('  nodeadm NodeConfig: kubelet maxPods (m5.large');
    expect(stdout).toContain('        config:\n          maxPods: 110\n');
    const bad = await podnet('density', 'm5.large', '--provisioner', 'kops');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('--provisioner kops: expected one of al2-calculator, al2023-nodeadm, karpenter, eks-auto-mode.\n');
  });

  it('compat --trust-source: settles what the sources dispute, exit 1 while it is disputed', async () => {
    const disputed = await podnet('compat', '--node-type', 'ec2-linux', '--use-case', 'ipv6', '--use-case', 'security-groups-for-pods');
    expect(disputed.code).toBe(1);
    expect(disputed.stdout).toMatch(/^Disputed: /);
    // Both sides of the dispute are cited, as every verdict's sources are.
    const report = compatibility(knowledge, 'EC2_LINUX', ['IPV6', 'SECURITY_GROUPS_FOR_PODS']);
    const cited = [...report.modes.flatMap((m) => m.useCases.flatMap((v) => v.sources)), ...report.conflicts.flatMap((c) => c.sources)];
    expect(new Set(cited.map((c) => c.document)).size).toBeGreaterThan(1);
    for (const source of cited) expect(disputed.stdout).toContain(`${source.document}, ${source.location}`);
    const trusted = await podnet('compat', '--node-type', 'ec2-linux', '--use-case', 'ipv6', '--use-case', 'security-groups-for-pods', '--trust-source', 'eks-user-guide-repo');
    expect(trusted.code).toBe(0);
  });

  it('density --json: prints the API result for scripts', async () => {
    const { code, stdout } = await podnet('density', 'm5.large', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS', maxPods: 29 });
  });

  it('lint: exit 0 for a clean manifest, 1 when the lint finds an error', async () => {
    const clean = await podnet('lint', fixture('aws-node-v1.19.0.yaml'));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^OK: /);
    const broken = await podnet('lint', fixture('aws-k8s-cni-ipv6.yaml'));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^Not OK: /);
  });

  it('exit 2 with the valid values for a bad value, a missing file or bad usage', async () => {
    const badMode = await podnet('density', 'm5.large', '--mode', 'prefix');
    expect(badMode.code).toBe(2);
    expect(badMode.stderr).toBe('--mode prefix: expected one of individual-ips, ip-prefixes, security-groups-for-pods, fargate, auto-mode-prefixes, auto-mode-secondary-ips, hybrid-cilium, hybrid-calico.\n');
    const badNodeType = await podnet('compat', '--node-type', 'linux');
    expect(badNodeType.code).toBe(2);
    expect(badNodeType.stderr).toBe('--node-type linux: expected one of ec2-linux, ec2-windows, fargate, eks-auto-mode, hybrid.\n');
    const badUseCase = await podnet('lint', '-', '--use-case', 'sgp');
    expect(badUseCase.code).toBe(2);
    expect(badUseCase.stderr).toMatch(/^--use-case sgp: expected one of custom-networking, snat, security-groups-for-pods, /);
    const badMaxEnis = await podnet('density', 'm5.large', '--max-enis', '99999999999');
    expect(badMaxEnis.code).toBe(2);
    const unknownType = await podnet('density', 'm5.larg');
    expect(unknownType.code).toBe(2);
    expect(unknownType.stderr).toContain('Did you mean m5.large');
    expect((await podnet('lint', '/nonexistent.yaml')).code).toBe(2);
    expect((await podnet('frobnicate')).code).toBe(2);
    expect((await podnet('compat', '--bogus')).code).toBe(2);
  });
});

describe('podnet CLI against a running service', () => {
  let service: Awaited<ReturnType<typeof startTestService>>;
  let endpoint: string;
  beforeAll(async () => {
    service = await startTestService();
    endpoint = `${service.url}/graphql`;
  });
  afterAll(() => service.close());

  it('gives the same answer with --endpoint as locally', async () => {
    const local = await podnet('compat', '--node-type', 'ec2-windows', '--use-case', 'calico-network-policy', '--json');
    const remote = await podnet('compat', '--node-type', 'ec2-windows', '--use-case', 'calico-network-policy', '--json', '--endpoint', endpoint);
    expect(remote).toEqual(local);
  });

  it('exit 3 when the service cannot be reached', async () => {
    const { code, stderr } = await podnet('ask', 'ipv6?', '--endpoint', 'http://127.0.0.1:9/graphql');
    expect(code).toBe(3);
    expect(stderr).toContain('Cannot reach http://127.0.0.1:9/graphql');
  });

  it('exit 2, as locally, for a manifest over the request body limit of the service (413)', async () => {
    const manifest = join(mkdtempSync(join(tmpdir(), 'podnet-cli-')), 'aws-node.yaml');
    writeFileSync(manifest, `# ${'x'.repeat(MAX_BODY_BYTES_CEILING)}\n`);
    expect((await podnet('lint', manifest)).code).toBe(2);
    const remote = await podnet('lint', manifest, '--endpoint', endpoint);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toMatch(/too large/);
  });

  it('exit 3, not a crash, when the endpoint answers JSON that is not a GraphQL response', async () => {
    const proxy = createServer((request, response) => {
      response.writeHead(request.url === '/limited' ? 429 : 200, { 'content-type': 'application/json' });
      response.end(request.url === '/limited' ? '{"message":"Too Many Requests"}' : '<html>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const limited = await podnet('density', 'm5.large', '--endpoint', `${base}/limited`);
      expect(limited).toEqual({ code: 3, stdout: '', stderr: 'The service answered 429 Too Many Requests, not GraphQL.\n' });
      const broken = await podnet('lint', fixture('aws-node-v1.19.0.yaml'), '--endpoint', `${base}/broken`);
      expect(broken).toEqual({ code: 3, stdout: '', stderr: 'The service answered 200 OK, not GraphQL.\n' });
    } finally {
      proxy.close();
    }
  });
});

describe('podnet --help', () => {
  it('prints the usage on standard output and exits 0; no command at all is a usage error', async () => {
    const help = await podnet('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:\n  podnet ask /);
    expect(help.stderr).toBe('');
    const bare = await podnet();
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^Usage:/);
  });
});

describe('the podnet command', () => {
  // The compiled CLI (dist/service/podnet.js), bundled first when the sources changed: a few seconds, more on a busy machine.
  it('runs as a process and sets its exit code', { timeout: 120_000 }, async () => {
    const result = await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'bin', 'podnet.js'), 'compat', '--node-type', 'fargate', '--use-case', 'calico-network-policy'], { cwd: PROJECT_ROOT }).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Unknown: /);
  });
});
