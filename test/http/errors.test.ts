import { afterEach, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/types.js';
import { knowledge } from '../support/knowledge.js';
import { createTestYoga } from '../support/yoga.js';

const SECRET = 'disk on fire under /var/lib/podnet';

/** Knowledge whose build time cannot be read: a resolver error nobody planned for. */
const brokenKnowledge = new Proxy(knowledge, {
  get(target, property) {
    if (property === 'builtAt') throw new Error(SECRET);
    return Reflect.get(target, property);
  },
}) as Knowledge;

describe('errors clients see', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('masks an unexpected error, without message or stack, even with NODE_ENV=development, and logs it with the request id', async () => {
    process.env.NODE_ENV = 'development';
    const t = createTestYoga({}, brokenKnowledge);
    const response = await t.yoga.fetch('http://podnet.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query About { about { dataVersion builtAt } }' }),
    });
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      // Every field is non-null, so the failed field takes the whole answer with it.
      data: null,
      errors: [{ message: 'Unexpected error.', locations: [{ line: 1, column: 35 }], path: ['about', 'builtAt'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/stack|\.ts:\d+|node_modules/);

    const requestId = response.headers.get('x-request-id');
    const line = t.logs().find((l) => l.requestId === requestId);
    expect(line).toMatchObject({ level: 'error', msg: 'request failed', operationName: 'About', errorCodes: ['INTERNAL_SERVER_ERROR'] });
    expect(line?.err.message).toBe(SECRET);
    expect(line?.err.stack).toContain('errors.test.ts');
  });

  it.each([
    ['a syntax error', { query: '{ about {' }, 200, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', { query: '{ nothing }' }, 200, 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable of the wrong type', { query: 'query($n: NodeType!) { compatibility(nodeType: $n, useCases: []) { compatible } }', variables: { n: 7 } }, 400, 'BAD_USER_INPUT'],
    ['a missing query', { variables: {} }, 200, 'BAD_REQUEST'],
    ['an unexpected parameter', { query: '{ __typename }', debug: true }, 400, 'BAD_REQUEST'],
  ])('gives %s a stable code', async (_case, body, status, code) => {
    const result = await createTestYoga().post(body);
    expect(result.status).toBe(status);
    expect(result.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code }) })]);
  });

  it.each([
    ['invalid JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' }, '/graphql', 400, 'BAD_REQUEST'],
    ['an unsupported media type', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' }, '/graphql', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['multipart (uploads are off)', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' }, '/graphql', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['an unsupported method', { method: 'DELETE' }, '/graphql', 405, 'BAD_REQUEST'],
    ['an unacceptable response type', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/csv' }, body: '{"query":"{ __typename }"}' }, '/graphql', 406, 'NOT_ACCEPTABLE'],
    ['an unknown path', { method: 'GET' }, '/graphiql', 404, 'NOT_FOUND'],
  ])('answers %s with a JSON error and a code', async (_case, init, path, status, code) => {
    const response = await createTestYoga().yoga.fetch(`http://podnet.test${path}`, init);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code }) })] });
  });
});
