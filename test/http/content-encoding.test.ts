import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPATIBILITY } from '../../src/cli/queries.js';
import { MIN_COMPRESSED_BYTES, takesGzip } from '../../src/http/responses/content-encoding.js';
import { wireRequest } from '../../scripts/wire-request.js';
import { startTestService } from '../support/service.js';

type Service = Awaited<ReturnType<typeof startTestService>>;

/** Over node:http (scripts/wire-request.ts): a compressed body stays as it came, and only the headers given are sent. */
const send = (base: string, method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: string) =>
  wireRequest(base + path, { method, headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers }, body });

const compatibility = JSON.stringify({ query: COMPATIBILITY, variables: { nodeType: 'EC2_LINUX', useCases: ['CUSTOM_NETWORKING', 'SECURITY_GROUPS_FOR_PODS'] } });
const matrix = JSON.stringify({ query: '{ matrix { rows { id label cells { mode text support detail } } notes { number text } } }' });
const compatibilityGet = `/graphql?${new URLSearchParams({ query: COMPATIBILITY, variables: JSON.stringify({ nodeType: 'EC2_LINUX', useCases: ['SNAT'] }) })}`;

const logged = (service: Service) => service.logs().filter((l) => l.msg === 'request' && l.path === '/graphql');

describe('takesGzip: what an Accept-Encoding header allows', () => {
  it.each([
    ['gzip, deflate', true],
    ['gzip, deflate, br, zstd', true],
    ['GZIP', true],
    ['x-gzip', true],
    ['br;q=1.0, gzip;q=0.5', true],
    ['deflate, *', true],
    ['*;q=0.1', true],
    [' gzip ; q=0.001', true],
    ['gzip;q=0', false],
    ['gzip;q=0.000, *', false],
    ['*;q=0', false],
    ['identity', false],
    ['br, deflate', false],
    ['', false],
    ['gzip;q=2', false],
    ['gzip;q=1.5', false],
    ['gzip;q=1.000', true],
    ['gzip;level=9', false],
  ])('%j → %s', (header, takes) => {
    expect(takesGzip(header)).toBe(takes);
  });

  it('takes no header as no compression', () => {
    expect(takesGzip(undefined)).toBe(false);
    expect(takesGzip(null)).toBe(false);
  });
});

describe('kept answers compressed for clients that take gzip, on a real port', () => {
  let service: Service | undefined;
  afterEach(() => service?.close());

  it('sends a kept answer compressed, the pipeline’s answer byte for byte once decompressed', async () => {
    service = await startTestService();
    for (const body of [compatibility, matrix]) {
      const [first, second, third, fourth] = [
        await send(service.url, 'POST', '/graphql', { 'accept-encoding': 'gzip, deflate, br' }, body),
        await send(service.url, 'POST', '/graphql', { 'accept-encoding': 'gzip, deflate, br' }, body),
        await send(service.url, 'POST', '/graphql', { 'accept-encoding': 'gzip, deflate, br' }, body),
        await send(service.url, 'POST', '/graphql', { 'accept-encoding': 'gzip, deflate, br' }, body),
      ];
      // The pipeline's answer comes as it is; the second (a prepared operation's) is kept compressed, as are the hits.
      expect(first!.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(first!.body.toString()).errors).toBeUndefined();
      expect(first!.body.length).toBeGreaterThan(MIN_COMPRESSED_BYTES);
      for (const compressed of [second!, third!, fourth!]) {
        expect(compressed.status).toBe(200);
        expect(compressed.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-type': first!.headers['content-type'] });
        expect(Number(compressed.headers['content-length'])).toBe(compressed.body.length);
        expect(compressed.body.length).toBeLessThan(first!.body.length / 2);
        expect(gunzipSync(compressed.body).equals(first!.body)).toBe(true);
      }
    }
    expect(logged(service).map((l) => l.cache)).toEqual([undefined, 'operation', 'hit', 'hit', undefined, 'operation', 'hit', 'hit']);
  });

  it('never sends gzip to a client that does not take it, whatever was kept for others', async () => {
    service = await startTestService();
    for (let i = 0; i < 3; i++) await send(service.url, 'POST', '/graphql', { 'accept-encoding': 'gzip' }, compatibility);
    for (const acceptEncoding of [undefined, 'identity', 'gzip;q=0', 'br, deflate']) {
      const headers: Record<string, string> = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
      for (let i = 0; i < 3; i++) {
        const answer = await send(service.url, 'POST', '/graphql', headers, compatibility);
        expect(answer.headers['content-encoding'], acceptEncoding).toBeUndefined();
        expect(JSON.parse(answer.body.toString()).data.compatibility.compatible).toBe(true);
      }
    }
    // Each of them had its own answer kept, and hit it.
    expect(logged(service).filter((l) => l.cache === 'hit')).toHaveLength(1 + 4);
  });

  it('keeps answers under 1 KiB as they are', async () => {
    service = await startTestService();
    for (let i = 0; i < 3; i++) {
      const answer = await send(service.url, 'POST', '/graphql', { 'accept-encoding': 'gzip' }, JSON.stringify({ query: '{ __typename }' }));
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.toString()).toBe('{"data":{"__typename":"Query"}}');
    }
    expect(logged(service).at(-1)!.cache).toBe('hit');
  });

  it('gives a compressed GET answer its own ETag, and 304 only for that one', async () => {
    service = await startTestService();
    const gzip = { 'accept-encoding': 'gzip' };
    const plain = await send(service.url, 'GET', compatibilityGet, gzip);
    await send(service.url, 'GET', compatibilityGet, gzip);
    const compressed = await send(service.url, 'GET', compatibilityGet, gzip);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(MIN_COMPRESSED_BYTES);
    expect(compressed.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'Accept, Accept-Encoding', 'cache-control': 'no-cache' });
    expect(compressed.headers.etag).toMatch(/^"[\w-]{27}-gzip"$/);
    expect(compressed.headers.etag).toBe(plain.headers.etag!.replace(/"$/, '-gzip"'));

    const notModified = await send(service.url, 'GET', compatibilityGet, { ...gzip, 'if-none-match': compressed.headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers).toMatchObject({ etag: compressed.headers.etag, vary: 'Accept, Accept-Encoding' });
    expect(notModified.headers['content-encoding']).toBeUndefined();
    expect(notModified.headers['content-type']).toBeUndefined();
    // The uncompressed answer's ETag names other bytes: the client gets the compressed ones.
    const other = await send(service.url, 'GET', compatibilityGet, { ...gzip, 'if-none-match': plain.headers.etag! });
    expect(other.status).toBe(200);
    expect(gunzipSync(other.body).equals(plain.body)).toBe(true);
  });
});
