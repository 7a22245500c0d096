// The service as a real process (`node --import tsx src/http/process/server.ts`, or the arguments given) on a free loopback
// port, its JSON log lines parsed as they come. Only for what a process does (start-up, signals, exit codes, the
// bundle, `npm start`): the process suite; other tests reach the API through yoga.ts or service.ts.
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/db/paths.js';
import { waitUntil } from './raw-http.js';
import type { LogLine } from './yoga.js';

export function spawnService(env: Record<string, string> = {}, args = ['--import', 'tsx', 'src/http/process/server.ts']) {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    const complete = stdout.split('\n');
    stdout = complete.pop()!;
    for (const line of complete) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  async function waitForLog(msg: string, timeoutMs = 20_000): Promise<LogLine> {
    await waitUntil(() => lines.some((l) => l.msg === msg) || child.exitCode !== null, timeoutMs, `log line "${msg}"`);
    const line = lines.find((l) => l.msg === msg);
    if (!line) throw new Error(`the service exited (${child.exitCode}) before logging "${msg}": ${stderr}${JSON.stringify(lines)}`);
    return line;
  }

  return {
    child,
    lines,
    stderr: () => stderr,
    exited,
    waitForLog,
    /** The port it listens on, once it does. */
    port: async () => (await waitForLog('listening; loading knowledge')).port as number,
    kill: () => child.exitCode === null && child.kill('SIGKILL'),
  };
}
