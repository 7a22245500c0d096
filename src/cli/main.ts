// `podnet`: ask, compat, density, lint, plan and ips from a terminal or a CI pipeline.
import { readFileSync } from 'node:fs';
import { cliWord, enumValue, HelpRequested, parseCommandLine, UsageError, USAGE, type CommandLine } from './arguments.js';
import { formatAsk, formatCompatibility, formatDensity, formatLint } from './output.js';
import { formatAddonJson, formatIpPlan, formatPlan, formatPlanYaml } from './plan-output.js';
import { IP_PLAN, PLAN } from './plan-queries.js';
import { ASK, COMPATIBILITY, LINT, POD_DENSITY } from './queries.js';
import { RULE_ERROR_CODES } from '../rules/rule-error.js';
import { remoteTransport, ServiceUnavailable, type GraphQLResult } from './transport.js';

const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2, UNAVAILABLE: 3, NOT_UNDERSTOOD: 4 } as const;

/** Error codes that mean the input was wrong, as opposed to the service failing: every rule's, and two of the service's. */
const INPUT_ERRORS: ReadonlySet<string> = new Set([
  ...RULE_ERROR_CODES,
  'GRAPHQL_VALIDATION_FAILED',
  // A request body over the service's limit: a manifest too large for it.
  'REQUEST_ENTITY_TOO_LARGE',
]);

interface Request {
  query: string;
  variables: Record<string, unknown>;
  field: string;
  format(data: any): string;
  exitCode(data: any): number;
}

function readManifest(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${path === '-' ? 'standard input' : path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function requestFor(cli: CommandLine): Request {
  const nodeType = cli.nodeType === undefined ? undefined : enumValue(cli.nodeType);
  const useCases = cli.useCases.map(enumValue);
  switch (cli.command) {
    case 'ask':
      return {
        query: ASK,
        variables: { question: cli.positional },
        field: 'ask',
        format: formatAsk,
        exitCode: (a) => (a.understood.intent === 'UNKNOWN' ? EXIT.NOT_UNDERSTOOD : EXIT.OK),
      };
    case 'compat':
      return {
        query: COMPATIBILITY,
        variables: { nodeType, useCases, trustSource: cli.trustSource },
        field: 'compatibility',
        format: formatCompatibility,
        exitCode: (r) => (r.compatible ? EXIT.OK : EXIT.FINDINGS),
      };
    case 'density':
      return {
        query: POD_DENSITY,
        variables: {
          instanceType: cli.positional,
          mode: enumValue(cli.mode ?? 'individual-ips'),
          customNetworking: cli.customNetworking,
          cniVersion: cli.cniVersion,
          maxEnis: cli.maxEnis,
          nodeType,
          provisioner: cli.provisioner === undefined ? undefined : enumValue(cli.provisioner),
        },
        field: 'podDensity',
        format: formatDensity,
        exitCode: () => EXIT.OK,
      };
    case 'lint':
      return {
        query: LINT,
        variables: {
          input: { manifest: readManifest(cli.positional!), nodeType, cniVersion: cli.cniVersion, instanceType: cli.instanceType, useCases: useCases.length > 0 ? useCases : undefined },
        },
        field: 'lintCniConfig',
        format: formatLint,
        exitCode: (r) => (r.ok ? EXIT.OK : EXIT.FINDINGS),
      };
    case 'plan':
      return {
        query: PLAN,
        variables: {
          input: { nodeType, useCases, mode: cli.mode && enumValue(cli.mode), instanceType: cli.instanceType, cniVersion: cli.cniVersion, availabilityZones: cli.zones },
        },
        field: 'plan',
        format: cli.format === 'addon-json' ? formatAddonJson : cli.format === 'yaml' ? formatPlanYaml : formatPlan,
        exitCode: () => EXIT.OK,
      };
    case 'ips':
      return {
        query: IP_PLAN,
        variables: {
          input: {
            instanceType: cli.positional,
            mode: cli.mode && enumValue(cli.mode),
            nodes: cli.ints.nodes,
            podsPerNode: cli.ints.pods,
            warmEniTarget: cli.ints['warm-eni-target'],
            warmIpTarget: cli.ints['warm-ip-target'],
            minimumIpTarget: cli.ints['minimum-ip-target'],
            warmPrefixTarget: cli.ints['warm-prefix-target'],
            customNetworking: cli.customNetworking,
            cniVersion: cli.cniVersion,
            subnetCidr: cli.subnet,
            podSubnetCidr: cli.podSubnet,
          },
        },
        field: 'ipPlan',
        format: formatIpPlan,
        exitCode: () => EXIT.OK,
      };
  }
}

/** An API error for a terminal: enum values back in the CLI's spelling. */
function describeError(error: NonNullable<GraphQLResult['errors']>[number]): string {
  const valid = error.extensions?.validValues as string[] | undefined;
  const suggestions = error.extensions?.suggestions as string[] | undefined;
  return [
    error.message,
    valid ? `Valid values: ${valid.map(cliWord).join(', ')}.` : null,
    suggestions && suggestions.length > 0 && !error.message.includes(suggestions[0]!) ? `Did you mean ${suggestions.join(', ')}?` : null,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

export async function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  if (argv.length === 1 && argv[0] === 'mcp') return (await import('../mcp/stdio.js')).serveMcpOverStdio();
  let cli: CommandLine;
  let request: Request;
  try {
    cli = parseCommandLine(argv);
    request = requestFor(cli);
  } catch (error) {
    if (error instanceof HelpRequested) {
      out(error.message);
      return EXIT.OK;
    }
    if (error instanceof UsageError) {
      err(error.message);
      return EXIT.USAGE;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      err(`${error.message}\n\n${USAGE}`);
      return EXIT.USAGE;
    }
    throw error;
  }
  try {
    const transport = cli.endpoint ? remoteTransport(cli.endpoint) : await (await import('./local-transport.js')).localTransport();
    const result = await transport(request.query, request.variables);
    const data = result.data?.[request.field];
    if (result.errors && result.errors.length > 0) {
      err(result.errors.map(describeError).join('\n'));
      if (!data) return result.errors.every((e) => INPUT_ERRORS.has(e.extensions?.code)) ? EXIT.USAGE : EXIT.UNAVAILABLE;
    }
    out(cli.json ? JSON.stringify(data, null, 2) : request.format(data));
    return request.exitCode(data);
  } catch (error) {
    if (error instanceof ServiceUnavailable) {
      err(error.message);
      return EXIT.UNAVAILABLE;
    }
    throw error;
  }
}
