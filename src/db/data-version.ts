import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MIGRATIONS_DIR, PROJECT_ROOT, SEED_DIR } from './paths.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * The data version: a hash over every file of seed/ and migrations/ (names and contents). A database built from
 * other files carries another version and is rebuilt; cached answers are keyed to it.
 */
export function computeDataVersion(seedDir = SEED_DIR): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(seedDir), ...filesUnder(MIGRATIONS_DIR)]) {
    hash.update(relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
