// /metrics on a port of its own (METRICS_PORT), as Kubernetes deployments usually have it: Prometheus scrapes the
// pod's metrics port, which the Service does not expose, so clients of the API never reach the metrics. Nothing
// else is served there (404), and METRICS_BEARER_TOKEN applies here too.
import { createServer, type Server } from 'node:http';
import { bearerAllowed, METRICS_PATH, UNAUTHENTICATED_METRICS } from './use-metrics-endpoint.js';
import type { Metrics } from './metrics.js';
import { NOSNIFF } from '../graphql-server/use-security-headers.js';

const NOT_FOUND = JSON.stringify({ errors: [{ message: `Not found: this port serves ${METRICS_PATH} only.`, extensions: { code: 'NOT_FOUND' } }] });

export function createMetricsServer(metrics: Metrics, token: string | null): Server {
  return createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== METRICS_PATH) {
      return void response.writeHead(404, { 'content-type': 'application/json; charset=utf-8', ...NOSNIFF }).end(NOT_FOUND);
    }
    if (!bearerAllowed(request.headers.authorization, token)) {
      return void response.writeHead(UNAUTHENTICATED_METRICS.status, { ...UNAUTHENTICATED_METRICS.headers, ...NOSNIFF }).end(UNAUTHENTICATED_METRICS.body);
    }
    void metrics.exposition().then(
      (text) => response.writeHead(200, { 'content-type': metrics.contentType, ...NOSNIFF }).end(text),
      () => response.writeHead(500, { ...NOSNIFF }).end(),
    );
  });
}
