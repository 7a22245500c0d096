import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../../src/http/graphql-server/graphiql.js';
import { createTestYoga } from '../support/yoga.js';

// Depth 5: compatibility > modes > useCases > sources > document.
const DEEP_QUERY = '{ compatibility(nodeType: EC2_LINUX, useCases: [CUSTOM_NETWORKING]) { modes { useCases { sources { document } } } } }';
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: about { dataVersion }`).join(' ')} }`;
// Two fields in turn, so that no field is repeated past GRAPHQL_MAX_REPEATED_FIELDS first.
const directives = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `... @include(if: true) { ${i % 2 === 0 ? '__typename' : 'about { dataVersion }'} } `).join('')}}`;
const tokens = (n: number) => `{ ${'__typename '.repeat(n - 2)}}`;

describe('query limits (graphql-armor)', () => {
  const defaults = createTestYoga();

  it('accepts the GraphiQL example query, deep queries and the introspection query under the default limits', async () => {
    for (const query of [EXAMPLE_QUERY, DEEP_QUERY, getIntrospectionQuery(), aliases(15), directives(20)]) {
      const { status, body } = await defaults.post({ query });
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
    }
  });

  it.each([
    ['depth', { GRAPHQL_MAX_DEPTH: '4' }, DEEP_QUERY, 4],
    ['aliases', { GRAPHQL_MAX_ALIASES: '3' }, aliases(4), 3],
    ['cost', { GRAPHQL_MAX_COST: '20' }, EXAMPLE_QUERY, 20],
    ['tokens', { GRAPHQL_MAX_TOKENS: '40' }, EXAMPLE_QUERY, 40],
    ['directives', { GRAPHQL_MAX_DIRECTIVES: '2' }, directives(3), 2],
  ])('refuses a document over the %s limit set by its variable, with code QUERY_LIMIT_EXCEEDED', async (limit, env, query, max) => {
    const { body } = await createTestYoga(env).post({ query });
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining(`limit of ${max} exceeded`), extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, max } }),
    ]);
  });

  it('lets a full page of instance types through with every field, and refuses more than that', async () => {
    const fields = 'name family vcpus hypervisor bareMetal networkCards { index maxEnis isDefault } maxEnis ipv4PerEni trunking branchInterfaces';
    const page = await defaults.post({ query: `{ instanceTypes(first: 500) { ${fields} } }` });
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data.instanceTypes).toHaveLength(500);
    const twoPages = await defaults.post({ query: `{ a: instanceTypes(first: 500) { ${fields} } b: instanceTypes(first: 500, after: "m5.large") { ${fields} } }` });
    expect(twoPages.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' });
  });

  it('words a refusal as a limit, not a syntax error, and answers it with the status of a validation error', async () => {
    const overCost = createTestYoga({ GRAPHQL_MAX_COST: '20' });
    const graphqlResponse = { accept: 'application/graphql-response+json' };
    const validation = await defaults.post({ query: '{ nope }' }, graphqlResponse);
    expect(validation.status).toBe(400);
    for (const refused of [await overCost.post({ query: EXAMPLE_QUERY }, graphqlResponse), await defaults.post({ query: aliases(16) }, graphqlResponse)]) {
      expect(refused.body.errors![0].message).toMatch(/^(Query Cost|Aliases) limit of \d+ exceeded, found [\d.]+\.$/);
      expect(refused.body.errors![0].extensions).not.toHaveProperty('http');
      expect(refused.status).toBe(validation.status);
    }
    // application/json keeps 200 for both, as GraphQL over HTTP asks of that older media type.
    expect((await defaults.post({ query: '{ nope }' })).status).toBe(200);
    expect((await defaults.post({ query: aliases(16) })).status).toBe(200);
  });

  it('refuses over the default limits too', async () => {
    for (const [query, limit] of [[aliases(16), 'aliases'], [directives(21), 'directives'], [tokens(2001), 'tokens']] as const) {
      const { body } = await defaults.post({ query });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit });
    }
  });

  it('refuses batched requests', async () => {
    const { status, body } = await defaults.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } })]);
  });
});
