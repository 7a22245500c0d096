// Command-line words to the values the GraphQL API takes: "ip-prefixes" -> IP_PREFIXES.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Usage:
  podnet ask "<question>" [--json] [--endpoint URL]
  podnet compat --node-type <ec2-linux|ec2-windows|fargate> [--use-case <use-case>]... [--json] [--endpoint URL]
  podnet density <instance-type> [--mode <mode>] [--node-type <node-type>] [--custom-networking]
                 [--cni-version <x.y.z>] [--max-enis <n>] [--json] [--endpoint URL]
  podnet lint <aws-node.yaml | -> [--node-type <node-type>] [--cni-version <x.y.z>] [--instance-type <type>]
                 [--use-case <use-case>]... [--json] [--endpoint URL]
  podnet mcp     serves the MCP tools over stdio for an MCP client, from the embedded database

Modes: individual-ips, ip-prefixes, security-groups-for-pods, fargate.
Use cases: custom-networking, snat, security-groups-for-pods, network-policy, calico-network-policy, ipv6, public-subnets.
Without --endpoint the answer comes from the embedded database; with it, from a running podnet service.
Exit codes: 0 answered (lint: no error; compat: compatible), 1 lint found errors or compat is not compatible,
2 bad usage or input, 3 the service could not answer, 4 ask could not place the question (intent UNKNOWN).`;

export interface CommandLine {
  command: 'ask' | 'compat' | 'density' | 'lint';
  positional: string | undefined;
  json: boolean;
  endpoint: string | undefined;
  nodeType: string | undefined;
  useCases: string[];
  mode: string | undefined;
  customNetworking: boolean;
  cniVersion: string | undefined;
  maxEnis: number | undefined;
  instanceType: string | undefined;
}

/** "ec2-linux" or "EC2_LINUX" -> "EC2_LINUX"; the API checks the value and lists the valid ones. */
export function enumValue(word: string): string {
  return word.trim().replace(/-/g, '_').toUpperCase();
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      endpoint: { type: 'string' },
      'node-type': { type: 'string' },
      'use-case': { type: 'string', multiple: true, default: [] },
      mode: { type: 'string' },
      'custom-networking': { type: 'boolean', default: false },
      'cni-version': { type: 'string' },
      'max-enis': { type: 'string' },
      'instance-type': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, positional, ...extra] = positionals;
  if (values.help || command === undefined) throw new UsageError(USAGE);
  if (command !== 'ask' && command !== 'compat' && command !== 'density' && command !== 'lint') {
    throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
  if (extra.length > 0) throw new UsageError(`Unexpected arguments: ${extra.join(' ')} (quote a question with spaces).`);
  if (command !== 'compat' && positional === undefined) throw new UsageError(`"podnet ${command}" needs ${command === 'ask' ? 'a question' : command === 'density' ? 'an instance type' : 'a file'}.\n\n${USAGE}`);
  if (command === 'compat' && values['node-type'] === undefined) throw new UsageError(`"podnet compat" needs --node-type.\n\n${USAGE}`);
  const maxEnis = values['max-enis'] === undefined ? undefined : Number(values['max-enis']);
  if (maxEnis !== undefined && !Number.isInteger(maxEnis)) throw new UsageError(`--max-enis takes a whole number, not "${values['max-enis']}".`);
  return {
    command,
    positional,
    json: values.json,
    endpoint: values.endpoint,
    nodeType: values['node-type'],
    useCases: values['use-case'],
    mode: values.mode,
    customNetworking: values['custom-networking'],
    cniVersion: values['cni-version'],
    maxEnis,
    instanceType: values['instance-type'],
  };
}
