// The service assembled, without a port: metrics, the caches, the yoga instance and the node:http handler with the
// response cache in front of it. Importing this module does nothing; each call builds a new, independent app.
// `assembleApp` is what the process (process/service.ts) puts on a port, with a state that becomes ready once the
// knowledge is loaded; `createApp` is the same assembly in-process and ready, for tests and embedding: configuration
// read from the given environment, knowledge given or loaded from the database it names (built first when missing
// or outdated), requests sent through `yoga.fetch`.
import type { RequestListener } from 'node:http';
import type { DestinationStream } from 'pino';
import { openDatabase } from '../db/build-database.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { Knowledge } from '../knowledge/types.js';
import { readConfig, type ServiceConfig } from './config.js';
import { PreparedOperations } from './fast-path/prepared-operations.js';
import { withResponseCache } from './fast-path/response-cache-front.js';
import { ResponseCache } from './fast-path/response-cache.js';
import type { Caches } from './fast-path/use-response-caching.js';
import { GRAPHQL_PATH, createPodnetYoga, type PodnetYoga } from './graphql-server/yoga.js';
import { createLogger, type Logger } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';
import { ServiceState } from './process/service-state.js';

export interface App {
  config: ServiceConfig;
  state: ServiceState;
  logger: Logger;
  metrics: Metrics;
  caches: Caches;
  yoga: PodnetYoga;
  /** yoga behind the response cache, for node:http. */
  handler: RequestListener;
}

export function assembleApp({ config, state, logger }: Pick<App, 'config' | 'state' | 'logger'>): App {
  const metrics = new Metrics();
  const caches = { responses: new ResponseCache(config.responseCacheMaxBytes), operations: new PreparedOperations() };
  metrics.watchResponseCache(caches.responses);
  const yoga = createPodnetYoga({ config, state, logger, metrics, caches });
  const handler = withResponseCache(yoga, { caches, state, logger, metrics, graphqlPath: GRAPHQL_PATH, maxBodyBytes: config.maxBodyBytes, inputLimits: config.inputLimits, maxResponseBytes: config.maxResponseBytes });
  return { config, state, logger, metrics, caches, yoga, handler };
}

export interface AppOptions {
  /** The environment variables config.ts reads; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** The knowledge to answer from; by default loaded from the database DATABASE_PATH names. */
  knowledge?: Knowledge;
  /** Where the log lines go; standard output by default. */
  logDestination?: DestinationStream;
}

export function createApp(options: AppOptions = {}): App & { knowledge: Knowledge } {
  const config = readConfig(options.env);
  const knowledge = options.knowledge ?? loadedKnowledge(config.databasePath);
  const app = assembleApp({ config, state: ServiceState.ready(knowledge), logger: createLogger(config.logLevel, options.logDestination) });
  app.metrics.knowledgeLoaded(knowledge);
  return { ...app, knowledge };
}

function loadedKnowledge(databasePath: string): Knowledge {
  const database = openDatabase(databasePath);
  try {
    return loadKnowledge(database.sqlite);
  } finally {
    database.sqlite.close();
  }
}
