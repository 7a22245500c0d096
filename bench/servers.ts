// The servers `npm run bench` compares, each a child process on loopback: the bare node:http server (the platform's
// limit), which can be told the answer to send, a stock graphql-yoga serving the same schema and knowledge
// (stock-yoga-server.ts), and the compiled service. Each reports how long it took from spawn to serving.
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

/** Spawns a server that prints {"port":N} once listening. */
async function spawnListening(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], env });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args.at(-1)} exited with code ${code} before listening`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  const server: BenchServer = {
    pid: child.pid!,
    base: `http://${LOOPBACK}:${port}`,
    startedAfterMs: performance.now() - spawnedAt,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
  return { child, server };
}

export async function startBareServer(): Promise<BareServer> {
  const { child, server } = await spawnListening([join(PROJECT_ROOT, 'bench', 'bare-server.mjs')]);
  return {
    ...server,
    answerWith: ({ body, headers }) =>
      new Promise((resolve) => {
        child.once('message', () => resolve());
        child.send({ bodyBase64: body.toString('base64'), contentEncoding: headers['content-encoding'] });
      }),
  };
}

/** The stock graphql-yoga, under tsx (the schema is TypeScript), in production mode as the service runs. */
export async function startStockYoga(): Promise<BenchServer> {
  const { server } = await spawnListening(['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'stock-yoga-server.ts')], { ...process.env, NODE_ENV: 'production' });
  return server;
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
