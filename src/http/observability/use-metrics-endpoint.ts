// GET /metrics: the Prometheus text exposition of the service's metrics, on the service's port unless METRICS_PORT
// gives it one of its own (metrics-server.ts), and only with `Authorization: Bearer <METRICS_BEARER_TOKEN>` when
// that is set.
import { timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Metrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

/** Whether an Authorization header carries the token (compared in constant time); always true without a token. */
export function bearerAllowed(authorization: string | null | undefined, token: string | null): boolean {
  if (token === null) return true;
  const given = Buffer.from(/^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const UNAUTHENTICATED_METRICS = {
  status: 401,
  headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
  body: JSON.stringify({ errors: [{ message: 'The metrics need a bearer token.', extensions: { code: 'UNAUTHENTICATED' } }] }),
};

export function useMetricsEndpoint(metrics: Metrics, token: string | null): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH || request.method !== 'GET') return;
      if (!bearerAllowed(request.headers.get('authorization'), token)) {
        const { body, ...init } = UNAUTHENTICATED_METRICS;
        return endResponse(new fetchAPI.Response(body, init));
      }
      return metrics.exposition().then((text) => {
        endResponse(new fetchAPI.Response(text, { status: 200, headers: { 'content-type': metrics.contentType } }));
      });
    },
  };
}
