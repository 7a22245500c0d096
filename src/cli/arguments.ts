// Command-line words to the values the GraphQL API takes: "ip-prefixes" -> IP_PREFIXES.
import { parseArgs } from 'node:util';
import { NODE_PROVISIONERS, NODE_TYPES, POD_NETWORKING_MODES, USE_CASES } from '../domain/vocabulary.js';

export class UsageError extends Error {}

/** `--help`: the usage, printed to standard output with exit code 0. */
export class HelpRequested extends UsageError {}

export const USAGE = `Usage:
  podnet ask "<question>" [--json] [--endpoint URL]
  podnet compat --node-type <ec2-linux|ec2-windows|fargate|eks-auto-mode|hybrid> [--use-case <use-case>]...
                 [--trust-source <vpc-cni|eks-user-guide-repo>] [--json] [--endpoint URL]
  podnet density <instance-type> [--mode <mode>] [--node-type <node-type>] [--custom-networking]
                 [--cni-version <x.y.z>] [--max-enis <n>] [--provisioner <provisioner>] [--json] [--endpoint URL]
  podnet lint <aws-node.yaml | -> [--node-type <node-type>] [--cni-version <x.y.z>] [--instance-type <type>]
                 [--use-case <use-case>]... [--json] [--endpoint URL]
  podnet plan --node-type <node-type> [--use-case <use-case>]... [--mode <mode>] [--instance-type <type>]
                 [--cni-version <x.y.z>] [--zone <us-west-2a>]... [--format addon-json|yaml] [--json] [--endpoint URL]
  podnet ips <instance-type> [--mode <mode>] [--nodes <n>] [--pods <n>] [--custom-networking] [--cni-version <x.y.z>]
                 [--warm-eni-target <n>] [--warm-ip-target <n>] [--minimum-ip-target <n>] [--warm-prefix-target <n>]
                 [--subnet <cidr>] [--pod-subnet <cidr>] [--json] [--endpoint URL]
  podnet mcp     serves the MCP tools over stdio for an MCP client, from the embedded database

Modes: individual-ips, ip-prefixes, security-groups-for-pods, fargate, auto-mode-prefixes, auto-mode-secondary-ips,
  hybrid-cilium, hybrid-calico.
Provisioners (what sets kubelet's max Pods): al2-calculator (default), al2023-nodeadm, karpenter, eks-auto-mode.
Use cases: custom-networking, snat, security-groups-for-pods, network-policy, calico-network-policy, ipv6, public-subnets.
Without --endpoint the answer comes from the embedded database; with it, from a running podnet service.
plan --format addon-json prints only the vpc-cni add-on's configuration values; --format yaml every YAML the plan holds.
Exit codes: 0 answered (lint: no error; compat: compatible), 1 lint found errors or compat is not compatible,
2 bad usage or input, 3 the service could not answer, 4 ask could not place the question (intent UNKNOWN).`;

const COMMANDS = ['ask', 'compat', 'density', 'lint', 'plan', 'ips'] as const;
// Commands that take no positional argument.
const WITHOUT_POSITIONAL = new Set(['compat', 'plan']);
const POSITIONAL_WORD: Record<string, string> = { ask: 'a question', density: 'an instance type', ips: 'an instance type', lint: 'a file' };
const PLAN_FORMATS = ['addon-json', 'yaml'] as const;
/** Whole-number options, by their command-line name. */
const INT_OPTIONS = ['max-enis', 'nodes', 'pods', 'warm-eni-target', 'warm-ip-target', 'minimum-ip-target', 'warm-prefix-target'] as const;
type IntOption = (typeof INT_OPTIONS)[number];

export interface CommandLine {
  command: (typeof COMMANDS)[number];
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
  zones: string[];
  format: (typeof PLAN_FORMATS)[number] | undefined;
  ints: Partial<Record<IntOption, number>>;
  subnet: string | undefined;
  podSubnet: string | undefined;
  provisioner: string | undefined;
  trustSource: string | undefined;
}

/** "ec2-linux" or "EC2_LINUX" -> "EC2_LINUX". */
export function enumValue(word: string): string {
  return word.trim().replace(/-/g, '_').toUpperCase();
}

/** "EC2_LINUX" -> "ec2-linux": an API value as the command line spells it. */
export function cliWord(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

/** An option's value when it names one of `values`, else a usage error in the command line's own spelling. */
function choice(option: string, word: string, values: readonly string[]): string {
  if (values.includes(enumValue(word))) return word;
  throw new UsageError(`${option} ${word}: expected one of ${values.map(cliWord).join(', ')}.`);
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
      zone: { type: 'string', multiple: true, default: [] },
      format: { type: 'string' },
      subnet: { type: 'string' },
      'pod-subnet': { type: 'string' },
      ...Object.fromEntries(INT_OPTIONS.filter((o) => o !== 'max-enis').map((o) => [o, { type: 'string' as const }])),
      provisioner: { type: 'string' },
      'trust-source': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, positional, ...extra] = positionals;
  if (values.help) throw new HelpRequested(USAGE);
  if (command === undefined) throw new UsageError(USAGE);
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
  const known = command as CommandLine['command'];
  if (extra.length > 0) throw new UsageError(`Unexpected arguments: ${extra.join(' ')} (quote a question with spaces).`);
  if (!WITHOUT_POSITIONAL.has(known) && positional === undefined) throw new UsageError(`"podnet ${command}" needs ${POSITIONAL_WORD[known]}.\n\n${USAGE}`);
  if (WITHOUT_POSITIONAL.has(known) && values['node-type'] === undefined) throw new UsageError(`"podnet ${command}" needs --node-type.\n\n${USAGE}`);
  const format = values.format;
  if (format !== undefined && !(PLAN_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format takes ${PLAN_FORMATS.join(' or ')}, not "${format}".`);
  }
  const ints: Partial<Record<IntOption, number>> = {};
  for (const option of INT_OPTIONS) {
    const raw = (values as Record<string, unknown>)[option] as string | undefined;
    if (raw === undefined) continue;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(n)) throw new UsageError(`--${option} takes a whole number, not "${raw}".`);
    ints[option] = n;
  }
  const maxEnis = ints['max-enis'];
  return {
    command: known,
    positional,
    json: values.json,
    endpoint: values.endpoint,
    nodeType: values['node-type'] === undefined ? undefined : choice('--node-type', values['node-type'], NODE_TYPES),
    useCases: values['use-case'].map((useCase) => choice('--use-case', useCase, USE_CASES)),
    mode: values.mode === undefined ? undefined : choice('--mode', values.mode, POD_NETWORKING_MODES),
    customNetworking: values['custom-networking'],
    cniVersion: values['cni-version'],
    maxEnis,
    instanceType: values['instance-type'],
    zones: values.zone,
    format: format as CommandLine['format'],
    ints,
    subnet: values.subnet,
    podSubnet: values['pod-subnet'],
    provisioner: values.provisioner === undefined ? undefined : choice('--provisioner', values.provisioner, NODE_PROVISIONERS),
    trustSource: values['trust-source'],
  };
}
