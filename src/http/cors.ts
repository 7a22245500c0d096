// CORS from an allowlist (CORS_ORIGINS). An allowed origin is echoed exactly, with `Vary: Origin` for caches;
// credentials are allowed only when CORS_ALLOW_CREDENTIALS=true, and never with `*` (config refuses that pair).
// An origin not on the list gets no CORS headers, so the browser withholds the response. graphql-yoga's own CORS
// is off: by default it echoes any origin with credentials allowed.
import type { Plugin } from 'graphql-yoga';

export const CORS_ALLOWED_HEADERS = ['accept', 'authorization', 'content-type', 'x-request-id'];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export function useCors(options: { origins: readonly string[]; allowCredentials: boolean }): Plugin {
  const anyOrigin = options.origins.includes('*');

  function allowedOrigin(request: Request): string | null {
    const origin = request.headers.get('origin');
    if (origin === null) return null;
    if (anyOrigin) return '*';
    return options.origins.includes(origin) ? origin : null;
  }

  function corsHeaders(request: Request): Record<string, string> {
    const origin = allowedOrigin(request);
    if (origin === null) return {};
    return {
      'access-control-allow-origin': origin,
      ...(options.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
      'access-control-expose-headers': 'x-request-id',
    };
  }

  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'OPTIONS' || !request.headers.has('access-control-request-method')) return;
      const headers: Record<string, string> = corsHeaders(request);
      if (headers['access-control-allow-origin']) {
        headers['access-control-allow-methods'] = 'GET, POST';
        headers['access-control-allow-headers'] = CORS_ALLOWED_HEADERS.join(', ');
        headers['access-control-max-age'] = String(PREFLIGHT_MAX_AGE_SECONDS);
      }
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
    onResponse({ request, response }) {
      if (!anyOrigin) response.headers.append('vary', 'Origin');
      if (request.method === 'OPTIONS') return;
      for (const [name, value] of Object.entries(corsHeaders(request))) response.headers.set(name, value);
    },
  };
}
