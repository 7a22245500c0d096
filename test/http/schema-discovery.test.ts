import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createTestYoga } from '../support/yoga.js';

const MISSPELT_FIELD = '{ aboot { dataVersion } }';
const MISSPELT_ENUM = '{ compatibility(nodeType: EC2_LINUXX, useCases: []) { compatible } }';

async function graphiqlStatus(yoga: ReturnType<typeof createTestYoga>['yoga']) {
  const response = await yoga.fetch('http://podnet.test/graphql', { headers: { accept: 'text/html' } });
  return { status: response.status, contentType: response.headers.get('content-type') };
}

describe('schema discovery: introspection, field suggestions and GraphiQL, one switch', () => {
  it('is on by default', async () => {
    const t = createTestYoga();
    const introspection = await t.post({ query: getIntrospectionQuery() });
    expect(introspection.body.data.__schema.queryType.name).toBe('Query');
    const field = await t.post({ query: MISSPELT_FIELD });
    expect(field.body.errors![0].message).toContain('Did you mean "about"?');
    const enumValue = await t.post({ query: MISSPELT_ENUM });
    expect(enumValue.body.errors![0].extensions.validValues).toEqual(['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE', 'EKS_AUTO_MODE', 'HYBRID']);
    expect(await graphiqlStatus(t.yoga)).toEqual({ status: 200, contentType: 'text/html' });
  });

  it('is off with GRAPHQL_SCHEMA_DISCOVERY=false', async () => {
    const t = createTestYoga({ GRAPHQL_SCHEMA_DISCOVERY: 'false' });
    const introspection = await t.post({ query: getIntrospectionQuery() });
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors![0]).toMatchObject({
      message: expect.stringContaining('introspection has been disabled'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const field = await t.post({ query: MISSPELT_FIELD });
    expect(field.body.errors![0].message).toBe('Cannot query field "aboot" on type "Query".');
    const enumValue = await t.post({ query: MISSPELT_ENUM });
    expect(enumValue.body.errors![0].message).not.toContain('Did you mean');
    expect(enumValue.body.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect((await graphiqlStatus(t.yoga)).contentType).not.toBe('text/html');
    expect((await t.post({ query: '{ about { dataVersion } }' })).body.data.about.dataVersion).toMatch(/^[0-9a-f]{16}$/);
  });
});
