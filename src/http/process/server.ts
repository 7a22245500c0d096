// `npm start` / `npm run start:prod`: the service as a process. Exit codes: 0 after a graceful stop, 1 when the
// database cannot be opened or rebuilt, in-flight requests outlived the grace period, or an error went uncaught;
// 2 for invalid configuration.
import { ConfigError, readConfig, type ServiceConfig } from '../config.js';
import { createLogger } from '../observability/logger.js';
import { browserUrl } from './browser-url.js';
import { prepareKnowledge } from './prepare-knowledge.js';
import { startService } from './service.js';

let config: ServiceConfig;
try {
  config = readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`podnet: cannot start: ${error.message}`);
  process.exit(2);
}

const logger = createLogger(config);
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  process.exit(1);
});
process.on('unhandledRejection', (reason) => {
  logger.fatal({ err: reason }, 'unhandled promise rejection');
  process.exit(1);
});

const service = await startService({ config, logger, prepareKnowledge }).catch((error: unknown) => {
  logger.fatal({ err: error }, `cannot listen on ${config.host}:${config.port}`);
  process.exit(1);
});

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'signal received');
  const outcome = await service.stop();
  if (outcome === 'forced') logger.warn({ graceMs: config.shutdownGraceMs }, 'stopped: closed requests still in flight after the grace period');
  else logger.info('stopped');
  process.exit(outcome === 'forced' ? 1 : 0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

service.ready.catch((error: unknown) => {
  logger.fatal({ err: error }, error instanceof Error ? error.message : 'cannot load the knowledge');
  process.exit(1);
});

// `npm start` is run by a person at a terminal: once ready, say where to point the browser (on standard error; the
// log on standard output stays JSON lines).
if (process.env.npm_lifecycle_event === 'start') {
  service.ready.then(() => console.error(`podnet is ready: open ${browserUrl(config.host, service.port)} for GraphiQL`), () => {});
}
