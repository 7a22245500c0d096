// Requests small enough to pass every query limit that once cost seconds of CPU (test/fixtures/costly-requests):
// each is refused with a code, or answered with bounded work. Work is counted (edit-distance comparisons, YAML
// parses, answer bytes), never timed.
import { getIntrospectionQuery } from 'graphql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ALIASED_ASK,
  ALIASED_DENSITY,
  ALIASED_DENSITY_WITHIN_LIMIT,
  ALIASED_MANIFEST,
  ALIASED_MATRIX,
  DEEP_YAML,
  FULL_AWS_NODE_MANIFEST,
  LINT_LONG_INSTANCE_TYPE,
  LONG_ENV,
  LONG_INSTANCE_TYPE,
  MANY_KEYS_YAML,
  REPEATED_FIELDS,
} from '../fixtures/costly-requests/requests.js';
import { MAX_SUGGESTED_TERMS } from '../../src/rules/ask/answer.js';
import { MAX_SUGGESTED_NAMES } from '../../src/rules/lint/names.js';
import { knowledge } from '../support/knowledge.js';
import { createTestYoga } from '../support/yoga.js';

const work = vi.hoisted(() => ({ comparisons: 0, yamlParses: 0 }));

vi.mock('../../src/rules/edit-distance.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/rules/edit-distance.js')>();
  return { editDistance: (...args: Parameters<typeof actual.editDistance>) => (work.comparisons++, actual.editDistance(...args)) };
});

vi.mock('yaml', async (importOriginal) => {
  const actual = await importOriginal<typeof import('yaml')>();
  return { ...actual, parseAllDocuments: (...args: Parameters<typeof actual.parseAllDocuments>) => (work.yamlParses++, actual.parseAllDocuments(...args)) };
});

const INSTANCE_TYPES = knowledge.instanceTypes.size;
const SETTINGS = knowledge.settings.length;

const codesOf = (errors: any[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

describe('bounded cost per request', () => {
  const t = createTestYoga();
  beforeEach(() => {
    work.comparisons = 0;
    work.yamlParses = 0;
  });

  it('refuses an instance type over INPUT_MAX_NAME_LENGTH without comparing it with any name', async () => {
    const { body } = await t.post(LONG_INSTANCE_TYPE);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'instanceType is at most 128 characters (INPUT_MAX_NAME_LENGTH); this one has 60000.',
        extensions: { code: 'BAD_USER_INPUT', limit: 'INPUT_MAX_NAME_LENGTH', maxLength: 128, given: 60000 },
      }),
    ]);
    expect(work.comparisons).toBe(0);
  });

  it('refuses a long name under 15 aliases of compatibility > modes > density each with the limit, without comparisons, in a small answer', async () => {
    const { response, body } = await t.post(ALIASED_DENSITY);
    const raw = JSON.stringify(body);
    expect(new Set(codesOf(body.errors))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(body.errors!.length).toBeGreaterThanOrEqual(15);
    expect(work.comparisons).toBe(0);
    expect(response.status).toBe(200);
    // Each error names the limit, not the 2,000 characters sent.
    expect(raw.length).toBeLessThan(body.errors!.length * 400);
  });

  it('suggests nothing, comparing nothing, for a name within the limit that is longer than any instance type by more than a typo', async () => {
    const { body } = await t.post(ALIASED_DENSITY_WITHIN_LIMIT);
    expect(new Set(codesOf(body.errors))).toEqual(new Set(['UNKNOWN_INSTANCE_TYPE']));
    expect(body.errors!.every((e) => e.extensions.suggestions.length === 0)).toBe(true);
    expect(work.comparisons).toBe(0);
  });

  it('suggests nothing, comparing nothing, for a name of characters no instance type uses', async () => {
    const { body } = await t.post({ query: '{ podDensity(instanceType: "ñçøæ", mode: INDIVIDUAL_IPS) { maxPods } }' });
    expect(body.errors![0].extensions).toMatchObject({ code: 'UNKNOWN_INSTANCE_TYPE', suggestions: [] });
    expect(work.comparisons).toBe(0);
  });

  it('compares a plausible typo with some of the names once, however many aliases repeat it', async () => {
    const one = await t.post({ query: '{ podDensity(instanceType: "m5.lrge", mode: INDIVIDUAL_IPS) { maxPods } }' });
    expect(one.body.errors![0].extensions.suggestions).toContain('m5.large');
    const once = work.comparisons;
    expect(once).toBeGreaterThan(0);
    expect(once).toBeLessThan(INSTANCE_TYPES);
    const density = 'compatibility(nodeType: EC2_LINUX, useCases: []) { modes { density(instanceType: "m5.lrge") { maxPods } } }';
    const many = await t.post({ query: `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${density}`).join(' ')} }` });
    expect(many.body.errors!.length).toBeGreaterThanOrEqual(15);
    expect(work.comparisons).toBe(once);
  });

  it('refuses lintCniConfig with an overlong instanceType, naming the input path and the limit', async () => {
    const { body } = await t.post(LINT_LONG_INSTANCE_TYPE);
    expect(body.errors![0]).toMatchObject({
      message: expect.stringContaining('input.instanceType is at most 128 characters (INPUT_MAX_NAME_LENGTH)'),
      extensions: { code: 'BAD_USER_INPUT', limit: 'INPUT_MAX_NAME_LENGTH' },
    });
    expect(work.comparisons).toBe(0);
  });

  it(`answers 15 aliased asks of a question full of typos with suggestions for ${MAX_SUGGESTED_TERMS} of them, each computed once`, async () => {
    const { body } = await t.post(ALIASED_ASK);
    expect(body.errors).toBeUndefined();
    const unrecognised = body.data.a0.understood.unrecognised as { suggestions: string[] }[];
    expect(unrecognised.length).toBeGreaterThan(MAX_SUGGESTED_TERMS);
    expect(unrecognised.filter((u) => u.suggestions.length > 0).length).toBeLessThanOrEqual(MAX_SUGGESTED_TERMS);
    expect(unrecognised.slice(MAX_SUGGESTED_TERMS).every((u) => u.suggestions.length === 0)).toBe(true);
    expect(work.comparisons).toBeLessThanOrEqual(MAX_SUGGESTED_TERMS * INSTANCE_TYPES);
  });

  it('refuses the question over INPUT_MAX_TEXT_LENGTH set lower', async () => {
    const { body } = await createTestYoga({ INPUT_MAX_TEXT_LENGTH: '100' }).post(ALIASED_ASK);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'INPUT_MAX_TEXT_LENGTH', maxLength: 100 });
  });

  it('refuses 490 repeats of a field before validation, naming GRAPHQL_MAX_REPEATED_FIELDS', async () => {
    const { body } = await t.post(REPEATED_FIELDS);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('"about" 490 times'),
        extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'repeatedFields', max: 20 },
      }),
    ]);
  });

  it('counts repeats through inline fragments, and accepts up to the limit', async () => {
    const inline = await t.post({ query: `{ ${'... on Query { about { dataVersion } } '.repeat(21)}}` });
    expect(inline.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'repeatedFields' });
    const within = await t.post({ query: `{ ${'about { dataVersion } '.repeat(20)}}` });
    expect(within.body.errors).toBeUndefined();
    const lower = await createTestYoga({ GRAPHQL_MAX_REPEATED_FIELDS: '2' }).post({ query: `{ ${'about { dataVersion } '.repeat(3)}}` });
    expect(lower.body.errors?.[0].extensions).toMatchObject({ limit: 'repeatedFields', max: 2 });
  });

  it('refuses the matrix under 15 aliases as over GRAPHQL_MAX_RESPONSE_BYTES, in an answer of a few hundred bytes', async () => {
    const single = await t.post({ query: ALIASED_MATRIX.query.replace(/a\d+: matrix/g, 'matrix').replace(/(matrix \{.*?\} \} \} notes \{ number text \} \}).*/, '$1 }') });
    expect(single.body.errors).toBeUndefined();
    const { response, body } = await t.post(ALIASED_MATRIX);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'responseBytes', max: 131072 } })]);
    expect(JSON.stringify(body).length).toBeLessThan(500);
    expect(response.status).toBeLessThan(500);
  });

  it('answers the whole introspection over GRAPHQL_MAX_RESPONSE_BYTES, as GraphiQL needs, but not three of it', async () => {
    const small = createTestYoga({ GRAPHQL_MAX_RESPONSE_BYTES: '1024' });
    const whole = await small.post({ query: getIntrospectionQuery() });
    expect(whole.body.errors).toBeUndefined();
    expect(JSON.stringify(whole.body).length).toBeGreaterThan(1024);
    const schemaFields = getIntrospectionQuery().replace(/^\s*query IntrospectionQuery \{\s*__schema/, '').replace(/\}\s*fragment[\s\S]*$/, '');
    const fragments = getIntrospectionQuery().slice(getIntrospectionQuery().indexOf('fragment'));
    const tripled = await t.post({ query: `{ a: __schema ${schemaFields} b: __schema ${schemaFields} c: __schema ${schemaFields} } ${fragments}` });
    expect(tripled.body.data).toBeUndefined();
    expect(tripled.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'responseBytes' });
  });

  it('refuses YAML nested too deep, and YAML of more tokens than INPUT_MAX_MANIFEST_TOKENS, without parsing it', async () => {
    const deep = await t.post(DEEP_YAML);
    expect(deep.body.errors![0].extensions).toMatchObject({ code: 'BAD_MANIFEST', reason: 'TOO_DEEP' });
    const keys = await t.post(MANY_KEYS_YAML);
    expect(keys.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'INPUT_MAX_MANIFEST_TOKENS', max: 8000 });
    expect(work.yamlParses).toBe(0);
  });

  it('refuses a manifest over INPUT_MAX_MANIFEST_BYTES', async () => {
    const { body } = await createTestYoga({ INPUT_MAX_MANIFEST_BYTES: '1024' }).post({ ...ALIASED_MANIFEST, query: ALIASED_MANIFEST.query });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'INPUT_MAX_MANIFEST_BYTES', maxLength: 1024 });
    expect(work.yamlParses).toBe(0);
  });

  it('parses a manifest linted under 15 aliases once', async () => {
    const manifest = `${ALIASED_MANIFEST.variables!.m as string}\n# ${Math.random()}\n`;
    const { body } = await t.post({ ...ALIASED_MANIFEST, variables: { m: manifest } });
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data)).toHaveLength(15);
    expect(work.yamlParses).toBe(1);
  });

  it('still lints a full aws-node DaemonSet with its ServiceAccount, ClusterRole and ConfigMap under the default limits', async () => {
    const { body } = await t.post({ query: 'query ($m: String!) { lintCniConfig(input: { manifest: $m }) { ok mode env { name } } }', variables: { m: FULL_AWS_NODE_MANIFEST } });
    expect(body.errors).toBeUndefined();
    expect(body.data.lintCniConfig.env.length).toBeGreaterThan(10);
  });

  it('refuses an env list over INPUT_MAX_ENV_ENTRIES, and suggests names for at most a few unknown ones', async () => {
    const { body } = await t.post(LONG_ENV);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'INPUT_MAX_ENV_ENTRIES', max: 200, given: 1000 });
    expect(work.comparisons).toBe(0);
    const within = await t.post({ ...LONG_ENV, variables: { e: (LONG_ENV.variables!.e as unknown[]).slice(0, 200) } });
    const findings = within.body.data.lintCniConfig.findings as { code: string; suggestion: string | null }[];
    const suggested = findings.filter((f) => f.code === 'UNKNOWN_SETTING' && f.suggestion !== null);
    expect(suggested).toHaveLength(MAX_SUGGESTED_NAMES);
    expect(work.comparisons).toBeLessThanOrEqual(MAX_SUGGESTED_NAMES * SETTINGS);
  });
});
