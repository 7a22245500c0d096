import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../../src/http/graphql-server/graphiql.js';
import { startTestService } from '../support/service.js';
import { createTestYoga } from '../support/yoga.js';

const { yoga } = createTestYoga();

const at = (path: string, init: RequestInit = {}) => yoga.fetch(`http://podnet.test${path}`, init);

describe('HTTP endpoints', () => {
  it('answers a query sent by GET', async () => {
    const response = await at(`/graphql?query=${encodeURIComponent('{ compatibility(nodeType: FARGATE, useCases: [SNAT]) { support } }')}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { compatibility: { support: 'CONDITIONAL' } } });
  });

  it('serves GraphiQL to a browser from the package, with the example query and no external script or style', async () => {
    const response = await at('/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain(JSON.stringify(EXAMPLE_QUERY).slice(1, 40));
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
  });

  it('reports health and readiness', async () => {
    expect((await at('/health')).status).toBe(200);
    expect((await at('/ready')).status).toBe(200);
  });

  it('answers malformed JSON with 400 and a code', async () => {
    const response = await at('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('over a real port', () => {
  let service: Awaited<ReturnType<typeof startTestService>>;
  let base: string;
  beforeAll(async () => {
    service = await startTestService();
    base = service.url;
  });
  afterAll(() => service.close());

  it('answers POST /graphql', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ compatibility(nodeType: EC2_WINDOWS, useCases: [CALICO_NETWORK_POLICY]) { compatible summary } }' }),
    });
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.compatibility.compatible).toBe(true);
    expect(data.compatibility.summary).toBe('Yes: Calico network policy works on Amazon EC2 Windows nodes with individual IP addresses or IP prefixes.');
  });
});
