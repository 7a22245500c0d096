// Makes successful GraphQL answers reusable: keeps them in the response cache (from the second time the request is
// answered: response-cache-admission.ts), which answers the same request next time in front of graphql-yoga
// (response-cache-front.ts), keeps their document among the prepared operations, which answer the same document
// with other variables, and their document's shape (document-shape.ts), which answers documents differing only in
// literal values and alias names, and gives GET answers an ETag and Cache-Control, with 304 Not Modified for a request that
// already holds the ETag. Only a request the front gave keys (in the server context) is considered, and only an
// answer that is a 200 in JSON whose result has no error: a rejected query (query limits, validation) or a failed one
// is never reused. It runs just before the request observer's `last`, so what it keeps is the response as every
// other plugin left it.
import { getOperationAST, type DocumentNode, type GraphQLInputType } from 'graphql';
import { _createLRUCache, type Plugin } from 'graphql-yoga';
import type { OutgoingHttpHeaders } from 'node:http';
import type { LRUCache } from 'lru-cache';
import { responseToKeep } from '../responses/content-encoding.js';
import { cacheControl, etagFor, ifNoneMatchHolds, NOT_IN_304 } from '../responses/http-caching.js';
import { schema } from '../../graphql/schema.js';
import { isCleanResult } from './clean-result.js';
import { literalTypes } from './document-shape.js';
import { MAX_PREPARED_OPERATIONS, createPreparedOperations, type PreparedOperation } from './prepared-operations.js';
import { ResponseCache } from './response-cache.js';

export interface Caches {
  responses: ResponseCache;
  operations: LRUCache<string, PreparedOperation>;
  /** The shapes of documents answered successfully (document-shape.ts), with the headers the pipeline gave them. */
  shapes: ReturnType<typeof _createLRUCache<KnownShape>>;
}

export interface KnownShape {
  headers: OutgoingHttpHeaders;
  /** The input type of each of the shape's literals (document-shape.ts). */
  literalTypes: GraphQLInputType[];
}

export function createCaches(responseCacheMaxBytes: number): Caches {
  return {
    responses: new ResponseCache(responseCacheMaxBytes),
    operations: createPreparedOperations(),
    shapes: _createLRUCache<KnownShape>({ max: MAX_PREPARED_OPERATIONS }),
  };
}

// A type, not an interface: graphql-yoga takes server contexts as records.
export type ResponseCacheServerContext = {
  responseCacheKey?: string;
  /** Set when the request's parameters are in a plain shape (graphql-params.ts). */
  operationKey?: string;
  /** Set when, besides, its document has a shape (document-shape.ts). */
  shapeKey?: string;
};

const JSON_TYPES = ['application/json', 'application/graphql-response+json'];
// Set per request, by the request observer and by availability while stopping; the cache front sets them anew.
const PER_REQUEST_HEADERS = new Set(['content-length', 'connection', 'x-request-id']);

function headersToKeep(headers: Headers): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  headers.forEach((value, name) => {
    if (!PER_REQUEST_HEADERS.has(name)) kept[name] = value;
  });
  return kept;
}

export function useResponseCaching(options: { caches: Caches; maxAgeSeconds: number }): Plugin {
  const executed = new WeakMap<Request, { document: DocumentNode; operationName: string | null }>();
  const clean = new WeakSet<Request>();
  return {
    onExecute({ args }) {
      // graphql-yoga puts the request in every operation's context.
      const request = (args.contextValue as { request: Request }).request;
      executed.set(request, { document: args.document, operationName: getOperationAST(args.document, args.operationName)?.name?.value ?? null });
    },
    onResultProcess({ request, result }) {
      if (isCleanResult(result)) clean.add(request);
    },
    onResponse({ request, response, serverContext, setResponse, fetchAPI }) {
      const { responseCacheKey: key, operationKey, shapeKey } = serverContext as ResponseCacheServerContext;
      const contentType = response.headers.get('content-type') ?? '';
      const operation = executed.get(request);
      if (key === undefined || operation === undefined || response.status !== 200 || !clean.has(request) || !JSON_TYPES.some((type) => contentType.startsWith(type))) {
        return;
      }
      const etag = request.method === 'GET' ? etagFor(key) : undefined;
      if (etag !== undefined) {
        response.headers.set('etag', etag);
        response.headers.set('cache-control', cacheControl(options.maxAgeSeconds));
        // The answer's media type follows the Accept header.
        response.headers.append('vary', 'Accept');
      }
      const headers = headersToKeep(response.headers);
      if (operationKey !== undefined) {
        const shared = { ...headers };
        delete shared.etag;
        options.caches.operations.set(operationKey, { ...operation, headers: shared });
        if (shapeKey !== undefined) options.caches.shapes.set(shapeKey, { headers: shared, literalTypes: literalTypes(schema, operation.document) });
      }
      const notModified = etag !== undefined && ifNoneMatchHolds(request.headers.get('if-none-match'), etag);
      const answerNotModified = () => {
        if (!notModified) return;
        const headers = new fetchAPI.Headers(response.headers);
        for (const name of NOT_IN_304) headers.delete(name);
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      };
      if (!options.caches.responses.admits(key)) return answerNotModified();
      return response
        .clone()
        .arrayBuffer()
        .then(async (body) => {
          options.caches.responses.set(key, await responseToKeep(headers, Buffer.from(body), operation.operationName, request.headers.get('accept-encoding')));
          answerNotModified();
        });
    },
  };
}
