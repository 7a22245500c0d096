import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerJson, wireAnswer } from '../../bench/answers.js';
import { startBareServer, type BareServer } from '../../bench/servers.js';
import type { BenchRequest } from '../../bench/scenarios.js';

const anyRequest: BenchRequest = { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '{"query":"{ matrix { title } }"}' };

describe("the bench's bare server", () => {
  let bare: BareServer;
  beforeAll(async () => {
    bare = await startBareServer();
  });
  afterAll(() => bare.stop());

  it("answers any request with { __typename }'s answer at first", async () => {
    const answer = await wireAnswer(bare.base, anyRequest);
    expect(answer.status).toBe(200);
    expect(answer.contentEncoding).toBeUndefined();
    expect(answerJson(answer)).toEqual({ data: { __typename: 'Query' } });
  });

  it('then sends the very bytes it is given, in their encoding', async () => {
    const body = gzipSync(JSON.stringify({ data: { matrix: { title: 'x'.repeat(3000) } } }));
    await bare.answerWith({ status: 200, contentEncoding: 'gzip', body });
    const answer = await wireAnswer(bare.base, anyRequest);
    expect(answer.contentEncoding).toBe('gzip');
    expect(answer.body.equals(body)).toBe(true);
  });
});
