// Puts the yoga instance on node:http with deliberate timeouts:
// - headersTimeout: a client that trickles its headers (slowloris) is cut off with 408;
// - requestTimeout: a whole request, body included, must arrive within it;
// - keepAliveTimeout: longer than the load balancer's idle timeout (60 s on AWS), so the balancer, not this server,
//   closes idle connections and never sends a request on a socket this server is closing.
// Node checks the first two every `connectionsCheckingInterval`; one second keeps them close to their values.
import { createServer, type Server } from 'node:http';
import type { HttpTimeouts } from './config.js';
import type { PodnetYoga } from './yoga.js';

const CONNECTIONS_CHECKING_INTERVAL_MS = 1000;

export function createHttpServer(yoga: PodnetYoga, timeouts: HttpTimeouts): Server {
  const server = createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      keepAliveTimeout: timeouts.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(CONNECTIONS_CHECKING_INTERVAL_MS, timeouts.headersTimeoutMs),
    },
    yoga,
  );
  return server;
}

/** Listens and resolves with the port actually bound (the one asked for, or a free one for port 0). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
