// The one place where an answer given in front of graphql-yoga (response-cache-front.ts) is decided request by
// request. Whatever yoga's plugins would have done for the request is either already in the answer, because the
// pipeline gave it for a request of the same key (content type, CORS and security headers, compression, caching
// headers), or done here, for this request: its id, 304 for a GET that holds the ETag, the log line and the metrics.
// `connection: close` while stopping is node:http's, for every response alike (process/open-connections.ts). PLUGINS_ACCOUNTED_FOR says which for each of yoga's plugins, by the name
// yoga.ts gives it; test/http/front-answer.test.ts fails when the yoga instance has a plugin not on it.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { reportRequest, requestIdFor, type AnsweredRequest } from '../observability/request-report.js';
import { responseToKeep } from '../responses/content-encoding.js';
import { etagFor, ifNoneMatchHolds, NOT_IN_304 } from '../responses/http-caching.js';
import { headerListOf, readyAnswer, type ReadyAnswer, type ResponseCache } from './response-cache.js';

/** How the front accounts for each of the service's plugins, by the name yoga.ts gives it (plugin-names.ts). */
export const PLUGINS_ACCOUNTED_FOR: Readonly<Record<string, string>> = {
  requestObserver: 'here: the request id (the caller\'s when it is a plain token), the log line and the metrics, by reportRequest as the observer does',
  cors: 'in the kept headers: the key holds Origin, so each origin gets the CORS headers the pipeline gave it; preflights (OPTIONS) never come here',
  availability: 'before the knowledge is loaded every request goes to yoga; `connection: close` while stopping is set for every response by process/open-connections.ts',
  webPage: 'other paths than the GraphQL endpoint never come here',
  jsonQueryParameters: 'only GET parameters in their plain shape come here (graphql-params.ts); the rest go to yoga',
  metricsEndpoint: 'other paths than the GraphQL endpoint never come here',
  graphiqlAssets: 'other paths than the GraphQL endpoint never come here',
  slackCommand: 'other paths than the GraphQL endpoint never come here',
  mcpEndpoint: 'other paths than the GraphQL endpoint never come here',
  queryLimits: 'the same for every request of a key, prepared operation or document shape (document-shape.ts), as the pipeline found it',
  repeatedFieldLimit: 'the same for every request of a key or prepared operation; a document with a repeated response name has no shape',
  responseSizeLimit: 'here: an answer over the limit goes to yoga, which refuses it',
  noIntrospection: 'the same for every request of a key, prepared operation or document shape: field names are in each',
  errorCodes: 'a result with any error goes to yoga: every error is the pipeline\'s',
  codedErrorResponses: 'a result with any error goes to yoga: every error is the pipeline\'s',
  securityHeaders: 'in the kept headers, as the pipeline set them',
  responseCaching: 'what fills the caches the front answers from; ETag and 304 for GET here, compression when an answer is kept (content-encoding.ts)',
};

/**
 * How many plugins graphql-yoga 5.24 adds of its own, with the service's options: its engine, schema and context,
 * health check, GraphiQL, request parsers (GET, JSON, multipart, application/graphql, forms), result processors, body
 * size limit, parse and validation cache, batching limit, parameter check, unhandled routes, method check, no
 * mutation by GET, error masking and HTTP status of validation errors (some empty where an option is off). For a
 * GraphQL request in a plain shape what they do is in the kept headers and answers, or makes an error, which the
 * front leaves to yoga. test/http/front-answer.test.ts counts them, so that a new one is looked at.
 */
export const YOGA_OWN_PLUGINS = 24;

export interface FrontServices {
  responses: ResponseCache;
  logger: Logger;
  metrics: Metrics;
}

export interface FrontRequest {
  request: IncomingMessage;
  response: ServerResponse;
  path: string;
  startedAt: number;
}

/** An answer executed in front of yoga for this request: its JSON and the headers the pipeline gives such answers. */
export interface ExecutedAnswer {
  body: string;
  /** The body's length in bytes, as measured for the response size limit. */
  bytes: number;
  headers: OutgoingHttpHeaders;
  operationName: string | null;
  /** The request's response cache key. */
  key: string;
}

/**
 * Answers a request in front of yoga, from the response cache (`hit`) or executed here (`operation`): a GET answer
 * gets its ETag; an executed answer is kept when the response cache admits it, compressed for a client that takes
 * gzip (content-encoding.ts), and sent as kept, else sent as text; a request holding the ETag gets 304; every answer
 * gets its request id, its log line and its metrics.
 */
export function answerInFront(services: FrontServices, incoming: FrontRequest, given: ReadyAnswer | ExecutedAnswer): void | Promise<void> {
  // A hit is sent at once, without a promise.
  if (!('key' in given)) return send(services, incoming, given, 'hit');
  const { body, bytes, operationName, key } = given;
  const get = incoming.request.method === 'GET';
  const headers = get ? { ...given.headers, etag: etagFor(key) } : given.headers;
  if (!services.responses.admits(key)) return send(services, incoming, readyAnswer(headers, body, operationName, { bytes, sharedHeaders: !get }), 'operation');
  // Written as it is at every hit. An answer given once stays text: no buffer to allocate.
  return responseToKeep(headers, body, operationName, incoming.request.headers['accept-encoding']).then((kept) => {
    services.responses.set(key, kept);
    send(services, incoming, kept, 'operation');
  });
}

function send(services: FrontServices, incoming: FrontRequest, answer: ReadyAnswer<Buffer | string>, cache: NonNullable<AnsweredRequest['cache']>): void {
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
  reportRequest(services.logger, services.metrics, {
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
