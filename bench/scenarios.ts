// What `npm run bench` sends: the requests portals and bots make, each scenario a function from a request number
// to a request. "same" scenarios send one request over and over; "varying" ones send different arguments every
// time (injective in the request number up to `distinctRequests`, which a run stays under: the bench checks), so no
// answer is asked for twice within a run. The targets are shares of the bare server's requests per second
// (repeated requests; the same document with variables that never repeat; a new document every request) and, for a
// new document every request, a multiple of a stock graphql-yoga's; the other scenarios are measured for the record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPATIBILITY, LINT, POD_DENSITY } from '../src/cli/queries.js';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { PAGE_HEADERS } from './page-load.js';

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Scenario {
  name: string;
  /** The least share of the bare server's requests per second this scenario should reach, where a target applies. */
  target?: number;
  /** The least multiple of the stock graphql-yoga's requests per second it should reach, where a target applies. */
  stockTarget?: number;
  /**
   * Set for a scenario whose requests vary: how many different requests it has (request(n) repeats from there on).
   * A scenario without it sends one request over and over, prepared once.
   */
  distinctRequests?: number;
  request(n: number): BenchRequest;
}

export function varies(scenario: Scenario): scenario is Scenario & { distinctRequests: number } {
  return scenario.distinctRequests !== undefined;
}

const REPEATED_TARGET = 0.8;
const VARYING_TARGET = 0.4;
const NEW_DOCUMENT_TARGET = 0.1;
const NEW_DOCUMENT_STOCK_TARGET = 2;

const NODE_TYPES = ['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE'];
const USE_CASES = ['CUSTOM_NETWORKING', 'SNAT', 'SECURITY_GROUPS_FOR_PODS', 'NETWORK_POLICY', 'CALICO_NETWORK_POLICY', 'IPV6', 'PUBLIC_SUBNETS'];
const SAME_COMPATIBILITY = { nodeType: 'EC2_LINUX', useCases: ['CUSTOM_NETWORKING', 'SECURITY_GROUPS_FOR_PODS'] };

const MATRIX = `{
  matrix {
    title
    scope { text }
    columns { mode nodeTypeHeader header }
    rows { id section label useCase capability setting cells { mode text value support detail source { location quote } } }
    notes { number text }
    source { title location }
  }
}`;

// What Node's fetch sends; browsers and most HTTP libraries also say they take gzip.
const CLIENT_HEADERS = { 'accept-encoding': 'gzip, deflate' };

function post(query: string, variables?: Record<string, unknown>, clientHeaders: Record<string, string> = CLIENT_HEADERS): BenchRequest {
  return { method: 'POST', path: '/graphql', headers: { ...clientHeaders, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) };
}

function get(query: string, variables: Record<string, unknown>): BenchRequest {
  const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  return { method: 'GET', path: `/graphql?${search}`, headers: CLIENT_HEADERS };
}

/** Request n's compatibility arguments: the node type from n mod 3, the use cases from the base-7 digits of n / 3. */
function varyingCompatibility(n: number): { nodeType: string; useCases: string[] } {
  const digits = Math.floor(n / NODE_TYPES.length).toString(USE_CASES.length);
  return { nodeType: NODE_TYPES[n % NODE_TYPES.length]!, useCases: [...digits].map((d) => USE_CASES[Number(d)]!) };
}

const instanceTypes = readFileSync(join(PROJECT_ROOT, 'seed', 'instance-types.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line !== '')
  .map((line) => line.split(',')[0]!);

const POD_DENSITY_COMBINATIONS = [
  { mode: 'INDIVIDUAL_IPS', customNetworking: false },
  { mode: 'IP_PREFIXES', customNetworking: false },
  { mode: 'INDIVIDUAL_IPS', customNetworking: true },
  { mode: 'IP_PREFIXES', customNetworking: true },
];
// 2 to 24 interfaces: valid for every type (a cap above a type's own limit changes nothing).
const MAX_ENIS_CHOICES = 23;

function varyingPodDensity(n: number) {
  const rest = Math.floor(n / instanceTypes.length);
  return {
    instanceType: instanceTypes[n % instanceTypes.length]!,
    ...POD_DENSITY_COMBINATIONS[rest % POD_DENSITY_COMBINATIONS.length]!,
    maxEnis: 2 + (Math.floor(rest / POD_DENSITY_COMBINATIONS.length) % MAX_ENIS_CHOICES),
  };
}

const manifest = readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'aws-node-v1.19.0.yaml'), 'utf8');

/** The full aws-node DaemonSet of VPC CNI 1.19.0 with its MTU and WARM_ENI_TARGET set from n. */
function varyingManifest(n: number): string {
  const mtu = 1000 + (n % 8000);
  const warmEniTarget = 1 + Math.floor(n / 8000);
  return manifest
    .replace(/(name: AWS_VPC_ENI_MTU\n\s+value: )"9001"/, `$1"${mtu}"`)
    .replace(/(name: WARM_ENI_TARGET\n\s+value: )"1"/, `$1"${warmEniTarget}"`);
}

export const SCENARIOS: Scenario[] = [
  { name: '{ __typename }', target: REPEATED_TARGET, request: () => post('{ __typename }') },
  { name: 'compatibility, same arguments, POST', target: REPEATED_TARGET, request: () => post(COMPATIBILITY, SAME_COMPATIBILITY) },
  { name: 'compatibility, same arguments, GET', target: REPEATED_TARGET, request: () => get(COMPATIBILITY, SAME_COMPATIBILITY) },
  { name: 'compatibility, varying arguments', target: VARYING_TARGET, distinctRequests: Infinity, request: (n) => post(COMPATIBILITY, varyingCompatibility(n)) },
  {
    // What GraphiQL users and bots that build queries as strings send: the arguments written into the document, and
    // an alias of its own, so every document is new.
    name: 'compatibility, new document every request',
    target: NEW_DOCUMENT_TARGET,
    stockTarget: NEW_DOCUMENT_STOCK_TARGET,
    distinctRequests: Infinity,
    request: (n) => {
      const { nodeType, useCases } = varyingCompatibility(n);
      return post(
        COMPATIBILITY.replace('query Compatibility($nodeType: NodeType!, $useCases: [UseCase!]!, $trustSource: String)', '')
          .replace(', trustSource: $trustSource', '')
          .replace('$nodeType', nodeType)
          .replace('$useCases', `[${useCases.join(' ')}]`)
          .replace('compatibility(', `q${n}: compatibility(`),
      );
    },
  },
  {
    name: 'podDensity, varying arguments',
    target: VARYING_TARGET,
    distinctRequests: instanceTypes.length * POD_DENSITY_COMBINATIONS.length * MAX_ENIS_CHOICES,
    request: (n) => post(POD_DENSITY, varyingPodDensity(n)),
  },
  { name: 'lintCniConfig, full manifest, varying', distinctRequests: Infinity, request: (n) => post(LINT, { input: { manifest: varyingManifest(n) } }) },
  { name: 'matrix', target: REPEATED_TARGET, request: () => post(MATRIX) },
  // For the record: the same answer to a client that does not take gzip (curl, by default), sent uncompressed.
  { name: 'matrix, client without Accept-Encoding', request: () => post(MATRIX, undefined, {}) },
  // For the record: the page at / as a browser asks for it (HTML, the whole matrix, compressed).
  { name: 'page /, browser', request: () => ({ method: 'GET', path: '/', headers: PAGE_HEADERS }) },
];
