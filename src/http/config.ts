// Service configuration from environment variables, validated once at start-up. Every problem is collected, so one
// failed start names every variable that needs fixing and what each accepts.
import { DEFAULT_DATABASE_PATH } from '../db/paths.js';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from '../rules/input-limits.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  /** Fields one selection set may hold under the same response name (merging them costs the square of their count). */
  maxRepeatedFields: number;
}

export interface HttpTimeouts {
  /** Time a client has to send the complete request headers. */
  headersTimeoutMs: number;
  /** Time a client has to send the complete request. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open: longer than a load balancer's idle timeout (60 s on AWS). */
  keepAliveTimeoutMs: number;
}

export interface ServiceConfig {
  port: number;
  host: string;
  databasePath: string;
  /** Largest request body accepted, in bytes, declared or chunked. */
  maxBodyBytes: number;
  logLevel: LogLevel;
  /** The share (0 to 1) of answers from the response cache whose `request` line is logged at `info`; the rest at `debug`. */
  logCachedSampleRate: number;
  /** Origins allowed to call from a browser: exact origins, or ['*'] for any; empty for none. */
  corsOrigins: string[];
  corsAllowCredentials: boolean;
  /** Introspection, field suggestions and GraphiQL: on together or off together. */
  schemaDiscovery: boolean;
  limits: QueryLimits;
  /** Lengths of the strings a request may send (input-limits.ts checks every string argument against them). */
  inputLimits: InputLimits;
  /** The longest answer, in bytes of JSON, a GraphQL request may get. */
  maxResponseBytes: number;
  /** Open connections at once; more are refused by node:http (it closes them at once). */
  maxConnections: number;
  http: HttpTimeouts;
  /** Bytes the in-memory response cache may hold; 0 keeps nothing. */
  responseCacheMaxBytes: number;
  /** Cache-Control max-age of successful GET answers; 0 makes HTTP caches revalidate (ETag) every time. */
  httpCacheMaxAgeSeconds: number;
  /** After SIGTERM: time spent still serving but reporting not-ready, so load balancers stop sending requests. */
  shutdownDelayMs: number;
  /** After the delay: time in-flight requests get to finish before their connections are closed. */
  shutdownGraceMs: number;
  /** Where /metrics is served: on a port of its own (as Prometheus scrapes pods), or null for the service's port. */
  metricsPort: number | null;
  /** A token /metrics requires as `Authorization: Bearer <token>`; null for none. */
  metricsBearerToken: string | null;
  /** The Slack app's signing secret; the slash-command route is off without it. */
  slackSigningSecret: string | null;
  /** Origins allowed to embed the page (/) in a frame: exact origins, or ['*'] for any; empty for none. */
  frameAncestors: string[];
  /** How a slash command is answered in time: the deadline, and where answers may be posted later. */
  slackReply: { deadlineMs: number; responseUrlPrefix: string };
  /** The MCP server at /mcp. */
  mcpEnabled: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

class EnvironmentReader {
  readonly problems: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name}=${raw} is not valid: it takes a whole number from ${min} to ${max}.`);
      return fallback;
    }
    return value;
  }

  /** A number from 0 to 1, in decimal notation (0.01). */
  fraction(name: string, fallback: number): number {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d*\.?\d+$/.test(raw) || value > 1) {
      this.problems.push(`${name}=${raw} is not valid: it takes a number from 0 to 1, such as 0.01.`);
      return fallback;
    }
    return value;
  }

  /** A whole number, or null when unset. */
  optionalInteger(name: string, min: number, max: number): number | null {
    return this.raw(name) === undefined ? null : this.integer(name, min, min, max);
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    this.problems.push(`${name}=${raw} is not valid: it takes true or false.`);
    return fallback;
  }

  /** A secret of at least `minLength` characters, or null when unset. Its value never appears in a message. */
  secret(name: string, minLength: number): string | null {
    const raw = this.raw(name);
    if (raw === undefined) return null;
    if (raw.length < minLength) this.problems.push(`${name} is not valid: it takes a secret of at least ${minLength} characters.`);
    return raw;
  }

  choice<T extends string>(name: string, fallback: T, choices: readonly T[]): T {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    if ((choices as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name}=${raw} is not valid: it takes one of ${choices.join(', ')}.`);
    return fallback;
  }

  origins(name: string): string[] {
    const raw = this.raw(name);
    if (raw === undefined) return [];
    const origins = raw.split(',').map((o) => o.trim()).filter((o) => o !== '');
    const accepts = 'it takes a comma-separated list of origins such as https://portal.example.com (scheme, host and port; no path), or * alone';
    if (origins.includes('*')) {
      if (origins.length > 1) this.problems.push(`${name}=${raw} is not valid: ${accepts}.`);
      return ['*'];
    }
    const invalid = origins.filter((o) => !isOrigin(o));
    if (invalid.length > 0) this.problems.push(`${name}: ${invalid.join(', ')} ${invalid.length > 1 ? 'are not origins' : 'is not an origin'}: ${accepts}.`);
    return origins;
  }
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

const SECOND = 1000;
/** The largest MAX_BODY_BYTES: a request of this size, all of it YAML to lint, stays within 50 ms of CPU (docs/performance.md). */
export const MAX_BODY_BYTES_CEILING = 64 * 1024;

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const read = new EnvironmentReader(env);
  const config: ServiceConfig = {
    port: read.integer('PORT', 4000, 0, 65535),
    host: read.string('HOST', '0.0.0.0'),
    databasePath: read.string('DATABASE_PATH', DEFAULT_DATABASE_PATH),
    // The ceiling keeps the largest request within the CPU a request may take: a body full of YAML to lint.
    maxBodyBytes: read.integer('MAX_BODY_BYTES', MAX_BODY_BYTES_CEILING, 1024, MAX_BODY_BYTES_CEILING),
    logLevel: read.choice('LOG_LEVEL', 'info', LOG_LEVELS),
    logCachedSampleRate: read.fraction('LOG_CACHED_SAMPLE_RATE', 0),
    corsOrigins: read.origins('CORS_ORIGINS'),
    corsAllowCredentials: read.boolean('CORS_ALLOW_CREDENTIALS', false),
    schemaDiscovery: read.boolean('GRAPHQL_SCHEMA_DISCOVERY', true),
    limits: {
      maxDepth: read.integer('GRAPHQL_MAX_DEPTH', 10, 1, 100),
      maxAliases: read.integer('GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      // A page of 500 instance types (the most instanceTypes returns) with every field of InstanceType costs 12625:
      // graphql-armor multiplies an object's cost by its `first` argument.
      maxCost: read.integer('GRAPHQL_MAX_COST', 15_000, 1, 1_000_000),
      maxTokens: read.integer('GRAPHQL_MAX_TOKENS', 2000, 10, 100_000),
      maxDirectives: read.integer('GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
      maxRepeatedFields: read.integer('GRAPHQL_MAX_REPEATED_FIELDS', 20, 1, 1000),
    },
    inputLimits: {
      maxNameLength: read.integer('INPUT_MAX_NAME_LENGTH', DEFAULT_INPUT_LIMITS.maxNameLength, 16, 4096),
      maxTextLength: read.integer('INPUT_MAX_TEXT_LENGTH', DEFAULT_INPUT_LIMITS.maxTextLength, 16, DEFAULT_INPUT_LIMITS.maxTextLength),
      maxManifestBytes: read.integer('INPUT_MAX_MANIFEST_BYTES', DEFAULT_INPUT_LIMITS.maxManifestBytes, 1024, MAX_BODY_BYTES_CEILING),
      maxManifestTokens: read.integer('INPUT_MAX_MANIFEST_TOKENS', DEFAULT_INPUT_LIMITS.maxManifestTokens, 100, 100_000),
      maxEnvEntries: read.integer('INPUT_MAX_ENV_ENTRIES', DEFAULT_INPUT_LIMITS.maxEnvEntries, 1, 10_000),
    },
    maxResponseBytes: read.integer('GRAPHQL_MAX_RESPONSE_BYTES', 128 * 1024, 1024, 64 * 1024 * 1024),
    maxConnections: read.integer('HTTP_MAX_CONNECTIONS', 1024, 1, 1_000_000),
    http: {
      headersTimeoutMs: read.integer('HTTP_HEADERS_TIMEOUT_MS', 10 * SECOND, 100, 10 * 60 * SECOND),
      requestTimeoutMs: read.integer('HTTP_REQUEST_TIMEOUT_MS', 30 * SECOND, 100, 60 * 60 * SECOND),
      keepAliveTimeoutMs: read.integer('HTTP_KEEP_ALIVE_TIMEOUT_MS', 65 * SECOND, 100, 60 * 60 * SECOND),
    },
    responseCacheMaxBytes: read.integer('RESPONSE_CACHE_MAX_BYTES', 16 * 1024 * 1024, 0, 1024 * 1024 * 1024),
    httpCacheMaxAgeSeconds: read.integer('HTTP_CACHE_MAX_AGE_SECONDS', 0, 0, 24 * 60 * 60),
    shutdownDelayMs: read.integer('SHUTDOWN_DELAY_MS', 0, 0, 5 * 60 * SECOND),
    shutdownGraceMs: read.integer('SHUTDOWN_GRACE_MS', 20 * SECOND, 0, 10 * 60 * SECOND),
    slackSigningSecret: read.secret('SLACK_SIGNING_SECRET', 16),
    frameAncestors: read.origins('PAGE_FRAME_ANCESTORS'),
    metricsPort: read.optionalInteger('METRICS_PORT', 1, 65535),
    metricsBearerToken: read.secret('METRICS_BEARER_TOKEN', 16),
    slackReply: {
      deadlineMs: read.integer('SLACK_REPLY_DEADLINE_MS', 2500, 0, 2900),
      responseUrlPrefix: read.string('SLACK_RESPONSE_URL_PREFIX', 'https://hooks.slack.com/'),
    },
    mcpEnabled: read.boolean('MCP_ENABLED', true),
  };
  if (config.metricsPort !== null && config.metricsPort === config.port) {
    read.problems.push(`METRICS_PORT=${config.metricsPort} is not valid: it must differ from PORT.`);
  }
  if (config.http.headersTimeoutMs > config.http.requestTimeoutMs) {
    read.problems.push(
      `HTTP_HEADERS_TIMEOUT_MS=${config.http.headersTimeoutMs} is not valid: it takes at most HTTP_REQUEST_TIMEOUT_MS (${config.http.requestTimeoutMs}), since the headers are part of the request.`,
    );
  }
  if (config.corsAllowCredentials && config.corsOrigins.includes('*')) {
    read.problems.push('CORS_ALLOW_CREDENTIALS=true is not valid with CORS_ORIGINS=*: credentials need a list of exact origins.');
  }
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
