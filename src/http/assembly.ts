// The service assembled, without a port: metrics, the caches, the yoga instance and the node:http handler with the
// response cache in front of it, over a state whose knowledge may come later. The one assembly: the process
// (process/service.ts) puts it on a port; app.ts makes it ready in-process. Nothing here opens or builds the database,
// so a start loads neither the migrator nor the seed files.
import type { RequestListener } from 'node:http';
import type { ServiceConfig } from './config.js';
import { withResponseCache } from './fast-path/response-cache-front.js';
import { createCaches, type Caches } from './fast-path/use-response-caching.js';
import { GRAPHQL_PATH, createPodnetYoga, type PodnetYoga } from './graphql-server/yoga.js';
import type { Logger } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';
import type { ServiceState } from './process/service-state.js';

export interface AssembledService {
  config: ServiceConfig;
  state: ServiceState;
  logger: Logger;
  metrics: Metrics;
  caches: Caches;
  yoga: PodnetYoga;
  /** yoga behind the response cache, for node:http. */
  handler: RequestListener;
}

export function assembleService({ config, state, logger }: Pick<AssembledService, 'config' | 'state' | 'logger'>): AssembledService {
  const metrics = new Metrics();
  const caches = createCaches(config.responseCacheMaxBytes);
  metrics.watchResponseCache(caches.responses);
  const yoga = createPodnetYoga({ config, state, logger, metrics, caches });
  const handler = withResponseCache(yoga, { caches, state, logger, metrics, graphqlPath: GRAPHQL_PATH, maxBodyBytes: config.maxBodyBytes, inputLimits: config.inputLimits, maxResponseBytes: config.maxResponseBytes, maxTokens: config.limits.maxTokens });
  return { config, state, logger, metrics, caches, yoga, handler };
}
