import { createServer, request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenConnections } from '../../src/http/process/open-connections.js';
import { ServiceState } from '../../src/http/process/service-state.js';

describe('OpenConnections: connection: close while stopping', () => {
  const closers: (() => void)[] = [];
  afterEach(() => closers.splice(0).forEach((close) => close()));

  async function serve(handler: (response: ServerResponse) => void) {
    const server = createServer((_request, response) => handler(response));
    const state = new ServiceState();
    new OpenConnections(server, state);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const agent = new Agent({ keepAlive: true });
    closers.push(() => {
      agent.destroy();
      server.closeAllConnections();
      server.close();
    });
    const get = () =>
      new Promise<IncomingMessage>((resolve, reject) => {
        httpRequest({ port: (server.address() as AddressInfo).port, host: '127.0.0.1', agent }, (response) => response.resume().once('end', () => resolve(response))).once('error', reject).end();
      });
    return { state, get };
  }

  it('keeps connections alive while serving', async () => {
    const { get } = await serve((response) => response.end('ok'));
    expect((await get()).headers.connection).toBe('keep-alive');
  });

  it('closes the connection of a request received before the stop and answered after it', async () => {
    const waiting: ServerResponse[] = [];
    let onReceived: () => void = () => {};
    const { state, get } = await serve((response) => {
      waiting.push(response);
      onReceived();
    });
    const inFlight = get();
    await new Promise<void>((resolve) => (onReceived = resolve));
    state.markStopping();
    waiting[0]!.end('ok');
    expect((await inFlight).headers.connection).toBe('close');
  });

  it('closes the connection of a request received after the stop', async () => {
    const { state, get } = await serve((response) => response.end('ok'));
    await get();
    state.markStopping();
    expect((await get()).headers.connection).toBe('close');
  });
});
