// Prepared operations are executed by graphql-jit (src/http/fast-path/prepared-execution.ts). For every document the CLI, the
// bench and GraphiQL send and for hand-written ones (aliases, fragments, inline fragments, __typename, defaults,
// nested lists, nulls, partial results; @include and @skip, which are left to graphql-js), over many variables, valid
// and not, the JSON answered is JSON.stringify of graphql-js's result to the byte, and nothing is answered where
// graphql-js gives an error (the request then goes to the full pipeline). Every execution of a compiled query is
// counted, so a silent fall back to graphql-js fails.
import * as fc from 'fast-check';
import { execute, parse, validate, type DocumentNode, type GraphQLEnumType, type GraphQLSchema } from 'graphql';
import type { CompilerOptions } from 'graphql-jit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCENARIOS, type BenchRequest } from '../../bench/scenarios.js';
import { ASK, COMPATIBILITY, LINT, POD_DENSITY } from '../../src/cli/queries.js';
import { schema } from '../../src/graphql/schema.js';
import { EXAMPLE_QUERY } from '../../src/http/graphql-server/graphiql.js';
import { paramsOfGet, paramsOfJsonPost, type GraphQLParams } from '../../src/http/fast-path/graphql-params.js';
import { preparedAnswer } from '../../src/http/fast-path/prepared-execution.js';
import { DEFAULT_INPUT_LIMITS } from '../../src/rules/input-limits.js';
import type { PreparedOperation } from '../../src/http/fast-path/prepared-operations.js';
import { ASK_CORPUS } from '../rules/ask-corpus.js';
import { knowledge } from '../support/knowledge.js';
import { manifest } from '../support/lint-inputs.js';
import { startTestService } from '../support/service.js';
import { createTestYoga } from '../support/yoga.js';

const jit = vi.hoisted(() => ({ executions: 0, throwing: false }));
vi.mock('graphql-jit', async (importOriginal) => {
  const original = await importOriginal<typeof import('graphql-jit')>();
  return {
    ...original,
    compileQuery: (schema: GraphQLSchema, document: DocumentNode, operationName?: string, options?: Partial<CompilerOptions>) => {
      const compiled = original.compileQuery(schema, document, operationName, options);
      if (!original.isCompiledQuery(compiled)) return compiled;
      const query: typeof compiled.query = (root, context, variables) => {
        jit.executions += 1;
        if (jit.throwing) throw new Error('a compiled query that throws');
        return compiled.query(root, context, variables);
      };
      return { ...compiled, query };
    },
  };
});

// Documents as the pipeline keeps them: parsed once, valid.
const operations = new Map<string, PreparedOperation>();
function preparedFor(params: GraphQLParams): PreparedOperation {
  const key = `${JSON.stringify(params.operationName ?? null)}\n${params.query}`;
  let operation = operations.get(key);
  if (operation === undefined) {
    const document = parse(params.query);
    expect(validate(schema, document)).toEqual([]);
    operation = { document, operationName: null, headers: {} };
    operations.set(key, operation);
  }
  return operation;
}

/** Answers as graphql-js would, by graphql-jit unless told otherwise; true when graphql-js gave no error. */
async function expectGraphqlJsAnswer(params: GraphQLParams, byJit = true) {
  const operation = preparedFor(params);
  const expected = await execute({
    schema,
    document: operation.document,
    operationName: params.operationName,
    variableValues: params.variables,
    contextValue: { knowledge, inputLimits: DEFAULT_INPUT_LIMITS },
  });
  const executions = jit.executions;
  const answer = await preparedAnswer(operation, params, { knowledge, inputLimits: DEFAULT_INPUT_LIMITS });
  const clean = expected.errors === undefined;
  expect(answer).toBe(clean ? JSON.stringify(expected) : null);
  // Variables graphql-js refuses are not given to graphql-jit.
  if (!byJit || clean) expect(jit.executions).toBe(byJit ? executions + 1 : executions);
  return clean;
}

const paramsOfRequest = (request: BenchRequest) =>
  request.body === undefined ? paramsOfGet(request.path.slice(request.path.indexOf('?') + 1))! : paramsOfJsonPost(Buffer.from(request.body))!;

const junk = fc.jsonValue({ maxDepth: 2 });
/** A valid value most of the time, else another: any JSON value (null among them) unless given. */
const mostly = <T,>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<unknown> = junk) => fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: other });
// graphql-jit alone takes an empty list for an input object.
const inputObject = <T,>(valid: fc.Arbitrary<T>) => mostly(valid, fc.oneof(junk, fc.constant([])));
/** Variables with the required ones present most of the time, any of them left out otherwise. */
function variables<T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, requiredKeys: (keyof T)[]) {
  return fc.oneof({ weight: 8, arbitrary: fc.record(model, { requiredKeys }) }, { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) });
}

const enumOf = (name: string) => fc.constantFrom(...(schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name));
// Strings with lone surrogates, control characters and astral characters among them.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: codeUnit, maxLength: 20 }));
const instanceTypeName = mostly(fc.constantFrom(...knowledge.instanceTypes.keys()), fc.oneof(fc.constantFrom('m5.larg', 'M5.LARGE', ''), text));
const settingName = mostly(fc.constantFrom(...knowledge.settings.map((setting) => setting.name)), fc.oneof(fc.constantFrom('ENABLE_IPV6', 'WARM_PREFIX_TARGETS'), text));
const cniVersion = mostly(fc.constantFrom('1.7.0', '1.9.0', '1.14.0', '1.18.0', knowledge.vpcCni.latestVersion), fc.oneof(fc.constantFrom('99.0.0', 'v1.19.0', '1.19'), text));
const maxEnis = mostly(fc.integer({ min: 1, max: 15 }), fc.oneof(fc.integer({ min: -1, max: 30 }), fc.constantFrom(2 ** 31 - 1, 2 ** 31, 1.5)));
// A list, or a single value (which GraphQL takes for a list of one).
const useCases = fc.oneof({ weight: 4, arbitrary: fc.array(mostly(enumOf('UseCase')), { maxLength: 4 }) }, { weight: 1, arbitrary: enumOf('UseCase') });
const question = fc.oneof(
  fc.constantFrom(...ASK_CORPUS.map((entry) => entry.q)),
  fc.array(fc.constantFrom(...ASK_CORPUS.flatMap((entry) => entry.q.split(' '))), { maxLength: 12 }).map((words) => words.join(' ')),
  fc.string({ minLength: 495, maxLength: 505 }),
  text,
);
const envVar = fc.record({ name: settingName, value: mostly(fc.constantFrom('true', 'false', '1', '0', '9001', '10.0.0.0/8', 'standard'), fc.oneof(fc.constant('TRUE'), text)) });
const benchManifest = fc.nat({ max: 100_000 }).map((n) => (paramsOfRequest(SCENARIOS.find((s) => s.name.startsWith('lintCniConfig'))!.request(n)).variables!.input as { manifest: string }).manifest);
// env or manifest (the rules want exactly one), sometimes both or neither, and the options.
const lintInput = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.record({ env: fc.array(mostly(envVar), { minLength: 1, maxLength: 6 }) }) },
      { weight: 3, arbitrary: fc.record({ manifest: mostly(fc.oneof(benchManifest, fc.array(envVar, { maxLength: 4 }).map((env) => manifest({ env }))), text) }) },
      { weight: 1, arbitrary: fc.record({ env: fc.array(envVar), manifest: text }, { requiredKeys: [] }) },
    ),
    fc.record({ nodeType: mostly(enumOf('NodeType')), cniVersion: mostly(cniVersion), instanceType: mostly(instanceTypeName), useCases: mostly(useCases) }, { requiredKeys: [] }),
  )
  .map(([configuration, options]) => ({ ...configuration, ...options }));

const MIXED = /* GraphQL */ `
  query Mixed($nodeType: NodeType!, $useCases: [UseCase!] = [SNAT, IPV6], $format: SummaryFormat = MARKDOWN) {
    __typename
    report: compatibility(nodeType: $nodeType, useCases: $useCases) {
      ...Verdict
      kind: __typename
      plain: summary
      formatted: summary(format: $format)
      modes {
        ... on ModeVerdict { mode support }
        requirements
        ...ModeDetail
        ... { useCases { useCase support detail minCniVersion requirements sources { ref } } }
      }
      conflicts { id useCases reason }
      notes { number section text nodeTypes useCases }
    }
    listed: compatibility(nodeType: $nodeType, useCases: []) { bestMode compatible ...Verdict }
  }
  fragment Verdict on CompatibilityReport { nodeType useCases compatible support bestMode }
  fragment ModeDetail on ModeVerdict { compatible requirements mode modeRequirements { text setting value minCniVersion } }
`;
// graphql-js orders keys by where each first appears among the selections @skip and @include leave; graphql-jit
// does not, so these documents are executed by graphql-js.
const CONDITIONAL = /* GraphQL */ `
  query Conditional($nodeType: NodeType!, $withModes: Boolean!, $withRequirements: Boolean = true, $skipDetail: Boolean = false) {
    compatibility(nodeType: $nodeType, useCases: [IPV6]) {
      modes @include(if: $withModes) {
        mode
        requirements @include(if: $withRequirements)
        ...ModeDetail @skip(if: $skipDetail)
        ... @include(if: $withRequirements) { useCases { useCase support detail @skip(if: $skipDetail) } }
      }
      conflicts @skip(if: true) { id }
    }
  }
  fragment ModeDetail on ModeVerdict { compatible requirements mode modeRequirements @include(if: $withModes) { text } }
`;
// graphql-jit refuses a non-null variable left to its default: executed by graphql-js.
const NON_NULL_DEFAULT = /* GraphQL */ `
  query NonNullDefault($nodeType: NodeType! = FARGATE, $useCases: [UseCase!]! = [SNAT]) {
    compatibility(nodeType: $nodeType, useCases: $useCases) { nodeType useCases compatible support }
  }
`;
const CATALOGUE = /* GraphQL */ `
  query Catalogue($name: String!, $mode: PodNetworkingMode, $search: String, $section: NoteSection, $nodeType: NodeType, $filter: InstanceTypeFilter, $first: Int = 3, $after: String) {
    about { dataVersion vpcCniLatestVersion sources { id kind title url revision } }
    setting: cniSetting(name: $name) {
      name type readmeType readmeDefault codeDefault defaultsDiffer defaultNote manifestValue introducedIn deprecatedIn
      validValues containers appliesTo modes conflictingModes documentedInReadme source { ref quote url revision }
    }
    cniSettings(mode: $mode, search: $search) { name modes conflictingModes }
    notes(section: $section) { id section number nodeTypes useCases }
    modes(nodeType: $nodeType) { nodeType mode title podDensity { capability value detail } capabilities { capability value } requirements { text setting value minCniVersion } }
    instanceType(name: $name) { name vcpus branchInterfaces }
    instanceTypes(filter: $filter, first: $first, after: $after) {
      name family vcpus hypervisor bareMetal maxEnis trunking branchInterfaces networkCards { index maxEnis isDefault }
    }
  }
`;
const SETTINGS = /* GraphQL */ `
  query Settings($mode: PodNetworkingMode!) {
    requiredSettings(mode: $mode) { value minCniVersion text setting { name } }
    settingsFor(mode: $mode) { name applicable text detail setting { name type } }
    matrix { columns { mode header } rows { id section useCase capability setting cells { mode value support minCniVersion requirements } } }
  }
`;
// Partial results: density is null, with an error, where the mode cannot run on the instance type.
const DENSITY = /* GraphQL */ `
  query Density($instanceType: String!, $mode: PodNetworkingMode!, $maxEnis: Int, $cniVersion: String, $nodeType: NodeType = FARGATE) {
    instanceType(name: $instanceType) {
      name
      podDensity(mode: $mode, maxEnis: $maxEnis, cniVersion: $cniVersion) {
        instanceType interfacesForPods podAddressesPerInterface prefixesApplied maxPods recommendedMaxPods podsWithSecurityGroups formula warnings
      }
    }
    onFargate: podDensity(instanceType: $instanceType, mode: FARGATE, nodeType: $nodeType) { instanceType nodeType maxPods }
    compatibility(nodeType: EC2_LINUX, useCases: [SECURITY_GROUPS_FOR_PODS]) { modes { mode density(instanceType: $instanceType, maxEnis: $maxEnis) { maxPods } } }
  }
`;
const LINT_ALL = /* GraphQL */ `
  query LintAll($input: CniConfigInput!, $format: SummaryFormat = SLACK) {
    lintCniConfig(input: $input) {
      mode modes nodeType cniVersion cniVersionOrigin instanceType useCases ok summary(format: $format)
      findings { code severity setting value useCase message suggestion sources { ref } }
      env { container name value reference known }
      compatibility { compatible bestMode }
    }
  }
`;
const TWO_OPERATIONS = /* GraphQL */ `
  query Version { about { dataVersion builtAt vpcCniRevision } }
  query Modes($nodeType: NodeType) { modes(nodeType: $nodeType) { mode title } }
`;

const CASES: { name: string; params: fc.Arbitrary<GraphQLParams>; byJit?: false }[] = [
  // The bench's GraphQL requests (not the page at /).
  ...SCENARIOS.filter((scenario) => scenario.request(0).path.startsWith('/graphql')).map((scenario) => ({ name: `bench: ${scenario.name}`, params: fc.nat({ max: 1_000_000 }).map((n) => paramsOfRequest(scenario.request(n))) })),
  { name: 'GraphiQL example', params: fc.constantFrom(undefined, 'CustomNetworkingWithSecurityGroups').map((operationName) => ({ query: EXAMPLE_QUERY, variables: undefined, operationName })) },
  { name: 'CLI ask', params: variables({ question: mostly(question) }, ['question']).map((v) => ({ query: ASK, variables: v, operationName: undefined })) },
  {
    name: 'CLI compatibility',
    params: variables({ nodeType: mostly(enumOf('NodeType')), useCases: mostly(useCases) }, ['nodeType', 'useCases']).map((v) => ({ query: COMPATIBILITY, variables: v, operationName: 'Compatibility' })),
  },
  {
    name: 'CLI podDensity',
    params: variables(
      {
        instanceType: mostly(instanceTypeName),
        mode: mostly(enumOf('PodNetworkingMode')),
        customNetworking: mostly(fc.boolean()),
        cniVersion: mostly(cniVersion),
        maxEnis: mostly(maxEnis),
        nodeType: mostly(enumOf('NodeType')),
      },
      ['instanceType', 'mode'],
    ).map((v) => ({ query: POD_DENSITY, variables: v, operationName: undefined })),
  },
  { name: 'CLI lint', params: variables({ input: inputObject(lintInput) }, ['input']).map((v) => ({ query: LINT, variables: v, operationName: undefined })) },
  {
    name: 'aliases, fragments, inline fragments, __typename, merged fields, defaults',
    params: variables({ nodeType: mostly(enumOf('NodeType')), useCases: mostly(useCases), format: mostly(enumOf('SummaryFormat')) }, ['nodeType']).map((v) => ({
      query: MIXED,
      variables: v,
      operationName: undefined,
    })),
  },
  {
    name: '@include and @skip, with variables and not (graphql-js)',
    byJit: false,
    params: variables(
      { nodeType: mostly(enumOf('NodeType')), withModes: mostly(fc.boolean()), withRequirements: mostly(fc.boolean()), skipDetail: mostly(fc.boolean()) },
      ['nodeType', 'withModes'],
    ).map((v) => ({ query: CONDITIONAL, variables: v, operationName: undefined })),
  },
  {
    name: 'non-null variables with defaults (graphql-js)',
    byJit: false,
    params: variables({ nodeType: mostly(enumOf('NodeType')), useCases: mostly(useCases) }, []).map((v) => ({ query: NON_NULL_DEFAULT, variables: v, operationName: undefined })),
  },
  {
    name: 'several root fields, nulls, nested lists, input objects',
    params: variables(
      {
        name: mostly(fc.oneof(settingName, instanceTypeName)),
        mode: mostly(enumOf('PodNetworkingMode')),
        search: mostly(fc.oneof(fc.constantFrom('WARM', 'prefix', 'ipv6'), text)),
        section: mostly(enumOf('NoteSection')),
        nodeType: mostly(enumOf('NodeType')),
        filter: inputObject(
          fc.record(
            {
              family: mostly(fc.constantFrom('m5', 't3', 'c6g', 'x')),
              hypervisor: mostly(enumOf('Hypervisor')),
              bareMetal: mostly(fc.boolean()),
              trunking: mostly(enumOf('Trunking')),
              minVcpus: mostly(fc.integer({ min: 0, max: 64 })),
              maxVcpus: mostly(fc.integer({ min: 0, max: 64 })),
            },
            { requiredKeys: [] },
          ),
        ),
        first: mostly(fc.integer({ min: -1, max: 20 })),
        after: mostly(instanceTypeName),
      },
      ['name'],
    ).map((v) => ({ query: CATALOGUE, variables: v, operationName: 'Catalogue' })),
  },
  { name: 'settings and the matrix', params: variables({ mode: mostly(enumOf('PodNetworkingMode')) }, ['mode']).map((v) => ({ query: SETTINGS, variables: v, operationName: undefined })) },
  {
    name: 'partial results',
    params: variables(
      { instanceType: mostly(instanceTypeName), mode: mostly(enumOf('PodNetworkingMode')), maxEnis: mostly(maxEnis), cniVersion: mostly(cniVersion), nodeType: mostly(enumOf('NodeType')) },
      ['instanceType', 'mode'],
    ).map((v) => ({ query: DENSITY, variables: v, operationName: undefined })),
  },
  { name: 'lint, every field', params: variables({ input: inputObject(lintInput), format: mostly(enumOf('SummaryFormat')) }, ['input']).map((v) => ({ query: LINT_ALL, variables: v, operationName: undefined })) },
  {
    name: 'one of two operations',
    params: fc
      .tuple(fc.constantFrom('Version', 'Modes'), variables({ nodeType: mostly(enumOf('NodeType')) }, []))
      .map(([operationName, v]) => ({ query: TWO_OPERATIONS, variables: v, operationName })),
  },
];

describe('graphql-jit answers prepared operations as graphql-js does', () => {
  for (const { name, params, byJit } of CASES) {
    it(name, async () => {
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(params, async (p) => {
          if (await expectGraphqlJsAnswer(p, byJit)) answered += 1;
        }),
        { numRuns: 100 },
      );
      // Not every answer compared is an error.
      expect(answered).toBeGreaterThan(0);
    });
  }

  it('answers nothing for variables graphql-js refuses and graphql-jit would take: a list for an input object', async () => {
    for (const params of [
      { query: LINT, variables: { input: [] }, operationName: undefined },
      { query: CATALOGUE, variables: { name: 'm5.large', filter: [] }, operationName: 'Catalogue' },
    ]) {
      expect(await expectGraphqlJsAnswer(params)).toBe(false);
    }
  });

});

describe('prepared operations answered by graphql-jit, on a real port', () => {
  let service: Awaited<ReturnType<typeof startTestService>> | undefined;
  afterEach(() => service?.close());

  const post = (query: string, variables: unknown, operationName?: string): BenchRequest => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const get = (query: string, variables: unknown): BenchRequest => ({
    method: 'GET',
    path: `/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`,
    headers: {},
  });
  const compatibility = variables({ nodeType: mostly(enumOf('NodeType')), useCases: mostly(useCases) }, ['nodeType', 'useCases']);
  const density = variables({ instanceType: mostly(instanceTypeName), mode: mostly(enumOf('PodNetworkingMode')), maxEnis: mostly(maxEnis) }, ['instanceType', 'mode']);
  // A request the pipeline answers without error, which prepares the document; then requests with other variables.
  const GROUPS: { first: BenchRequest; others: fc.Arbitrary<BenchRequest> }[] = [
    { first: post(COMPATIBILITY, { nodeType: 'EC2_LINUX', useCases: [] }), others: compatibility.map((v) => post(COMPATIBILITY, v)) },
    { first: get(POD_DENSITY, { instanceType: 'm5.large', mode: 'IP_PREFIXES' }), others: density.map((v) => get(POD_DENSITY, v)) },
    { first: post(LINT, { input: { env: [{ name: 'ENABLE_IPv4', value: 'true' }] } }), others: variables({ input: inputObject(lintInput) }, ['input']).map((v) => post(LINT, v)) },
    { first: post(MIXED, { nodeType: 'FARGATE' }), others: compatibility.map((v) => post(MIXED, v)) },
  ];

  it('answers other variables with the bytes the full pipeline gives, and leaves errors to it', async () => {
    service = await startTestService();
    const uncached = createTestYoga();
    const send = async (request: BenchRequest) => {
      const response = await fetch(service!.url + request.path, { method: request.method, headers: request.headers, body: request.body });
      return { status: response.status, body: await response.text() };
    };
    const lastLine = () => service!.logs().filter((line) => line.msg === 'request').at(-1)!;
    // Requests answered twice without error are kept: the same request again is a hit, not executed.
    const answeredOnce = new Set<string>();
    const kept = new Set<string>();
    const answeredCleanly = (request: BenchRequest) => {
      const key = request.path + request.body;
      if (answeredOnce.has(key)) kept.add(key);
      answeredOnce.add(key);
    };
    for (const { first, others } of GROUPS) {
      expect(JSON.parse((await send(first)).body).errors).toBeUndefined();
      answeredCleanly(first);
      await fc.assert(
        fc.asyncProperty(others, async (request) => {
          const executions = jit.executions;
          const answered = await send(request);
          const direct = await uncached.yoga.fetch(`http://podnet.test${request.path}`, { method: request.method, headers: request.headers, body: request.body ?? null });
          expect(answered).toEqual({ status: direct.status, body: await direct.text() });
          const clean = answered.status === 200 && JSON.parse(answered.body).errors === undefined;
          const hit = kept.has(request.path + request.body);
          expect(lastLine().cache).toBe(hit ? 'hit' : clean ? 'operation' : undefined);
          if (hit || clean) expect(jit.executions).toBe(hit ? executions : executions + 1);
          if (clean && !hit) answeredCleanly(request);
        }),
        { numRuns: 25 },
      );
    }
  });

  it('leaves a request to the pipeline when executing its prepared operation throws', async () => {
    service = await startTestService();
    const uncached = createTestYoga();
    const sent = (nodeType: string) => post(COMPATIBILITY, { nodeType, useCases: ['SNAT'] });
    await fetch(service.url + '/graphql', sent('EC2_LINUX'));
    jit.throwing = true;
    try {
      const executions = jit.executions;
      const { body, headers } = sent('FARGATE');
      const answered = await fetch(service.url + '/graphql', { method: 'POST', headers, body });
      const direct = await uncached.yoga.fetch('http://podnet.test/graphql', { method: 'POST', headers, body: body! });
      expect(jit.executions).toBe(executions + 1);
      expect({ status: answered.status, body: await answered.text() }).toEqual({ status: direct.status, body: await direct.text() });
      const lines = service.logs().filter((line) => line.msg === 'request');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatchObject({ status: 200 });
      expect(lines[1]!.cache).toBeUndefined();
    } finally {
      jit.throwing = false;
    }
  });

  it('leaves a request naming the operation "" to the pipeline, which fails it', async () => {
    service = await startTestService();
    const uncached = createTestYoga();
    const sent = (operationName?: string) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: COMPATIBILITY, variables: { nodeType: 'FARGATE', useCases: [] }, operationName }),
    });
    await fetch(`${service.url}/graphql`, sent());
    const answered = await fetch(`${service.url}/graphql`, sent(''));
    const direct = await uncached.yoga.fetch('http://podnet.test/graphql', sent(''));
    expect(answered.status).toBe(direct.status);
    expect(await answered.text()).toBe(await direct.text());
    expect(service.logs().filter((line) => line.msg === 'request' && line.cache === 'operation')).toEqual([]);
  });
});
