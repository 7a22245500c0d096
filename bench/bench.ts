// `npm run bench`: the compiled service against a bare node:http server and a stock graphql-yoga in the same run, on
// loopback only, bounded in time (about six minutes with the defaults; a watchdog ends it after ten). Measures start-up
// (spawn to ready against spawn to listening, the median of several starts), then each scenario of scenarios.ts with
// autocannon after a short warm-up, in one-second rounds alternating with the bare server sending the scenario's own
// answer, the same bytes in the same encoding (it is what sending that answer costs on this machine, so the share is
// what the service's machinery costs), and with the stock graphql-yoga serving the same schema and knowledge
// (stock-yoga-server.ts: no cache in front, default plugins). A scenario's share of the bare server's requests, and
// its multiple of the stock yoga's, are the medians of its rounds' (report.ts). Then the page at / as a browser first
// loads it: its bytes and cold load times (page-load.ts).
// Prints a table and writes it as JSON to bench/results.json. Exits 1 when a request failed or
// the service did not stop cleanly; targets missed are reported, not failed on, since the numbers depend on the
// machine.
// BENCH_SECONDS (default 9, 3 to 30) sets each scenario's duration on each server; BENCH_CONNECTIONS (default 10, 1 to
// 64) the concurrency; BENCH_STARTS (default 5, 1 to 20) the start-ups timed for each server. BENCH_SERVICE (a path
// from the project root, default dist/service/server.js) benches another build, such as an earlier commit's, compiled
// into dist/ (docs/performance.md).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { wireRequest, type WireResponse } from '../scripts/wire-request.js';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { MAX_CPU_MS_PER_REQUEST, measureCostlyRequests, measureHealthUnderCostlyLoad } from './costly-requests.js';
import { evaluate, median, printReport, type Row } from './report.js';
import { measurePageLoad } from './page-load.js';
import { SCENARIOS, varies, type Scenario } from './scenarios.js';
import { residentMb, startBareServer, startService, startStockYoga, type BenchServer } from './servers.js';

function setting(name: string, fallback: number, min: number, max: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} takes a whole number from ${min} to ${max}`);
  return value;
}

const SECONDS = setting('BENCH_SECONDS', 9, 3, 30);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 10, 1, 64);
const STARTS = setting('BENCH_STARTS', 5, 1, 20);
const SERVICE_ENTRY = process.env.BENCH_SERVICE || 'dist/service/server.js';
const startTheService = () => startService(SERVICE_ENTRY);
// Rounds of one second: a burst of other work on the machine then weighs on a round or two of one server, which the
// median of the rounds' shares leaves out (report.ts), rather than on a third of the scenario.
const ROUND_SECONDS = 1;
const ROUNDS = SECONDS / ROUND_SECONDS;
const WARM_UP_SECONDS = 2;
const WATCHDOG_MS = 10 * 60 * 1000;

const running = new Set<BenchServer>();
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} minutes; stopping`);
  for (const server of running) void server.stop();
  process.exit(1);
}, WATCHDOG_MS);

async function started<T extends BenchServer>(server: Promise<T>): Promise<T> {
  const s = await server;
  running.add(s);
  return s;
}

async function stopped(server: BenchServer): Promise<number | null> {
  running.delete(server);
  return server.stop();
}

async function timeStart(start: () => Promise<BenchServer>): Promise<number> {
  const server = await started(start());
  await stopped(server);
  return server.startedAfterMs;
}

/** Median start-up times of both servers, started in turn. */
async function timeStarts(): Promise<{ bareListenMs: number; serviceReadyMs: number }> {
  const bareTimes: number[] = [];
  const serviceTimes: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    bareTimes.push(await timeStart(startBareServer));
    serviceTimes.push(await timeStart(startTheService));
  }
  return { bareListenMs: median(bareTimes), serviceReadyMs: median(serviceTimes) };
}

/**
 * The next request number of each scenario on each server: numbers go on across checks, warm-up and rounds, so no
 * request repeats on a server. Each server counts on its own: the bare server answers faster, and numbers it used up
 * would bring the service to the end of a scenario's distinct requests sooner (scenarios.ts).
 */
const nextRequest = new Map<string, number>();
const counterOf = (base: string, scenario: Scenario) => `${base} ${scenario.name}`;

function takeRequestNumber(base: string, scenario: Scenario): number {
  const n = nextRequest.get(counterOf(base, scenario)) ?? 0;
  nextRequest.set(counterOf(base, scenario), n + 1);
  return n;
}

/**
 * Sends a scenario's first requests once and checks each is answered 200 with data and no error. Returns the last
 * answer as it came over the wire: for a scenario that does not vary, the one the service gives from now on (kept,
 * and compressed when it is large: the second sighting is kept), for one that varies, an answer like the others.
 */
async function check(base: string, scenario: Scenario): Promise<WireResponse> {
  let answer: WireResponse | undefined;
  for (let i = 0; i < 3; i++) {
    const n = takeRequestNumber(base, scenario);
    const { method, path, headers, body } = scenario.request(n);
    answer = await wireRequest(base + path, { method, headers, body });
    const text = (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString();
    serviceAnswered++;
    // The page is checked for being one; a GraphQL answer for data without error.
    const html = String(answer.headers['content-type']).startsWith('text/html');
    const json = html ? null : (JSON.parse(text) as { data?: unknown; errors?: unknown });
    if (answer.status !== 200 || (html ? !text.includes('<table class="matrix">') : json!.errors !== undefined || json!.data == null)) {
      throw new Error(`${scenario.name}: request ${n} was answered ${answer.status} ${text.slice(0, 300)}`);
    }
  }
  return answer!;
}

/** Responses received from the service, warm-ups and checks included, to compare with its request log. */
let serviceAnswered = 0;

/** Load on one server; a scenario that varies builds each request, one that does not is sent as it is. */
async function load(server: BenchServer, scenario: Scenario, seconds: number) {
  const result = await autocannon({
    url: server.base,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [
      varies(scenario)
        ? { setupRequest: (req) => ({ ...req, ...scenario.request(takeRequestNumber(server.base, scenario)) }) }
        : scenario.request(0),
    ],
  });
  if (server === service) serviceAnswered += result.requests.total;
  return result;
}

/** Whether the stock graphql-yoga answers the scenario: GraphQL requests (it serves no page at /). */
const stockAnswers = (scenario: Scenario) => scenario.request(0).path.startsWith('/graphql');

/**
 * A scenario on the service against the bare server and the stock graphql-yoga, in alternating rounds, so that a
 * machine shared with other work slows all alike: each round's ratios are the service's requests over the others'
 * just before. All get the scenario's requests (the bare server answers any request with its fixed answer, the
 * scenario's own), so the load generator does the same work for each, building and sending varying requests
 * included, and the ratios compare the servers alone.
 */
async function compare(scenario: Scenario, answer: WireResponse): Promise<Row> {
  await bare.answerWith(answer);
  const withStock = stockAnswers(scenario);
  await load(service, scenario, WARM_UP_SECONDS);
  if (withStock) await load(stock, scenario, WARM_UP_SECONDS);
  const bareRuns: autocannon.Result[] = [];
  const stockRuns: autocannon.Result[] = [];
  const serviceRuns: autocannon.Result[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bareRuns.push(await load(bare, scenario, ROUND_SECONDS));
    if (withStock) stockRuns.push(await load(stock, scenario, ROUND_SECONDS));
    serviceRuns.push(await load(service, scenario, ROUND_SECONDS));
  }
  const total = (runs: autocannon.Result[]) => runs.reduce((sum, run) => sum + run.requests.total, 0);
  const shares = (baseline: autocannon.Result[]) => serviceRuns.map((run, round) => run.requests.total / baseline[round]!.requests.total);
  return {
    name: scenario.name,
    answerBytes: answer.body.length,
    ...(answer.headers['content-encoding'] ? { answerEncoding: answer.headers['content-encoding'] } : {}),
    requestsPerSecond: total(serviceRuns) / SECONDS,
    bareRequestsPerSecond: total(bareRuns) / SECONDS,
    roundRatios: shares(bareRuns),
    ...(withStock ? { stockRequestsPerSecond: total(stockRuns) / SECONDS, stockRoundRatios: shares(stockRuns) } : {}),
    p50Ms: median(serviceRuns.map((run) => run.latency.p50)),
    p99Ms: Math.max(...serviceRuns.map((run) => run.latency.p99)),
    rssMb: residentMb(service.pid),
    requests: total(serviceRuns),
    failed: [...bareRuns, ...stockRuns, ...serviceRuns].reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0),
    ...(scenario.target !== undefined ? { target: scenario.target } : {}),
    ...(scenario.stockTarget !== undefined ? { stockTarget: scenario.stockTarget } : {}),
  };
}

console.log(
  `bench: each scenario ${SECONDS} s on the service, the bare server and the stock graphql-yoga in ${ROUNDS} alternating rounds, after ${WARM_UP_SECONDS} s of warm-up; ${CONNECTIONS} connections; ${STARTS} timed starts each`,
);
// A first start builds the database when it is missing or outdated; it is not timed.
await stopped(await started(startTheService()));
const startup = await timeStarts();

const bare = await started(startBareServer());
const service = await started(startTheService());
// After the service, which has built the database when it was missing.
const stock = await started(startStockYoga());
const answers = new Map<Scenario, WireResponse>();
for (const scenario of SCENARIOS) answers.set(scenario, await check(service.base, scenario));

await load(bare, SCENARIOS[0]!, WARM_UP_SECONDS);
const rows: Row[] = [];
for (const scenario of SCENARIOS) {
  const row = await compare(scenario, answers.get(scenario)!);
  rows.push(row);
  console.log(`  ${scenario.name}: ${Math.round(row.requestsPerSecond)} req/s, bare ${Math.round(row.bareRequestsPerSecond)} req/s, stock yoga ${Math.round(row.stockRequestsPerSecond ?? 0)} req/s`);
}
const page = await measurePageLoad(service.base);
serviceAnswered += page.requests;
const costlyRequests = await measureCostlyRequests(service.base, service.pid);
for (const row of costlyRequests) {
  console.log(`  costly ${row.name} (${row.answer}): ${row.cpuMsPerRequest.toFixed(1)} ms CPU a request, /health at most ${Math.round(row.healthMaxMs)} ms`);
}
const healthUnderCostlyLoad = await measureHealthUnderCostlyLoad(service.base, costlyRequests);
for (const run of healthUnderCostlyLoad) {
  console.log(`  /health while ${run.requests.join(', ')} ran back to back from ${run.clients} client(s) (${run.requestsSent} requests): p50 ${run.healthP50Ms.toFixed(1)} ms, p99 ${run.healthP99Ms.toFixed(1)} ms, max ${run.healthMaxMs.toFixed(1)} ms of ${run.healthChecks} checks`);
}
const stillReady = (await fetch(`${service.base}/ready`)).status === 200;
const rssAfterRunMb = residentMb(service.pid);
const requestsLogged = service.requestsLogged();
const serviceExit = await stopped(service);
await stopped(bare);
await stopped(stock);
clearTimeout(watchdog);

const report = evaluate({
  service: SERVICE_ENTRY,
  // Other work on the machine during the run (1, 5 and 15 minutes) slows both servers, not always alike.
  machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg() },
  settings: { secondsPerScenario: SECONDS, rounds: ROUNDS, warmUpSeconds: WARM_UP_SECONDS, connections: CONNECTIONS, timedStarts: STARTS },
  startup,
  rows,
  page,
  rssAfterRunMb,
  requestsAnswered: serviceAnswered,
  requestsLogged,
});
printReport(report);
writeFileSync(join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify({ ...report, costlyRequests, healthUnderCostlyLoad }, null, 2)}\n`);

// A varying scenario that ran out of distinct requests measured repeats, which the response cache keeps.
const repeated = SCENARIOS.filter((scenario) => varies(scenario) && (nextRequest.get(counterOf(service.base, scenario)) ?? 0) > scenario.distinctRequests);
const failures = [
  ...rows.filter((row) => row.failed > 0).map((row) => `${row.name}: ${row.failed} failed requests`),
  ...repeated.map((scenario) => `${scenario.name}: more requests than its ${scenario.distinctRequests} distinct ones`),
  ...costlyRequests.filter((row) => row.cpuMsPerRequest > MAX_CPU_MS_PER_REQUEST).map((row) => `${row.name}: ${row.cpuMsPerRequest} ms of CPU a request`),
  !stillReady && 'the service was not ready after the load',
  serviceExit !== 0 && `the service exited with ${serviceExit} on SIGTERM`,
].filter((f): f is string => typeof f === 'string');
console.log(failures.length === 0 ? 'bench: every request answered' : `bench FAILED: ${failures.join('; ')}`);
process.exit(failures.length === 0 ? 0 : 1);
