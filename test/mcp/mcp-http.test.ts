// The MCP server at /mcp, with the SDK's own client over a real port, in both protocol eras.
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_TYPES, POD_NETWORKING_MODES, USE_CASES } from '../../src/domain/vocabulary.js';
import { compatibility } from '../../src/rules/compatibility.js';
import { ipPlan } from '../../src/rules/ip-plan/ip-plan.js';
import { plan } from '../../src/rules/plan/plan.js';
import { podDensity } from '../../src/rules/pod-density.js';
import { settingsFor } from '../../src/rules/settings-for-mode.js';
import { knowledge } from '../support/knowledge.js';
import { startTestService } from '../support/service.js';
import { createTestYoga } from '../support/yoga.js';
import { connectedClient, ERAS, httpTransport } from './mcp-support.js';

type ToolResult = { isError?: boolean; content: { type: string; text: string }[]; structuredContent?: any };

const call = async (client: Client, name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as ToolResult;

/** The result's text names its sources, numbered, with links. */
function expectSourcedText(result: ToolResult) {
  expect(result.isError).toBeFalsy();
  expect(result.content[0]!.text).toMatch(/\nSources:\n\[1\] \[[^\]]+\]\(https:\/\//);
}

function expectToolError(result: ToolResult, code: string) {
  expect(result.isError).toBe(true);
  expect(result.structuredContent.errors[0].extensions.code).toBe(code);
  expect(result.content[0]!.text).toMatch(new RegExp(`^${code}: `));
}

let service: Awaited<ReturnType<typeof startTestService>>;
beforeAll(async () => {
  service = await startTestService();
  await service.ready;
});
afterAll(() => service.close());

describe.each(ERAS)('MCP over Streamable HTTP, %s', (_era, era) => {
  let client: Client;
  beforeAll(async () => {
    client = await connectedClient(httpTransport(`${service.url}/mcp`), era);
  });
  afterAll(() => client.close());

  it('negotiates the era asked for', () => {
    const version = client.getNegotiatedProtocolVersion()!;
    expect(typeof era.mode === 'object' ? version === '2026-07-28' : version.startsWith('2025-')).toBe(true);
  });

  it('lists the tools, read-only, with input schemas built from the vocabulary and an output schema', async () => {
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    expect([...byName.keys()]).toEqual(['compatibility', 'pod_density', 'plan', 'ip_plan', 'cni_settings', 'settings_for_mode', 'lint_cni_config', 'ask']);
    for (const tool of tools) {
      expect(tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: false });
      expect(tool.description!.length).toBeGreaterThan(20);
      expect(tool.outputSchema?.type).toBe('object');
    }
    const compat = byName.get('compatibility')!.inputSchema as any;
    expect(compat.required).toEqual(['nodeType', 'useCases']);
    expect(compat.properties.nodeType.enum).toEqual([...NODE_TYPES]);
    expect(compat.properties.useCases.items.enum).toEqual([...USE_CASES]);
    // Each value carries the description the GraphQL enum gives it.
    expect(compat.properties.useCases.items.description).toContain('NETWORK_POLICY: Kubernetes network policy enforced by the VPC CNI itself');
    const density = byName.get('pod_density')!.inputSchema as any;
    expect(density.properties.mode.enum).toEqual([...POD_NETWORKING_MODES]);
    expect(density.properties.customNetworking).toMatchObject({ type: 'boolean', default: false });
    expect(density.required).toEqual(['instanceType', 'mode']);
  });

  it('compatibility: the rules’ verdict, with its sources', async () => {
    const result = await call(client, 'compatibility', { nodeType: 'FARGATE', useCases: ['NETWORK_POLICY'] });
    expectSourcedText(result);
    const expected = compatibility(knowledge, 'FARGATE', ['NETWORK_POLICY']);
    expect(result.structuredContent.compatibility).toMatchObject({ compatible: expected.compatible, support: expected.support, bestMode: expected.bestMode });
    expect(result.content[0]!.text).toMatch(/^\*\*No:\*\*/);
  });

  it('compatibility: each verdict, conflict and note with its sources in the structured content, as GraphQL gives them', async () => {
    const result = await call(client, 'compatibility', { nodeType: 'EC2_LINUX', useCases: ['IPV6', 'SECURITY_GROUPS_FOR_PODS', 'CUSTOM_NETWORKING'] });
    const expected = compatibility(knowledge, 'EC2_LINUX', ['IPV6', 'SECURITY_GROUPS_FOR_PODS', 'CUSTOM_NETWORKING']);
    const refs = (sources: readonly { ref: string }[]) => sources.map((s) => s.ref);
    expect(expected.conflicts.length).toBeGreaterThan(0);
    const got = result.structuredContent.compatibility;
    expect(got.modes.map((m: any) => m.useCases.map((v: any) => refs(v.sources)))).toEqual(expected.modes.map((m) => m.useCases.map((v) => refs(v.sources))));
    expect(got.conflicts.map((c: any) => [c.disputed, refs(c.sources)])).toEqual(expected.conflicts.map((c) => [c.disputed, refs(c.sources)]));
    expect(got.modes.flatMap((m: any) => m.useCases).every((v: any) => v.sources.length > 0)).toBe(true);
    expect(got.notes.every((n: any) => n.source.ref)).toBe(true);
  });

  it('names the tool called in the request log', async () => {
    await call(client, 'settings_for_mode', { mode: 'FARGATE' });
    expect(service.logs().some((l) => l.msg === 'request' && l.path === '/mcp' && l.operationName === 'tools/call settings_for_mode')).toBe(true);
  });

  it('pod_density: max Pods as the rules count them', async () => {
    const result = await call(client, 'pod_density', { instanceType: 'm5.large', mode: 'IP_PREFIXES' });
    expectSourcedText(result);
    const expected = podDensity(knowledge, { instanceType: 'm5.large', mode: 'IP_PREFIXES' });
    expect(result.structuredContent.podDensity.maxPods).toBe(expected.maxPods);
    expect(result.content[0]!.text).toContain(`${expected.maxPods} Pods at most`);
  });

  it('pod_density: with a provisioner, what kubelet gets left alone and the snippet that sets the recommended value', async () => {
    const result = await call(client, 'pod_density', { instanceType: 'm5.large', mode: 'IP_PREFIXES', provisioner: 'AL2023_NODEADM' });
    const expected = podDensity(knowledge, { instanceType: 'm5.large', mode: 'IP_PREFIXES', provisioner: 'AL2023_NODEADM' });
    expect(result.structuredContent.podDensity).toMatchObject({ provisioner: 'AL2023_NODEADM', kubeletDefault: expected.kubeletDefault });
    expect(result.structuredContent.podDensity.configuration.map((c: any) => c.text)).toEqual(expected.configuration.map((c) => c.text));
  });

  it('plan: the rules’ plan, its aws-node settings and cited steps', async () => {
    const input = { nodeType: 'EC2_LINUX', useCases: ['CUSTOM_NETWORKING'], instanceType: 'm5.large', availabilityZones: ['us-west-2a'] };
    const result = await call(client, 'plan', { input });
    expectSourcedText(result);
    const expected = plan(knowledge, input as Parameters<typeof plan>[1]);
    expect(result.structuredContent.plan.mode).toBe(expected.mode);
    expect(result.structuredContent.plan.awsNodeEnv.map((e: any) => [e.name, e.value])).toEqual(expected.awsNodeEnv.map((e) => [e.name, e.value]));
    expect(result.content[0]!.text).toContain('ENIConfig');
  });

  it('ip_plan: addresses per node and the smallest subnet, with the arithmetic', async () => {
    const input = { instanceType: 'm5.xlarge', mode: 'INDIVIDUAL_IPS', nodes: 50, podsPerNode: 20, warmIpTarget: 5 };
    const result = await call(client, 'ip_plan', { input });
    expectSourcedText(result);
    const expected = ipPlan(knowledge, input as Parameters<typeof ipPlan>[1]);
    expect(result.structuredContent.ipPlan).toMatchObject({ addressesPerNode: expected.addressesPerNode, totalAddresses: expected.totalAddresses });
    expect(result.content[0]!.text).toContain(`/${expected.subnets[0]!.smallestSubnetPrefixLength}`);
    // The subnet is named in words, not by its enum value.
    expect(result.content[0]!.text).not.toMatch(/nodes_and_pods/i);
    const bad = await call(client, 'ip_plan', { input: { ...input, subnet: '10.0.0.1/22' } });
    expect(bad.isError).toBe(true);
    expect(bad.structuredContent.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('ip_plan: a group no subnet holds is said in words, as the CLI says it', async () => {
    const result = await call(client, 'ip_plan', { input: { instanceType: 'm5.24xlarge', nodes: 100000 } });
    expect(result.structuredContent.ipPlan.subnets[0].smallestSubnetPrefixLength).toBeNull();
    expect(result.content[0]!.text).toContain('smallest subnet more than a /16');
    expect(result.content[0]!.text).not.toContain('/?');
  });

  it('cni_settings: the catalogue, searched', async () => {
    const result = await call(client, 'cni_settings', { search: 'prefix delegation' });
    expectSourcedText(result);
    const names = result.structuredContent.cniSettings.map((s: any) => s.name);
    expect(names).toContain('ENABLE_PREFIX_DELEGATION');
    expect(result.content[0]!.text).toContain('**`ENABLE_PREFIX_DELEGATION`**');
  });

  it('settings_for_mode: the matrix rows of the mode', async () => {
    const result = await call(client, 'settings_for_mode', { mode: 'IP_PREFIXES' });
    expectSourcedText(result);
    const expected = settingsFor(knowledge, 'IP_PREFIXES').map((r) => [r.name, r.applicable]);
    expect(result.structuredContent.settingsFor.map((r: any) => [r.name, r.applicable])).toEqual(expected);
  });

  it('lint_cni_config: findings with codes, from env pairs', async () => {
    const env = [
      { name: 'ENABLE_IPv4', value: 'true' },
      { name: 'ENABLE_IPv6', value: 'true' },
    ];
    const result = await call(client, 'lint_cni_config', { input: { env } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent.lintCniConfig.ok).toBe(false);
    expect(result.structuredContent.lintCniConfig.findings.map((f: any) => f.code)).toContain('IPV4_AND_IPV6_BOTH_ENABLED');
    expect(result.content[0]!.text).toContain('Sources:');
  });

  it('ask: what it understood, the answer and what to ask next', async () => {
    const result = await call(client, 'ask', { question: 'can I use network policy on fargate?' });
    expectSourcedText(result);
    expect(result.structuredContent.ask.understood).toMatchObject({ intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['NETWORK_POLICY'] });
    expect(result.content[0]!.text).toContain('You could also ask:');
  });

  it.each([
    ['an enum value that does not exist, with the valid values', 'compatibility', { nodeType: 'LINUX', useCases: [] }, 'BAD_USER_INPUT'],
    ['a required argument left out', 'pod_density', { mode: 'IP_PREFIXES' }, 'BAD_USER_INPUT'],
    ['an unknown instance type, with the closest names', 'pod_density', { instanceType: 'm5.larg', mode: 'IP_PREFIXES' }, 'UNKNOWN_INSTANCE_TYPE'],
    ['an empty configuration', 'lint_cni_config', { input: { env: [] } }, 'EMPTY_CONFIG'],
    ['a question over the length limit', 'ask', { question: 'x'.repeat(501) }, 'BAD_USER_INPUT'],
    ['an argument the tool does not take, with those it takes', 'cni_settings', { name: 'WARM_IP_TARGET' }, 'BAD_USER_INPUT'],
  ])('answers %s as a tool error with the GraphQL code', async (_what, tool, args, code) => {
    const result = await call(client, tool, args);
    expectToolError(result, code);
    if (tool === 'compatibility') expect(result.structuredContent.errors[0].extensions.validValues).toEqual([...NODE_TYPES]);
    if (tool === 'cni_settings') expect(result.structuredContent.errors[0].extensions.validValues).toEqual(['mode', 'search']);
    if (code === 'UNKNOWN_INSTANCE_TYPE') expect(result.structuredContent.errors[0].extensions.suggestions).toContain('m5.large');
  });

  it('refuses many long arguments a tool does not take with one short error', async () => {
    const args = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`${'x'.repeat(200)}${i}`, true]));
    const result = await call(client, 'cni_settings', args);
    expectToolError(result, 'BAD_USER_INPUT');
    expect(result.structuredContent.errors).toHaveLength(1);
    expect(result.structuredContent.errors[0].message.length).toBeLessThan(120);
  });

  it('serves the matrix and the notes as resources, each cell and note with its source', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(['podnet://matrix', 'podnet://notes']);
    const matrix = JSON.parse(((await client.readResource({ uri: 'podnet://matrix' })).contents[0] as { text: string }).text).matrix;
    expect(matrix.rows).toHaveLength(knowledge.matrix.rows.length);
    expect(matrix.rows.every((r: any) => r.cells.every((c: any) => c.source.url || c.source.document))).toBe(true);
    const notes = JSON.parse(((await client.readResource({ uri: 'podnet://notes' })).contents[0] as { text: string }).text).notes;
    expect(notes.filter((n: any) => n.section === 'MATRIX_NOTE').map((n: any) => n.id)).toEqual(matrix.notes.map((n: any) => n.id));
    expect(notes.every((n: any) => n.source.quote.length > 0)).toBe(true);
  });
});

describe('/mcp on the service', () => {
  it('is counted in the metrics and written in the request log', async () => {
    const client = await connectedClient(httpTransport(`${service.url}/mcp`), ERAS[1][1]);
    await client.listTools();
    await client.close();
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toMatch(/podnet_http_requests_total\{endpoint="mcp",method="POST",status="200"\} [1-9]/);
    const lines = service.logs().filter((l) => l.msg === 'request' && l.path === '/mcp' && l.status === 200 && typeof l.requestId === 'string');
    expect(lines.map((l) => l.operationName)).toContain('tools/list');
  });

  it('refuses a body over MAX_BODY_BYTES with 413 before reading it', async () => {
    const small = createTestYoga({ MAX_BODY_BYTES: '2048' });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'ask', arguments: { question: 'x'.repeat(4096) } } });
    const response = await small.yoga.fetch('http://podnet.test/mcp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body,
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a JSON-RPC batch: one message per request, as GraphQL takes one operation', async () => {
    const call = { jsonrpc: '2.0', method: 'tools/call', params: { name: 'ask', arguments: { question: 'ipv6?' } } };
    const response = await fetch(`${service.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify([{ ...call, id: 1 }, { ...call, id: 2 }]),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers 503 until the knowledge is loaded', async () => {
    const starting = await startTestService({}, () => new Promise(() => {}));
    try {
      const response = await fetch(`${starting.url}/mcp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(503);
      expect((await response.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await starting.close();
    }
  });

  it('is off with MCP_ENABLED=false', async () => {
    const off = createTestYoga({ MCP_ENABLED: 'false' });
    const response = await off.yoga.fetch('http://podnet.test/mcp', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(404);
  });
});
