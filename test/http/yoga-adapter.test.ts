// The service's yoga is put on the node adapter without reading globalThis.Request: on Node that read loads the
// bundled undici, a tenth of a start (src/http/graphql-server/yoga-adapter.ts), for a Fetch API yoga does not use.
import { describe, expect, it } from 'vitest';
import { createTestYoga } from '../support/yoga.js';

describe('the yoga instance the service builds', () => {
  it('never reads globalThis.Request while it is built, and answers', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'Request')!;
    let reads = 0;
    Object.defineProperty(globalThis, 'Request', {
      configurable: true,
      get: () => {
        reads++;
        return original.get ? original.get.call(globalThis) : original.value;
      },
    });
    let app: ReturnType<typeof createTestYoga>;
    try {
      app = createTestYoga();
    } finally {
      Object.defineProperty(globalThis, 'Request', original);
    }
    expect(reads).toBe(0);
    const { status, body } = await app.post({ query: '{ __typename }' });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });
});
