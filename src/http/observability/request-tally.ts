// Requests counted in plain numbers as they are answered, for the metrics read at each scrape (metrics.ts).
// prom-client hashes and checks the labels on every inc() and observe(): for a request answered from the response
// cache that cost about as much as the rest of the answer. Here a request costs a map lookup and a few additions.
// Label values are bounded and need no escaping: endpoint names, the method names metrics.ts lets through, status
// codes.

/** One series of the request counter: requests with this endpoint, method and status, and their durations. */
interface Series {
  endpoint: string;
  method: string;
  status: string;
  count: number;
  sumSeconds: number;
  /** Requests per duration bucket, not cumulative (a duration above the last bound is in `count` alone). */
  buckets: number[];
}

export class RequestTally {
  /** Series by endpoint, method and status: lookups by the values themselves, no key to build per request. */
  readonly #series = new Map<string, Map<string, Map<number, Series>>>();

  /** `bounds`: the duration histogram's upper bounds in seconds, ascending. */
  constructor(readonly bounds: readonly number[]) {}

  record(endpoint: string, method: string, status: number, seconds: number): void {
    let byMethod = this.#series.get(endpoint);
    if (byMethod === undefined) this.#series.set(endpoint, (byMethod = new Map()));
    let byStatus = byMethod.get(method);
    if (byStatus === undefined) byMethod.set(method, (byStatus = new Map()));
    let series = byStatus.get(status);
    if (series === undefined) {
      series = { endpoint, method, status: String(status), count: 0, sumSeconds: 0, buckets: new Array<number>(this.bounds.length).fill(0) };
      byStatus.set(status, series);
    }
    series.count++;
    series.sumSeconds += seconds;
    let bucket = 0;
    while (bucket < this.bounds.length && seconds > this.bounds[bucket]!) bucket++;
    if (bucket < this.bounds.length) series.buckets[bucket]!++;
  }

  /** The request counter's values: requests by endpoint, method and status. */
  requestCounts(): { labels: { endpoint: string; method: string; status: string }; count: number }[] {
    return this.#allSeries().map(({ endpoint, method, status, count }) => ({ labels: { endpoint, method, status }, count }));
  }

  /**
   * The duration histogram (by endpoint and status: methods are added together) as a metric family in Prometheus'
   * text format, laid out as prom-client lays out its own histograms.
   */
  durationHistogram(name: string, help: string): string {
    const byLabels = new Map<string, { count: number; sumSeconds: number; buckets: number[] }>();
    for (const series of this.#allSeries()) {
      const labels = `endpoint="${series.endpoint}",status="${series.status}"`;
      const total = byLabels.get(labels) ?? { count: 0, sumSeconds: 0, buckets: new Array<number>(series.buckets.length).fill(0) };
      total.count += series.count;
      total.sumSeconds += series.sumSeconds;
      series.buckets.forEach((n, i) => (total.buckets[i]! += n));
      byLabels.set(labels, total);
    }
    const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
    for (const [labels, total] of byLabels) {
      let cumulative = 0;
      this.bounds.forEach((bound, i) => {
        cumulative += total.buckets[i]!;
        lines.push(`${name}_bucket{le="${bound}",${labels}} ${cumulative}`);
      });
      lines.push(`${name}_bucket{le="+Inf",${labels}} ${total.count}`, `${name}_sum{${labels}} ${total.sumSeconds}`, `${name}_count{${labels}} ${total.count}`);
    }
    return lines.join('\n');
  }

  #allSeries(): Series[] {
    return [...this.#series.values()].flatMap((byMethod) => [...byMethod.values()].flatMap((byStatus) => [...byStatus.values()]));
  }
}
