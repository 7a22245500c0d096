// `podnet mcp`: the same MCP server over stdio, started as an MCP client starts it, in both protocol eras.
import type { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedClient, ERAS } from './mcp-support.js';

const BIN = fileURLToPath(new URL('../../bin/podnet.js', import.meta.url));

describe.each(ERAS)('podnet mcp over stdio, %s', (_era, era) => {
  let client: Client;
  beforeAll(async () => {
    client = await connectedClient(new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp'], stderr: 'pipe' }), era);
  }, 60_000);
  afterAll(() => client?.close());

  it('lists the same eight tools and answers from the embedded database', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['compatibility', 'pod_density', 'plan', 'ip_plan', 'cni_settings', 'settings_for_mode', 'lint_cni_config', 'ask']);
    const result: any = await client.callTool({ name: 'pod_density', arguments: { instanceType: 'm5.large', mode: 'INDIVIDUAL_IPS' } });
    expect(result.isError).toBeFalsy();
    // 3 interfaces of 10 addresses, less each primary, plus 2 host-network Pods: the figure AWS publishes for m5.large.
    expect(result.structuredContent.podDensity.maxPods).toBe(29);
  });

  it.each([
    ['compatibility', { nodeType: 'EC2_LINUX', useCases: ['IPV6'] }],
    ['plan', { input: { nodeType: 'EC2_LINUX', useCases: ['SECURITY_GROUPS_FOR_PODS'] } }],
    ['ip_plan', { input: { instanceType: 'm5.large', mode: 'IP_PREFIXES', nodes: 10 } }],
    ['cni_settings', { search: 'warm' }],
    ['settings_for_mode', { mode: 'INDIVIDUAL_IPS' }],
    ['lint_cni_config', { input: { env: [{ name: 'ENABLE_PREFIX_DELEGATION', value: 'true' }] } }],
    ['ask', { question: 'what does WARM_IP_TARGET do?' }],
  ])('calls %s', async (name, args) => {
    const result: any = await client.callTool({ name, arguments: args });
    expect(result.isError).toBeFalsy();
    expect(Object.keys(result.structuredContent)).toHaveLength(1);
    expect(result.content[0].text).toContain('Sources:');
  });

  it('answers bad arguments as tool errors with the GraphQL code', async () => {
    const result: any = await client.callTool({ name: 'settings_for_mode', arguments: { mode: 'PREFIX' } });
    expect(result.isError).toBe(true);
    expect(result.structuredContent.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', validValues: expect.arrayContaining(['IP_PREFIXES']) });
  });
});
