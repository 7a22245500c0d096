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
  });
});
