// The page at / as a browser first loads it: its bytes (the page and every asset it needs, as sent to a browser that
// takes gzip, and decoded) and, where Chromium is installed, the time a cold load takes (a fresh browser context, so
// nothing cached), the median of several loads.
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { wireRequest } from '../scripts/wire-request.js';
import { median, type PageLoad } from './report.js';

export const PAGE_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate',
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOADS = 5;

async function firstLoadBytes(base: string): Promise<{ wireBytes: number; decodedBytes: number; files: number }> {
  const queue = ['/'];
  const seen = new Set<string>();
  let wireBytes = 0;
  let decodedBytes = 0;
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const answer = await wireRequest(base + path, { method: 'GET', headers: PAGE_HEADERS });
    if (answer.status !== 200) throw new Error(`page load: ${path} was answered ${answer.status}`);
    const text = (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString();
    wireBytes += answer.body.length;
    decodedBytes += Buffer.byteLength(text);
    // Assets named by the page (src, href) and modules imported by a script ('./render.js').
    for (const [, href] of text.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) queue.push(href!);
    for (const [, relative] of text.matchAll(/from '\.\/([\w.-]+)'/g)) queue.push(new URL(relative!, base + path).pathname);
  }
  return { wireBytes, decodedBytes, files: seen.size };
}

async function coldLoads(base: string): Promise<{ domContentLoadedMs: number; loadMs: number; requests: number }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const domContentLoaded: number[] = [];
    const loaded: number[] = [];
    let requests = 0;
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('request', () => requests++);
      await page.goto(`${base}/`, { waitUntil: 'load' });
      const timing = await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return { domContentLoaded: navigation!.domContentLoadedEventEnd, load: navigation!.loadEventEnd };
      });
      domContentLoaded.push(timing.domContentLoaded);
      loaded.push(timing.load);
      await context.close();
    }
    return { domContentLoadedMs: median(domContentLoaded), loadMs: median(loaded), requests };
  } finally {
    await browser.close();
  }
}

export async function measurePageLoad(base: string): Promise<PageLoad> {
  const bytes = await firstLoadBytes(base);
  const timed = existsSync(CHROMIUM) ? await coldLoads(base) : null;
  return {
    ...bytes,
    domContentLoadedMs: timed?.domContentLoadedMs ?? null,
    loadMs: timed?.loadMs ?? null,
    requests: bytes.files + (timed?.requests ?? 0),
  };
}
