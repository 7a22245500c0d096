// Prometheus metrics, in a registry of their own per service instance (tests build several).
// Labels hold only bounded values: endpoint names, normalised methods, status codes, error codes, the data version.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Knowledge } from '../../knowledge/types.js';

const ENDPOINTS = ['graphql', 'mcp', 'health', 'ready', 'metrics', 'other'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export class Metrics {
  readonly #registry = new Registry();

  readonly #requests = new Counter({
    name: 'podnet_http_requests_total',
    help: 'HTTP requests answered, by endpoint, method and status code.',
    labelNames: ['endpoint', 'method', 'status'] as const,
    registers: [this.#registry],
  });

  readonly #durations = new Histogram({
    name: 'podnet_http_request_duration_seconds',
    help: 'Time from receiving a request to having its response ready, by endpoint and status code.',
    labelNames: ['endpoint', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.#registry],
  });

  readonly #errors = new Counter({
    name: 'podnet_graphql_errors_total',
    help: 'Errors returned to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.#registry],
  });

  readonly #knowledge = new Gauge({
    name: 'podnet_knowledge_info',
    help: 'The knowledge being served: 1, labelled with its data version (hash of seed data and migrations).',
    labelNames: ['data_version', 'vpc_cni_revision'] as const,
    registers: [this.#registry],
  });

  readonly #cacheLookups = new Counter({
    name: 'podnet_response_cache_lookups_total',
    help: 'GraphQL requests looked up in the response cache: hit (answered from it) or miss (answered by the full pipeline).',
    labelNames: ['result'] as const,
    registers: [this.#registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.#registry });
  }

  responseCacheLookup(result: 'hit' | 'miss'): void {
    this.#cacheLookups.inc({ result });
  }

  get contentType(): string {
    return this.#registry.contentType;
  }

  /** Every metric in Prometheus' text format, for a scrape. */
  exposition(): Promise<string> {
    return this.#registry.metrics();
  }

  /** Reports the response cache's size at every scrape. */
  watchResponseCache(cache: { readonly bytes: number; readonly size: number }): void {
    new Gauge({
      name: 'podnet_response_cache_bytes',
      help: 'Bytes the response cache holds (keys, bodies, headers and a fixed overhead per entry).',
      registers: [this.#registry],
      collect() {
        this.set(cache.bytes);
      },
    });
    new Gauge({
      name: 'podnet_response_cache_entries',
      help: 'Responses the response cache holds.',
      registers: [this.#registry],
      collect() {
        this.set(cache.size);
      },
    });
  }

  observeRequest(endpoint: Endpoint, method: string, status: number, seconds: number, errorCodes: readonly string[]): void {
    this.#requests.inc({ endpoint, method: normalMethod(method), status });
    this.#durations.observe({ endpoint, status }, seconds);
    for (const code of errorCodes) this.#errors.inc({ code });
  }

  knowledgeLoaded(knowledge: Knowledge): void {
    this.#knowledge.reset();
    this.#knowledge.set({ data_version: knowledge.dataVersion, vpc_cni_revision: knowledge.vpcCni.revision }, 1);
  }
}

const METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD']);

/** Methods beyond the ones the service answers are counted together, so a client cannot add label values. */
function normalMethod(method: string): string {
  return METHODS.has(method) ? method : 'OTHER';
}
