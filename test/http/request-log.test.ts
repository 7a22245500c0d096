import { describe, expect, it } from 'vitest';
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
});
