// The running service: listens first (answering /health, and /ready with 503), then loads the knowledge and
// reports ready. server.ts runs it as a process; tests run it in-process.
import type { Server } from 'node:http';
import type { ServiceConfig } from '../config.js';
import { createHttpServer, listen } from './http-server.js';
import type { Logger } from '../observability/logger.js';
import { createMetricsServer } from '../observability/metrics-server.js';
import type { PreparedKnowledge } from './prepare-knowledge.js';
import { OpenConnections } from './open-connections.js';
import { ServiceState } from './service-state.js';
import { shutDown, type ShutdownOutcome } from './shutdown.js';
import { assembleService } from '../assembly.js';

export interface RunningService {
  server: Server;
  /** The server of /metrics when METRICS_PORT gives it a port of its own, and that port. */
  metricsServer: { server: Server; port: number } | null;
  state: ServiceState;
  port: number;
  /** Resolves once the knowledge is loaded and the service reports ready; rejects if it cannot be loaded. */
  ready: Promise<void>;
  stop(): Promise<ShutdownOutcome>;
}

export async function startService(options: {
  config: ServiceConfig;
  logger: Logger;
  prepareKnowledge: (databasePath: string) => Promise<PreparedKnowledge>;
}): Promise<RunningService> {
  const { config, logger } = options;
  const { state, metrics, handler } = assembleService({ config, state: new ServiceState(), logger });
  const server = createHttpServer(handler, config.http);
  // node:http closes a connection beyond this as soon as it is accepted.
  server.maxConnections = config.maxConnections;
  const connections = new OpenConnections(server, state);
  const port = await listen(server, config.port, config.host);
  const metricsServer = config.metricsPort === null ? null : createMetricsServer(metrics, config.metricsBearerToken);
  const metricsPort = metricsServer === null ? null : await listen(metricsServer, config.metricsPort!, config.host);
  logger.info({ host: config.host, port, ...(metricsPort !== null ? { metricsPort } : {}) }, 'listening; loading knowledge');

  const ready = options.prepareKnowledge(config.databasePath).then(({ knowledge, rebuilt }) => {
    state.markReady(knowledge);
    metrics.knowledgeLoaded(knowledge);
    logger.info({ dataVersion: knowledge.dataVersion, databasePath: config.databasePath, rebuilt }, 'ready');
  });

  return {
    server,
    metricsServer: metricsServer === null ? null : { server: metricsServer, port: metricsPort! },
    state,
    port,
    ready,
    stop: async () => {
      // Scrapes go on while the service drains; the metrics port closes with it.
      const outcome = await shutDown({ server, connections, state, logger, delayMs: config.shutdownDelayMs, graceMs: config.shutdownGraceMs });
      metricsServer?.close();
      metricsServer?.closeAllConnections();
      return outcome;
    },
  };
}
