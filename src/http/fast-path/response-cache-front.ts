// The caches in front of graphql-yoga, in the node:http handler, for GraphQL requests:
// - a request answered successfully before is answered again from the response cache, with no Fetch API request,
//   parsing, validation or execution. Its key holds what makes a response differ: data version, method, request
//   target, Accept, Accept-Encoding, Content-Type, Origin and the exact body. An answer is kept the second time its
//   request is answered (response-cache-admission.ts), compressed for a client that takes gzip (content-encoding.ts).
// - a document the pipeline has answered successfully, sent again with other variables in a plain shape
//   (graphql-params.ts), is executed at once from the prepared operations (prepared-operations.ts), by graphql-jit
//   (prepared-execution.ts).
// - a new document of a shape the pipeline has answered successfully (the same document but for literal values and
//   alias names: document-shape.ts) is parsed here, its literal values checked against their types, and executed by
//   graphql-js, with no Fetch API request, no validation of the rest and none of yoga's plugins.
// An executed result without error is answered with the headers the pipeline gave its operation or shape; a result
// with any error is dropped and the request goes to graphql-yoga, so every error is the pipeline's own (the rules are
// pure, so executing twice changes nothing). A miss goes to graphql-yoga with the keys, and use-response-caching.ts
// fills the caches when the answer is one to keep. Every answer given here goes through answerInFront
// (front-answer.ts), which makes each per-request decision.
// Requests of any other shape (another path or method, a chunked, compressed or oversized body) go to graphql-yoga
// untouched, as does everything until the knowledge is loaded.
import { getOperationAST, parse, type DocumentNode } from 'graphql';
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import type { Knowledge } from '../../knowledge/types.js';
import type { InputLimits } from '../../rules/input-limits.js';
import { documentShape, literalsFit } from './document-shape.js';
import { answerInFront, type FrontServices } from './front-answer.js';
import { paramsOfGet, paramsOfJsonPost, type GraphQLParams } from './graphql-params.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { preparedAnswer, shapedAnswer } from './prepared-execution.js';
import { answerBytes } from '../graphql-server/use-response-size-limit.js';
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
  /** The query limit on a document's tokens: a document over it is not parsed here. */
  maxTokens: number;
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
function requestShapeOf(knowledge: Knowledge, request: IncomingMessage, path: string): string {
  const { accept = '', 'content-type': contentType = '', origin = '' } = request.headers;
  return `${knowledge.dataVersion}\n${request.method}\n${path}\n${accept}\n${contentType}\n${origin}`;
}

function responseKey(incoming: Incoming): string {
  // Accept-Encoding as sent: whether a kept answer is compressed follows it (content-encoding.ts), and reading it
  // costs less on every hit than working out what it allows. latin1 maps bytes to characters one to one, so
  // different bodies never make the same key.
  const { request } = incoming;
  return `${requestShapeOf(incoming.knowledge, request, incoming.path)}\n${request.headers['accept-encoding'] ?? ''}\n${incoming.search}\n${incoming.body?.toString('latin1') ?? ''}`;
}

function operationKey(incoming: Incoming, params: GraphQLParams): string {
  // The name as JSON: a request naming the operation "" (which the pipeline refuses) is not one naming none.
  return `${requestShapeOf(incoming.knowledge, incoming.request, incoming.path)}\n${JSON.stringify(params.operationName ?? null)}\n${params.query}`;
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

/** The document parsed (without locations: only an answer without error is given here), or null when it does not parse. */
function parsed(query: string, maxTokens: number): DocumentNode | null {
  try {
    return parse(query, { noLocation: true, maxTokens });
  } catch {
    return null;
  }
}

function paramsOf(incoming: Incoming): GraphQLParams | null {
  if (incoming.body === null) return paramsOfGet(incoming.search);
  return incoming.request.headers['content-type']?.startsWith('application/json') ? paramsOfJsonPost(incoming.body) : null;
}

export function withResponseCache(yoga: PodnetYoga, options: ResponseCacheFrontOptions): RequestListener {
  const { caches } = options;
  const services: FrontServices = { responses: caches.responses, logger: options.logger, metrics: options.metrics };

  function toYoga(incoming: Incoming, context: ResponseCacheServerContext) {
    // graphql-yoga's node adapter takes a body already read from `request.body`.
    if (incoming.body !== null) Object.assign(incoming.request, { body: incoming.body });
    void yoga(incoming.request, incoming.response, context);
  }

  /** Answers with what `execute` gives, or leaves the request to yoga when it gives nothing (an error) or too much. */
  function executeInFront(incoming: Incoming, context: Required<Pick<ResponseCacheServerContext, 'responseCacheKey'>> & ResponseCacheServerContext, headers: OutgoingHttpHeaders, operationName: string | null, execute: () => Promise<string | null>) {
    execute()
      .then((body) => {
        // An answer over the size limit goes to the pipeline too, which refuses it (use-response-size-limit.ts).
        if (body === null) return toYoga(incoming, context);
        const bytes = answerBytes(body);
        if (bytes > options.maxResponseBytes) return toYoga(incoming, context);
        return answerInFront(services, incoming, { body, bytes, headers, operationName, key: context.responseCacheKey });
      })
      .catch(() => toYoga(incoming, context));
  }

  function answer(incoming: Incoming) {
    const key = responseKey(incoming);
    const cached = caches.responses.get(key);
    options.metrics.responseCacheLookup(cached ? 'hit' : 'miss');
    if (cached) return void answerInFront(services, incoming, cached);
    const params = paramsOf(incoming);
    if (params === null) return toYoga(incoming, { responseCacheKey: key });
    const opKey = operationKey(incoming, params);
    const operation = caches.operations.get(opKey);
    const contextValue = { knowledge: incoming.knowledge, inputLimits: options.inputLimits };
    if (operation !== undefined) {
      return executeInFront(incoming, { responseCacheKey: key, operationKey: opKey }, operation.headers, operation.operationName, () => preparedAnswer(operation, params, contextValue));
    }
    const document = parsed(params.query, options.maxTokens);
    const shape = document && documentShape(document);
    if (!document || !shape) return toYoga(incoming, { responseCacheKey: key, operationKey: opKey });
    const shapeKey = `${requestShapeOf(incoming.knowledge, incoming.request, incoming.path)}\n${JSON.stringify(params.operationName ?? null)}\n${shape.key}`;
    const known = caches.shapes.get(shapeKey);
    if (known === undefined || !literalsFit(shape.literals, known.literalTypes)) return toYoga(incoming, { responseCacheKey: key, operationKey: opKey, shapeKey });
    // The operation name the log gives, as the request observer finds it.
    const operationName = params.operationName ?? getOperationAST(document, params.operationName)?.name?.value ?? null;
    executeInFront(incoming, { responseCacheKey: key, operationKey: opKey, shapeKey }, known.headers, operationName, () => shapedAnswer(document, params, contextValue));
  }

  return (request, response) => {
    const startedAt = performance.now();
    const target = request.url ?? '';
    const queryAt = target.indexOf('?');
    const path = queryAt === -1 ? target : target.slice(0, queryAt);
    const search = queryAt === -1 ? '' : target.slice(queryAt + 1);
    const knowledge = options.state.knowledge;
    if (knowledge === undefined || path !== options.graphqlPath) return void yoga(request, response);
    if (request.method === 'GET') return answer({ request, response, path, search, startedAt, knowledge, body: null });
    if (request.method === 'POST' && hasPlainBody(request, options.maxBodyBytes)) {
      return readBody(request, (body) => answer({ request, response, path, search, startedAt, knowledge, body }));
    }
    void yoga(request, response);
  };
}
