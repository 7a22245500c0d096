import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBareServer, type BareServer } from '../../bench/servers.js';
import { wireRequest } from '../../scripts/wire-request.js';

const anyRequest = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ matrix { title } }"}' };

describe("the bench's bare server", () => {
  let bare: BareServer;
  beforeAll(async () => {
    bare = await startBareServer();
  });
  afterAll(() => bare.stop());

  it("answers any request with { __typename }'s answer at first", async () => {
    const answer = await wireRequest(`${bare.base}/graphql`, anyRequest);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('then sends the very bytes it is given, in their encoding', async () => {
    const body = gzipSync(JSON.stringify({ data: { matrix: { title: 'x'.repeat(3000) } } }));
    await bare.answerWith({ status: 200, headers: { 'content-encoding': 'gzip' }, body });
    const answer = await wireRequest(`${bare.base}/graphql`, anyRequest);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.body.equals(body)).toBe(true);
  });
});
