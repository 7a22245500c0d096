// Prometheus metrics, in a registry of their own per service instance (tests build several).
// Labels hold only bounded values: endpoint names, status codes, error codes, the data version.
// What every request adds to (the request counter, the duration histogram, the response cache's lookups) is counted
// in plain numbers (request-tally.ts) and handed over at each scrape; the rest goes through prom-client as it happens.
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Knowledge } from '../../knowledge/types.js';
import { RequestTally } from './request-tally.js';

export const ENDPOINTS = ['graphql', 'mcp', 'health', 'ready', 'metrics', 'other'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

const DURATION = {
  name: 'podnet_http_request_duration_seconds',
  help: 'Time from receiving a request to having its response ready, by endpoint and status code.',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
};

export class Metrics {
  readonly #registry = new Registry();
  readonly #tally = new RequestTally(DURATION.buckets);
  readonly #lookups = { miss: 0, hit: 0 };

  readonly #requests: Counter<'endpoint' | 'method' | 'status'> = new Counter({
    name: 'podnet_http_requests_total',
    help: 'HTTP requests answered, by endpoint, method and status code.',
    labelNames: ['endpoint', 'method', 'status'] as const,
    registers: [this.#registry],
    collect: () => {
      this.#requests.reset();
      for (const { labels, count } of this.#tally.requestCounts()) this.#requests.inc(labels, count);
    },
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

  readonly #cacheLookups: Counter<'result'> = new Counter({
    name: 'podnet_response_cache_lookups_total',
    help: 'GraphQL requests looked up in the response cache: hit (answered from it) or miss (answered by the full pipeline).',
    labelNames: ['result'] as const,
    registers: [this.#registry],
    collect: () => {
      this.#cacheLookups.reset();
      for (const [result, count] of Object.entries(this.#lookups)) if (count > 0) this.#cacheLookups.inc({ result }, count);
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.#registry });
  }

  responseCacheLookup(result: 'hit' | 'miss'): void {
    this.#lookups[result]++;
  }

  get contentType(): string {
    return this.#registry.contentType;
  }

  /** Every metric in Prometheus' text format, for a scrape. */
  async exposition(): Promise<string> {
    const text = await this.#registry.metrics();
    return `${text}\n${this.#tally.durationHistogram(DURATION.name, DURATION.help)}\n`;
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
    this.#tally.record(endpoint, normalMethod(method), status, seconds);
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
