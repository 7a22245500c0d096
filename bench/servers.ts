// The servers `npm run bench` compares, each a child process on loopback: the bare node:http server (the platform's
// limit), which can be told the answer to send, and the compiled service. Each reports how long it took from spawn to
// serving.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../src/db/paths.js';
import { LOOPBACK, startCompiledService } from '../scripts/compiled-service.js';
import type { WireResponse } from '../scripts/wire-request.js';

export interface BenchServer {
  pid: number;
  base: string;
  /** Milliseconds from spawn to serving: listening for the bare server, ready for the service. */
  startedAfterMs: number;
  stop(): Promise<number | null>;
}

export interface BareServer extends BenchServer {
  /** From now on, answer every request with these bytes, in this encoding (at first: `{ __typename }`'s answer). */
  answerWith(answer: WireResponse): Promise<void>;
}

export async function startBareServer(): Promise<BareServer> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bench', 'bare-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bare server exited with code ${code} before listening`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return {
    pid: child.pid!,
    base: `http://${LOOPBACK}:${port}`,
    startedAfterMs: performance.now() - spawnedAt,
    answerWith: ({ body, headers }) =>
      new Promise((resolve) => {
        child.once('message', () => resolve());
        child.send({ bodyBase64: body.toString('base64'), contentEncoding: headers['content-encoding'] });
      }),
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export async function startService(entry: string): Promise<BenchServer & { requestsLogged(): number }> {
  const service = await startCompiledService(entry);
  return { pid: service.pid, base: service.base, startedAfterMs: service.readyAfterMs, stop: service.stop, requestsLogged: service.requestsLogged };
}

/** A process's resident memory now, in MB (Linux). */
export function residentMb(pid: number): number {
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kilobytes) / 1024;
}
