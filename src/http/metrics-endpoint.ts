// GET /metrics: the Prometheus text exposition of the service's metrics.
import type { Plugin } from 'graphql-yoga';
import type { Metrics } from './metrics.js';

export function useMetricsEndpoint(metrics: Metrics): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics' || request.method !== 'GET') return;
      return metrics.exposition().then((text) => {
        endResponse(new fetchAPI.Response(text, { status: 200, headers: { 'content-type': metrics.contentType } }));
      });
    },
  };
}
