// The requests that once stalled the service (test/fixtures/costly-requests), each sent many times, every time a
// little different (a name's last characters, a comment in the document) so no cache answers it: the service
// process's CPU time per request (from /proc, in clock ticks), and the slowest /health answer while they run. Then the
// costliest of them sent back to back, from one client and then from four at once, while /health is checked: its
// median and 99th percentile latency. Each request must stay within 50 ms of CPU (the bench fails otherwise); the /health figures are
// for the record, since on a shared machine the load generator and other work delay it too.
import { readFileSync } from 'node:fs';
import { COSTLY_REQUESTS, type CostlyRequest } from '../test/fixtures/costly-requests/requests.js';
import { wireRequest } from '../scripts/wire-request.js';

export const MAX_CPU_MS_PER_REQUEST = 50;
const SENDS = 40;
const HEALTH_EVERY_MS = 10;
const TICK_MS = 10;
/** One client keeps one costly request running at all times; four keep the service saturated with them. */
const LOAD_CLIENTS = [1, 4];
const LOAD_REQUESTS = 3;
const LOAD_MS = 8_000;

export interface CostlyRow {
  name: string;
  /** Answer statuses and the first error code, as the client saw them. */
  answer: string;
  cpuMsPerRequest: number;
  healthMaxMs: number;
}

export interface HealthUnderLoad {
  /** The costliest requests (by CPU), sent back to back, each time a different variant. */
  requests: string[];
  clients: number;
  requestsSent: number;
  healthChecks: number;
  healthP50Ms: number;
  healthP99Ms: number;
  healthMaxMs: number;
}

/** The process's user and system CPU time so far, in ms (/proc/<pid>/stat, fields 14 and 15, in 10 ms ticks). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Request n: every string variable ends with n instead of its last characters, and the document with a comment. */
function variant(request: CostlyRequest, n: number): CostlyRequest {
  const mark = String(n);
  const vary = (value: unknown): unknown =>
    typeof value === 'string' ? value.slice(0, Math.max(0, value.length - mark.length)) + mark : Array.isArray(value) ? value.map(vary) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vary(v)])) : value;
  return { query: `${request.query}\n# ${n}`, variables: request.variables && (vary(request.variables) as Record<string, unknown>) };
}

/** Sends a request; answers with its status and first error code. */
async function send(base: string, request: CostlyRequest): Promise<string> {
  const response = await wireRequest(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  const code = /"errors":\[\{.*?"code":"(\w+)"/.exec(response.body.toString())?.[1];
  return `${response.status}${code ? ` ${code}` : ''}`;
}

/** Checks /health every HEALTH_EVERY_MS while `running()` holds; the time each answer took, in ms. */
async function checkHealth(base: string, running: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (running()) {
    const sentAt = performance.now();
    await wireRequest(`${base}/health`, { method: 'GET' });
    latencies.push(performance.now() - sentAt);
    await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS));
  }
  return latencies;
}

export async function measureCostlyRequests(base: string, pid: number): Promise<CostlyRow[]> {
  const rows: CostlyRow[] = [];
  for (const [name, request] of Object.entries(COSTLY_REQUESTS)) {
    let running = true;
    const health = checkHealth(base, () => running);
    const answers = new Set<string>();
    const before = cpuMs(pid);
    for (let n = 0; n < SENDS; n++) answers.add(await send(base, variant(request, n)));
    // The health checks' own CPU is counted too: a few microseconds each.
    const cpuMsPerRequest = (cpuMs(pid) - before) / SENDS;
    running = false;
    const healthMaxMs = Math.max(...(await health));
    rows.push({ name, answer: [...answers].join(', '), cpuMsPerRequest, healthMaxMs });
  }
  return rows;
}

/** For each number of LOAD_CLIENTS: the costliest requests of `rows` sent back to back for LOAD_MS, /health checked meanwhile. */
export async function measureHealthUnderCostlyLoad(base: string, rows: CostlyRow[]): Promise<HealthUnderLoad[]> {
  const requests = [...rows].sort((a, b) => b.cpuMsPerRequest - a.cpuMsPerRequest).slice(0, LOAD_REQUESTS).map((row) => row.name);
  // Variants numbered after those measureCostlyRequests sent, so that none is answered from a cache.
  let sent = SENDS;
  const results: HealthUnderLoad[] = [];
  for (const clients of LOAD_CLIENTS) {
    const until = performance.now() + LOAD_MS;
    const running = () => performance.now() < until;
    const sentBefore = sent;
    const senders = Array.from({ length: clients }, async () => {
      while (running()) await send(base, variant(COSTLY_REQUESTS[requests[sent % requests.length] as keyof typeof COSTLY_REQUESTS], sent++));
    });
    const latencies = (await checkHealth(base, running)).sort((a, b) => a - b);
    await Promise.all(senders);
    const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
    results.push({
      requests,
      clients,
      requestsSent: sent - sentBefore,
      healthChecks: latencies.length,
      healthP50Ms: percentile(50),
      healthP99Ms: percentile(99),
      healthMaxMs: latencies.at(-1)!,
    });
  }
  return results;
}
