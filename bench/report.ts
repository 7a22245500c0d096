// The bench's results: each row's throughput as a share of the bare server's and as a multiple of the stock
// graphql-yoga's, the issue's targets judged, and the table printed. A row's ratio is the median of its rounds'
// ratios: each round pairs a second on the bare server (or the stock yoga) with the service's next, and the median
// leaves out a round that a burst of other work on the machine slowed on one side only. The bare server sends the
// scenario's own answer.

export interface Row {
  name: string;
  /** The size of the answer as sent (after compression, when it is compressed): the bare server sends the same. */
  answerBytes: number;
  answerEncoding?: string;
  requestsPerSecond: number;
  /** The bare server's sending the scenario's answer, in the rounds alternating with this row's. */
  bareRequestsPerSecond: number;
  /** Each round's service requests over that bare server's in the same round. */
  roundRatios: number[];
  /** The stock graphql-yoga's, and each round's service requests over its, where it answers the scenario. */
  stockRequestsPerSecond?: number;
  stockRoundRatios?: number[];
  p50Ms: number;
  p99Ms: number;
  /** Resident memory of the server measured, right after the row's run. */
  rssMb: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers. */
  failed: number;
  target?: number;
  /** The least multiple of the stock graphql-yoga's requests per second, where a target applies. */
  stockTarget?: number;
}

export interface PageLoad {
  /** The page and the assets it names and imports, as sent (compressed) and decoded. */
  wireBytes: number;
  decodedBytes: number;
  files: number;
  /** Median of cold loads in Chromium, from navigation start; null without Chromium. */
  domContentLoadedMs: number | null;
  loadMs: number | null;
  /** Requests sent to the service, to count with the bench's responses. */
  requests: number;
}

interface Measurements {
  /** The compiled service benched. */
  service: string;
  machine: { node: string; cpus: number; cpuModel: string; loadAverage: number[] };
  settings: Record<string, number>;
  startup: { bareListenMs: number; serviceReadyMs: number };
  rows: Row[];
  page: PageLoad;
  rssAfterRunMb: number;
  requestsAnswered: number;
  requestsLogged: number;
}

const STARTUP_TARGET = 3;
const RSS_TARGET_MB = 120;
const PAGE_FIRST_LOAD_TARGET_KB = 200;

export const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

export function evaluate(m: Measurements) {
  const rows = m.rows.map((row) => ({ ...row, ratio: median(row.roundRatios), stockRatio: row.stockRoundRatios && median(row.stockRoundRatios) }));
  const startupRatio = m.startup.serviceReadyMs / m.startup.bareListenMs;
  const targets = [
    ...rows
      .filter((row) => row.target !== undefined)
      .map((row) => ({ what: `${row.name}: share of bare req/s`, target: `>= ${row.target}`, value: row.ratio, met: row.ratio >= row.target! })),
    ...rows
      .filter((row) => row.stockTarget !== undefined)
      .map((row) => ({ what: `${row.name}: times stock yoga req/s`, target: `>= ${row.stockTarget}`, value: row.stockRatio ?? 0, met: (row.stockRatio ?? 0) >= row.stockTarget! })),
    { what: 'start-up to ready: times the bare time to listen', target: `<= ${STARTUP_TARGET}`, value: startupRatio, met: startupRatio <= STARTUP_TARGET },
    { what: 'resident memory after the run, MB', target: `< ${RSS_TARGET_MB}`, value: m.rssAfterRunMb, met: m.rssAfterRunMb < RSS_TARGET_MB },
    { what: 'page first load, KB sent', target: `< ${PAGE_FIRST_LOAD_TARGET_KB}`, value: m.page.wireBytes / 1024, met: m.page.wireBytes / 1024 < PAGE_FIRST_LOAD_TARGET_KB },
  ];
  return {
    date: new Date().toISOString(),
    ...m,
    rows,
    startup: { ...m.startup, ratio: startupRatio },
    targets,
  };
}

export type Report = ReturnType<typeof evaluate>;

const fixed = (value: number, digits: number) => value.toFixed(digits);

export function printReport(report: Report): void {
  const range = (ratios: number[]) => `${fixed(Math.min(...ratios), 2)}–${fixed(Math.max(...ratios), 2)}`;
  const header = ['scenario', 'answer B', 'req/s', 'bare req/s', 'x bare', 'rounds', 'stock req/s', 'x stock', 'rounds', 'p50 ms', 'p99 ms', 'RSS MB'];
  const lines = report.rows.map((row) => [
    row.name,
    `${row.answerBytes}${row.answerEncoding ? ` ${row.answerEncoding}` : ''}`,
    fixed(row.requestsPerSecond, 0),
    fixed(row.bareRequestsPerSecond, 0),
    fixed(row.ratio, 2),
    range(row.roundRatios),
    row.stockRequestsPerSecond === undefined ? '' : fixed(row.stockRequestsPerSecond, 0),
    row.stockRatio === undefined ? '' : fixed(row.stockRatio, 2),
    row.stockRoundRatios === undefined ? '' : range(row.stockRoundRatios),
    fixed(row.p50Ms, 1),
    fixed(row.p99Ms, 1),
    fixed(row.rssMb, 0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const { machine } = report;
  console.log(`\n${report.service}; ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load average ${machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}`);
  console.log([format(header), ...lines.map(format)].join('\n'));
  const { bareListenMs, serviceReadyMs, ratio } = report.startup;
  console.log(`\nstart-up: bare listening after ${fixed(bareListenMs, 0)} ms, service ready after ${fixed(serviceReadyMs, 0)} ms (x${fixed(ratio, 1)})`);
  const { page } = report;
  const timing = page.loadMs === null ? 'no Chromium to time it' : `cold load in Chromium: DOMContentLoaded ${fixed(page.domContentLoadedMs!, 0)} ms, load ${fixed(page.loadMs, 0)} ms (median)`;
  console.log(`page /: ${page.files} files, ${fixed(page.wireBytes / 1024, 1)} KB sent (${fixed(page.decodedBytes / 1024, 1)} KB decoded); ${timing}`);
  console.log(`service: ${report.requestsAnswered} responses received, ${report.requestsLogged} request log lines`);
  console.log('x bare: the median of the rounds\' shares of the bare server sending the same answer; rounds: the lowest and highest');
  console.log('x stock: the same against a stock graphql-yoga serving the same schema and knowledge (none for the page)');
  console.log('\ntargets:');
  for (const t of report.targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.what}: ${fixed(t.value, 2)} (${t.target})`);
}
