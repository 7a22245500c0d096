// Builds the graphql-yoga instance: schema, protections, error handling, observability. No network here:
// http-server.ts puts it on a port. The knowledge comes from `state`, so the instance can answer /health and
// /ready (503) before the knowledge is loaded.
import type { DocumentNode } from 'graphql';
import { _createLRUCache, type YogaServerInstance } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { MAX_DOCUMENT_TEXT_KEPT } from '../fast-path/prepared-operations.js';
import { createYogaOnNode } from './yoga-adapter.js';
import type { Context } from '../../graphql/builder.js';
import { schema } from '../../graphql/schema.js';
import { useAvailability } from './use-availability.js';
import type { ServiceConfig } from '../config.js';
import { useCors, useCorsOff } from './use-cors.js';
import { useErrorCodes } from './use-error-codes.js';
import { useCodedErrorResponses } from './use-coded-error-responses.js';
import { maskError } from '../../graphql/masked-errors.js';
import { graphiqlOptions, renderGraphiQL } from './graphiql.js';
import { useJsonQueryParameters } from './use-json-query-parameters.js';
import { useGraphiQLAssets } from './use-graphiql-assets.js';
import type { Logger } from '../observability/logger.js';
import { useMcpEndpoint } from '../integrations/use-mcp-endpoint.js';
import { useMetricsEndpoint } from '../observability/use-metrics-endpoint.js';
import type { Metrics } from '../observability/metrics.js';
import { useQueryLimits } from './use-query-limits.js';
import { useRepeatedFieldLimit } from './use-repeated-field-limit.js';
import { createRequestObserver } from '../observability/request-observer.js';
import { useResponseSizeLimit } from './use-response-size-limit.js';
import { useResponseCaching, type Caches } from '../fast-path/use-response-caching.js';
import { useNoIntrospection } from './use-no-introspection.js';
import { named } from './plugin-names.js';
import type { ServiceState } from '../process/service-state.js';
import { useSecurityHeaders } from './use-security-headers.js';
import { useSlackCommand } from '../integrations/slack/use-slack-command.js';
import { useWebPage } from '../../web/page-route.js';

export type PodnetYoga = YogaServerInstance<Record<string, unknown>, Context>;

export interface PodnetYogaOptions {
  config: ServiceConfig;
  state: ServiceState;
  logger: Logger;
  metrics: Metrics;
  /** Where successful answers are kept, for the cache in front of yoga (response-cache-front.ts); none in tests that call yoga.fetch. */
  caches?: Caches;
}

export const GRAPHQL_PATH = '/graphql';

// Parsed documents and parse errors graphql-yoga keeps (validation results are kept per document). Its default of
// 1024 each mostly holds documents sent once, with their arguments inline; documents sent again with variables are
// answered in front of yoga (prepared-operations.ts).
const PARSE_CACHE_ENTRIES = 128;

export function createPodnetYoga({ config, state, logger, metrics, caches }: PodnetYogaOptions): PodnetYoga {
  const observer = createRequestObserver({ logger, metrics, graphqlPath: GRAPHQL_PATH });
  return createYogaOnNode<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    // Requests reach GraphQL only once knowledge is loaded (useAvailability answers 503 before that).
    context: () => ({ knowledge: state.knowledge!, inputLimits: config.inputLimits }),
    graphiql: config.schemaDiscovery ? graphiqlOptions : false,
    renderGraphiQL,
    landingPage: false,
    healthCheckEndpoint: '/health',
    maskedErrors: { maskError, isDev: false },
    // Every request is logged once, with its id, by the request observer; yoga's own logger would log errors
    // a second time without it.
    logging: false,
    cors: false,
    batching: false,
    multipart: false,
    maxRequestBodySize: config.maxBodyBytes,
    parserAndValidationCache: {
      // Bounded by document text too, as the prepared operations are: a parsed document keeps its tokens.
      documentCache: new LRUCache<string, DocumentNode>({ max: PARSE_CACHE_ENTRIES, maxSize: MAX_DOCUMENT_TEXT_KEPT, sizeCalculation: (_document, text) => text.length }),
      errorCache: _createLRUCache({ max: PARSE_CACHE_ENTRIES }),
    },
    // Each plugin is named: the fast path in front of yoga says how it accounts for each (fast-path/front-answer.ts).
    plugins: [
      named('requestObserver', observer.first),
      named('cors', config.corsOrigins.length > 0 ? useCors({ origins: config.corsOrigins, allowCredentials: config.corsAllowCredentials }) : useCorsOff()),
      named('availability', useAvailability(state, GRAPHQL_PATH)),
      named('webPage', useWebPage({ state, frameAncestors: config.frameAncestors, graphiql: config.schemaDiscovery, inputLimits: config.inputLimits })),
      named('jsonQueryParameters', useJsonQueryParameters(GRAPHQL_PATH)),
      config.metricsPort === null && named('metricsEndpoint', useMetricsEndpoint(metrics, config.metricsBearerToken)),
      config.schemaDiscovery && named('graphiqlAssets', useGraphiQLAssets()),
      config.slackSigningSecret !== null && named('slackCommand', useSlackCommand({ secret: config.slackSigningSecret, state, logger, reply: config.slackReply })),
      config.mcpEnabled && named('mcpEndpoint', useMcpEndpoint({ state, logger, maxBodyBytes: config.maxBodyBytes, inputLimits: config.inputLimits, nameOperation: observer.nameOperation })),
      named('queryLimits', useQueryLimits(config.limits)),
      named('repeatedFieldLimit', useRepeatedFieldLimit(config.limits.maxRepeatedFields)),
      named('responseSizeLimit', useResponseSizeLimit(config.maxResponseBytes)),
      !config.schemaDiscovery && named('noIntrospection', useNoIntrospection()),
      named('errorCodes', useErrorCodes({ schema, schemaDiscovery: config.schemaDiscovery })),
      named('codedErrorResponses', useCodedErrorResponses()),
      named('securityHeaders', useSecurityHeaders()),
      caches !== undefined && named('responseCaching', useResponseCaching({ caches, maxAgeSeconds: config.httpCacheMaxAgeSeconds })),
      named('requestObserver', observer.last),
    ].filter((plugin) => plugin !== false),
  });
}
