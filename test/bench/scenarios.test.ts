import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, type BenchRequest } from '../../bench/scenarios.js';

const key = (request: BenchRequest) => createHash('sha1').update(`${request.method} ${request.path}\n${request.body ?? ''}`).digest('base64');

// More requests than the service answers in a bench run's rounds of a varying scenario (a few thousand to some
// tens of thousands); fewer for the 8 KB manifests, which it answers a few hundred of a second.
const CHECKED = 150_000;
const CHECKED_MANIFESTS = 10_000;

describe('the bench scenarios that vary', () => {
  const varying = SCENARIOS.filter((scenario) => scenario.varies);

  it('each say how many different requests they have', () => {
    expect(varying.length).toBeGreaterThan(0);
    for (const scenario of varying) expect(scenario.distinctRequests, scenario.name).toBeGreaterThan(0);
  });

  it.each(varying.map((scenario) => [scenario.name, scenario] as const))('%s: sends no request twice before its distinct requests run out', (_, scenario) => {
    const checked = Math.min(scenario.distinctRequests!, scenario.name.startsWith('lintCniConfig') ? CHECKED_MANIFESTS : CHECKED);
    const seen = new Set<string>();
    for (let n = 0; n < checked; n++) seen.add(key(scenario.request(n)));
    expect(seen.size).toBe(checked);
    if (Number.isFinite(scenario.distinctRequests)) expect(key(scenario.request(scenario.distinctRequests!))).toBe(key(scenario.request(0)));
  });
});
