// The service in-process and ready, without a port, for tests and embedding: configuration read from the given
// environment, knowledge given or loaded from the database it names (built first when missing or outdated), the log
// written where asked; requests go through `yoga.fetch`. Importing this module does nothing; each call builds a new,
// independent app, assembled as the process assembles it (assembly.ts).
import type { DestinationStream } from 'pino';
import { openDatabase } from '../db/build-database.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { Knowledge } from '../knowledge/types.js';
import { assembleService, type AssembledService } from './assembly.js';
import { readConfig } from './config.js';
import { createLogger } from './observability/logger.js';
import { ServiceState } from './process/service-state.js';

export interface AppOptions {
  /** The environment variables config.ts reads; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** The knowledge to answer from; by default loaded from the database DATABASE_PATH names. */
  knowledge?: Knowledge;
  /** Where the log lines go; standard output by default. */
  logDestination?: DestinationStream;
}

export type App = AssembledService & { knowledge: Knowledge };

export function createApp(options: AppOptions = {}): App {
  const config = readConfig(options.env);
  const knowledge = options.knowledge ?? loadedKnowledge(config.databasePath);
  const service = assembleService({ config, state: ServiceState.ready(knowledge), logger: createLogger(config, options.logDestination) });
  service.metrics.knowledgeLoaded(knowledge);
  return { ...service, knowledge };
}

function loadedKnowledge(databasePath: string): Knowledge {
  const database = openDatabase(databasePath);
  try {
    return loadKnowledge(database.sqlite);
  } finally {
    database.sqlite.close();
  }
}
