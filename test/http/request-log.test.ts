import { afterEach, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';
import { createTestYoga } from '../support/yoga.js';

describe('request ids and the request log', () => {
  it('logs one JSON line per request with id, operation name, status, duration and error codes', async () => {
    const t = createTestYoga();
    const ok = await t.post({ query: 'query Versions { about { dataVersion } }' });
    const failed = await t.post({ query: 'query Broken { nothing }', operationName: 'Broken' });
    const anonymous = await t.post({ query: '{ __typename }' });

    const lines = t.logs();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'request',
      service: 'podnet',
      requestId: ok.response.headers.get('x-request-id'),
      method: 'POST',
      path: '/graphql',
      operationName: 'Versions',
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(lines[0]).not.toHaveProperty('errorCodes');
    expect(lines[1]).toMatchObject({ requestId: failed.response.headers.get('x-request-id'), operationName: 'Broken', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(lines[2]).toMatchObject({ requestId: anonymous.response.headers.get('x-request-id'), operationName: null });
    expect(new Set(lines.map((l) => l.requestId)).size).toBe(3);
    expect(Date.parse(lines[0]!.time)).not.toBeNaN();
  });

  it('logs errors answered before GraphQL runs with their codes too', async () => {
    const t = createTestYoga({ MAX_BODY_BYTES: '1024' });
    await t.post({ query: `{ about { dataVersion } } # ${'x'.repeat(2000)}` });
    expect(t.logs()[0]).toMatchObject({ status: 413, errorCodes: ['REQUEST_ENTITY_TOO_LARGE'] });
  });

  it("keeps a caller's plain request id and replaces anything else", async () => {
    const t = createTestYoga();
    const kept = await t.post({ query: '{ __typename }' }, { 'x-request-id': 'portal-7f3a.42' });
    expect(kept.response.headers.get('x-request-id')).toBe('portal-7f3a.42');
    const replaced = await t.post({ query: '{ __typename }' }, { 'x-request-id': 'x\ty <script>' });
    expect(replaced.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.logs().map((l) => l.requestId)).toEqual(['portal-7f3a.42', replaced.response.headers.get('x-request-id')]);
  });

  it('logs probes and scrapes at debug level only', async () => {
    const t = createTestYoga({ LOG_LEVEL: 'info' });
    for (const path of ['/health', '/ready', '/metrics']) {
      const response = await t.yoga.fetch(`http://podnet.test${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBeTruthy();
    }
    expect(t.logs()).toEqual([]);
  });

  it('logs a probe or scrape that fails at info', async () => {
    const t = createTestYoga({ LOG_LEVEL: 'info', METRICS_BEARER_TOKEN: 'a-token-of-16-chars' });
    const response = await t.yoga.fetch('http://podnet.test/metrics');
    expect(response.status).toBe(401);
    expect(t.logs()).toEqual([expect.objectContaining({ level: 'info', msg: 'request', path: '/metrics', status: 401, errorCodes: ['UNAUTHENTICATED'] })]);
  });
});

describe('the request log of answers from the response cache, on a real port', () => {
  let service: Awaited<ReturnType<typeof startTestService>> | undefined;
  afterEach(() => service?.close());

  const REPEATED = JSON.stringify({ query: 'query Versions { about { dataVersion } }' });

  async function postTo(body: string) {
    const response = await fetch(`${service!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.text();
    return response.headers.get('x-request-id');
  }
  const requestLines = () => service!.logs().filter((l) => l.msg === 'request');
  const requestsCounted = async () => {
    const text = await (await fetch(`${service!.url}/metrics`)).text();
    return Number(/^podnet_http_requests_total\{endpoint="graphql",method="POST",status="200"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  };

  it('by default logs no info line for a cached answer, but counts it; errors and answers not from the cache log at info', async () => {
    service = await startTestService({ LOG_LEVEL: 'info' });
    const first = await postTo(REPEATED);
    const prepared = await postTo(REPEATED);
    const hit = await postTo(REPEATED);
    const failed = await postTo(JSON.stringify({ query: '{ nothing }' }));

    expect(requestLines().map((l) => [l.requestId, l.level, l.cache])).toEqual([
      [first, 'info', undefined],
      [prepared, 'info', 'operation'],
      [failed, 'info', undefined],
    ]);
    expect(requestLines()[2]).toMatchObject({ errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(hit).toBeTruthy();
    // All four answered 200 (a client asking for application/json gets its errors with 200).
    expect(await requestsCounted()).toBe(4);
  });

  it('logs every cached answer at info with LOG_CACHED_SAMPLE_RATE=1', async () => {
    service = await startTestService({ LOG_LEVEL: 'info', LOG_CACHED_SAMPLE_RATE: '1' });
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await postTo(REPEATED));
    const hits = requestLines().filter((l) => l.cache === 'hit');
    expect(hits.map((l) => [l.requestId, l.level])).toEqual(ids.slice(2).map((id) => [id, 'info']));
  });

  it('logs every cached answer at debug level, with cache: "hit"', async () => {
    service = await startTestService({ LOG_LEVEL: 'debug' });
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await postTo(REPEATED));
    expect(requestLines().map((l) => [l.requestId, l.level, l.cache])).toEqual([
      [ids[0], 'info', undefined],
      [ids[1], 'info', 'operation'],
      ...ids.slice(2).map((id) => [id, 'debug', 'hit']),
    ]);
  });

  it('logs about the share LOG_CACHED_SAMPLE_RATE asks for at info, the others at debug', async () => {
    service = await startTestService({ LOG_LEVEL: 'debug', LOG_CACHED_SAMPLE_RATE: '0.5' });
    for (let i = 0; i < 202; i++) await postTo(REPEATED);
    const hits = requestLines().filter((l) => l.cache === 'hit');
    expect(hits).toHaveLength(200);
    const atInfo = hits.filter((l) => l.level === 'info').length;
    // Out of this range with a probability below 1e-12 at a rate of 0.5.
    expect(atInfo).toBeGreaterThan(50);
    expect(atInfo).toBeLessThan(150);
    expect(hits.length - atInfo).toBe(hits.filter((l) => l.level === 'debug').length);
  });
});
