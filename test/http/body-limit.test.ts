import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';

type Service = Awaited<ReturnType<typeof startTestService>>;

/** POSTs `chunks` over node:http; `chunked` sends them with no content-length (transfer-encoding: chunked). */
function post(service: Service, chunks: string[], chunked: boolean): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const length = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
    const req = request(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': length }) },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const LIMIT = 2048;
const query = (padding: number) => JSON.stringify({ query: `{ about { dataVersion } } # ${'x'.repeat(padding)}` });
const split = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe('request body limit (MAX_BODY_BYTES) over node:http', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ MAX_BODY_BYTES: String(LIMIT) });
  });
  afterAll(() => service.close());

  it('accepts a body within the limit, declared or chunked', async () => {
    for (const chunked of [false, true]) {
      const { status, body } = await post(service, split(query(LIMIT - 100), 256), chunked);
      expect(status).toBe(200);
      expect(body.data.about.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('refuses a declared body over the limit with 413', async () => {
    const { status, body } = await post(service, [query(LIMIT)], false);
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a chunked body with no content-length once it grows over the limit', async () => {
    const { status, body } = await post(service, split(query(20 * LIMIT), 512), true);
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('lets a client that sends a large body with Connection: close before reading read the 413 (the body is drained, not reset)', async () => {
    const body = Buffer.alloc(8 * 1024 * 1024, 'x');
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () =>
        new Promise<{ writeError: string | null; answer: string }>((resolve) => {
          const socket = connect(service.port, '127.0.0.1');
          let answer = '';
          let writeError: string | null = null;
          socket.on('data', (data: Buffer) => (answer += data.toString('latin1')));
          socket.on('error', (error: NodeJS.ErrnoException) => (writeError ??= error.code ?? error.message));
          socket.on('close', () => resolve({ writeError, answer }));
          socket.write(`POST /graphql HTTP/1.1\r\nHost: podnet.test\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
          // As Python's urllib does: the whole body, then the answer.
          socket.write(body);
        }),
      ),
    );
    for (const { writeError, answer } of outcomes) {
      expect(writeError).toBeNull();
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer).toContain('REQUEST_ENTITY_TOO_LARGE');
    }
  });
});
