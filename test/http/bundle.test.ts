import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleService } from '../../scripts/bundle-service.js';
import { computeDataVersion } from '../../src/db/data-version.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { spawnService } from '../support/child-service.js';

describe('the service bundled for production (dist/service/server.js)', () => {
  const outdir = join(PROJECT_ROOT, 'dist', `bundle-test-${process.pid}`);
  let service: ReturnType<typeof spawnService> | undefined;
  beforeAll(() => bundleService(outdir));
  afterAll(() => {
    service?.kill();
    rmSync(outdir, { recursive: true, force: true });
  });

  it('builds a missing database with its bundled rebuild process, answers queries, and loads GraphiQL when asked', async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), 'podnet-bundle-')), 'podnet.sqlite');
    service = spawnService({ DATABASE_PATH: databasePath, NODE_ENV: 'production' }, [join(outdir, 'server.js')]);
    const port = await service.port();
    expect(await service.waitForLog('ready')).toMatchObject({ rebuilt: true, dataVersion: computeDataVersion() });
    const answer = await fetch(`http://127.0.0.1:${port}/graphql?query=${encodeURIComponent('{ about { dataVersion } }')}`);
    expect(await answer.json()).toEqual({ data: { about: { dataVersion: computeDataVersion() } } });
    const graphiql = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain('<title>podnet: Pod networking on Amazon EKS</title>');
    // The page and the assets it names, copied beside the bundle.
    const page = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } })).text();
    const assets = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toHaveLength(3);
    for (const asset of assets) expect((await fetch(`http://127.0.0.1:${port}${asset}`)).status).toBe(200);
    // The MCP server, a chunk of its own loaded by the first request to /mcp.
    const mcp = await fetch(`http://127.0.0.1:${port}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(mcp.status).toBe(200);
    expect(await mcp.text()).toContain('"name":"compatibility"');
  });
});
