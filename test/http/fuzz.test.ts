// Random and mutated GraphQL documents, variables and raw bodies thrown at the server on a real port: every
// answer is below 500, every error carries extensions.code, and the server keeps serving. fast-check prints the
// seed and the smallest failing input when a property fails; FUZZ_RUNS scales the number of runs.
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import * as fc from 'fast-check';
import { getIntrospectionQuery, isEnumType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { EXAMPLE_QUERY } from '../../src/http/graphql-server/graphiql.js';
import { startTestService } from '../support/service.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

// Words of this schema (field, argument, type and enum value names) and of GraphQL itself.
const SCHEMA_WORDS = Object.values(schema.getTypeMap()).flatMap((type) => [
  type.name,
  ...(isObjectType(type) ? Object.values(type.getFields()).flatMap((f) => [f.name, ...f.args.map((a) => a.name)]) : []),
  ...(isEnumType(type) ? type.getValues().map((v) => v.name) : []),
]);
const TOKENS = [
  ...new Set(SCHEMA_WORDS),
  ...'{ } ( ) [ ] : , ... @ $ ! = | & # \n'.split(' '),
  'query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null', '@include(if: $x)', '@skip(if: true)',
  '@deprecated', '__schema', '__type(name: "Query")', '__typename', '"text"', '"""block"""', '"\\u00e9"', '"\\uD800"',
  '0', '-1', '1.5e300', '9007199254740993', '$n', '$u', 'a:', 'b:',
];
const SEEDS = [
  EXAMPLE_QUERY,
  getIntrospectionQuery(),
  '{ about { dataVersion builtAt sources { id title } } }',
  'query Q($n: NodeType!, $u: [UseCase!]!) { compatibility(nodeType: $n, useCases: $u) { compatible support modes { mode support } } }',
  '{ modes { mode } notes(section: MATRIX_NOTE) { number text } }',
  'fragment F on About { dataVersion } { about { ...F } }',
];
const CONTENT_TYPES = [
  'application/json',
  'application/graphql',
  'application/graphql+json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  'application/json; charset=utf-16',
  '',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((tokens) => tokens.join(' '));
const mutation = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'replace'),
  token: fc.constantFrom(...TOKENS),
});
const mutatedQuery = fc.tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([seed, mutations]) =>
  mutations.reduce((text, { at, length, kind, token }) => {
    const i = at % (text.length + 1);
    if (kind === 'delete') return text.slice(0, i) + text.slice(i + length);
    if (kind === 'insert') return `${text.slice(0, i)} ${token} ${text.slice(i)}`;
    if (kind === 'duplicate') return text.slice(0, i + length) + text.slice(i, i + length) + text.slice(i + length);
    return `${text.slice(0, i)}${token}${text.slice(i + token.length)}`;
  }, seed),
);
const document = fc.oneof(mutatedQuery, tokenSoup, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

describe('fuzzing the HTTP server', () => {
  let service: Awaited<ReturnType<typeof startTestService>>;
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  beforeAll(async () => {
    service = await startTestService({ LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    agent.destroy();
    await service.close();
  });

  function send(method: string, path: string, headers: Record<string, string>, body?: Uint8Array | string): Promise<Answer> {
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: service.port, method, path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  /** The GraphQL results in an answer: one JSON object, or one per part or event of a multipart or event stream. */
  function resultsIn(answer: Answer): { errors?: { extensions?: { code?: unknown } }[] }[] {
    const contentType = String(answer.headers['content-type']);
    if (contentType.includes('json')) return [JSON.parse(answer.text)];
    if (contentType.includes('text/event-stream')) {
      return answer.text.split('\n').filter((l) => l.startsWith('data: {')).map((l) => JSON.parse(l.slice(6)));
    }
    expect(contentType, answer.text).toContain('multipart/mixed');
    return [...answer.text.matchAll(/^\{.*\}$/gm)].map((m) => JSON.parse(m[0]));
  }

  /** The properties every answer has. */
  function expectSound(answer: Answer) {
    expect(answer.status, answer.text).toBeLessThan(500);
    expect(answer.headers['x-request-id']).toBeTruthy();
    if (answer.status < 400 && !answer.text.includes('"errors"')) return;
    const errors = resultsIn(answer).flatMap((result) => result.errors ?? []);
    expect(errors.length, answer.text).toBeGreaterThan(0);
    for (const error of errors) expect(typeof error.extensions?.code, answer.text).toBe('string');
  }

  const post = (body: unknown) => send('POST', '/graphql', { 'content-type': 'application/json', accept: 'application/json' }, JSON.stringify(body));

  it('answers random and mutated documents with a code for every error', async () => {
    await fc.assert(
      fc.asyncProperty(document, fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), async (query, operationName) => {
        expectSound(await post({ query, operationName }));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers random variables, operation names and extensions with a code for every error', async () => {
    const variables = fc.oneof(
      fc.dictionary(fc.constantFrom('n', 'u', 'x', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 3 })),
      fc.record({ n: fc.constantFrom('EC2_LINUX', 'FARGATE', 'ec2_linux', ''), u: fc.array(fc.constantFrom(...TOKENS), { maxLength: 5 }) }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEEDS), variables, fc.jsonValue({ maxDepth: 2 }), async (query, vars, extensions) => {
        expectSound(await post({ query, variables: vars, extensions }));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers long strings in every string argument, and fields repeated many times, with a code for every error', async () => {
    const stringFields = [
      'podDensity(instanceType: $s, mode: INDIVIDUAL_IPS) { maxPods }',
      'compatibility(nodeType: EC2_LINUX, useCases: []) { modes { density(instanceType: $s) { maxPods } } }',
      'instanceType(name: $s) { name }',
      'instanceTypes(first: 1, after: $s) { name }',
      'cniSetting(name: $s) { name }',
      'cniSettings(search: $s) { name }',
      'ask(question: $s) { text understood { unrecognised { suggestions } } }',
      'lintCniConfig(input: { manifest: $s }) { ok }',
      'lintCniConfig(input: { env: [{ name: $s, value: $s }], instanceType: $s, cniVersion: $s }) { ok }',
    ];
    // Up to 70,000 characters: over every input limit and the body limit, made of a short random unit (a typo-like
    // name, YAML indicators, any characters) repeated.
    const longString = fc
      .tuple(fc.oneof(fc.constantFrom('m5.larg', 'ENABLE_', '[', '{a: ', '- x\n', 'é'), fc.string({ minLength: 1, maxLength: 8 })), fc.integer({ min: 1, max: 70_000 }))
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
    const repeats = fc.integer({ min: 1, max: 600 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...stringFields), repeats, fc.boolean(), longString, async (field, count, aliased, s) => {
        const fields = Array.from({ length: count }, (_, i) => (aliased ? `a${i}: ${field}` : field)).join(' ');
        expectSound(await post({ query: `query ($s: String!) { ${fields} }`, variables: { s } }));
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });

  it('answers random raw bodies, content types, methods and query strings with a code for every error', async () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 1000 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.tuple(document, fc.nat()).map(([q, cut]) => JSON.stringify({ query: q }).slice(0, cut % 300)),
      document,
    );
    const method = fc.constantFrom('POST', 'POST', 'GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD');
    const path = fc.oneof(
      fc.constant('/graphql'),
      fc.tuple(document, fc.jsonValue({ maxDepth: 2 })).map(([q, v]) => `/graphql?query=${encodeURIComponent(q)}&variables=${encodeURIComponent(JSON.stringify(v))}`),
      fc.string({ maxLength: 30 }).map((s) => `/graphql?${encodeURIComponent(s)}=${encodeURIComponent(s)}`),
      fc.constantFrom('/', '/graphql/', '/ready', '/health', '/metrics', '/GRAPHQL', '/graphql/../graphql', '//graphql'),
    );
    const accept = fc.constantFrom('application/json', 'application/graphql-response+json', 'text/event-stream', 'multipart/mixed', '*/*', 'text/csv', '');
    await fc.assert(
      fc.asyncProperty(method, path, fc.constantFrom(...CONTENT_TYPES), accept, body, async (m, p, contentType, acceptType, payload) => {
        const headers: Record<string, string> = {};
        if (contentType) headers['content-type'] = contentType;
        if (acceptType) headers.accept = acceptType;
        const answer = await send(m, p, headers, m === 'GET' || m === 'HEAD' ? undefined : payload);
        if (m !== 'HEAD') expectSound(answer);
        else expect(answer.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers random and mutated raw HTTP requests without a 5xx, with a JSON error and a code for each refusal', async () => {
    const valid = (query: string, host: string) => {
      const body = JSON.stringify({ query });
      return `POST /graphql HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const host = fc.oneof(fc.constant('podnet.test'), fc.string({ maxLength: 20 }), fc.constantFrom('[::1]:80', 'a b', 'x:99999', '%zz', '[::'));
    const raw = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
      fc.tuple(fc.constantFrom(...SEEDS.slice(2)), host, fc.array(mutation, { maxLength: 4 })).map(([seed, hostName, mutations]) =>
        Buffer.from(
          mutations.reduce((text, { at, length, token }) => {
            const i = at % (text.length + 1);
            return text.slice(0, i) + token + text.slice(i + (length % 4));
          }, valid(seed, hostName)),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(raw, async (bytes) => {
        const received = await new Promise<string>((resolve, reject) => {
          const socket = connect(service.port, '127.0.0.1');
          let text = '';
          socket.setEncoding('latin1');
          socket.on('data', (chunk: string) => (text += chunk));
          socket.on('error', reject);
          socket.on('close', () => resolve(text));
          socket.setTimeout(5000, () => reject(new Error('no answer within 5 s')));
          socket.end(bytes);
        });
        for (const [head, status] of received.matchAll(/HTTP\/1\.1 (\d{3}) [^\r]*\r\n(?:[^\r]+\r\n)*/g)) {
          expect(Number(status), received).toBeLessThan(500);
          if (Number(status) >= 400) expect(head.toLowerCase(), received).toContain('content-type: application/json');
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('still serves afterwards, having logged nothing worse than a warning', async () => {
    const answer = await post({ query: '{ about { dataVersion } }' });
    expect(JSON.parse(answer.text).data.about.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(service.logs().filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
  });
});
