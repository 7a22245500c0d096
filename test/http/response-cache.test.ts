import { afterEach, describe, expect, it } from 'vitest';
import { COMPATIBILITY, LINT, POD_DENSITY } from '../../src/cli/queries.js';
import { knowledge } from '../support/knowledge.js';
import { startTestService } from '../support/service.js';
import { createTestYoga } from '../support/yoga.js';

type Service = Awaited<ReturnType<typeof startTestService>>;

interface Sent {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const post = (body: unknown, headers: Record<string, string> = {}): Sent => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const get = (query: string, variables?: unknown, headers: Record<string, string> = {}): Sent => ({
  method: 'GET',
  path: `/graphql?${new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) })}`,
  headers,
});

// Headers that differ between any two responses whatever answers them.
const PER_RESPONSE = new Set(['date', 'x-request-id']);

// fetch asks for gzip unless told otherwise; these tests look at uncompressed answers (content-encoding.test.ts
// looks at compressed ones).
async function send(base: string, sent: Sent) {
  const response = await fetch(base + sent.path, { method: sent.method, headers: { 'accept-encoding': 'identity', ...sent.headers }, body: sent.body });
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !PER_RESPONSE.has(name)));
  return { status: response.status, headers, body: await response.text(), requestId: response.headers.get('x-request-id') };
}

const hitsIn = (service: Service) => service.logs().filter((l) => l.msg === 'request' && l.cache === 'hit');
const metricsOf = async (service: Service) => (await fetch(`${service.url}/metrics`)).text();

// What portals, bots and the CLI send: both methods, variables and operation names, every content type, both
// GraphQL media types asked for.
const CACHEABLE: Sent[] = [
  post({ query: '{ __typename }' }),
  post({ query: COMPATIBILITY, variables: { nodeType: 'EC2_LINUX', useCases: ['CUSTOM_NETWORKING', 'SECURITY_GROUPS_FOR_PODS'] } }),
  post({ query: POD_DENSITY, variables: { instanceType: 'm5.large', mode: 'IP_PREFIXES', customNetworking: true } }),
  post({ query: LINT, variables: { input: { env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'ENABLE_PREFIX_DELEGATION', value: 'true' }] } } }),
  post({ query: 'query A { about { dataVersion } } query B { matrix { title rows { id cells { mode support } } } }', operationName: 'B' }),
  post({ query: '{ settingsFor(mode: IP_PREFIXES) { name applicable } }' }, { accept: 'application/graphql-response+json' }),
  { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/graphql' }, body: '{ modes(nodeType: FARGATE) { mode } }' },
  get(COMPATIBILITY, { nodeType: 'FARGATE', useCases: ['SNAT'] }),
  get('{ notes(section: MATRIX_NOTE) { number text } }', undefined, { accept: 'application/graphql-response+json' }),
];

describe('the response cache in front of graphql-yoga, on a real port', () => {
  let service: Service | undefined;
  afterEach(() => service?.close());

  it('answers a repeated request from the cache exactly as the full pipeline does', async () => {
    service = await startTestService();
    const uncached = createTestYoga();
    for (const sent of CACHEABLE) {
      const first = await send(service.url, sent);
      await send(service.url, sent);
      const hitsBefore = hitsIn(service).length;
      const third = await send(service.url, sent);
      expect(hitsIn(service).length, sent.body ?? sent.path).toBe(hitsBefore + 1);
      expect(first.status).toBe(200);
      expect(JSON.parse(first.body).errors).toBeUndefined();
      expect(third).toEqual({ ...first, requestId: third.requestId });
      const direct = await uncached.yoga.fetch(`http://podnet.test${sent.path}`, { method: sent.method, headers: sent.headers, body: sent.body ?? null });
      expect(await direct.text()).toBe(first.body);
    }
  });

  it('keeps an answer the second time its request is answered, so a request made once costs the cache nothing', async () => {
    service = await startTestService();
    const sent = post({ query: '{ about { dataVersion } }' });
    await send(service.url, sent);
    expect(await metricsOf(service)).toMatch(/^podnet_response_cache_entries 0$/m);
    await send(service.url, sent);
    expect(await metricsOf(service)).toMatch(/^podnet_response_cache_entries 1$/m);
    await send(service.url, sent);
    const lines = service.logs().filter((l) => l.msg === 'request' && l.path === '/graphql');
    expect(lines.map((l) => l.cache)).toEqual([undefined, 'operation', 'hit']);
  });

  it('logs, counts and identifies a hit like any request', async () => {
    service = await startTestService();
    const sent = post({ query: 'query Versions { about { dataVersion } }' });
    await send(service.url, sent);
    await send(service.url, sent);
    const kept = await send(service.url, { ...sent, headers: { ...sent.headers, 'x-request-id': 'portal-7f3a.42' } });
    const fresh = await send(service.url, sent);
    expect(kept.requestId).toBe('portal-7f3a.42');
    expect(fresh.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const lines = service.logs().filter((l) => l.msg === 'request');
    expect(lines.map((l) => l.cache)).toEqual([undefined, 'operation', 'hit', 'hit']);
    expect(lines[2]).toMatchObject({ level: 'debug', requestId: 'portal-7f3a.42', method: 'POST', path: '/graphql', operationName: 'Versions', status: 200, durationMs: expect.any(Number) });
    expect(lines[3]!.requestId).toBe(fresh.requestId);
    const metrics = await metricsOf(service);
    expect(metrics).toContain('podnet_http_requests_total{endpoint="graphql",method="POST",status="200"} 4');
    expect(metrics).toContain('podnet_http_request_duration_seconds_count{endpoint="graphql",status="200"} 4');
    expect(metrics).toContain('podnet_response_cache_lookups_total{result="miss"} 2');
    expect(metrics).toContain('podnet_response_cache_lookups_total{result="hit"} 2');
    expect(metrics).toMatch(/^podnet_response_cache_entries 1$/m);
  });

  it('never keeps an error: over a query limit, invalid, failed in the rules, partly failed', async () => {
    service = await startTestService({ GRAPHQL_MAX_ALIASES: '1' });
    const failing = [
      post({ query: '{ a: __typename b: __typename }' }),
      post({ query: '{ nothing }' }),
      post({ query: '{ about {' }),
      post({ query: POD_DENSITY, variables: { instanceType: 'm5.larg', mode: 'IP_PREFIXES' } }),
      post({ query: '{ compatibility(nodeType: EC2_LINUX, useCases: [SECURITY_GROUPS_FOR_PODS]) { modes { mode density(instanceType: "t3.large") { maxPods } } } }' }),
      get('{ a: __typename b: __typename }'),
    ];
    for (const sent of failing) {
      const first = await send(service.url, sent);
      const second = await send(service.url, sent);
      expect(JSON.parse(first.body).errors.length, sent.body ?? sent.path).toBeGreaterThan(0);
      expect(second.body).toBe(first.body);
      expect(first.headers.etag).toBeUndefined();
    }
    expect(hitsIn(service)).toEqual([]);
    expect(await metricsOf(service)).toMatch(/^podnet_response_cache_entries 0$/m);
    const overLimit = service.logs().filter((l) => l.msg === 'request' && l.errorCodes?.includes('QUERY_LIMIT_EXCEEDED'));
    expect(overLimit).toHaveLength(4);
  });

  it('gives the CORS headers the pipeline gives each origin', async () => {
    service = await startTestService({ CORS_ORIGINS: 'https://portal.example.com' });
    const fromPortal = post({ query: '{ __typename }' }, { origin: 'https://portal.example.com' });
    const fromElsewhere = post({ query: '{ __typename }' }, { origin: 'https://elsewhere.example.com' });
    for (const sent of [fromPortal, fromElsewhere, fromPortal, fromElsewhere]) await send(service.url, sent);
    const portal = await send(service.url, fromPortal);
    const elsewhere = await send(service.url, fromElsewhere);
    expect(hitsIn(service)).toHaveLength(2);
    expect(portal.headers['access-control-allow-origin']).toBe('https://portal.example.com');
    expect(portal.headers['access-control-expose-headers']).toBe('x-request-id');
    expect(portal.headers.vary).toBe('Origin');
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('asks clients to close their connections while stopping', async () => {
    service = await startTestService();
    const sent = post({ query: '{ __typename }' });
    await send(service.url, sent);
    await send(service.url, sent);
    service.state.markStopping();
    const whileStopping = await send(service.url, sent);
    expect(hitsIn(service)).toHaveLength(1);
    expect(whileStopping.headers.connection).toBe('close');
  });

  it('keeps nothing with RESPONSE_CACHE_MAX_BYTES=0', async () => {
    service = await startTestService({ RESPONSE_CACHE_MAX_BYTES: '0' });
    const sent = post({ query: '{ __typename }' });
    const first = await send(service.url, sent);
    expect(await send(service.url, sent)).toEqual({ ...first, requestId: expect.any(String) });
    expect(hitsIn(service)).toEqual([]);
  });

  it('never answers for knowledge of another data version', async () => {
    service = await startTestService();
    const sent = post({ query: '{ about { dataVersion } }' });
    await send(service.url, sent);
    await send(service.url, sent);
    expect(await metricsOf(service)).toMatch(/^podnet_response_cache_entries 1$/m);
    service.state.markReady({ ...knowledge, dataVersion: 'newer0000000000' });
    const after = await send(service.url, sent);
    expect(JSON.parse(after.body).data.about.dataVersion).toBe('newer0000000000');
    expect(hitsIn(service)).toEqual([]);
  });
});

const operationsIn = (service: Service) => service.logs().filter((l) => l.msg === 'request' && l.cache === 'operation');

describe('prepared operations: a document answered once, sent again with other variables', () => {
  let service: Service | undefined;
  afterEach(() => service?.close());

  const compatibility = (nodeType: string, useCases: string[]) => ({ query: COMPATIBILITY, variables: { nodeType, useCases } });
  const density = (instanceType: string, mode: string) => ({ query: POD_DENSITY, variables: { instanceType, mode } });
  const lint = (value: string) => ({ query: LINT, variables: { input: { env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'WARM_ENI_TARGET', value }] } } });
  const GROUPS: Sent[][] = [
    [post(compatibility('EC2_LINUX', ['IPV6'])), post(compatibility('FARGATE', [])), post(compatibility('EC2_WINDOWS', ['CALICO_NETWORK_POLICY', 'SNAT', 'SNAT']))],
    [post(density('m5.large', 'IP_PREFIXES')), post(density('t3.large', 'INDIVIDUAL_IPS')), post(density('c5.xlarge', 'IP_PREFIXES'))],
    [post(lint('1')), post(lint('2'))],
    [get(COMPATIBILITY, { nodeType: 'EC2_LINUX', useCases: [] }), get(COMPATIBILITY, { nodeType: 'FARGATE', useCases: ['SNAT'] })],
    [post({ query: '{ about { dataVersion } }' }, { accept: 'application/graphql-response+json' }), post({ query: '{ about { dataVersion } }', variables: {} }, { accept: 'application/graphql-response+json' })],
  ];

  it('answers other variables exactly as the full pipeline does, with its headers', async () => {
    service = await startTestService();
    const uncached = createTestYoga();
    for (const [first, ...others] of GROUPS) {
      const prepared = await send(service.url, first!);
      for (const sent of others) {
        const before = operationsIn(service).length;
        const answered = await send(service.url, sent);
        expect(operationsIn(service).length, sent.body ?? sent.path).toBe(before + 1);
        const direct = await uncached.yoga.fetch(`http://podnet.test${sent.path}`, { method: sent.method, headers: sent.headers, body: sent.body ?? null });
        expect(answered.status).toBe(200);
        expect(answered.body).toBe(await direct.text());
        const { 'content-length': _length, etag: _etag, ...headers } = answered.headers;
        const { 'content-length': _preparedLength, etag: _preparedEtag, ...preparedHeaders } = prepared.headers;
        expect(headers).toEqual(preparedHeaders);
        expect(answered.headers.etag === undefined).toBe(sent.method === 'POST');
      }
    }
    // Each answer is kept the second time: the same request again is a hit.
    await send(service.url, GROUPS[0]![1]!);
    const again = await send(service.url, GROUPS[0]![1]!);
    expect(hitsIn(service).at(-1)?.requestId).toBe(again.requestId);
  });

  it('leaves every answer with an error to the full pipeline: rule errors, partial results, variables that do not fit', async () => {
    service = await startTestService();
    const uncached = createTestYoga();
    await send(service.url, post(density('m5.large', 'IP_PREFIXES')));
    await send(service.url, post(compatibility('EC2_LINUX', ['IPV6'])));
    const failing = [
      post(density('m5.larg', 'IP_PREFIXES')),
      post(density('t3.large', 'SECURITY_GROUPS_FOR_PODS')),
      post(density('m5.large', 'NO_SUCH_MODE')),
      post({ ...density('m5.large', 'IP_PREFIXES'), operationName: 'Elsewhere' }),
      post(compatibility('EC2_LINUX', ['IPV6', 'TELEPORTATION'])),
    ];
    for (const sent of failing) {
      const linesBefore = service.logs().filter((l) => l.msg === 'request').length;
      const answered = await send(service.url, sent);
      const direct = await uncached.yoga.fetch('http://podnet.test/graphql', { method: 'POST', headers: sent.headers, body: sent.body! });
      expect({ status: answered.status, body: answered.body }, sent.body).toEqual({ status: direct.status, body: await direct.text() });
      const lines = service.logs().filter((l) => l.msg === 'request').slice(linesBefore);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.errorCodes.length).toBeGreaterThan(0);
      expect(lines[0]!.cache).toBeUndefined();
    }
    expect(operationsIn(service)).toEqual([]);
  });
});

describe('HTTP caching of GET answers', () => {
  const services: Service[] = [];
  afterEach(async () => {
    await Promise.all(services.map((s) => s.close()));
    services.length = 0;
  });
  const start = async (env: Record<string, string> = {}) => {
    const service = await startTestService(env);
    services.push(service);
    return service;
  };
  const sent = get('{ compatibility(nodeType: EC2_LINUX, useCases: [IPV6]) { compatible } }');

  it('gives an ETag and Cache-Control, and answers 304 to a request that holds the ETag, cached or not', async () => {
    const service = await start();
    const first = await send(service.url, sent);
    await send(service.url, sent);
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers.vary).toBe('Accept');

    const revalidate = (base: string, etag: string) => send(base, { ...sent, headers: { 'if-none-match': `W/"other", ${etag}` } });
    const fromCache = await revalidate(service.url, first.headers.etag!);
    expect(hitsIn(service)).toHaveLength(1);
    // A second service of the same data version has nothing cached: the full pipeline answers 304 too.
    const other = await start();
    const fromPipeline = await revalidate(other.url, first.headers.etag!);
    expect(hitsIn(other)).toEqual([]);
    for (const notModified of [fromCache, fromPipeline]) {
      expect(notModified.status).toBe(304);
      expect(notModified.body).toBe('');
      expect(notModified.requestId).toBeTruthy();
      expect(notModified.headers).toMatchObject({ etag: first.headers.etag, 'cache-control': 'no-cache', vary: 'Accept' });
      expect(notModified.headers['content-type']).toBeUndefined();
    }
    expect(service.logs().filter((l) => l.msg === 'request').map((l) => l.status)).toEqual([200, 200, 304]);
    expect(other.logs().filter((l) => l.msg === 'request').map((l) => l.status)).toEqual([304]);
  });

  it('lets caches keep answers for HTTP_CACHE_MAX_AGE_SECONDS', async () => {
    const service = await start({ HTTP_CACHE_MAX_AGE_SECONDS: '300' });
    expect((await send(service.url, sent)).headers['cache-control']).toBe('public, max-age=300');
  });

  it('changes the ETag with the data version, so no cache keeps an answer past it', async () => {
    const service = await start();
    const before = await send(service.url, sent);
    service.state.markReady({ ...knowledge, dataVersion: 'newer0000000000' });
    const after = await send(service.url, { ...sent, headers: { 'if-none-match': before.headers.etag! } });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('gives POST answers no ETag: only GET answers are for HTTP caches', async () => {
    const service = await start();
    const answer = await send(service.url, post({ query: '{ __typename }' }));
    expect(answer.headers.etag).toBeUndefined();
    expect(answer.headers['cache-control']).toBeUndefined();
  });
});
