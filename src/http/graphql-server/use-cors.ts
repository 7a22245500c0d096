// CORS from an allowlist (CORS_ORIGINS). An allowed origin is echoed exactly, with `Vary: Origin` for caches;
// credentials are allowed only when CORS_ALLOW_CREDENTIALS=true, and never with `*` (config refuses that pair).
// An origin not on the list gets no CORS headers, so the browser withholds the response. graphql-yoga's own CORS
// is off: by default it echoes any origin with credentials allowed.
import type { Plugin } from 'graphql-yoga';

const CORS_ALLOWED_HEADERS = ['accept', 'authorization', 'content-type', 'x-request-id'];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('access-control-request-method');
}

/**
 * With no allowed origin (CORS_ORIGINS unset) a browser's preflight gets 403 and a message saying that cross-origin
 * calls are off and which setting turns them on: the developer of a portal sees it in the browser's network panel
 * instead of a bare "Method not allowed". Still no CORS header, so the browser refuses the call.
 */
export function useCorsOff(): Plugin {
  const message = 'Cross-origin requests are off: set CORS_ORIGINS to the browser origins allowed to call (e.g. https://portal.example.com).';
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'CORS_NOT_ALLOWED' } }] });
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (isPreflight(request)) endResponse(new fetchAPI.Response(body, { status: 403, headers: { 'content-type': 'application/json; charset=utf-8' } }));
    },
  };
}

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
      if (!isPreflight(request)) return;
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
