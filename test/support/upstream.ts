// The upstream files the knowledge import reads: ../shared/upstream beside the repository (CI copies it there), or
// PODNET_UPSTREAM_DIR. Tests use them only through the import, on temporary copies.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, SEED_DIR } from '../../src/db/paths.js';

export const UPSTREAM_DIR = process.env.PODNET_UPSTREAM_DIR || join(PROJECT_ROOT, '..', 'shared', 'upstream');

const made: string[] = [];

/** Removes every folder the helpers below made. */
export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary folder, removed by removeCopies. */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary copy of the upstream files. */
export function upstreamCopy(): string {
  if (!existsSync(UPSTREAM_DIR)) {
    throw new Error(`No upstream files at ${UPSTREAM_DIR}: CI copies them to ../shared/upstream beside the clone; elsewhere set PODNET_UPSTREAM_DIR.`);
  }
  const dir = join(temporaryFolder('podnet-upstream-'), 'upstream');
  cpSync(UPSTREAM_DIR, dir, { recursive: true });
  return dir;
}

/** A temporary copy of seed/, named seed. */
export function seedCopy(): string {
  const dir = join(temporaryFolder('podnet-seed-'), 'seed');
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a copy; `change` must change it. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

/** Every file of a folder with its content, to show that nothing was written (no temporary file left either). */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}
