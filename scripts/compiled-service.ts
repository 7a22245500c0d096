// The compiled service (`npm run build` first) as production runs it, as a child process on a free loopback port:
// started, waited for until its log says ready, its request log lines counted, and stopped with SIGTERM.
// Shared by `npm run soak` and `npm run bench`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
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
  /** Request log lines (`msg: "request"`) written so far. */
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

export async function startCompiledService(): Promise<CompiledService> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, ['dist/service/server.js'], {
    cwd: PROJECT_ROOT,
    // The image sets NODE_ENV; the rest as the Deployment does, on a free loopback port.
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: deploymentNodeOptions(), PORT: '0', HOST: LOOPBACK, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let requestsLogged = 0;
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code} before it was ready`)));
    let listeningOn = 0;
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; port?: number };
      if (entry.msg === 'listening; loading knowledge') listeningOn = entry.port!;
      else if (entry.msg === 'ready') {
        lines.close();
        child.stdout.on('data', countRequestLines).resume();
        resolve(listeningOn);
      }
    });
  });

  // Once ready, request lines are counted without parsing them: the load generator shares this process.
  let tail = '';
  function countRequestLines(chunk: Buffer) {
    const text = tail + chunk.toString('latin1');
    for (let at = text.indexOf(REQUEST_LINE); at !== -1; at = text.indexOf(REQUEST_LINE, at + 1)) requestsLogged++;
    tail = text.slice(-(REQUEST_LINE.length - 1));
  }

  return {
    pid: child.pid!,
    port,
    base: `http://${LOOPBACK}:${port}`,
    readyAfterMs: performance.now() - spawnedAt,
    requestsLogged: () => requestsLogged,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
