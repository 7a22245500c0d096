// `npm start` (scripts/start.js): the compiled bundle, bundled again only when a source changed, and once ready a
// line for the person at the terminal saying which URL to open.
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { spawnService } from '../support/child-service.js';
import { waitUntil } from '../support/raw-http.js';

const BUNDLE = join(PROJECT_ROOT, 'dist', 'service', 'server.js');
// Bundling takes a few seconds, more on a busy machine.
const BUNDLING_MS = 60_000;

describe('npm start', () => {
  let service: ReturnType<typeof spawnService> | undefined;
  afterEach(async () => {
    service?.kill();
    await service?.exited;
  });

  async function start() {
    // What npm sets for `npm start`.
    service = spawnService({ npm_lifecycle_event: 'start' }, ['scripts/start.js']);
    const port = await service.port();
    await service.waitForLog('ready', BUNDLING_MS);
    await waitUntil(() => service!.stderr().includes('podnet is ready'), 5_000, 'the ready line on standard error');
    return { port, stderr: service.stderr() };
  }

  it('bundles the changed sources, serves the bundle and says which URL to open', { timeout: 2 * BUNDLING_MS }, async () => {
    const changed = new Date();
    utimesSync(join(PROJECT_ROOT, 'src', 'http', 'process', 'browser-url.ts'), changed, changed);
    const first = await start();
    expect(first.stderr).toContain('the sources changed since the last build; bundling them');
    expect(first.stderr).toContain(`podnet is ready: open http://127.0.0.1:${first.port}/graphql for GraphiQL`);
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThanOrEqual(changed.getTime());
    const answer = await fetch(`http://127.0.0.1:${first.port}/graphql?query=${encodeURIComponent('{ about { dataVersion } }')}`);
    expect(answer.status).toBe(200);
    service!.kill();
    await service!.exited;

    const second = await start();
    expect(second.stderr).not.toContain('bundling');
  });
});
