import fc from 'fast-check';
import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { RequestTally } from '../../src/http/observability/request-tally.js';

const BOUNDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Answered {
  endpoint: string;
  method: string;
  status: number;
  seconds: number;
}

const request: fc.Arbitrary<Answered> = fc.record({
  endpoint: fc.constantFrom('graphql', 'health', 'other'),
  method: fc.constantFrom('GET', 'POST', 'OTHER'),
  status: fc.constantFrom(200, 304, 400, 413, 503),
  // Durations on and around the bounds, and past the last one.
  seconds: fc.oneof(fc.constantFrom(...BOUNDS, 0, 7.5), fc.double({ min: 0, max: 10, noNaN: true })),
});

/** What prom-client exposes for the same requests, counted its own way. */
async function promClientExposition(requests: Answered[]) {
  const registry = new Registry();
  const counter = new Counter({ name: 'requests_total', help: 'Requests.', labelNames: ['endpoint', 'method', 'status'], registers: [registry] });
  const histogram = new Histogram({ name: 'duration_seconds', help: 'Durations.', labelNames: ['endpoint', 'status'], buckets: BOUNDS, registers: [registry] });
  for (const { endpoint, method, status, seconds } of requests) {
    counter.inc({ endpoint, method, status: String(status) });
    histogram.observe({ endpoint, status: String(status) }, seconds);
  }
  return { counter: (await counter.get()).values, histogram: await registry.getSingleMetricAsString('duration_seconds') };
}

/**
 * A histogram family as Prometheus reads it: the HELP and TYPE lines, then each series' lines in their order (buckets
 * by bound, then sum and count), series in any order. Sums are added up in another order: equal to 12 digits.
 */
function histogramFamily(text: string) {
  const [help, type, ...lines] = text.split('\n');
  const series = new Map<string, string[]>();
  for (const line of lines) {
    const normalised = line.replace(/_sum(\{[^}]*\}) (\S+)/, (_, labels, sum) => `_sum${labels} ${Number(sum).toPrecision(12)}`);
    const labels = /\{(?:le="[^"]*",)?([^}]*)\}/.exec(line)![1]!;
    series.set(labels, [...(series.get(labels) ?? []), normalised]);
  }
  return { help, type, series: [...series].sort(([a], [b]) => a.localeCompare(b)) };
}

const byLabels = (values: { labels: object; value: number }[]) =>
  values.map(({ labels, value }) => ({ labels, value })).sort((a, b) => JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels)));

describe('the request tally', () => {
  it('counts and buckets requests as prom-client does, and lays the histogram out as prom-client does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(request, { maxLength: 60 }), async (requests) => {
        const tally = new RequestTally(BOUNDS);
        for (const { endpoint, method, status, seconds } of requests) tally.record(endpoint, method, status, seconds);
        const expected = await promClientExposition(requests);
        expect(byLabels(tally.requestCounts().map(({ labels, count }) => ({ labels, value: count })))).toEqual(byLabels(expected.counter));
        expect(histogramFamily(tally.durationHistogram('duration_seconds', 'Durations.'))).toEqual(histogramFamily(expected.histogram));
      }),
      { numRuns: 300 },
    );
  });
});
