import { Agent, request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnService } from '../support/child-service.js';
import { waitUntil } from '../support/raw-http.js';

const BODY = JSON.stringify({ query: '{ compatibility(nodeType: EC2_LINUX, useCases: [CUSTOM_NETWORKING]) { compatible summary } }' });

interface Outcome {
  status?: number;
  error?: string;
}

/** POSTs BODY; `slowMs` spreads it over that long, in two chunks (no content-length), so it stays in flight. */
function query(port: number, agent: Agent, slowMs = 0): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode! }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    if (slowMs === 0) return req.end(BODY);
    req.write(BODY.slice(0, 10));
    setTimeout(() => req.end(BODY.slice(10)), slowMs);
  });
}

describe('graceful shutdown of the server process', () => {
  let service: ReturnType<typeof spawnService> | undefined;
  afterEach(() => service?.kill());

  it('on SIGTERM in the middle of a load: reports not-ready, finishes every request in flight, refuses new connections, exits 0', async () => {
    service = spawnService({ SHUTDOWN_DELAY_MS: '600', SHUTDOWN_GRACE_MS: '10000' });
    const port = await service.port();
    await service.waitForLog('ready');
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });

    // A load balancer's view: it stops sending new requests once /ready answers 503.
    let targetRemoved = false;
    const poll = setInterval(() => {
      const req = request({ host: '127.0.0.1', port, path: '/ready' }, (res) => {
        res.resume();
        if (res.statusCode === 503) targetRemoved = true;
      });
      req.on('error', () => (targetRemoved = true));
      req.end();
    }, 50);

    const outcomes: Outcome[] = [];
    const workers = Array.from({ length: 8 }, async () => {
      while (!targetRemoved) outcomes.push(await query(port, agent));
    });
    await waitUntil(() => outcomes.length >= 100, 20_000, '100 requests');

    const slow = query(port, agent, 1500);
    await new Promise((r) => setTimeout(r, 100));
    service.child.kill('SIGTERM');
    await service.waitForLog('stopping: no longer accepting connections');
    const refused = await query(port, new Agent());
    const slowOutcome = await slow;
    await Promise.all(workers);
    clearInterval(poll);

    expect(await service.exited).toBe(0);
    expect(outcomes.filter((o) => o.status !== 200)).toEqual([]);
    expect(slowOutcome).toEqual({ status: 200 });
    expect(refused.error).toBe('ECONNREFUSED');
    expect(service.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['signal received', 'stopping: reporting not-ready', 'stopped']));
    agent.destroy();
  });

  it('closes requests still in flight when the grace period ends, and exits 1', async () => {
    service = spawnService({ SHUTDOWN_GRACE_MS: '300' });
    const port = await service.port();
    await service.waitForLog('ready');
    const stuck = query(port, new Agent(), 60_000);
    await new Promise((r) => setTimeout(r, 100));
    const signalledAt = performance.now();
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(1);
    expect(performance.now() - signalledAt).toBeLessThan(3000);
    expect((await stuck).error).toBeDefined();
    expect(service.lines.at(-1)).toMatchObject({ level: 'warn', msg: 'stopped: closed requests still in flight after the grace period' });
  });
});
