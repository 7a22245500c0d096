// New documents of a shape the pipeline has answered (src/http/fast-path/document-shape.ts): the same document but for
// literal values and alias names is answered in front of yoga, without validating all of it again. Over a real port,
// every document of a corpus sharing one shape, good and bad, gets the answer an uncached pipeline gives it, byte
// for byte: the good ones from the front (logged with cache "operation"), every bad one from the pipeline, with its
// error.
import * as fc from 'fast-check';
import { parse } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { documentShape } from '../../src/http/fast-path/document-shape.js';
import { startTestService } from '../support/service.js';
import { createTestYoga } from '../support/yoga.js';

type Service = Awaited<ReturnType<typeof startTestService>>;

const shapeOf = (query: string) => documentShape(parse(query))?.key ?? null;

const COMPATIBILITY_FIELDS = 'nodeType useCases compatible support bestMode summary modes { mode compatible support } conflicts { reason }';
const compatibility = (alias: string, nodeType: string, useCases: string, trust = '') =>
  `{ ${alias}compatibility(nodeType: ${nodeType}, useCases: ${useCases}${trust}) { ${COMPATIBILITY_FIELDS} } }`;

describe('the shape of a document', () => {
  it('is the same for documents that differ in string, float, boolean and enum values and alias names only', () => {
    const shape = shapeOf(compatibility('', 'EC2_LINUX', '[IPV6 SNAT]', ', trustSource: "a"'));
    expect(shape).not.toBeNull();
    expect(shapeOf(compatibility('', 'FARGATE', '[CUSTOM_NETWORKING NOPE]', ', trustSource: """b"""'))).toBe(shape);
    expect(shapeOf(compatibility('', 'EC2_WINDOWS', '[IPV6 SNAT]', ', trustSource: "a"'))).toBe(shape);
    const aliased = shapeOf(compatibility('x1: ', 'EC2_LINUX', '[IPV6 SNAT]', ', trustSource: "a"'));
    expect(aliased).not.toBe(shape);
    expect(shapeOf(compatibility('another: ', 'FARGATE', '[SNAT IPV6]', ', trustSource: "zz"'))).toBe(aliased);
    expect(shapeOf('{ podDensity(instanceType: "a", mode: IP_PREFIXES, customNetworking: true) { maxPods } }')).toBe(
      shapeOf('{ podDensity(instanceType: "b", mode: INDIVIDUAL_IPS, customNetworking: false) { maxPods } }'),
    );
  });

  it('keeps what validation and the query limits read: kinds, list lengths, object fields, Int values, names, variables', () => {
    const shape = shapeOf(compatibility('', 'EC2_LINUX', '[IPV6 SNAT]'));
    for (const other of [
      compatibility('', '"EC2_LINUX"', '[IPV6 SNAT]'),
      compatibility('', 'EC2_LINUX', '[IPV6]'),
      compatibility('', 'EC2_LINUX', 'IPV6'),
      compatibility('', 'null', '[IPV6 SNAT]'),
      compatibility('', 'EC2_LINUX', '[IPV6 SNAT]', ', trustSource: "a"'),
      compatibility('', 'EC2_LINUX', '[IPV6 SNAT]').replace('summary', 'summary notes { text }'),
      compatibility('', '$nodeType', '[IPV6 SNAT]'),
      `query Named ${compatibility('', 'EC2_LINUX', '[IPV6 SNAT]')}`,
    ]) {
      expect(shapeOf(other), other).not.toBe(shape);
    }
    expect(shapeOf('{ instanceTypes(first: 10) { name } }')).not.toBe(shapeOf('{ instanceTypes(first: 500) { name } }'));
    expect(shapeOf('{ lintCniConfig(input: { env: [{ name: "A", value: "1" }] }) { ok } }')).not.toBe(
      shapeOf('{ lintCniConfig(input: { env: [{ name: "A" }] }) { ok } }'),
    );
  });

  it('is none for fragments, directives, several definitions and a response name given twice', () => {
    for (const query of [
      '{ ...F } fragment F on Query { __typename }',
      '{ ... on Query { __typename } }',
      '{ __typename @include(if: true) }',
      'query A { __typename } query B { __typename }',
      '{ a: __typename a: __typename }',
      '{ about { dataVersion } about { dataVersion } }',
      '{ modes(nodeType: FARGATE) { mode } modes(nodeType: EC2_LINUX) { mode } }',
    ]) {
      expect(shapeOf(query), query).toBeNull();
    }
  });
});

describe('documents of a known shape, on a real port', () => {
  let service: Service | undefined;
  afterEach(() => service?.close());

  const post = (query: string, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', ...headers },
    body: JSON.stringify({ query }),
  });
  const frontAnswers = (s: Service) => s.logs().filter((l) => l.msg === 'request' && l.cache === 'operation');

  async function answered(s: Service, query: string) {
    const response = await fetch(`${s.url}/graphql`, post(query));
    const { date: _date, 'x-request-id': _id, 'content-length': _length, ...headers } = Object.fromEntries(response.headers);
    return { status: response.status, headers, body: await response.text() };
  }

  it('answers good documents in front and leaves every bad one to the pipeline, each answer the pipeline\'s own', async () => {
    service = await startTestService();
    const uncached = createTestYoga();
    const first = await answered(service, compatibility('', 'EC2_LINUX', '[IPV6 SNAT]'));
    expect(JSON.parse(first.body).errors).toBeUndefined();
    const good = [
      compatibility('', 'FARGATE', '[SNAT CUSTOM_NETWORKING]'),
      compatibility('', 'EC2_WINDOWS', '[NETWORK_POLICY PUBLIC_SUBNETS]'),
    ];
    const goodAliased = [compatibility('q1: ', 'EC2_LINUX', '[IPV6 SNAT]'), compatibility('q2: ', 'FARGATE', '[IPV6 SECURITY_GROUPS_FOR_PODS]')];
    // Each shares a shape with a good one: only its literal values make it bad.
    const bad = [
      compatibility('', 'EC2_MAC', '[IPV6 SNAT]'),
      compatibility('', 'EC2_LINUX', '[IPV6 TELEPORTATION]'),
      compatibility('', 'ec2_linux', '[IPV6 SNAT]'),
      compatibility('q3: ', 'EC2_LINUX', '[IPV6 SNATS]'),
    ];
    for (const query of [...good, ...goodAliased, ...bad]) {
      const before = frontAnswers(service).length;
      const answer = await answered(service, query);
      const direct = await uncached.yoga.fetch('http://podnet.test/graphql', post(query));
      expect({ status: answer.status, body: answer.body }, query).toEqual({ status: direct.status, body: await direct.text() });
      const inFront = frontAnswers(service).length > before;
      expect(inFront, query).toBe(JSON.parse(answer.body).errors === undefined && query !== goodAliased[0]);
      if (inFront) expect(answer.headers).toEqual(first.headers);
      expect(bad.includes(query), query).toBe(JSON.parse(answer.body).errors !== undefined);
    }
  });

  it('checks every literal value, those execution never reaches too, and leaves literals holding a variable to the pipeline', async () => {
    service = await startTestService();
    const uncached = createTestYoga();
    const nested = (name: string, mode: string) => `{ instanceType(name: "${name}") { name podDensity(mode: ${mode}) { maxPods } } }`;
    const withVariable = (nodeType: string) => `query Q($u: UseCase!) { compatibility(nodeType: ${nodeType}, useCases: [$u]) { compatible } }`;
    const sent = (query: string) => ({ ...post(query), body: JSON.stringify({ query, variables: { u: 'IPV6' } }) });
    for (const query of [nested('m5.large', 'IP_PREFIXES'), withVariable('EC2_LINUX')]) {
      expect(await (await fetch(`${service.url}/graphql`, sent(query))).json()).not.toHaveProperty('errors');
    }
    const cases = [
      [nested('c5.xlarge', 'INDIVIDUAL_IPS'), true],
      // No such type: instanceType is null and podDensity is never executed, so only the check finds the bad mode.
      [nested('no.such', 'INDIVIDUAL_IPS'), true],
      [nested('no.such', 'NO_SUCH_MODE'), false],
      [nested('m5.large', 'NO_SUCH_MODE'), false],
      // A new document, but a list holding a variable: left to the pipeline, which answers it.
      [withVariable('FARGATE'), false],
    ] as const;
    for (const [query, inFront] of cases) {
      const before = frontAnswers(service).length;
      const response = await fetch(`${service.url}/graphql`, sent(query));
      const direct = await uncached.yoga.fetch('http://podnet.test/graphql', sent(query));
      expect({ status: response.status, body: await response.text() }, query).toEqual({ status: direct.status, body: await direct.text() });
      expect(frontAnswers(service).length > before, query).toBe(inFront);
    }
  });

  it('answers random literal values and aliases in known shapes as the uncached pipeline does', async () => {
    service = await startTestService();
    const uncached = createTestYoga();
    // Valid names and near misses, in every position that takes an enum; any text where a string goes.
    const name = (valid: readonly string[]) => fc.oneof(fc.constantFrom(...valid), fc.constantFrom(...valid).map((v) => v.slice(0, -1)), fc.constantFrom('true', 'null', 'X'));
    const alias = fc.constantFrom('', 'a: ', 'b2: ', 'nodeType: ');
    const documents = fc.oneof(
      fc.tuple(alias, name(['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE']), fc.array(name(['IPV6', 'SNAT', 'CUSTOM_NETWORKING']), { minLength: 2, maxLength: 2 })).map(
        ([a, nodeType, useCases]) => `{ ${a}compatibility(nodeType: ${nodeType}, useCases: [${useCases.join(' ')}]) { nodeType compatible support } }`,
      ),
      fc.tuple(alias, fc.string({ maxLength: 12 }), name(['IP_PREFIXES', 'INDIVIDUAL_IPS']), fc.constantFrom('true', 'false', 'null', 'TRUE')).map(
        ([a, instanceType, mode, custom]) => `{ ${a}instanceType(name: ${JSON.stringify(instanceType)}) { name podDensity(mode: ${mode}, customNetworking: ${custom}) { maxPods } } }`,
      ),
    );
    const seeds = [
      '{ compatibility(nodeType: EC2_LINUX, useCases: [IPV6 SNAT]) { nodeType compatible support } }',
      '{ a: compatibility(nodeType: EC2_LINUX, useCases: [IPV6 SNAT]) { nodeType compatible support } }',
      '{ instanceType(name: "m5.large") { name podDensity(mode: IP_PREFIXES, customNetworking: true) { maxPods } } }',
      '{ a: instanceType(name: "m5.large") { name podDensity(mode: IP_PREFIXES, customNetworking: true) { maxPods } } }',
    ];
    for (const query of seeds) expect(JSON.parse((await answered(service, query)).body).errors).toBeUndefined();
    const before = frontAnswers(service).length;
    await fc.assert(
      fc.asyncProperty(documents, async (query) => {
        const answer = await answered(service!, query);
        const direct = await uncached.yoga.fetch('http://podnet.test/graphql', post(query));
        expect({ status: answer.status, body: answer.body }, query).toEqual({ status: direct.status, body: await direct.text() });
      }),
      { numRuns: 150 },
    );
    // Some were answered in front.
    expect(frontAnswers(service).length).toBeGreaterThan(before);
  });

  it('leaves documents over an input limit or a query limit to the pipeline', async () => {
    service = await startTestService({ GRAPHQL_MAX_COST: '200' });
    const uncached = createTestYoga({ GRAPHQL_MAX_COST: '200' });
    const density = (instanceType: string) => `{ podDensity(instanceType: ${JSON.stringify(instanceType)}, mode: IP_PREFIXES) { maxPods } }`;
    const list = (first: number) => `{ instanceTypes(first: ${first}) { name } }`;
    for (const query of [density('m5.large'), list(5)]) expect(JSON.parse((await answered(service, query)).body).errors).toBeUndefined();
    const codes: Record<string, unknown> = {};
    for (const query of [density('m5.xlarge'), density('x'.repeat(5000)), density('m5.larg'), list(6), list(400)]) {
      const before = frontAnswers(service).length;
      const answer = await answered(service, query);
      codes[query.slice(0, 40)] = JSON.parse(answer.body).errors?.[0]?.extensions?.code;
      const direct = await uncached.yoga.fetch('http://podnet.test/graphql', post(query));
      expect({ status: answer.status, body: answer.body }, query).toEqual({ status: direct.status, body: await direct.text() });
      expect(frontAnswers(service).length > before, query).toBe(query === density('m5.xlarge'));
    }
    // The Int value of `first` is in the shape: 6 is a shape of its own, answered by the pipeline; 400 is over the cost.
    expect(Object.values(codes).map((code) => code !== undefined)).toEqual([false, true, true, false, true]);
    expect(Object.values(codes).at(-1)).toBe('QUERY_LIMIT_EXCEEDED');
  });
});
