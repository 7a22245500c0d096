// Graceful stop after SIGTERM: report not-ready at once and keep serving for `delayMs` (load balancers and
// Kubernetes endpoints take a moment to stop sending); then stop accepting connections and give in-flight requests
// `graceMs` to finish. Responses sent while stopping say `connection: close` (use-availability.ts), so busy keep-alive
// connections end after their response; idle ones are closed here as they appear.
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../observability/logger.js';
import type { ServiceState } from './service-state.js';

const IDLE_SWEEP_MS = 100;

export type ShutdownOutcome = 'drained' | 'forced';

export async function shutDown(options: {
  server: Server;
  state: ServiceState;
  logger: Logger;
  delayMs: number;
  graceMs: number;
}): Promise<ShutdownOutcome> {
  const { server, state, logger, delayMs, graceMs } = options;
  state.markStopping();
  logger.info({ delayMs, graceMs }, 'stopping: reporting not-ready');
  await sleep(delayMs);

  const closed = new Promise<ShutdownOutcome>((resolve) => server.close(() => resolve('drained')));
  logger.info('stopping: no longer accepting connections');
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  let graceTimer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<ShutdownOutcome>((resolve) => {
    graceTimer = setTimeout(() => resolve('forced'), graceMs);
  });
  const outcome = await Promise.race([closed, graceOver]);
  clearTimeout(graceTimer);
  clearInterval(sweep);
  if (outcome === 'forced') server.closeAllConnections();
  return outcome;
}
