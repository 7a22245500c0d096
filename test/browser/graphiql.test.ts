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
    // The page's Content-Security-Policy (security-headers.ts) lets everything it needs run.
    expect(refusedByPolicy).toEqual([]);
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
