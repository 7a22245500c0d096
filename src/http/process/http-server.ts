// Puts the service's handler (graphql-yoga behind the response cache) on node:http with deliberate timeouts:
// - headersTimeout: a client that trickles its headers (slowloris) is cut off with 408;
// - requestTimeout: a whole request, body included, must arrive within it;
// - keepAliveTimeout: longer than the load balancer's idle timeout (60 s on AWS), so the balancer, not this server,
//   closes idle connections and never sends a request on a socket this server is closing.
// Node checks the first two every `connectionsCheckingInterval`; one second keeps them close to their values.
// What node:http refuses before a request exists (malformed HTTP, oversized headers, timeouts) is answered here,
// like every other error, with a JSON body and a code; so is a request whose Host and target make no URL, which
// graphql-yoga's adapter would answer with a stack trace.
import { STATUS_CODES, createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HttpTimeouts } from '../config.js';
import { NOSNIFF } from '../graphql-server/use-security-headers.js';
import { RefusedBodyDrainingResponse } from './refused-body-drain.js';

const CONNECTIONS_CHECKING_INTERVAL_MS = 1000;

const CLIENT_ERRORS: Record<string, [status: number, code: string, message: string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'The request did not arrive in time.'],
  HPE_HEADER_OVERFLOW: [431, 'REQUEST_HEADER_FIELDS_TOO_LARGE', 'The request headers are too large.'],
};

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: ServerResponse }) {
  // As node:http itself does: a response already under way cannot be followed by another one.
  if (!socket.writable || error.code === 'ECONNRESET' || socket._httpMessage?.headersSent) return void socket.destroy();
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'BAD_REQUEST', 'Malformed HTTP request.'];
  const body = errorBody(message, code);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
}

function errorBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

// Host header values found to make a valid URL. After such a host, a target in origin form ("/...") always makes a
// valid URL too (the URL parser refuses no path or query), so a client's requests are checked once per Host value,
// not each time. A client sending ever new Host values only makes the set start over.
const validHosts = new Set<string>();
const VALID_HOSTS_KEPT = 256;

function badRequestTarget(request: IncomingMessage): string | null {
  const host = request.headers.host;
  if (host === undefined && request.httpVersion === '1.1') return 'An HTTP/1.1 request needs a Host header.';
  const authority = host ?? 'localhost';
  const target = request.url ?? '';
  const originForm = target.startsWith('/');
  if (originForm && validHosts.has(authority)) return null;
  if (!URL.canParse(`http://${authority}${target}`)) return 'The Host header and request target make no valid URL.';
  if (originForm) {
    if (validHosts.size >= VALID_HOSTS_KEPT) validHosts.clear();
    validHosts.add(authority);
  }
  return null;
}

function guarded(handler: RequestListener): RequestListener {
  return (request, response) => {
    const problem = badRequestTarget(request);
    if (problem === null) return void handler(request, response);
    const body = errorBody(problem, 'BAD_REQUEST');
    response.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...NOSNIFF, connection: 'close' });
    response.end(body);
  };
}

export function createHttpServer(handler: RequestListener, timeouts: HttpTimeouts): Server {
  const server = createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      keepAliveTimeout: timeouts.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(CONNECTIONS_CHECKING_INTERVAL_MS, timeouts.headersTimeoutMs),
      // Checked by `guarded`, which answers with a code.
      requireHostHeader: false,
      // A 413 waits for the refused body to be read (refused-body-drain.ts).
      ServerResponse: RefusedBodyDrainingResponse,
    },
    guarded(handler),
  );
  server.on('clientError', answerClientError);
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
