// `npm run soak`: holds a load on the compiled server (`npm run build` first), as production runs it, for a bounded
// time, on loopback only, and reports errors, timeouts, non-2xx answers, latency and memory growth. Exits 1 when any
// request failed, the heap kept growing, or the server did not stop cleanly on SIGTERM.
// SOAK_SECONDS (default 60, at most 600) sets the duration; SOAK_CONNECTIONS (default 16) the concurrency;
// SOAK_MAX_HEAP_GROWTH_MB (default 32) the heap growth accepted between the first and the last samples.
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { EXAMPLE_QUERY } from '../src/http/graphql-server/graphiql.js';
import { startCompiledService } from './compiled-service.js';

const SECONDS = Math.min(Number(process.env.SOAK_SECONDS ?? 60), 600);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 16);
const MAX_HEAP_GROWTH_MB = Number(process.env.SOAK_MAX_HEAP_GROWTH_MB ?? 32);
const WARM_UP_SECONDS = 5;
const SAMPLE_EVERY_MS = 2000;

// A mix of what portals and bots ask, one invalid document among them (answered 200 with a coded error).
const QUERIES = [
  EXAMPLE_QUERY,
  '{ about { dataVersion vpcCniLatestVersion sources { id title } } }',
  '{ modes { mode } }',
  '{ notes(section: MATRIX_NOTE) { number text source { location } } }',
  '{ compatibility(nodeType: FARGATE, useCases: []) { compatible modes { mode support } } }',
  '{ compatibility(nodeType: EC2_LINUXX, useCases: []) { compatible } }',
];

const service = await startCompiledService();
const base = service.base;

interface MemorySample {
  rssMb: number;
  heapUsedMb: number;
}

async function sampleMemory(): Promise<MemorySample> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const megabytes = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1]) / 2 ** 20;
  return { rssMb: megabytes('process_resident_memory_bytes'), heapUsedMb: megabytes('nodejs_heap_size_used_bytes') };
}

function load(seconds: number) {
  return autocannon({
    url: `${base}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: QUERIES.map((query) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })),
  });
}

console.log(`soak: ${SECONDS} s on ${base}, ${CONNECTIONS} connections, after ${WARM_UP_SECONDS} s of warm-up`);
await load(WARM_UP_SECONDS);
const samples: MemorySample[] = [await sampleMemory()];
const sampler = setInterval(() => void sampleMemory().then((s) => samples.push(s)), SAMPLE_EVERY_MS);
const result = await load(SECONDS);
clearInterval(sampler);
await sleep(100);
samples.push(await sampleMemory());

const average = (list: MemorySample[], key: keyof MemorySample) => list.reduce((sum, s) => sum + s[key], 0) / list.length;
const third = Math.max(1, Math.floor(samples.length / 3));
const heapGrowthMb = average(samples.slice(-third), 'heapUsedMb') - average(samples.slice(0, third), 'heapUsedMb');
const stillReady = (await fetch(`${base}/ready`)).status === 200;
const exitCode = await service.stop();

const report = {
  seconds: result.duration,
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  memoryMb: {
    rssFirst: samples[0]!.rssMb,
    rssLast: samples.at(-1)!.rssMb,
    rssMax: Math.max(...samples.map((s) => s.rssMb)),
    heapUsedFirst: samples[0]!.heapUsedMb,
    heapUsedLast: samples.at(-1)!.heapUsedMb,
    heapGrowth: heapGrowthMb,
  },
  requestsLogged: service.requestsLogged(),
  readyAfterLoad: stillReady,
  serverExitCode: exitCode,
};
console.log(JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value), 2));

const failures = [
  result.errors > 0 && `${result.errors} connection errors`,
  result.timeouts > 0 && `${result.timeouts} timeouts`,
  result.non2xx > 0 && `${result.non2xx} non-2xx answers`,
  heapGrowthMb > MAX_HEAP_GROWTH_MB && `heap grew ${heapGrowthMb.toFixed(1)} MB (more than ${MAX_HEAP_GROWTH_MB})`,
  !stillReady && 'not ready after the load',
  exitCode !== 0 && `the server exited with ${exitCode} on SIGTERM`,
].filter((f): f is string => typeof f === 'string');
console.log(failures.length === 0 ? 'soak passed' : `soak FAILED: ${failures.join('; ')}`);
process.exit(failures.length === 0 ? 0 : 1);
