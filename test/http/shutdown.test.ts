import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnService } from '../support/child-service.js';
import { waitUntil } from '../support/raw-http.js';

const BODY = JSON.stringify({ query: '{ compatibility(nodeType: EC2_LINUX, useCases: [CUSTOM_NETWORKING]) { compatible summary } }' });

interface Outcome {
  status?: number;
  error?: string;
}

/** POSTs BODY; `slowMs` spreads it over that long, in two chunks (no content-length), so it stays in flight. */
function query(port: number, agent: Agent, slowMs = 0): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode! }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    if (slowMs === 0) return req.end(BODY);
    req.write(BODY.slice(0, 10));
    setTimeout(() => req.end(BODY.slice(10)), slowMs);
  });
}

/** What became of one request: its status and whether its answer closed the connection, or the error. */
interface Sent {
  /** The connection it was written on (numbered as they were opened); null for a connection refused. */
  connection: number | null;
  /** Whether a request before it on the same connection was answered (the connection was kept alive). */
  kept: boolean;
  status?: number;
  closes?: boolean;
  error?: string;
}

/** Requests sent by the clients of one test, and the connections they opened. */
class Load {
  readonly sent: Sent[] = [];
  /** The connections the clients opened, and those of them that were established (a request was written on them). */
  opened = 0;
  readonly established = new Set<number>();
  readonly #answered = new Map<number, number>();

  /** Numbers a connection as it is opened. */
  open(socket: Socket): number {
    const connection = ++this.opened;
    socket.once('connect', () => this.established.add(connection));
    return connection;
  }

  record(connection: number | null, outcome: Omit<Sent, 'connection' | 'kept'>): Sent {
    const answered = connection === null ? 0 : (this.#answered.get(connection) ?? 0);
    const sent = { connection, kept: answered > 0, ...outcome };
    if (connection !== null && outcome.status !== undefined) this.#answered.set(connection, answered + 1);
    this.sent.push(sent);
    return sent;
  }
}

/** A keep-alive client through node's Agent: one request the moment the previous answer came, until a new connection is refused. */
async function agentClient(port: number, agent: Agent, load: Load): Promise<void> {
  const numbers = new WeakMap<Socket, number>();
  for (;;) {
    const sent = await new Promise<Sent>((resolve) => {
      let connection: number | null = null;
      const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } });
      req.on('socket', (socket: Socket) => {
        if (!numbers.has(socket)) numbers.set(socket, load.open(socket));
        connection = numbers.get(socket)!;
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(load.record(connection, { status: res.statusCode!, closes: res.headers.connection === 'close' })));
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? error.message;
        resolve(load.record(code === 'ECONNREFUSED' ? null : connection, { error: code }));
      });
      req.end(BODY);
    });
    if (sent.error === 'ECONNREFUSED') return;
  }
}

const RAW_REQUEST = `POST /graphql HTTP/1.1\r\nHost: podnet.test\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\n\r\n${BODY}`;

/**
 * A keep-alive client on raw sockets: on each connection it sends two pipelined requests in one write, and the next
 * two the moment both answers are read, until an answer says `connection: close`; then it opens a new connection,
 * until one is refused. A request whose connection ends before its answer came is failed.
 */
async function rawClient(port: number, load: Load): Promise<void> {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      const connection = load.open(socket);
      let buffered = '';
      let unanswered = 0;
      let closing = false;
      const sendTwo = () => {
        socket.write(RAW_REQUEST.repeat(2));
        unanswered = 2;
      };
      const fail = (error: string) => {
        for (; unanswered > 0; unanswered--) load.record(connection, { error });
      };
      socket.setEncoding('utf8');
      socket.once('connect', sendTwo);
      socket.on('data', (chunk: string) => {
        buffered += chunk;
        for (let headEnd = buffered.indexOf('\r\n\r\n'); headEnd >= 0; headEnd = buffered.indexOf('\r\n\r\n')) {
          const head = buffered.slice(0, headEnd);
          const end = headEnd + 4 + Number(/^content-length: *(\d+)/im.exec(head)![1]);
          if (buffered.length < end) return;
          buffered = buffered.slice(end);
          const closes = /^connection: *close/im.test(head);
          load.record(connection, { status: Number(head.split(' ')[1]), closes });
          unanswered--;
          closing ||= closes;
          if (unanswered === 0 && !closing) sendTwo();
        }
      });
      socket.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED') return resolve(true);
        fail(error.code ?? error.message);
      });
      socket.on('close', () => {
        fail('closed before its answer');
        resolve(false);
      });
    });
    if (refused) {
      load.record(null, { error: 'ECONNREFUSED' });
      return;
    }
  }
}

describe('graceful shutdown of the server process', () => {
  let service: ReturnType<typeof spawnService> | undefined;
  afterEach(() => service?.kill());

  it('on SIGTERM in the middle of a load: reports not-ready, finishes every request in flight, refuses new connections, exits 0', async () => {
    service = spawnService({ SHUTDOWN_DELAY_MS: '600', SHUTDOWN_GRACE_MS: '10000' });
    const port = await service.port();
    await service.waitForLog('ready');
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });

    // A load balancer's view: it stops sending new requests once /ready answers 503.
    let targetRemoved = false;
    const poll = setInterval(() => {
      const req = request({ host: '127.0.0.1', port, path: '/ready' }, (res) => {
        res.resume();
        if (res.statusCode === 503) targetRemoved = true;
      });
      req.on('error', () => (targetRemoved = true));
      req.end();
    }, 50);

    const outcomes: Outcome[] = [];
    const workers = Array.from({ length: 8 }, async () => {
      while (!targetRemoved) outcomes.push(await query(port, agent));
    });
    await waitUntil(() => outcomes.length >= 100, 20_000, '100 requests');

    const slow = query(port, agent, 1500);
    await new Promise((r) => setTimeout(r, 100));
    service.child.kill('SIGTERM');
    await service.waitForLog('stopping: no longer accepting connections');
    const refused = await query(port, new Agent());
    const slowOutcome = await slow;
    await Promise.all(workers);
    clearInterval(poll);

    expect(await service.exited).toBe(0);
    expect(outcomes.filter((o) => o.status !== 200)).toEqual([]);
    expect(slowOutcome).toEqual({ status: 200 });
    expect(refused.error).toBe('ECONNREFUSED');
    expect(service.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['signal received', 'stopping: reporting not-ready', 'stopped']));
    agent.destroy();
  });

  // What a client may see: its answer; for a NEW connection, a refusal once the server stopped listening, or a reset
  // of a connection the system had completed but the service had not yet accepted when it stopped listening (the
  // request never reached the service; the same as a refusal). Never a request written on a connection the service
  // accepted left unanswered, whether the connection was kept alive, the request pipelined, or sent the moment the
  // previous answer came: such a connection closes after an answer that says `connection: close`.
  it.each([0, 300])('answers every request sent on an accepted connection when SIGTERM comes under load (SHUTDOWN_DELAY_MS=%i)', async (delayMs) => {
    service = spawnService({ SHUTDOWN_DELAY_MS: String(delayMs), SHUTDOWN_GRACE_MS: '10000' });
    const port = await service.port();
    await service.waitForLog('ready');
    const agent = new Agent({ keepAlive: true });
    const load = new Load();
    const clients = [...Array.from({ length: 16 }, () => agentClient(port, agent, load)), rawClient(port, load)];
    await waitUntil(() => load.sent.length >= 300, 20_000, '300 answers');
    const beforeSignal = load.sent.length;
    service.child.kill('SIGTERM');
    await Promise.all(clients);
    agent.destroy();

    expect(await service.exited).toBe(0);
    const failed = load.sent.filter((s) => s.status !== 200 && s.error !== 'ECONNREFUSED');
    expect(failed.filter((s) => s.kept)).toEqual([]);
    const { accepted } = (await service.waitForLog('stopping: no longer accepting connections')).connections;
    // A failed request's connection was either never established (nothing was written on it: the system reset it as
    // the server stopped listening), or established and never accepted: there are as many of the latter as
    // established connections beyond those the service accepted.
    const failedEstablished = new Set(failed.map((s) => s.connection).filter((c) => load.established.has(c!)));
    expect(failedEstablished.size).toBe(load.established.size - accepted);
    // The stop happened under load: kept-alive and pipelined requests were answered with `connection: close` while
    // stopping, and every client ended on a refused connection.
    const whileStopping = load.sent.slice(beforeSignal);
    expect(whileStopping.filter((s) => s.kept && s.closes).length).toBeGreaterThan(0);
    expect(whileStopping.filter((s) => s.error === 'ECONNREFUSED')).toHaveLength(17);
  }, 60_000);

  it('closes requests still in flight when the grace period ends, and exits 1', async () => {
    service = spawnService({ SHUTDOWN_GRACE_MS: '300' });
    const port = await service.port();
    await service.waitForLog('ready');
    const stuck = query(port, new Agent(), 60_000);
    await new Promise((r) => setTimeout(r, 100));
    const signalledAt = performance.now();
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(1);
    expect(performance.now() - signalledAt).toBeLessThan(3000);
    expect((await stuck).error).toBeDefined();
    expect(service.lines.at(-1)).toMatchObject({ level: 'warn', msg: 'stopped: closed requests still in flight after the grace period' });
  });
});
