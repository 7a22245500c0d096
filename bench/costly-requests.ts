// The requests that once stalled the service (test/fixtures/costly-requests), each sent many times, every time a
// little different (a name's last characters, a comment in the document) so no cache answers it: the service
// process's CPU time per request (from /proc, in clock ticks), and the slowest /health answer while they run.
// Each must stay within 50 ms of CPU (the bench fails otherwise); the /health figure is for the record, since on a
// shared machine the load generator and other work delay it too.
import { readFileSync } from 'node:fs';
import { COSTLY_REQUESTS, type CostlyRequest } from '../test/fixtures/costly-requests/requests.js';
import { wireRequest } from '../scripts/wire-request.js';

export const MAX_CPU_MS_PER_REQUEST = 50;
const SENDS = 40;
const HEALTH_EVERY_MS = 10;
const TICK_MS = 10;

export interface CostlyRow {
  name: string;
  /** Answer statuses and the first error code, as the client saw them. */
  answer: string;
  cpuMsPerRequest: number;
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

export async function measureCostlyRequests(base: string, pid: number): Promise<CostlyRow[]> {
  const rows: CostlyRow[] = [];
  for (const [name, request] of Object.entries(COSTLY_REQUESTS)) {
    let healthMaxMs = 0;
    let running = true;
    const health = (async () => {
      while (running) {
        const sentAt = performance.now();
        await wireRequest(`${base}/health`, { method: 'GET' });
        healthMaxMs = Math.max(healthMaxMs, performance.now() - sentAt);
        await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS));
      }
    })();
    const answers = new Set<string>();
    const before = cpuMs(pid);
    for (let n = 0; n < SENDS; n++) {
      const response = await wireRequest(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(variant(request, n)),
      });
      const code = /"errors":\[\{.*?"code":"(\w+)"/.exec(response.body.toString())?.[1];
      answers.add(`${response.status}${code ? ` ${code}` : ''}`);
    }
    // The health checks' own CPU is counted too: a few microseconds each.
    const cpuMsPerRequest = (cpuMs(pid) - before) / SENDS;
    running = false;
    await health;
    rows.push({ name, answer: [...answers].join(', '), cpuMsPerRequest, healthMaxMs });
  }
  return rows;
}
