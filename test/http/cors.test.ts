import { describe, expect, it } from 'vitest';
import { createTestYoga } from '../support/yoga.js';

const PORTAL = 'https://portal.example.com';
const OTHER = 'https://evil.example.net';

function request(t: ReturnType<typeof createTestYoga>, origin: string | null, preflight = false) {
  const headers: Record<string, string> = preflight
    ? { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' }
    : { 'content-type': 'application/json' };
  if (origin) headers.origin = origin;
  return t.yoga.fetch('http://podnet.test/graphql', {
    method: preflight ? 'OPTIONS' : 'POST',
    headers,
    ...(preflight ? {} : { body: JSON.stringify({ query: '{ __typename }' }) }),
  });
}

function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));
}

describe('CORS', () => {
  it('allows no cross-origin call by default: no CORS headers, whatever the origin', async () => {
    const t = createTestYoga();
    expect(corsHeaders(await request(t, PORTAL))).toEqual({});
    const preflight = await request(t, PORTAL, true);
    expect(corsHeaders(preflight)).toEqual({});
    // The portal's developer sees why in the browser's network panel.
    expect(preflight.status).toBe(403);
    expect(await preflight.json()).toEqual({
      errors: [{ message: expect.stringContaining('Cross-origin requests are off: set CORS_ORIGINS'), extensions: { code: 'CORS_NOT_ALLOWED' } }],
    });
  });

  it('echoes an allowed origin exactly, varies on Origin, and allows no credentials unless configured', async () => {
    const t = createTestYoga({ CORS_ORIGINS: `${PORTAL},http://localhost:3000` });
    const response = await request(t, PORTAL);
    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual({ 'access-control-allow-origin': PORTAL, 'access-control-expose-headers': 'x-request-id' });
    expect(response.headers.get('vary')).toContain('Origin');

    const preflight = await request(t, PORTAL, true);
    expect(preflight.status).toBe(204);
    expect(corsHeaders(preflight)).toEqual({
      'access-control-allow-origin': PORTAL,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'accept, authorization, content-type, x-request-id',
      'access-control-max-age': '600',
      'access-control-expose-headers': 'x-request-id',
    });
  });

  it('gives an origin not on the list no CORS headers, and a sandboxed "null" origin none either', async () => {
    const t = createTestYoga({ CORS_ORIGINS: PORTAL, CORS_ALLOW_CREDENTIALS: 'true' });
    for (const origin of [OTHER, 'null', `${PORTAL}.evil.example.net`]) {
      const response = await request(t, origin);
      expect(corsHeaders(response)).toEqual({});
      expect(response.headers.get('vary')).toContain('Origin');
      expect(corsHeaders(await request(t, origin, true))).toEqual({});
    }
  });

  it('allows credentials only for listed origins when CORS_ALLOW_CREDENTIALS=true', async () => {
    const t = createTestYoga({ CORS_ORIGINS: PORTAL, CORS_ALLOW_CREDENTIALS: 'true' });
    expect(corsHeaders(await request(t, PORTAL))).toMatchObject({
      'access-control-allow-origin': PORTAL,
      'access-control-allow-credentials': 'true',
    });
    expect(corsHeaders(await request(t, PORTAL, true))['access-control-allow-credentials']).toBe('true');
  });

  it('answers any origin with * and never with credentials when CORS_ORIGINS=*', async () => {
    const t = createTestYoga({ CORS_ORIGINS: '*' });
    const response = await request(t, OTHER);
    expect(corsHeaders(response)).toEqual({ 'access-control-allow-origin': '*', 'access-control-expose-headers': 'x-request-id' });
    expect(corsHeaders(await request(t, OTHER, true))['access-control-allow-origin']).toBe('*');
  });
});
