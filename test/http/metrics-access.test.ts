// Where /metrics is served: on the service's port by default, on a port of its own with METRICS_PORT (not on the
// service's port then), and only with the bearer token when METRICS_BEARER_TOKEN is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';
import { createTestYoga } from '../support/yoga.js';

const TOKEN = 'a-metrics-token-of-some-length';

describe('/metrics access', () => {
  it('asks for the bearer token when METRICS_BEARER_TOKEN is set', async () => {
    const t = createTestYoga({ METRICS_BEARER_TOKEN: TOKEN });
    const without = await t.yoga.fetch('http://podnet.test/metrics');
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer');
    expect((await without.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.yoga.fetch('http://podnet.test/metrics', { headers: { authorization: 'Bearer not-the-token-at-all-really' } })).status).toBe(401);
    const withToken = await t.yoga.fetch('http://podnet.test/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(withToken.status).toBe(200);
    expect(await withToken.text()).toContain('podnet_http_requests_total');
  });

  it('refuses METRICS_PORT equal to PORT', () => {
    expect(() => createTestYoga({ PORT: '4000', METRICS_PORT: '4000' })).toThrow(/METRICS_PORT=4000 is not valid/);
  });

  describe('with METRICS_PORT', () => {
    let service: Awaited<ReturnType<typeof startTestService>>;
    let metricsBase: string;
    beforeAll(async () => {
      // A free port, found by listening on 0 first.
      const probe = await startTestService();
      const free = probe.port;
      await probe.close();
      service = await startTestService({ METRICS_PORT: String(free), METRICS_BEARER_TOKEN: TOKEN });
      await service.ready;
      metricsBase = `http://127.0.0.1:${service.metricsServer!.port}`;
    });
    afterAll(() => service.close());

    it('serves the metrics there, with the token, and nothing else', async () => {
      await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      const scrape = await fetch(`${metricsBase}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(scrape.status).toBe(200);
      expect(scrape.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await scrape.text()).toContain('podnet_http_requests_total{endpoint="graphql",method="POST",status="200"} 1');
      expect((await fetch(`${metricsBase}/metrics`)).status).toBe(401);
      expect((await fetch(`${metricsBase}/graphql`)).status).toBe(404);
    });

    it('does not serve them on the service port', async () => {
      const response = await fetch(`${service.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(404);
    });
  });
});
