// Graceful stop after SIGTERM: report not-ready at once and keep serving for `delayMs` (load balancers and
// Kubernetes endpoints take a moment to stop sending); then stop accepting connections and give in-flight requests
// `graceMs` to finish. Responses sent while stopping close their connections once every request received on them is
// answered; a connection with nothing to answer is closed once quiet (open-connections.ts). So a request written on
// a connection the server accepted is answered; a client's new connection is refused once the server stops listening
// (or reset by the system, if it was still waiting to be accepted then: its request never reached the service).
import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../observability/logger.js';
import type { OpenConnections } from './open-connections.js';
import type { ServiceState } from './service-state.js';

const SWEEP_MS = 100;
/** How long a connection with nothing to answer must have received nothing, after the server stopped listening, before it is closed. */
const IDLE_QUIET_MS = 1000;

export type ShutdownOutcome = 'drained' | 'forced';

export async function shutDown(options: {
  server: Server;
  connections: OpenConnections;
  state: ServiceState;
  logger: Logger;
  delayMs: number;
  graceMs: number;
}): Promise<ShutdownOutcome> {
  const { server, connections, state, logger, delayMs, graceMs } = options;
  state.markStopping();
  logger.info({ delayMs, graceMs }, 'stopping: reporting not-ready');
  await sleep(delayMs);

  // net.Server's close stops accepting and calls back once every connection has closed. http.Server's close would
  // also destroy at once each connection without a request in progress, resetting a request on its way to it.
  const closed = new Promise<ShutdownOutcome>((resolve) => NetServer.prototype.close.call(server, () => resolve('drained')));
  const closedAt = performance.now();
  logger.info({ connections: connections.counts }, 'stopping: no longer accepting connections');
  const sweep = setInterval(() => connections.closeQuiet(IDLE_QUIET_MS, closedAt), SWEEP_MS);
  let graceTimer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'grace over'>((resolve) => {
    graceTimer = setTimeout(() => resolve('grace over'), graceMs);
  });
  const outcome = await Promise.race([closed, graceOver]);
  clearTimeout(graceTimer);
  clearInterval(sweep);
  if (outcome === 'drained') return outcome;
  // Connections still open only because they have not been quiet long enough cut no request.
  const cut = connections.busy;
  server.closeAllConnections();
  return cut ? 'forced' : 'drained';
}
