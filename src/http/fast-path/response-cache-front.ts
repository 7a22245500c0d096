// The caches in front of graphql-yoga, in the node:http handler, for GraphQL requests:
// - a request answered successfully before is answered again from the response cache, with no Fetch API request,
//   parsing, validation or execution. Its key holds what makes a response differ: data version, method, request
//   target, Accept, Accept-Encoding, Content-Type, Origin and the exact body. An answer is kept the second time its
//   request is answered (response-cache-admission.ts), compressed for a client that takes gzip (content-encoding.ts).
// - a document the pipeline has answered successfully, sent again with other variables in a plain shape
//   (graphql-params.ts), is executed at once from the prepared operations (prepared-operations.ts), by graphql-jit
//   (prepared-execution.ts). A result without error is answered with the headers the pipeline gave that document; a
//   result with any error is dropped and the request goes to graphql-yoga, so every error is the pipeline's own (the
//   rules are pure, so executing twice changes nothing).
// A miss goes to graphql-yoga with the keys, and use-response-caching.ts keeps the answer when it is one to keep.
// Answers given here get their own request id, `connection: close` while stopping, an ETag for GET with 304 when the
// request holds it, and the same log line (with `cache`: "hit" or "operation") and metrics as any request.
// Requests of any other shape (another path or method, a chunked, compressed or oversized body) go to graphql-yoga
// untouched, as does everything until the knowledge is loaded.
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import type { Knowledge } from '../../knowledge/types.js';
import type { InputLimits } from '../../rules/input-limits.js';
import { responseToKeep } from '../responses/content-encoding.js';
import { paramsOfGet, paramsOfJsonPost, type GraphQLParams } from './graphql-params.js';
import { etagFor, ifNoneMatchHolds, NOT_IN_304 } from '../responses/http-caching.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { preparedAnswer } from './prepared-execution.js';
import type { PreparedOperation } from './prepared-operations.js';
import { headerListOf, readyAnswer, type ReadyAnswer } from './response-cache.js';
import { answerBytes } from '../graphql-server/use-response-size-limit.js';
import { reportRequest, requestIdFor, type AnsweredRequest } from '../observability/request-report.js';
import type { Caches, ResponseCacheServerContext } from './use-response-caching.js';
import type { ServiceState } from '../process/service-state.js';
import type { PodnetYoga } from '../graphql-server/yoga.js';

export interface ResponseCacheFrontOptions {
  caches: Caches;
  state: ServiceState;
  logger: Logger;
  metrics: Metrics;
  graphqlPath: string;
  maxBodyBytes: number;
  inputLimits: InputLimits;
  maxResponseBytes: number;
}

interface Incoming {
  request: IncomingMessage;
  response: ServerResponse;
  path: string;
  search: string;
  startedAt: number;
  knowledge: Knowledge;
  body: Buffer | null;
}

/** What makes two requests get different responses from the pipeline, but their body or query string. */
function shapeOf(knowledge: Knowledge, request: IncomingMessage, path: string): string {
  const { accept = '', 'content-type': contentType = '', origin = '' } = request.headers;
  return `${knowledge.dataVersion}\n${request.method}\n${path}\n${accept}\n${contentType}\n${origin}`;
}

function responseKey(incoming: Incoming): string {
  // Accept-Encoding as sent: whether a kept answer is compressed follows it (content-encoding.ts), and reading it
  // costs less on every hit than working out what it allows. latin1 maps bytes to characters one to one, so
  // different bodies never make the same key.
  const { request } = incoming;
  return `${shapeOf(incoming.knowledge, request, incoming.path)}\n${request.headers['accept-encoding'] ?? ''}\n${incoming.search}\n${incoming.body?.toString('latin1') ?? ''}`;
}

function operationKey(incoming: Incoming, params: GraphQLParams): string {
  // The name as JSON: a request naming the operation "" (which the pipeline refuses) is not one naming none.
  return `${shapeOf(incoming.knowledge, incoming.request, incoming.path)}\n${JSON.stringify(params.operationName ?? null)}\n${params.query}`;
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
  // A body that came in one chunk (nearly all) is used as it is, not copied.
  request.once('end', () => then(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
}

function paramsOf(incoming: Incoming): GraphQLParams | null {
  if (incoming.body === null) return paramsOfGet(incoming.search);
  return incoming.request.headers['content-type']?.startsWith('application/json') ? paramsOfJsonPost(incoming.body) : null;
}

export function withResponseCache(yoga: PodnetYoga, options: ResponseCacheFrontOptions): RequestListener {
  const { caches, state, logger, metrics } = options;

  /** Sends a cached answer, or a 304 when the request holds its ETag; logs and counts it. */
  function send(incoming: Incoming, answer: ReadyAnswer<Buffer | string>, cache: AnsweredRequest['cache']) {
    const { request, response } = incoming;
    const requestId = requestIdFor(request.headers['x-request-id'] as string | undefined);
    const perRequest = ['x-request-id', requestId];
    const notModified = answer.etag !== undefined && ifNoneMatchHolds(request.headers['if-none-match'], answer.etag);
    if (notModified) {
      const headers: OutgoingHttpHeaders = { ...answer.headers };
      for (const name of NOT_IN_304) delete headers[name];
      response.writeHead(304, headerListOf(headers).concat(perRequest)).end();
    } else {
      response.writeHead(200, answer.headerList.concat(perRequest)).end(answer.body);
    }
    reportRequest(logger, metrics, {
      requestId,
      method: request.method!,
      path: incoming.path,
      endpoint: 'graphql',
      operationName: answer.operationName,
      status: notModified ? 304 : 200,
      seconds: (performance.now() - incoming.startedAt) / 1000,
      errorCodes: [],
      cache,
    });
  }

  function toYoga(incoming: Incoming, context: ResponseCacheServerContext) {
    // graphql-yoga's node adapter takes a body already read from `request.body`.
    if (incoming.body !== null) Object.assign(incoming.request, { body: incoming.body });
    void yoga(incoming.request, incoming.response, context);
  }

  async function executePrepared(incoming: Incoming, key: string, opKey: string, operation: PreparedOperation, params: GraphQLParams) {
    const body = await preparedAnswer(operation, params, { knowledge: incoming.knowledge, inputLimits: options.inputLimits });
    // An answer over the size limit goes to the pipeline too, which refuses it (use-response-size-limit.ts).
    if (body === null || answerBytes(body) > options.maxResponseBytes) return toYoga(incoming, { responseCacheKey: key, operationKey: opKey });
    const headers = incoming.request.method === 'GET' ? { ...operation.headers, etag: etagFor(key) } : operation.headers;
    if (!caches.responses.admits(key)) return send(incoming, readyAnswer(headers, body, operation.operationName), 'operation');
    // Kept as content-encoding.ts says, and written as it is at every hit. An answer given once stays text: no buffer
    // to allocate.
    const answer = await responseToKeep(headers, body, operation.operationName, incoming.request.headers['accept-encoding']);
    caches.responses.set(key, answer);
    send(incoming, answer, 'operation');
  }

  function answer(incoming: Incoming) {
    const key = responseKey(incoming);
    const cached = caches.responses.get(key);
    metrics.responseCacheLookup(cached ? 'hit' : 'miss');
    if (cached) return send(incoming, cached, 'hit');
    const params = paramsOf(incoming);
    if (params === null) return toYoga(incoming, { responseCacheKey: key });
    const opKey = operationKey(incoming, params);
    const operation = caches.operations.get(opKey);
    if (operation === undefined) return toYoga(incoming, { responseCacheKey: key, operationKey: opKey });
    executePrepared(incoming, key, opKey, operation, params).catch(() => toYoga(incoming, { responseCacheKey: key, operationKey: opKey }));
  }

  return (request, response) => {
    const startedAt = performance.now();
    const target = request.url ?? '';
    const queryAt = target.indexOf('?');
    const path = queryAt === -1 ? target : target.slice(0, queryAt);
    const search = queryAt === -1 ? '' : target.slice(queryAt + 1);
    const knowledge = state.knowledge;
    if (knowledge === undefined || path !== options.graphqlPath) return void yoga(request, response);
    if (request.method === 'GET') return answer({ request, response, path, search, startedAt, knowledge, body: null });
    if (request.method === 'POST' && hasPlainBody(request, options.maxBodyBytes)) {
      return readBody(request, (body) => answer({ request, response, path, search, startedAt, knowledge, body }));
    }
    void yoga(request, response);
  };
}
