import { describe, expect, it } from 'vitest';
import { knowledge } from '../support/knowledge.js';
import { createTestYoga } from '../support/yoga.js';

async function scrape(t: ReturnType<typeof createTestYoga>): Promise<string> {
  const response = await t.yoga.fetch('http://podnet.test/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

describe('Prometheus metrics at /metrics', () => {
  it('counts requests by endpoint and status, times them, and counts errors by code', async () => {
    const t = createTestYoga();
    await t.post({ query: '{ about { dataVersion } }' });
    await t.post({ query: '{ about { dataVersion } }' });
    await t.post({ query: '{ nothing }' });
    await t.post({ query: '{ about {' });
    await t.yoga.fetch('http://podnet.test/nowhere');

    const text = await scrape(t);
    expect(text).toContain('podnet_http_requests_total{endpoint="graphql",method="POST",status="200"} 4');
    expect(text).toContain('podnet_http_requests_total{endpoint="other",method="GET",status="404"} 1');
    expect(text).toContain('podnet_http_request_duration_seconds_count{endpoint="graphql",status="200"} 4');
    expect(text).toContain('podnet_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).toContain('podnet_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"} 1');
    expect(text).toContain('podnet_graphql_errors_total{code="NOT_FOUND"} 1');
  });

  it('labels a gauge with the data version of the knowledge served', async () => {
    const text = await scrape(createTestYoga());
    expect(text).toContain(`podnet_knowledge_info{data_version="${knowledge.dataVersion}",vpc_cni_revision="${knowledge.vpcCni.revision}"} 1`);
  });

  it('exports the process metrics (memory, CPU, event loop)', async () => {
    const text = await scrape(createTestYoga());
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
  });

  it('counts unknown methods under one label, so clients cannot grow the label set', async () => {
    const t = createTestYoga();
    await t.yoga.fetch('http://podnet.test/graphql', { method: 'PROPFIND' });
    expect(await scrape(t)).toContain('podnet_http_requests_total{endpoint="graphql",method="OTHER",status="405"} 1');
  });
});
