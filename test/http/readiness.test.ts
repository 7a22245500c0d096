import { afterEach, describe, expect, it } from 'vitest';
import type { PreparedKnowledge } from '../../src/http/process/prepare-knowledge.js';
import { knowledge } from '../support/knowledge.js';
import { startTestService } from '../support/service.js';

const QUERY = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ about { dataVersion } }' }) };

describe('readiness: /ready and /health through the life of the service', () => {
  let service: Awaited<ReturnType<typeof startTestService>> | undefined;
  afterEach(() => service?.close());

  it('listens at once, is alive but not ready while the knowledge loads, then ready', async () => {
    let finishLoading!: (prepared: PreparedKnowledge) => void;
    service = await startTestService({}, () => new Promise((resolve) => (finishLoading = resolve)));

    const health = await fetch(`${service.url}/health`);
    expect(health.status).toBe(200);
    const starting = await fetch(`${service.url}/ready`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({ status: 'starting' });
    const early = await fetch(`${service.url}/graphql`, QUERY);
    expect(early.status).toBe(503);
    expect(early.headers.get('retry-after')).toBe('1');
    expect(await early.json()).toEqual({ errors: [{ message: 'The service is starting.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });

    finishLoading({ knowledge, rebuilt: false });
    await service.ready;
    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect((await (await fetch(`${service.url}/graphql`, QUERY)).json()).data.about.dataVersion).toBe(knowledge.dataVersion);
    expect(service.logs().map((l) => l.msg)).toContain('ready');
  });

  it('reports 503 while stopping, still answers queries during the delay, and asks clients to close connections', async () => {
    service = await startTestService({ SHUTDOWN_DELAY_MS: '1000' });
    await service.ready;
    const stopped = service.stop();

    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'stopping' });
    const query = await fetch(`${service.url}/graphql`, QUERY);
    expect(query.status).toBe(200);
    expect(query.headers.get('connection')).toBe('close');
    expect(await stopped).toBe('drained');
    await expect(fetch(`${service.url}/health`)).rejects.toThrow();
  });
});
