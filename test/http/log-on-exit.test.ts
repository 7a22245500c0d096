import { afterEach, describe, expect, it } from 'vitest';
import { spawnService } from '../support/child-service.js';

describe('the log of the server process', () => {
  let service: ReturnType<typeof spawnService> | undefined;
  afterEach(() => service?.kill());

  it('writes the lines logged just before the process exits: the requests answered and "stopped"', async () => {
    service = spawnService();
    const port = await service.port();
    await service.waitForLog('ready');
    const ids: (string | null)[] = [];
    for (const query of ['{ about { dataVersion } }', '{ nothing }']) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      await response.text();
      ids.push(response.headers.get('x-request-id'));
    }
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.lines.filter((l) => l.msg === 'request').map((l) => l.requestId)).toEqual(ids);
    expect(service.lines.at(-1)).toMatchObject({ level: 'info', msg: 'stopped' });
  });
});
