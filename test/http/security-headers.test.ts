import { createHash } from 'node:crypto';
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

  it('gives GraphiQL a Content-Security-Policy allowing scripts from this origin (inline ones by hash only), and requests to this origin only', async () => {
    const page = await get('/graphql', { accept: 'text/html' });
    const html = await page.text();
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/script-src 'self'/);
    const linked = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(0);
    for (const src of linked) expect(src).toMatch(/^\/(?!\/)/);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    for (const script of inline) expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(policy).not.toContain("'unsafe-inline' 'sha256");
    expect(policy).not.toMatch(/https?:/);
    // JSON answers need no policy.
    expect((await t.post({ query: '{ __typename }' })).response.headers.has('content-security-policy')).toBe(false);
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
