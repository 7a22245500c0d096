import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this module holding package.json (works from src/ and dist/src/). */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('podnet: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();
export const SEED_DIR = join(PROJECT_ROOT, 'seed');
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations');
export const DEFAULT_DATABASE_PATH = join(PROJECT_ROOT, 'var', 'podnet.sqlite');
