import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection } from '../support/raw-http.js';
import { startTestService } from '../support/service.js';

const GET_READY = 'GET /ready HTTP/1.1\r\nHost: podnet.test\r\n\r\n';

describe('node:http: timeouts and malformed requests, on a real port', () => {
  let service: Awaited<ReturnType<typeof startTestService>> | undefined;
  afterEach(() => service?.close());

  it('keeps an idle keep-alive connection open past a 60 s load balancer idle timeout by default, and says so', async () => {
    service = await startTestService();
    expect(service.server.keepAliveTimeout).toBe(65_000);
    const connection = await openConnection(service.port);
    connection.socket.write(GET_READY);
    await new Promise((r) => setTimeout(r, 200));
    expect(connection.received()).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(connection.received()).toMatch(/\r\nKeep-Alive: timeout=65\r\n/i);
    connection.socket.destroy();
  });

  it('closes an idle keep-alive connection after HTTP_KEEP_ALIVE_TIMEOUT_MS', async () => {
    service = await startTestService({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '300' });
    const connection = await openConnection(service.port);
    connection.socket.write(GET_READY);
    const openFor = await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(openFor).toBeGreaterThanOrEqual(300);
    expect(openFor).toBeLessThan(3000);
  });

  it('lets a keep-alive connection idle past the headers and request timeouts, up to the keep-alive timeout', async () => {
    service = await startTestService({ HTTP_HEADERS_TIMEOUT_MS: '300', HTTP_REQUEST_TIMEOUT_MS: '600', HTTP_KEEP_ALIVE_TIMEOUT_MS: '5000' });
    const connection = await openConnection(service.port);
    connection.socket.write(GET_READY);
    await new Promise((r) => setTimeout(r, 2000));
    connection.socket.write(GET_READY);
    await new Promise((r) => setTimeout(r, 200));
    expect(connection.received().match(/HTTP\/1\.1 \d+/g)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    connection.socket.destroy();
  });

  it('answers 408 and closes when the headers trickle in slower than HTTP_HEADERS_TIMEOUT_MS', async () => {
    service = await startTestService({ HTTP_HEADERS_TIMEOUT_MS: '500', HTTP_REQUEST_TIMEOUT_MS: '5000' });
    const connection = await openConnection(service.port);
    connection.socket.write('GET /ready HTTP/1.1\r\nHost: podnet.test\r\n');
    const trickle = setInterval(() => connection.socket.writable && connection.socket.write('X-Slow: 1\r\n'), 100);
    const openFor = await connection.closed;
    clearInterval(trickle);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    expect(connection.received()).toContain('{"errors":[{"message":"The request did not arrive in time.","extensions":{"code":"REQUEST_TIMEOUT"}}]}');
    expect(openFor).toBeGreaterThanOrEqual(500);
    expect(openFor).toBeLessThan(3000);
  });

  it('answers 408 when the body does not arrive within HTTP_REQUEST_TIMEOUT_MS', async () => {
    service = await startTestService({ HTTP_HEADERS_TIMEOUT_MS: '500', HTTP_REQUEST_TIMEOUT_MS: '800' });
    const connection = await openConnection(service.port);
    connection.socket.write('POST /graphql HTTP/1.1\r\nHost: podnet.test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    const openFor = await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    expect(openFor).toBeGreaterThanOrEqual(800);
    expect(openFor).toBeLessThan(3500);
  });

  it('refuses a Host header that makes no URL with its target, whichever good requests came before', async () => {
    service = await startTestService();
    // node:http, not fetch: fetch sets the Host header itself.
    const statusOf = (host: string, target: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const sent = request({ port: service!.port, host: '127.0.0.1', path: target, headers: { host } }, (answer) => {
          let body = '';
          answer.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
          answer.on('end', () => resolve({ status: answer.statusCode!, body }));
        });
        sent.on('error', reject).end();
      });
    const checks = async (round: number) => {
      for (const target of ['/ready', '/health?probe=1', '//ready', '/nowhere/%zz?a=%', `/graphql?query=${encodeURIComponent('{ __typename }')}&round=${round}`]) {
        const { status } = await statusOf('podnet.test', target);
        expect(status, target).not.toBe(400);
        expect(status, target).toBeLessThan(500);
      }
      for (const host of ['x:99999', '%zz', '[::', '127.0.0.999']) {
        const refused = await statusOf(host, '/ready');
        expect(refused.status, host).toBe(400);
        expect(JSON.parse(refused.body).errors[0]).toEqual({ message: 'The Host header and request target make no valid URL.', extensions: { code: 'BAD_REQUEST' } });
      }
    };
    await checks(1);
    await checks(2);
    // More Host values than the server keeps as checked: it starts over, and still tells good from bad.
    for (let i = 0; i < 300; i++) expect((await statusOf(`h${i}.podnet.test:${1000 + i}`, '/ready')).status).toBe(200);
    await checks(3);
  });

  it('answers malformed HTTP and oversized headers with a JSON error and a code, and closes', async () => {
    service = await startTestService();
    for (const [head, status, code] of [
      ['GET /ready HTTP/1.1\r\nHost podnet.test\r\n\r\n', '400 Bad Request', 'BAD_REQUEST'],
      ['\u0000\u0001 nonsense\r\n\r\n', '400 Bad Request', 'BAD_REQUEST'],
      [`GET /ready HTTP/1.1\r\nHost: podnet.test\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`, '431 Request Header Fields Too Large', 'REQUEST_HEADER_FIELDS_TOO_LARGE'],
    ] as const) {
      const connection = await openConnection(service.port);
      connection.socket.write(head);
      await connection.closed;
      expect(connection.received()).toMatch(new RegExp(`^HTTP/1\\.1 ${status}\r\n`));
      expect(JSON.parse(connection.received().split('\r\n\r\n')[1]!).errors[0].extensions.code).toBe(code);
    }
  });
});
