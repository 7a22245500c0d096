// `npm run bench`: the compiled service against a bare node:http server in the same run, on loopback only, bounded
// in time (about two and a half minutes with the defaults; a watchdog ends it after ten). Measures start-up (spawn to
// ready against spawn to listening, the median of several starts), then each scenario of scenarios.ts with
// autocannon after a short warm-up, the bare server before and after them all. Prints a table and writes it as
// JSON to bench/results.json. Exits 1 when a request failed or the service did not stop cleanly; targets missed
// are reported, not failed on, since the numbers depend on the machine.
// BENCH_SECONDS (default 10, 1 to 30) sets each measurement's duration; BENCH_CONNECTIONS (default 10, 1 to 64) the
// concurrency; BENCH_STARTS (default 5, 1 to 20) the start-ups timed for each server.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { evaluate, printReport, type Row } from './report.js';
import { SCENARIOS, type BenchRequest, type Scenario } from './scenarios.js';
import { residentMb, startBareServer, startService, type BenchServer } from './servers.js';

function setting(name: string, fallback: number, min: number, max: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} takes a whole number from ${min} to ${max}`);
  return value;
}

const SECONDS = setting('BENCH_SECONDS', 10, 1, 30);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 10, 1, 64);
const STARTS = setting('BENCH_STARTS', 5, 1, 20);
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timeStarts(start: () => Promise<BenchServer>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const server = await started(start());
    times.push(server.startedAfterMs);
    await stopped(server);
  }
  return median(times);
}

/** Sends a scenario's first requests once and checks each is answered 200 with data and no error. */
async function check(base: string, scenario: Scenario): Promise<void> {
  for (const n of [0, 1, 2]) {
    const { method, path, headers, body } = scenario.request(n);
    const response = await fetch(base + path, { method, headers, body });
    const json = (await response.json()) as { data?: unknown; errors?: unknown };
    serviceAnswered++;
    if (response.status !== 200 || json.errors !== undefined || json.data == null) {
      throw new Error(`${scenario.name}: request ${n} was answered ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
    }
  }
}

/** Responses received from the service, warm-ups and checks included, to compare with its request log. */
let serviceAnswered = 0;

/** Load on one server; a scenario that varies builds each request, one that does not is sent as it is. */
async function load(server: BenchServer, scenario: Pick<Scenario, 'request' | 'varies'>, seconds: number) {
  let n = 0;
  const result = await autocannon({
    url: server.base,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [scenario.varies ? { setupRequest: (req) => ({ ...req, ...scenario.request(n++) }) } : scenario.request(0)],
  });
  if (server === service) serviceAnswered += result.requests.total;
  return result;
}

async function measure(server: BenchServer, name: string, scenario: Pick<Scenario, 'request' | 'varies'>, target?: number): Promise<Row> {
  await load(server, scenario, WARM_UP_SECONDS);
  const result = await load(server, scenario, SECONDS);
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    rssMb: residentMb(server.pid),
    requests: result.requests.total,
    failed: result.errors + result.timeouts + result.non2xx,
    ...(target !== undefined ? { target } : {}),
  };
}

const BARE = { varies: false, request: (): BenchRequest => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }) };

console.log(`bench: ${SECONDS} s per measurement after ${WARM_UP_SECONDS} s of warm-up, ${CONNECTIONS} connections, ${STARTS} timed starts each`);
// A first start builds the database when it is missing or outdated; it is not timed.
await stopped(await started(startService()));
const bareListenMs = await timeStarts(startBareServer);
const serviceReadyMs = await timeStarts(startService);

const bare = await started(startBareServer());
const service = await started(startService());
for (const scenario of SCENARIOS) await check(service.base, scenario);

const bareBefore = await measure(bare, 'bare node:http (before)', BARE);
const rows: Row[] = [];
for (const scenario of SCENARIOS) {
  rows.push(await measure(service, scenario.name, scenario, scenario.target));
  console.log(`  ${scenario.name}: ${Math.round(rows.at(-1)!.requestsPerSecond)} req/s`);
}
const bareAfter = await measure(bare, 'bare node:http (after)', BARE);
const stillReady = (await fetch(`${service.base}/ready`)).status === 200;
const rssAfterRunMb = residentMb(service.pid);
const requestsLogged = service.requestsLogged();
const serviceExit = await stopped(service);
await stopped(bare);
clearTimeout(watchdog);

const report = evaluate({
  machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown' },
  settings: { secondsPerMeasurement: SECONDS, warmUpSeconds: WARM_UP_SECONDS, connections: CONNECTIONS, timedStarts: STARTS },
  startup: { bareListenMs, serviceReadyMs },
  bare: [bareBefore, bareAfter],
  rows,
  rssAfterRunMb,
  requestsAnswered: serviceAnswered,
  requestsLogged,
});
printReport(report);
writeFileSync(join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);

const failures = [
  ...[bareBefore, ...rows, bareAfter].filter((row) => row.failed > 0).map((row) => `${row.name}: ${row.failed} failed requests`),
  !stillReady && 'the service was not ready after the load',
  serviceExit !== 0 && `the service exited with ${serviceExit} on SIGTERM`,
].filter((f): f is string => typeof f === 'string');
console.log(failures.length === 0 ? 'bench: every request answered' : `bench FAILED: ${failures.join('; ')}`);
process.exit(failures.length === 0 ? 0 : 1);
