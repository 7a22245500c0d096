import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/http/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from environment variables', () => {
  it('has working defaults: every limit and timeout set, schema discovery on, no cross-origin access', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.limits).toEqual({ maxDepth: 10, maxAliases: 15, maxCost: 15_000, maxTokens: 2000, maxDirectives: 20, maxRepeatedFields: 20 });
    expect(config.inputLimits).toEqual({ maxNameLength: 128, maxTextLength: 500, maxManifestBytes: 32 * 1024, maxManifestTokens: 8000, maxEnvEntries: 200 });
    expect(config.maxBodyBytes).toBe(64 * 1024);
    expect(config.maxResponseBytes).toBe(128 * 1024);
    expect(config.maxConnections).toBe(1024);
    expect(config.schemaDiscovery).toBe(true);
    expect(config.corsOrigins).toEqual([]);
    expect(config.corsAllowCredentials).toBe(false);
    expect(config.logLevel).toBe('info');
    expect(config.logCachedSampleRate).toBe(0);
    expect(config.responseCacheMaxBytes).toBe(16 * 1024 * 1024);
    expect(config.httpCacheMaxAgeSeconds).toBe(0);
  });

  it('keeps idle connections open longer than a load balancer does (AWS: 60 s), and cuts slow headers sooner', () => {
    const { http } = readConfig({});
    expect(http.keepAliveTimeoutMs).toBeGreaterThan(60_000);
    expect(http.headersTimeoutMs).toBeLessThanOrEqual(http.requestTimeoutMs);
    expect(http.headersTimeoutMs).toBeLessThan(http.keepAliveTimeoutMs);
  });

  it('reads each variable', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_PATH: '/data/podnet.sqlite',
      MAX_BODY_BYTES: '4096',
      LOG_LEVEL: 'warn',
      LOG_CACHED_SAMPLE_RATE: '0.25',
      CORS_ORIGINS: 'https://portal.example.com, http://localhost:3000',
      CORS_ALLOW_CREDENTIALS: 'true',
      GRAPHQL_SCHEMA_DISCOVERY: 'false',
      GRAPHQL_MAX_DEPTH: '4',
      GRAPHQL_MAX_ALIASES: '2',
      GRAPHQL_MAX_COST: '100',
      GRAPHQL_MAX_TOKENS: '50',
      GRAPHQL_MAX_DIRECTIVES: '1',
      HTTP_HEADERS_TIMEOUT_MS: '1000',
      HTTP_REQUEST_TIMEOUT_MS: '2000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '3000',
      SHUTDOWN_DELAY_MS: '500',
      SHUTDOWN_GRACE_MS: '700',
      RESPONSE_CACHE_MAX_BYTES: '0',
      HTTP_CACHE_MAX_AGE_SECONDS: '60',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databasePath: '/data/podnet.sqlite',
      maxBodyBytes: 4096,
      logLevel: 'warn',
      logCachedSampleRate: 0.25,
      corsOrigins: ['https://portal.example.com', 'http://localhost:3000'],
      corsAllowCredentials: true,
      schemaDiscovery: false,
      limits: { maxDepth: 4, maxAliases: 2, maxCost: 100, maxTokens: 50, maxDirectives: 1 },
      http: { headersTimeoutMs: 1000, requestTimeoutMs: 2000, keepAliveTimeoutMs: 3000 },
      shutdownDelayMs: 500,
      shutdownGraceMs: 700,
      responseCacheMaxBytes: 0,
      httpCacheMaxAgeSeconds: 60,
    });
  });

  it.each([
    ['PORT', '70000', 'a whole number from 0 to 65535'],
    ['PORT', 'http', 'a whole number from 0 to 65535'],
    ['MAX_BODY_BYTES', '1.5', 'a whole number from 1024'],
    ['GRAPHQL_MAX_DEPTH', '-1', 'a whole number from 1 to 100'],
    ['GRAPHQL_MAX_COST', '0', 'a whole number from 1'],
    ['HTTP_KEEP_ALIVE_TIMEOUT_MS', '65s', 'a whole number'],
    ['SHUTDOWN_GRACE_MS', 'soon', 'a whole number'],
    ['RESPONSE_CACHE_MAX_BYTES', '16M', 'a whole number from 0 to 1073741824'],
    ['HTTP_CACHE_MAX_AGE_SECONDS', '90000', 'a whole number from 0 to 86400'],
    ['LOG_LEVEL', 'verbose', 'one of fatal, error, warn, info, debug, trace, silent'],
    ['LOG_CACHED_SAMPLE_RATE', '1.5', 'a number from 0 to 1'],
    ['LOG_CACHED_SAMPLE_RATE', '10%', 'a number from 0 to 1'],
    ['LOG_CACHED_SAMPLE_RATE', '-0.1', 'a number from 0 to 1'],
    ['GRAPHQL_SCHEMA_DISCOVERY', 'no', 'true or false'],
    ['CORS_ALLOW_CREDENTIALS', '1', 'true or false'],
    ['CORS_ORIGINS', 'https://portal.example.com/app', 'origins such as https://portal.example.com'],
    ['CORS_ORIGINS', 'portal.example.com', 'origins such as https://portal.example.com'],
    ['CORS_ORIGINS', '*,https://portal.example.com', 'or * alone'],
  ])('refuses %s=%s, naming the variable and what it takes', (name, value, accepts) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(name);
    expect(problems[0]).toContain(accepts);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'x', LOG_LEVEL: 'loud', GRAPHQL_MAX_ALIASES: 'many' });
    expect(problems.map((p) => p.split('=')[0])).toEqual(['PORT', 'LOG_LEVEL', 'GRAPHQL_MAX_ALIASES']);
  });

  it('refuses credentials with any origin, and a headers timeout longer than the request timeout', () => {
    expect(problemsOf({ CORS_ORIGINS: '*', CORS_ALLOW_CREDENTIALS: 'true' })).toEqual([
      expect.stringContaining('CORS_ALLOW_CREDENTIALS=true is not valid with CORS_ORIGINS=*'),
    ]);
    expect(problemsOf({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '4000' })).toEqual([
      expect.stringContaining('HTTP_HEADERS_TIMEOUT_MS=5000 is not valid: it takes at most HTTP_REQUEST_TIMEOUT_MS'),
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ PORT: '', CORS_ORIGINS: ' ' })).toMatchObject({ port: 4000, corsOrigins: [] });
  });
});
