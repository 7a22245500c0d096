// One log line and one set of metrics per request answered by graphql-yoga (request-report.ts): request id,
// operation name, status, duration, error codes. The request id is returned as x-request-id. `first` goes before
// every other plugin and `last` after them, so the duration covers them all and the status and codes are the ones
// the client gets. (graphql-yoga answers /health before any plugin runs: such a request's record starts at its
// response.)
import { getOperationAST, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { originalOf } from '../../graphql/masked-errors.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { endpointOf, reportRequest, requestIdFor } from './request-report.js';

interface RequestRecord {
  id: string;
  startedAt: number;
  operationName: string | null;
  errorCodes: string[];
  unexpectedErrors: unknown[];
}

function errorsOf(result: unknown): readonly GraphQLError[] {
  const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
  return results.flatMap((r) => (r && typeof r === 'object' && Array.isArray(r.errors) ? r.errors : []));
}

export interface RequestObserver {
  first: Plugin;
  last: Plugin;
  /** Names what a request asked for when it is not a GraphQL operation (an MCP method and tool), for its log line. */
  nameOperation(request: Request, operationName: string): void;
}

export function createRequestObserver(options: { logger: Logger; metrics: Metrics; graphqlPath: string }): RequestObserver {
  const records = new WeakMap<Request, RequestRecord>();

  function recordOf(request: Request): RequestRecord {
    let record = records.get(request);
    if (!record) {
      record = {
        id: requestIdFor(request.headers.get('x-request-id')),
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
        reportRequest(options.logger, options.metrics, {
          requestId: record.id,
          method: request.method,
          path: url.pathname,
          endpoint,
          operationName: record.operationName,
          status: response.status,
          seconds,
          errorCodes: record.errorCodes,
          unexpectedError: record.unexpectedErrors[0],
        });
      }
    },
  };

  return { first, last, nameOperation: (request, operationName) => void (recordOf(request).operationName = operationName) };
}
