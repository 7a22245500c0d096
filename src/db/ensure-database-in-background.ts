// ensureDatabase without blocking the event loop: the check is quick and runs here; a rebuild takes a while and
// runs in a child process (rebuild-database-process), so meanwhile the server keeps answering /health (200) and /ready (503).
import { fork } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsRebuild, type EnsuredDatabase } from './open-database.js';
import { computeDataVersion } from './data-version.js';

// A sibling module with this module's extension (.ts from source, .js compiled); fork passes on this process's
// Node options, so tsx when running from source.
const REBUILD_PROCESS = fileURLToPath(new URL(`./rebuild-database-process${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

function buildInChildProcess(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(REBUILD_PROCESS, [path], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`it is missing, outdated or damaged, and rebuilding it failed: ${stderr.trim() || `exit code ${code}`}`)),
    );
  });
}

export async function ensureDatabaseInBackground(path: string): Promise<EnsuredDatabase> {
  const dataVersion = computeDataVersion();
  if (!needsRebuild(path, dataVersion)) return { dataVersion, rebuilt: false };
  await buildInChildProcess(path);
  return { dataVersion, rebuilt: true };
}
