// The service assembled in-process and ready, without a port: configuration read, database opened (built first
// when missing or outdated), knowledge loaded, yoga created. Tests call `yoga.fetch`; server.ts runs the same
// parts as a process, through service.ts.
import { openDatabase } from '../db/build-database.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { readConfig } from './config.js';
import { createLogger } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';
import { ServiceState } from './process/service-state.js';
import { createPodnetYoga } from './graphql-server/yoga.js';

export const config = readConfig();
const database = openDatabase(config.databasePath);
export const knowledge = loadKnowledge(database.sqlite);
database.sqlite.close();

export const yoga = createPodnetYoga({
  config,
  state: ServiceState.ready(knowledge),
  logger: createLogger(config),
  metrics: new Metrics(),
});
