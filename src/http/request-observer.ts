// One log line and one set of metrics per request: request id, operation name, status, duration, error codes.
// The request id comes from the caller's x-request-id when it is a plain token (a load balancer's or a portal's
// trace id), else it is made here; it is returned as x-request-id. `first` goes before every other plugin and
// `last` after them, so the duration covers them all and the status and codes are the ones the client gets.
// (graphql-yoga answers /health before any plugin runs: such a request's record starts at its response.)
import { randomUUID } from 'node:crypto';
import { getOperationAST, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { originalOf } from './errors.js';
import type { Logger } from './logger.js';
import type { Endpoint, Metrics } from './metrics.js';

interface RequestRecord {
  id: string;
  startedAt: number;
  operationName: string | null;
  errorCodes: string[];
  unexpectedErrors: unknown[];
}

const CALLER_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const QUIET_ENDPOINTS: ReadonlySet<Endpoint> = new Set(['health', 'ready', 'metrics']);

function endpointOf(pathname: string, graphqlPath: string): Endpoint {
  if (pathname === graphqlPath) return 'graphql';
  if (pathname === '/health') return 'health';
  if (pathname === '/ready') return 'ready';
  if (pathname === '/metrics') return 'metrics';
  return 'other';
}

function errorsOf(result: unknown): readonly GraphQLError[] {
  const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
  return results.flatMap((r) => (r && typeof r === 'object' && Array.isArray(r.errors) ? r.errors : []));
}

export function createRequestObserver(options: { logger: Logger; metrics: Metrics; graphqlPath: string }): { first: Plugin; last: Plugin } {
  const records = new WeakMap<Request, RequestRecord>();

  function recordOf(request: Request): RequestRecord {
    let record = records.get(request);
    if (!record) {
      const callerId = request.headers.get('x-request-id');
      record = {
        id: callerId && CALLER_REQUEST_ID.test(callerId) ? callerId : randomUUID(),
        startedAt: performance.now(),
        operationName: null,
        errorCodes: [],
        unexpectedErrors: [],
      };
      records.set(request, record);
    }
    return record;
  }

  const first: Plugin = {
    onRequest({ request }) {
      recordOf(request);
    },
    onParams({ request, params }) {
      recordOf(request).operationName = params.operationName ?? null;
    },
    onExecute({ args }) {
      // graphql-yoga puts the request in every operation's context.
      const record = recordOf((args.contextValue as { request: Request }).request);
      record.operationName ??= getOperationAST(args.document, args.operationName)?.name?.value ?? null;
    },
  };

  const last: Plugin = {
    onResultProcess({ request, result }) {
      const record = recordOf(request);
      for (const error of errorsOf(result)) {
        record.errorCodes.push(String(error.extensions.code));
        const original = originalOf(error);
        if (original !== undefined) record.unexpectedErrors.push(original);
      }
    },
    onResponse({ request, response, fetchAPI }) {
      const record = recordOf(request);
      const url = new fetchAPI.URL(request.url);
      const endpoint = endpointOf(url.pathname, options.graphqlPath);
      const seconds = (performance.now() - record.startedAt) / 1000;
      if (record.errorCodes.length === 0 && response.status >= 400 && response.headers.get('content-type')?.includes('json')) {
        // An error answered before GraphQL processing (413, 503, 404...): its codes are in the body only.
        return response
          .clone()
          .json()
          .then((body: { errors?: { extensions?: { code?: unknown } }[] }) => {
            record.errorCodes = (body.errors ?? []).map((e) => String(e.extensions?.code));
            finish();
          }, finish);
      }
      finish();

      function finish() {
        response.headers.set('x-request-id', record.id);
        options.metrics.observeRequest(endpoint, request.method, response.status, seconds, record.errorCodes);
        const line = {
          requestId: record.id,
          method: request.method,
          path: url.pathname,
          operationName: record.operationName,
          status: response.status,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(record.errorCodes.length > 0 ? { errorCodes: record.errorCodes } : {}),
        };
        if (record.unexpectedErrors.length > 0) {
          options.logger.error({ ...line, err: record.unexpectedErrors[0] }, 'request failed');
        } else if (QUIET_ENDPOINTS.has(endpoint)) {
          options.logger.debug(line, 'request');
        } else {
          options.logger.info(line, 'request');
        }
      }
    },
  };

  return { first, last };
}
