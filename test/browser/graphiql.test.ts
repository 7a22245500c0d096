// A real browser opens /graphql with no route to the internet, runs the example query and shows the answer.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yoga } from '../../src/http/app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe.runIf(existsSync(CHROMIUM) || process.env.CI)('GraphiQL in a browser', () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
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
