import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, varies, type BenchRequest } from '../../bench/scenarios.js';

const key = (request: BenchRequest) => createHash('sha1').update(`${request.method} ${request.path}\n${request.body ?? ''}`).digest('base64');

// More requests than the service answers in a bench run of a varying scenario (a few thousand to some tens of
// thousands), within a bound on the bytes built: a scenario of 8 KB manifests, answered a few hundred a second, is
// checked for fewer.
const CHECKED = 150_000;
const CHECKED_BYTES = 100_000_000;

describe('the bench scenarios that vary', () => {
  const varying = SCENARIOS.filter(varies);

  it.each(varying.map((scenario) => [scenario.name, scenario] as const))('%s: sends no request twice before its distinct requests run out', (_, scenario) => {
    const bytes = (scenario.request(0).body ?? scenario.request(0).path).length;
    const checked = Math.min(scenario.distinctRequests, CHECKED, Math.floor(CHECKED_BYTES / bytes));
    const seen = new Set<string>();
    for (let n = 0; n < checked; n++) seen.add(key(scenario.request(n)));
    expect(seen.size).toBe(checked);
    if (Number.isFinite(scenario.distinctRequests)) expect(key(scenario.request(scenario.distinctRequests))).toBe(key(scenario.request(0)));
  });
});
