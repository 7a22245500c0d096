import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPATIBILITY } from '../../src/cli/queries.js';
import { wireRequest } from '../../scripts/wire-request.js';
import { startTestService } from '../support/service.js';

// Compression that fails: what zlib would do if it could not allocate its buffers.
vi.mock('node:zlib', async (original) => ({
  ...(await original<typeof import('node:zlib')>()),
  gzip: (_input: unknown, callback: (error: Error | null) => void) => callback(new Error('zlib: out of memory')),
}));

type Service = Awaited<ReturnType<typeof startTestService>>;

const compatibility = { query: COMPATIBILITY, variables: { nodeType: 'EC2_LINUX', useCases: ['CUSTOM_NETWORKING', 'SECURITY_GROUPS_FOR_PODS'] } };

describe('an answer to keep that cannot be compressed', () => {
  let service: Service | undefined;
  afterEach(() => service?.close());

  it.each([
    ['POST', () => ({ path: '/graphql', body: JSON.stringify(compatibility) })],
    ['GET', () => ({ path: `/graphql?${new URLSearchParams({ query: compatibility.query, variables: JSON.stringify(compatibility.variables) })}`, body: undefined })],
  ])('by %s: is kept and sent as it is, every time', async (method, target) => {
    service = await startTestService();
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const { path, body } = target();
      answers.push(await wireRequest(service.url + path, { method, headers: { 'accept-encoding': 'gzip', ...(body ? { 'content-type': 'application/json' } : {}) }, body }));
    }
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.equals(answers[0]!.body)).toBe(true);
    }
    expect(JSON.parse(answers[0]!.body.toString()).data.compatibility.compatible).toBe(true);
    const cache = service.logs().filter((l) => l.msg === 'request').map((l) => l.cache);
    expect(cache).toEqual([undefined, 'operation', 'hit', 'hit']);
  });
});
