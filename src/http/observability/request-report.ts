// How a request is accounted for once answered, whoever answered it (graphql-yoga through the request observer, or
// the caches in front of it): its id, one log line and one set of metrics. Every request is counted. Its `request`
// line is at `info`, as is every error's, except for successful probes and scrapes and for answers served from the
// response cache (`cache: "hit"`), which are at `debug`: a busy service answers most requests from its cache, and a
// line for each would cost more than the answer. LOG_CACHED_SAMPLE_RATE logs that share of them at `info` instead. A
// prepared operation's answer (`cache: "operation"`) was executed for its request: it is logged at `info`.
import { randomUUID } from 'node:crypto';
import type { Logger } from './logger.js';
import { MCP_PATH } from '../integrations/use-mcp-endpoint.js';
import type { Endpoint, Metrics } from './metrics.js';

const CALLER_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const QUIET_ENDPOINTS: ReadonlySet<Endpoint> = new Set(['health', 'ready', 'metrics']);

/** The caller's x-request-id when it is a plain token (a load balancer's or a portal's trace id), else a new one. */
export function requestIdFor(callerId: string | null | undefined): string {
  return callerId && CALLER_REQUEST_ID.test(callerId) ? callerId : randomUUID();
}

export function endpointOf(pathname: string, graphqlPath: string): Endpoint {
  if (pathname === graphqlPath) return 'graphql';
  if (pathname === MCP_PATH) return 'mcp';
  if (pathname === '/health') return 'health';
  if (pathname === '/ready') return 'ready';
  if (pathname === '/metrics') return 'metrics';
  return 'other';
}

export interface AnsweredRequest {
  requestId: string;
  method: string;
  path: string;
  endpoint: Endpoint;
  operationName: string | null;
  status: number;
  seconds: number;
  errorCodes: readonly string[];
  /** The first unexpected error behind a masked one, logged with its stack. */
  unexpectedError?: unknown;
  /** Set when the caches in front of graphql-yoga answered: from the response cache, or a prepared operation. */
  cache?: 'hit' | 'operation';
}

export function reportRequest(logger: Logger, metrics: Metrics, answered: AnsweredRequest): void {
  metrics.observeRequest(answered.endpoint, answered.method, answered.status, answered.seconds, answered.errorCodes);
  const level = answered.unexpectedError !== undefined ? 'error' : levelOf(logger, answered);
  if (!logger.isLevelEnabled(level)) return;
  const line: Record<string, unknown> = {
    requestId: answered.requestId,
    method: answered.method,
    path: answered.path,
    operationName: answered.operationName,
    status: answered.status,
    durationMs: Math.round(answered.seconds * 10_000) / 10,
  };
  if (answered.errorCodes.length > 0) line.errorCodes = answered.errorCodes;
  if (answered.cache) line.cache = answered.cache;
  if (level === 'error') logger.error({ ...line, err: answered.unexpectedError }, 'request failed');
  else logger[level](line, 'request');
}

function levelOf(logger: Logger, answered: AnsweredRequest): 'info' | 'debug' {
  if (answered.errorCodes.length > 0 || answered.status >= 400) return 'info';
  if (QUIET_ENDPOINTS.has(answered.endpoint)) return 'debug';
  if (answered.cache !== 'hit') return 'info';
  // Math.random() is below 1 always and below 0 never: the rates 1 and 0 log every cached answer, or none, at info.
  return Math.random() < logger.cachedSampleRate ? 'info' : 'debug';
}
