// The server's open connections, each with the requests it has received and not yet answered, so that a stop closes
// keep-alive connections without cutting a request a client has already sent:
// - while stopping, a response closes its connection (`connection: close`) unless another request has already been
//   received on it: that one is answered too, and its response closes the connection (pipelined requests);
// - a connection with nothing to answer is closed only once it has been quiet (no byte received) for a while after
//   the server stopped listening. A client sending back to back sends its next request within that time and gets it
//   answered with `connection: close`; closing such a connection at once (as http.Server's close does) would reset
//   the request already on its way. Quiet counts from the stop, not from the last request: once its busy
//   connections close, a client picks one it had left idle.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ServiceState } from './service-state.js';

interface Connection {
  /** Responses not yet finished, in the order their requests came. */
  pending: ServerResponse[];
  bytesRead: number;
  quietSince: number;
}

/** Makes the response close its connection when its head is written, if no other request has been received on it by then. */
function closeWhenLast(connection: Connection, response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  // node:http writes `connection: close` and closes the connection after a response with shouldKeepAlive false.
  response.writeHead = ((...args: unknown[]) => {
    if (connection.pending.at(-1) === response) response.shouldKeepAlive = false;
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

export class OpenConnections {
  readonly #connections = new Map<Socket, Connection>();
  #accepted = 0;

  constructor(server: Server, state: ServiceState) {
    server.on('connection', (socket: Socket) => {
      this.#accepted++;
      this.#connections.set(socket, { pending: [], bytesRead: 0, quietSince: performance.now() });
      socket.once('close', () => this.#connections.delete(socket));
    });
    // First among the request listeners, so that a response written at once is already counted.
    server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
      // Kept here: node:http detaches the socket from the request once the response is done.
      const socket = request.socket as Socket;
      const connection = this.#connections.get(socket);
      if (!connection) return;
      connection.pending.push(response);
      response.once('close', () => {
        connection.pending.splice(connection.pending.indexOf(response), 1);
        connection.bytesRead = socket.bytesRead;
        connection.quietSince = performance.now();
      });
      if (state.phase === 'stopping') closeWhenLast(connection, response);
    });
    // Responses are hooked only from the stop on, so none is while the service serves: those received by then too.
    state.whenStopping(() => {
      for (const connection of this.#connections.values()) {
        for (const response of connection.pending) if (!response.headersSent) closeWhenLast(connection, response);
      }
    });
  }

  /** Connections accepted since the server started, and those open now. */
  get counts(): { accepted: number; open: number } {
    return { accepted: this.#accepted, open: this.#connections.size };
  }

  /** Whether a request received is still unanswered. */
  get busy(): boolean {
    for (const connection of this.#connections.values()) if (connection.pending.length > 0) return true;
    return false;
  }

  /** Closes every connection that has nothing to answer and has received nothing for `quietMs`, counted from `since` at the earliest. */
  closeQuiet(quietMs: number, since: number): void {
    const now = performance.now();
    for (const [socket, connection] of this.#connections) {
      if (connection.pending.length > 0) continue;
      if (socket.bytesRead !== connection.bytesRead) {
        // Part of a request has come in (node:http has not made it a request yet).
        connection.bytesRead = socket.bytesRead;
        connection.quietSince = now;
      } else if (now - Math.max(connection.quietSince, since) >= quietMs) {
        socket.destroy();
      }
    }
  }
}
