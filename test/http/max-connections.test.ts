// HTTP_MAX_CONNECTIONS: connections beyond it are closed as they arrive; those within it are served.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';

const open = (port: number) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });

/** What the server sends back to a GET /health on the socket before it closes or answers. */
const healthOn = (socket: Socket) =>
  new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (data: Buffer) => {
      text += data.toString('latin1');
      if (text.includes('\r\n\r\n')) resolve(text);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(text));
    socket.write('GET /health HTTP/1.1\r\nHost: podnet.test\r\n\r\n');
  });

describe('HTTP_MAX_CONNECTIONS', () => {
  let service: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    service = await startTestService({ HTTP_MAX_CONNECTIONS: '2' });
  });
  afterAll(() => service.close());

  it('closes a third connection at once, and serves the two within the limit', async () => {
    const [first, second] = [await open(service.port), await open(service.port)];
    await expect.poll(() => new Promise<number>((resolve) => service.server.getConnections((_e, n) => resolve(n)))).toBe(2);
    const third = await open(service.port);
    expect(await healthOn(third)).toBe('');
    expect(await healthOn(first)).toMatch(/^HTTP\/1\.1 200 /);
    expect(await healthOn(second)).toMatch(/^HTTP\/1\.1 200 /);
    for (const socket of [first, second, third]) socket.destroy();
  });
});
