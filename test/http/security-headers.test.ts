import { describe, expect, it } from 'vitest';
import { createTestYoga } from '../support/yoga.js';

describe('security headers', () => {
  const t = createTestYoga();
  const get = (path: string, headers: Record<string, string> = { accept: 'application/json' }) => t.yoga.fetch(`http://podnet.test${path}`, { headers });

  it('says X-Content-Type-Options: nosniff on every kind of answer', async () => {
    const answers = [
      (await t.post({ query: '{ __typename }' })).response,
      (await t.post({ query: '{' })).response,
      await get('/health'),
      await get('/ready'),
      await get('/metrics'),
      await get('/nowhere'),
      await get('/graphql', { accept: 'text/html' }),
    ];
    for (const answer of answers) expect(answer.headers.get('x-content-type-options'), answer.url).toBe('nosniff');
  });

  it('does not say x-yoga-id (the time the process started) on /health', async () => {
    const health = await get('/health');
    expect(health.status).toBe(200);
    expect(health.headers.has('x-yoga-id')).toBe(false);
  });

  it('gives GraphiQL a Content-Security-Policy allowing scripts from this origin only (it has no inline script), and requests to this origin only', async () => {
    const page = await get('/graphql', { accept: 'text/html' });
    const html = await page.text();
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toContain("script-src 'self' 'unsafe-inline'");
    const linked = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(0);
    for (const src of linked) expect(src).toMatch(/^\/(?!\/)/);
    expect(html).not.toMatch(/<script>/);
    expect(policy).not.toMatch(/https?:/);
    // JSON answers need no policy.
    expect((await t.post({ query: '{ __typename }' })).response.headers.has('content-security-policy')).toBe(false);
  });

  it('leaves the page at / its own policy, with the configured frame-ancestors, after GraphiQL has been served', async () => {
    const portal = createTestYoga({ PAGE_FRAME_ANCESTORS: 'https://portal.example.com' });
    const page = () => portal.yoga.fetch('http://podnet.test/', { headers: { accept: 'text/html' } });
    const before = (await page()).headers.get('content-security-policy');
    expect(before).toContain('frame-ancestors https://portal.example.com');
    await (await portal.yoga.fetch('http://podnet.test/graphql', { headers: { accept: 'text/html' } })).text();
    expect((await page()).headers.get('content-security-policy')).toBe(before);
  });
});

describe('GET with malformed JSON parameters', () => {
  it.each(['variables', 'extensions'])('answers malformed %s with 400 BAD_REQUEST naming it, and logs no error', async (name) => {
    const t = createTestYoga();
    const response = await t.yoga.fetch(`http://podnet.test/graphql?query=%7B__typename%7D&${name}=%7Bx`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringContaining(`The ${name} parameter is not valid JSON`), extensions: { code: 'BAD_REQUEST' } }] });
    const lines = t.logs();
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({ status: 400, errorCodes: ['BAD_REQUEST'] });
  });
});
