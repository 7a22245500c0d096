// The response cache in front of graphql-yoga, in the node:http handler: a GraphQL request the full pipeline has
// already answered successfully is answered again from memory, without building a Fetch API request, parsing,
// validating or executing anything. What makes a response differ is in the key: data version, method, request
// target, Accept, Content-Type, Origin and the exact body. A miss goes to graphql-yoga with the key, and
// response-caching.ts keeps the answer when it is one to keep. A hit gets its own request id, `connection: close`
// while stopping, 304 when the request holds its ETag, and the same log line (with `cache: "hit"`) and metrics as
// any request. Requests of any other shape (another path or method, a chunked, compressed or oversized body) go to
// graphql-yoga untouched, as does everything until the knowledge is loaded.
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import { ifNoneMatchHolds } from './http-caching.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { reportRequest, requestIdFor } from './request-report.js';
import type { CachedResponse, ResponseCache } from './response-cache.js';
import type { ResponseCacheServerContext } from './response-caching.js';
import type { ServiceState } from './service-state.js';
import type { PodnetYoga } from './yoga.js';

export interface ResponseCacheFrontOptions {
  cache: ResponseCache;
  state: ServiceState;
  logger: Logger;
  metrics: Metrics;
  graphqlPath: string;
  maxBodyBytes: number;
}

function cacheKey(dataVersion: string, request: IncomingMessage, body: Buffer | null): string {
  const { accept = '', 'content-type': contentType = '', origin = '' } = request.headers;
  // latin1 maps bytes to characters one to one, so different bodies never make the same key.
  return `${dataVersion}\n${request.method}\n${request.url}\n${accept}\n${contentType}\n${origin}\n${body?.toString('latin1') ?? ''}`;
}

/** A POST body that can be read whole here: declared, not empty, within the limit, neither chunked nor compressed. */
function hasPlainBody(request: IncomingMessage, maxBodyBytes: number): boolean {
  const length = request.headers['content-length'];
  if (length === undefined || !/^\d+$/.test(length) || request.headers['transfer-encoding'] || request.headers['content-encoding']) return false;
  const bytes = Number(length);
  return bytes > 0 && bytes <= maxBodyBytes;
}

function readBody(request: IncomingMessage, then: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.once('end', () => then(Buffer.concat(chunks)));
}

export function withResponseCache(yoga: PodnetYoga, options: ResponseCacheFrontOptions): RequestListener {
  const { cache, state, logger, metrics, graphqlPath } = options;

  function answerFromCache(request: IncomingMessage, response: ServerResponse, cached: CachedResponse, path: string, startedAt: number) {
    const requestId = requestIdFor(request.headers['x-request-id'] as string | undefined);
    const headers: OutgoingHttpHeaders = { ...cached.headers, 'x-request-id': requestId };
    if (state.phase === 'stopping') headers.connection = 'close';
    const notModified = cached.etag !== undefined && ifNoneMatchHolds(request.headers['if-none-match'], cached.etag);
    if (notModified) {
      delete headers['content-type'];
      response.writeHead(304, headers).end();
    } else {
      headers['content-length'] = cached.body.length;
      response.writeHead(200, headers).end(cached.body);
    }
    reportRequest(logger, metrics, {
      requestId,
      method: request.method!,
      path,
      endpoint: 'graphql',
      operationName: cached.operationName,
      status: notModified ? 304 : 200,
      seconds: (performance.now() - startedAt) / 1000,
      errorCodes: [],
      cache: 'hit',
    });
  }

  function answer(request: IncomingMessage, response: ServerResponse, path: string, startedAt: number, key: string, body: Buffer | null) {
    const cached = cache.get(key);
    metrics.responseCacheLookup(cached ? 'hit' : 'miss');
    if (cached) return answerFromCache(request, response, cached, path, startedAt);
    // graphql-yoga's node adapter takes a body already read from `request.body`.
    if (body !== null) Object.assign(request, { body });
    const context: ResponseCacheServerContext = { responseCacheKey: key };
    void yoga(request, response, context);
  }

  return (request, response) => {
    const startedAt = performance.now();
    const target = request.url ?? '';
    const queryAt = target.indexOf('?');
    const path = queryAt === -1 ? target : target.slice(0, queryAt);
    const dataVersion = state.knowledge?.dataVersion;
    if (dataVersion === undefined || path !== graphqlPath) return void yoga(request, response);
    if (request.method === 'GET') return answer(request, response, path, startedAt, cacheKey(dataVersion, request, null), null);
    if (request.method === 'POST' && hasPlainBody(request, options.maxBodyBytes)) {
      return readBody(request, (body) => answer(request, response, path, startedAt, cacheKey(dataVersion, request, body), body));
    }
    void yoga(request, response);
  };
}
