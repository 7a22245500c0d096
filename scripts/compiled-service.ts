// The compiled service (`npm run build` first) as production runs it, as a child process on a free loopback port:
// started, waited for until its log says ready, its request log lines counted, and stopped with SIGTERM.
// Shared by `npm run soak` and `npm run bench`. Its log goes to a file, as it would go to a container runtime, not
// through the load generator's process.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseAllDocuments } from 'yaml';
import { PROJECT_ROOT } from '../src/db/paths.js';

export const LOOPBACK = '127.0.0.1';
const REQUEST_LINE = '"msg":"request"';

export interface CompiledService {
  pid: number;
  port: number;
  base: string;
  /** Milliseconds from spawning the process to its `ready` log line. */
  readyAfterMs: number;
  /** Request log lines (`msg: "request"`) written so far (reads the whole log: for the end of a run, or after it). */
  requestsLogged(): number;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** The NODE_OPTIONS the Kubernetes Deployment gives the container (the V8 heap limit). */
function deploymentNodeOptions(): string {
  const [deployment] = parseAllDocuments(readFileSync(join(PROJECT_ROOT, 'deploy', 'kubernetes', 'deployment.yaml'), 'utf8')).map((d) => d.toJS());
  const env = deployment.spec.template.spec.containers[0].env as { name: string; value: string }[];
  return env.find((e) => e.name === 'NODE_OPTIONS')!.value;
}

const LOG_POLL_MS = 5;

/** The log's lines so far, parsed. */
function logLines(path: string): { msg: string; port?: number }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('}'))
    .map((line) => JSON.parse(line) as { msg: string; port?: number });
}

/** Starts `entry` (a path from the project root), by default the bundle `npm run build` makes. */
export async function startCompiledService(entry = 'dist/service/server.js'): Promise<CompiledService> {
  const logPath = join(mkdtempSync(join(tmpdir(), 'podnet-service-')), 'stdout.log');
  process.once('exit', () => rmSync(dirname(logPath), { recursive: true, force: true }));
  const log = openSync(logPath, 'w');
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [entry], {
    cwd: PROJECT_ROOT,
    // The image sets NODE_ENV; the rest as the Deployment does, on a free loopback port.
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: deploymentNodeOptions(), PORT: '0', HOST: LOOPBACK, LOG_LEVEL: 'info' },
    stdio: ['ignore', log, 'inherit'],
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let lines = logLines(logPath);
  while (!lines.some((line) => line.msg === 'ready')) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    await sleep(LOG_POLL_MS);
    lines = logLines(logPath);
  }
  const readyAfterMs = performance.now() - spawnedAt;
  const port = lines.find((line) => line.msg === 'listening; loading knowledge')!.port!;

  return {
    pid: child.pid!,
    port,
    base: `http://${LOOPBACK}:${port}`,
    readyAfterMs,
    requestsLogged: () => readFileSync(logPath, 'latin1').split(REQUEST_LINE).length - 1,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
