import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeDataVersion } from '../../src/db/data-version.js';
import { spawnService } from '../support/child-service.js';

describe('starting the server process', () => {
  let service: ReturnType<typeof spawnService> | undefined;
  afterEach(() => service?.kill());

  it('stops with exit code 2 and a message naming each bad variable and what it takes', async () => {
    service = spawnService({ GRAPHQL_MAX_DEPTH: 'deep', CORS_ORIGINS: 'portal.example.com' });
    expect(await service.exited).toBe(2);
    expect(service.stderr()).toContain('podnet: cannot start: invalid configuration');
    expect(service.stderr()).toContain('GRAPHQL_MAX_DEPTH=deep is not valid: it takes a whole number from 1 to 100.');
    expect(service.stderr()).toContain('CORS_ORIGINS: portal.example.com is not an origin');
  });

  it('builds a missing database in the background: alive and not ready meanwhile, then ready and answering', async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), 'podnet-start-')), 'podnet.sqlite');
    service = spawnService({ DATABASE_PATH: databasePath });
    const port = await service.port();
    const [health, ready] = await Promise.all([fetch(`http://127.0.0.1:${port}/health`), fetch(`http://127.0.0.1:${port}/ready`)]);
    expect(health.status).toBe(200);
    expect(ready.status).toBe(503);
    expect(await service.waitForLog('ready')).toMatchObject({ rebuilt: true, databasePath, dataVersion: computeDataVersion() });
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ about { dataVersion } }' }),
    });
    expect(await response.json()).toEqual({ data: { about: { dataVersion: computeDataVersion() } } });
  });

  it('exits 1 with a clear message when the database can be neither opened nor rebuilt', async () => {
    service = spawnService({ DATABASE_PATH: '/dev/null/podnet.sqlite' });
    expect(await service.exited).toBe(1);
    const fatal = service.lines.find((l) => l.level === 'fatal');
    expect(fatal?.msg).toMatch(
      /^the database at \/dev\/null\/podnet\.sqlite \(DATABASE_PATH\) cannot be served: it is missing, outdated or damaged, and rebuilding it failed: E[A-Z]+: .*'\/dev\/null'$/,
    );
  });
});
