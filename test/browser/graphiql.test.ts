// A real browser opens /graphql with no route to the internet, runs the example query and shows the answer.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe.runIf(existsSync(CHROMIUM) || process.env.CI)('GraphiQL in a browser', () => {
  let service: Awaited<ReturnType<typeof startTestService>>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    service = await startTestService();
    base = service.url;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await service.close();
  });

  it('loads from the service alone and runs the example query', async () => {
    const page = await browser.newPage();
    const refusedByPolicy: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refusedByPolicy.push(message.text());
    });
    const offsite: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.host !== new URL(base).host) offsite.push(request.url());
    });
    await page.goto(`${base}/graphql`);
    await page.click('.graphiql-execute-button', { timeout: 20_000 });
    // CodeMirror lays the answer out with non-breaking spaces: compare with white space folded.
    const answer = async () => (await page.innerText('.graphiql-response')).replace(/\s+/gu, ' ');
    await expect.poll(answer, { timeout: 20_000 }).toContain('"compatible": true');
    expect(offsite).toEqual([]);
    // The page's Content-Security-Policy (use-security-headers.ts) lets everything it needs run.
    expect(refusedByPolicy).toEqual([]);
  });

  it('is usable within 2 s in a browser with nothing cached, from files it compresses and lets the browser keep', async () => {
    // The service has compressed GraphiQL's files for the tests before; a newcomer's browser starts empty.
    const context = await browser.newContext();
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Performance.enable');
    const files: { url: string; encoding?: string; cacheControl?: string }[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/graphiql/')) {
        files.push({ url: response.url(), encoding: response.headers()['content-encoding'], cacheControl: response.headers()['cache-control'] });
      }
    });
    const started = performance.now();
    await page.goto(`${base}/graphql`);
    // Usable: the editor shows the example query and the run button can be pressed.
    await page.waitForSelector('.graphiql-execute-button:enabled', { timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('CustomNetworkingWithSecurityGroups'), null, { timeout: 20_000 });
    const wallMs = performance.now() - started;
    // The time the page's main thread worked until then (its CPU time, as Chromium's DevTools count it): what the
    // wait would be on a machine with a core to spare. The wall time is printed too; on a shared machine it grows
    // with whatever else runs.
    const { metrics } = await devtools.send('Performance.getMetrics');
    const mainThreadMs = metrics.find((metric) => metric.name === 'ThreadTime')!.value * 1000;
    console.info(`GraphiQL usable after ${Math.round(mainThreadMs)} ms of main-thread time (${Math.round(wallMs)} ms wall time)`);
    expect(mainThreadMs).toBeLessThan(2000);
    expect(files.map((file) => new URL(file.url).pathname.split('/').pop())).toEqual(expect.arrayContaining(['graphiql.css', 'graphiql.js']));
    for (const file of files) expect(file).toMatchObject({ encoding: 'gzip', cacheControl: 'public, max-age=31536000, immutable' });
    await context.close();
  });

  it('shows the answer the response cache sends compressed to a repeated query as the first one', async () => {
    const page = await browser.newPage();
    const encodings: (string | undefined)[] = [];
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      // The example query's answers, not GraphiQL's introspection.
      if (response.request().method() !== 'POST' || response.request().postData()?.includes('__schema')) return;
      encodings.push(response.headers()['content-encoding']);
      // As the browser decoded it.
      bodies.push(response.text());
    });
    await page.goto(`${base}/graphql`);
    const answer = async () => (await page.innerText('.graphiql-response')).replace(/\s+/gu, ' ');
    await page.click('.graphiql-execute-button', { timeout: 20_000 });
    await expect.poll(answer, { timeout: 20_000 }).toContain('"compatible": true');
    const first = await answer();
    for (let run = 2; run <= 3; run++) {
      await page.click('.graphiql-execute-button');
      await expect.poll(() => encodings.length, { timeout: 20_000 }).toBe(run);
      await expect.poll(answer, { timeout: 20_000 }).toBe(first);
    }
    // The browser says it takes gzip: by the third time (the test before may have sent it once more), the answer is
    // the one the response cache kept, compressed.
    expect(encodings).toHaveLength(3);
    expect(encodings[2]).toBe('gzip');
    const [firstBody, , compressed] = await Promise.all(bodies);
    expect(compressed).toBe(firstBody);
  });
});
